// Walking the tree: pure functions from (tree, answers) to where the person is.
import type { Answers, AnswerOption, OptionId, PathStep, Question, QuestionId, QuestionFlow } from './types';

export function getQuestion(tree: QuestionFlow, id: QuestionId): Question | undefined {
  return tree.questions.find((question) => question.id === id);
}

export function getOption(question: Question, optionId: OptionId): AnswerOption | undefined {
  return question.options.find((option) => option.id === optionId);
}

/** Where an option leads: its own `next`, else the question's, else the end (`null`). */
export function nextQuestionIdAfter(question: Question, option: AnswerOption): QuestionId | null {
  if (option.next !== undefined) return option.next;
  return question.next ?? null;
}

export interface Walk {
  readonly steps: readonly PathStep[];
  /** The first question on the path without a valid answer; null when the path is complete. */
  readonly current: Question | null;
}

/**
 * Follows the answers from the start until a question has no valid answer or the path ends.
 * A guard against cycles keeps a broken tree from looping forever (the validator reports it).
 * Exported for the engine's own modules; src/engine/index.ts does not re-export it.
 */
export function walk(tree: QuestionFlow, answers: Answers): Walk {
  const steps: PathStep[] = [];
  const seen = new Set<QuestionId>();
  let id: QuestionId | null = tree.start;
  while (id !== null && !seen.has(id)) {
    seen.add(id);
    const question = getQuestion(tree, id);
    if (!question) break;
    const chosen = Object.hasOwn(answers, id) ? answers[id] : undefined;
    const option = chosen === undefined ? undefined : getOption(question, chosen);
    if (!option) return { steps, current: question };
    steps.push({ question, option });
    id = nextQuestionIdAfter(question, option);
  }
  return { steps, current: null };
}

/** The next question to ask, or null when the quiz is complete. */
export function nextQuestion(tree: QuestionFlow, answers: Answers): Question | null {
  return walk(tree, answers).current;
}

/** The answered questions in path order, each with its chosen option. */
export function answeredPath(tree: QuestionFlow, answers: Answers): readonly PathStep[] {
  return walk(tree, answers).steps;
}

export function isComplete(tree: QuestionFlow, answers: Answers): boolean {
  return walk(tree, answers).current === null;
}

/** The longest number of questions from `fromId` (inclusive) to the end of any branch. */
export function longestFrom(tree: QuestionFlow, fromId: QuestionId | null, visiting: ReadonlySet<QuestionId> = new Set()): number {
  if (fromId === null || visiting.has(fromId)) return 0;
  const question = getQuestion(tree, fromId);
  if (!question) return 0;
  const inner = new Set(visiting).add(fromId);
  let longestTail = 0;
  for (const option of question.options) {
    longestTail = Math.max(longestTail, longestFrom(tree, nextQuestionIdAfter(question, option), inner));
  }
  return 1 + longestTail;
}

/** How many questions remain at most, the current one included; 0 when complete. */
export function remainingAtMost(tree: QuestionFlow, answers: Answers): number {
  const current = walk(tree, answers).current;
  return current ? longestFrom(tree, current.id) : 0;
}

/** The number of questions on the longest possible path. */
export function longestPathLength(tree: QuestionFlow): number {
  return longestFrom(tree, tree.start);
}

export interface Progress {
  /** 1-based position of the current question; answered + 1, or answered when complete. */
  readonly position: number;
  /** The most questions this person's path can still have in all. */
  readonly totalAtMost: number;
  readonly answered: number;
}

export function progress(tree: QuestionFlow, answers: Answers): Progress {
  const { steps, current } = walk(tree, answers);
  const remaining = current ? longestFrom(tree, current.id) : 0;
  return {
    answered: steps.length,
    position: current ? steps.length + 1 : steps.length,
    totalAtMost: steps.length + remaining,
  };
}

/**
 * The questions these answers can still lead to: from the start, an answered question
 * follows its chosen option only, an unanswered one every option.
 */
export function reachableQuestionIds(tree: QuestionFlow, answers: Answers): ReadonlySet<QuestionId> {
  const reachable = new Set<QuestionId>();
  const queue: QuestionId[] = [tree.start];
  while (queue.length > 0) {
    const id = queue.shift() as QuestionId;
    const question = reachable.has(id) ? undefined : getQuestion(tree, id);
    if (!question) continue;
    reachable.add(id);
    const chosen = Object.hasOwn(answers, id) ? getOption(question, answers[id] as OptionId) : undefined;
    for (const option of chosen ? [chosen] : question.options) {
      const next = nextQuestionIdAfter(question, option);
      if (next !== null) queue.push(next);
    }
  }
  return reachable;
}

/**
 * Keeps the answers that still apply: a valid option to a question the answers can reach.
 * Unknown questions, unknown options and answers a branch made unreachable are dropped.
 * (An answer past an unanswered question is kept: it applies once the person gets there.)
 */
export function pruneAnswers(tree: QuestionFlow, answers: Answers): Answers {
  // One pass suffices: an invalid answer counts as unanswered when computing reach, and an
  // unreachable question's answer cannot change what else is reachable.
  const reachable = reachableQuestionIds(tree, answers);
  const kept: Record<QuestionId, OptionId> = {};
  for (const question of tree.questions) {
    const chosen = Object.hasOwn(answers, question.id) ? answers[question.id] : undefined;
    if (chosen !== undefined && reachable.has(question.id) && getOption(question, chosen)) kept[question.id] = chosen;
  }
  return kept;
}

/** Where a question stands for these answers: answered on the path, the current one, or not reachable. */
export type QuestionPlace = 'answered' | 'current' | 'off-path';

export function placeOf(tree: QuestionFlow, answers: Answers, questionId: QuestionId): QuestionPlace {
  const { steps, current } = walk(tree, answers);
  if (steps.some((step) => step.question.id === questionId)) return 'answered';
  return current?.id === questionId ? 'current' : 'off-path';
}

/**
 * Answers a question on the path. Answers that stay on the path are kept; those a changed
 * branch makes unreachable are dropped. A question off the path, or an unknown option,
 * leaves the answers as they were (returned pruned).
 */
export function setAnswer(tree: QuestionFlow, answers: Answers, questionId: QuestionId, optionId: OptionId): Answers {
  const pruned = pruneAnswers(tree, answers);
  const question = getQuestion(tree, questionId);
  if (!question || !getOption(question, optionId)) return pruned;
  if (!reachableQuestionIds(tree, pruned).has(questionId)) return pruned;
  return pruneAnswers(tree, { ...pruned, [questionId]: optionId });
}

/** The question before `questionId` on the path, or null for the first (or an off-path) question. */
export function previousQuestionId(tree: QuestionFlow, answers: Answers, questionId: QuestionId): QuestionId | null {
  const { steps, current } = walk(tree, answers);
  const ids = steps.map((step) => step.question.id);
  if (current) ids.push(current.id);
  const index = ids.indexOf(questionId);
  return index > 0 ? (ids[index - 1] ?? null) : null;
}

/** Every complete set of answers the tree allows, depth-first in option order. */
export function enumeratePaths(tree: QuestionFlow): readonly Answers[] {
  const paths: Answers[] = [];
  const visit = (id: QuestionId | null, answers: Answers, seen: ReadonlySet<QuestionId>): void => {
    const question = id === null || seen.has(id) ? undefined : getQuestion(tree, id);
    if (!question) {
      paths.push(answers);
      return;
    }
    const inner = new Set(seen).add(question.id);
    for (const option of question.options) {
      visit(nextQuestionIdAfter(question, option), { ...answers, [question.id]: option.id }, inner);
    }
  };
  visit(tree.start, {}, new Set());
  return paths;
}
