// Reading the store from the screens. Values derived from the answers are computed with
// the engine where they are needed, never stored (the ranking hook is in ./ranking.ts).
import { useSyncExternalStore } from 'react';
import { isComplete, type Answers, type SkillStates } from '../engine';
import { questionFlow } from '../content/question-flow';
import { useQuizStore, type QuizState } from './store';

const selectAnswers = (state: QuizState): Answers => state.answers;
/** No skills, no answers: what the saved ones are before they are read, one object each. */
export const NO_SKILLS: SkillStates = Object.freeze({});
const NO_ANSWERS: Answers = Object.freeze({});
export const selectIsComplete = (state: QuizState): boolean => isComplete(questionFlow, state.answers);

export function useAnswers(): Answers {
  return useQuizStore(selectAnswers);
}

const subscribeToHydration = (onChange: () => void) => {
  const unsubscribeStart = useQuizStore.persist.onHydrate(onChange);
  const unsubscribeFinish = useQuizStore.persist.onFinishHydration(onChange);
  return () => {
    unsubscribeStart();
    unsubscribeFinish();
  };
};

/**
 * True once saved progress has been read. Screens that redirect on the answers wait
 * for it, so a reload on question 3 does not bounce to question 1. Always false on the server.
 */
export function useHasHydrated(): boolean {
  return useSyncExternalStore(subscribeToHydration, () => useQuizStore.persist.hasHydrated(), () => false);
}

const subscribeToStoreAndHydration = (onChange: () => void) => {
  const unsubscribeHydration = subscribeToHydration(onChange);
  const unsubscribeStore = useQuizStore.subscribe(onChange);
  return () => {
    unsubscribeHydration();
    unsubscribeStore();
  };
};

/**
 * `select(state)` once saved progress has been read; `before` until then and on the server,
 * so a prerendered page hydrates with its static HTML. The component renders again only when
 * that value changes: reading saved progress that holds nothing for it costs no second render
 * of the page (50 to 90 ms of main thread on a slow phone). Like a zustand selector, `select`
 * returns the same reference for the same state.
 */
export function useAfterSavedProgress<T>(select: (state: QuizState) => T, before: T): T {
  return useSyncExternalStore(
    subscribeToStoreAndHydration,
    () => (useQuizStore.persist.hasHydrated() ? select(useQuizStore.getState()) : before),
    () => before,
  );
}

const selectSavedSkills = (state: QuizState): SkillStates => (hasAnySkill(state.skills) ? state.skills : NO_SKILLS);
const selectSavedAnswers = (state: QuizState): Answers => (Object.keys(state.answers).length > 0 ? state.answers : NO_ANSWERS);

/** The saved answers, once saved progress has been read; none before (and on the server). */
export function useSavedAnswers(): Answers {
  return useAfterSavedProgress(selectSavedAnswers, NO_ANSWERS);
}

/**
 * The saved skills, once saved progress has been read; none before (and on the server),
 * so a prerendered page hydrates with exactly its static HTML and shows a gap afterwards.
 */
export function useSavedSkills(): SkillStates {
  return useAfterSavedProgress(selectSavedSkills, NO_SKILLS);
}

/** True when any skill is marked as had or being learnt. */
export function hasAnySkill(skills: SkillStates): boolean {
  return Object.keys(skills).length > 0;
}
