// Derived values: computed from the answers, never stored.
import { useMemo, useSyncExternalStore } from 'react';
import {
  answeredPath,
  isComplete,
  nextQuestion,
  progress,
  type Answers,
  type PathStep,
  type Progress,
  type Question,
} from '../engine';
import { questionFlow } from '../content/question-flow';
import { useQuizStore, type QuizState } from './store';

export const selectAnswers = (state: QuizState): Answers => state.answers;
export const selectCurrentQuestion = (state: QuizState): Question | null => nextQuestion(questionFlow, state.answers);
export const selectIsComplete = (state: QuizState): boolean => isComplete(questionFlow, state.answers);
export const selectHasProgress = (state: QuizState): boolean => Object.keys(state.answers).length > 0;

export function useAnswers(): Answers {
  return useQuizStore(selectAnswers);
}

/** Path and progress return fresh objects: memoise on the answers. (Ranking: ./ranking.ts.) */
export function usePath(answers: Answers): readonly PathStep[] {
  return useMemo(() => answeredPath(questionFlow, answers), [answers]);
}

export function useProgress(answers: Answers): Progress {
  return useMemo(() => progress(questionFlow, answers), [answers]);
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
