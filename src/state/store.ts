// The one store: the person's answers, their skills and a few UI preferences. Nothing derived is
// stored: the screens compute the current question, path, progress and ranking from the
// answers with the engine's pure functions (shared hooks in ./selectors and ./ranking).
import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { pruneAnswers, setAnswer, type Answers, type SkillStates } from '../engine';
import { questionFlow } from '../content/question-flow';
// The ids only, not the catalogue's names: the store loads with every page.
import { SKILL_IDS } from '../content/types';
import { createSafeStorage, type StorageProblem } from './safe-storage';

export const STORAGE_KEY = 'ai-career-pathfinder';
/** 2 added `skills`; version 1 saved the same answers without them. */
export const STORAGE_VERSION = 2;

/** A one-time message about saved progress, shown until dismissed. */
export type Notice =
  | 'saved-progress-unreadable'
  | 'saved-progress-reset'
  | 'saved-answers-dropped'
  | 'saved-skills-dropped'
  | 'storage-unavailable';

/** The skill states worth storing: 'missing' is the default and is never written. */
export type StoredSkillState = 'have' | 'learning';

export interface QuizState {
  readonly answers: Answers;
  /** What the person said they have or are learning, by skill id; unlisted skills are missing. */
  readonly skills: SkillStates;
  readonly shortcutsEnabled: boolean;
  readonly notice: Notice | null;
  answer(questionId: string, optionId: string): void;
  /** Replaces the answers, e.g. with those of a shared link the person chose to keep. */
  loadAnswers(answers: Answers): void;
  startOver(): void;
  /** Sets one skill; 'missing' removes it. Unknown ids are ignored. */
  setSkill(skillId: string, state: StoredSkillState | 'missing'): void;
  /** Replaces every skill, e.g. with those of a shared link the person chose to keep. */
  loadSkills(skills: SkillStates): void;
  setShortcutsEnabled(enabled: boolean): void;
  dismissNotice(): void;
}

type Saved = Pick<QuizState, 'answers' | 'skills' | 'shortcutsEnabled'>;

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

const knownSkillIds: ReadonlySet<string> = new Set(SKILL_IDS);
const isSkillId = (id: string): boolean => knownSkillIds.has(id);
const isStoredSkillState = (value: string): value is StoredSkillState => value === 'have' || value === 'learning';

/** Known skills with a stored state, in own keys only; anything else is left out. */
export function keepKnownSkills(skills: Readonly<Record<string, string>>): Record<string, StoredSkillState> {
  return Object.fromEntries(
    Object.entries(skills).filter((entry): entry is [string, StoredSkillState] => isSkillId(entry[0]) && isStoredSkillState(entry[1])),
  );
}

/** Checks what came back from storage; returns the usable part and what to tell the person. */
export function readSaved(persisted: unknown): { saved: Partial<Saved>; notice: Notice | null } {
  if (persisted === undefined) return { saved: {}, notice: null };
  if (typeof persisted !== 'object' || persisted === null || !isStringRecord((persisted as { answers?: unknown }).answers)) {
    return { saved: {}, notice: 'saved-progress-reset' };
  }
  const { answers, skills, shortcutsEnabled } = persisted as {
    answers: Record<string, string>;
    skills?: unknown;
    shortcutsEnabled?: unknown;
  };
  const kept = pruneAnswers(questionFlow, answers);
  const droppedAnswers = Object.keys(answers).length !== Object.keys(kept).length;
  // Skills are optional (version 1 had none); a damaged skills entry costs only the skills.
  const savedSkills = skills === undefined ? {} : isStringRecord(skills) ? skills : null;
  const keptSkills = savedSkills === null ? {} : keepKnownSkills(savedSkills);
  const droppedSkills = savedSkills === null || Object.keys(savedSkills).length !== Object.keys(keptSkills).length;
  return {
    saved: { answers: kept, skills: keptSkills, ...(typeof shortcutsEnabled === 'boolean' ? { shortcutsEnabled } : {}) },
    notice: droppedAnswers ? 'saved-answers-dropped' : droppedSkills ? 'saved-skills-dropped' : null,
  };
}

export const useQuizStore = create<QuizState>()(
  persist(
    (set) => ({
      answers: {},
      skills: {},
      shortcutsEnabled: true,
      notice: null,
      answer: (questionId, optionId) => set((state) => ({ answers: setAnswer(questionFlow, state.answers, questionId, optionId) })),
      loadAnswers: (answers) => set({ answers: pruneAnswers(questionFlow, answers) }),
      // Starting over clears the answers only: the skills describe the person, not one run of the quiz.
      startOver: () => set({ answers: {} }),
      setSkill: (skillId, state) =>
        set((current) => {
          if (!isSkillId(skillId)) return {};
          const { [skillId]: _previous, ...rest } = current.skills;
          return { skills: state === 'missing' ? rest : { ...rest, [skillId]: state } };
        }),
      loadSkills: (skills) => set({ skills: keepKnownSkills(skills) }),
      setShortcutsEnabled: (enabled) => set({ shortcutsEnabled: enabled }),
      dismissNotice: () => set({ notice: null }),
    }),
    {
      name: STORAGE_KEY,
      version: STORAGE_VERSION,
      storage: createSafeStorage<Saved>((problem) => {
        useQuizStore.setState({ notice: PROBLEM_NOTICE[problem] });
      }),
      partialize: ({ answers, skills, shortcutsEnabled }) => ({ answers, skills, shortcutsEnabled }),
      // Versions 0 and 1 stored { answers, shortcutsEnabled } without skills: they start with none,
      // and every answer is kept. merge validates the shape whatever the version.
      migrate: (persisted, version) =>
        (version < 2 && typeof persisted === 'object' && persisted !== null ? { ...persisted, skills: {} } : persisted) as Saved,
      merge: (persisted, current) => {
        const { saved, notice } = readSaved(persisted);
        return { ...current, ...saved, notice: notice ?? current.notice };
      },
      // Damaged or outdated progress is replaced by what was kept (hydration itself does not
      // write), so the notice about it is shown once, not again on every visit.
      onRehydrateStorage: () => (state) => {
        if (state?.notice === 'saved-progress-reset' || state?.notice === 'saved-answers-dropped' || state?.notice === 'saved-skills-dropped') useQuizStore.setState({});
      },
      // The first render (and the prerendered HTML) never waits on storage:
      // src/app applies saved progress after hydration by calling rehydrate().
      skipHydration: true,
    },
  ),
);
