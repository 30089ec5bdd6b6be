// The one store: the person's answers and a few UI preferences. Nothing derived is
// stored: the screens compute the current question, path, progress and ranking from the
// answers with the engine's pure functions (shared hooks in ./selectors and ./ranking).
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { pruneAnswers, setAnswer, type Answers } from '../engine';
import { questionFlow } from '../content/question-flow';
import { createSafeStorage, type StorageProblem } from './safe-storage';

export const STORAGE_KEY = 'ai-career-pathfinder';
export const STORAGE_VERSION = 1;

/** A one-time message about saved progress, shown until dismissed. */
export type Notice =
  | 'saved-progress-unreadable'
  | 'saved-progress-reset'
  | 'saved-answers-dropped'
  | 'storage-unavailable';

export interface QuizState {
  readonly answers: Answers;
  readonly shortcutsEnabled: boolean;
  readonly notice: Notice | null;
  answer(questionId: string, optionId: string): void;
  /** Replaces the answers, e.g. with those of a shared link the person chose to keep. */
  loadAnswers(answers: Answers): void;
  startOver(): void;
  setShortcutsEnabled(enabled: boolean): void;
  dismissNotice(): void;
}

type Saved = Pick<QuizState, 'answers' | 'shortcutsEnabled'>;

const PROBLEM_NOTICE: Record<StorageProblem, Notice> = {
  unreadable: 'saved-progress-unreadable',
  corrupt: 'saved-progress-reset',
  unwritable: 'storage-unavailable',
};

function isStringRecord(value: unknown): value is Record<string, string> {
  return (
    typeof value === 'object' &&
    value !== null &&
    !Array.isArray(value) &&
    Object.values(value).every((entry) => typeof entry === 'string')
  );
}

/** Checks what came back from storage; returns the usable part and what to tell the person. */
export function readSaved(persisted: unknown): { saved: Partial<Saved>; notice: Notice | null } {
  if (persisted === undefined) return { saved: {}, notice: null };
  if (typeof persisted !== 'object' || persisted === null || !isStringRecord((persisted as { answers?: unknown }).answers)) {
    return { saved: {}, notice: 'saved-progress-reset' };
  }
  const { answers, shortcutsEnabled } = persisted as { answers: Record<string, string>; shortcutsEnabled?: unknown };
  const kept = pruneAnswers(questionFlow, answers);
  const dropped = Object.keys(answers).length !== Object.keys(kept).length;
  return {
    saved: { answers: kept, ...(typeof shortcutsEnabled === 'boolean' ? { shortcutsEnabled } : {}) },
    notice: dropped ? 'saved-answers-dropped' : null,
  };
}

export const useQuizStore = create<QuizState>()(
  persist(
    (set) => ({
      answers: {},
      shortcutsEnabled: true,
      notice: null,
      answer: (questionId, optionId) => set((state) => ({ answers: setAnswer(questionFlow, state.answers, questionId, optionId) })),
      loadAnswers: (answers) => set({ answers: pruneAnswers(questionFlow, answers) }),
      startOver: () => set({ answers: {} }),
      setShortcutsEnabled: (enabled) => set({ shortcutsEnabled: enabled }),
      dismissNotice: () => set({ notice: null }),
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: createSafeStorage<Saved>((problem) => {
        useQuizStore.setState({ notice: PROBLEM_NOTICE[problem] });
      }),
      partialize: ({ answers, shortcutsEnabled }) => ({ answers, shortcutsEnabled }),
      // Version 0 (and any other) stored the same { answers } shape; merge validates it either way.
      migrate: (persisted) => persisted as Saved,
      merge: (persisted, current) => {
        const { saved, notice } = readSaved(persisted);
        return { ...current, ...saved, notice: notice ?? current.notice };
      },
      // Damaged or outdated progress is replaced by what was kept (hydration itself does not
      // write), so the notice about it is shown once, not again on every visit.
      onRehydrateStorage: () => (state) => {
        if (state?.notice === 'saved-progress-reset' || state?.notice === 'saved-answers-dropped') useQuizStore.setState({});
      },
      // The first render (and the prerendered HTML) never waits on storage:
      // src/app applies saved progress after hydration by calling rehydrate().
      skipHydration: true,
    },
  ),
);
