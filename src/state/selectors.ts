// Reading the store from the screens. Values derived from the answers are computed with
// the engine where they are needed, never stored (the ranking hook is in ./ranking.ts).
import { useSyncExternalStore } from 'react';
import { isComplete, type Answers } from '../engine';
import { questionFlow } from '../content/question-flow';
import { useQuizStore, type QuizState } from './store';

const selectAnswers = (state: QuizState): Answers => state.answers;
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
