// Everything a question page derives from (flow, answers, the requested question id),
// from one walk of the answers instead of one per fact.
import { getQuestion, longestFrom, walk, type Progress, type QuestionPlace } from './tree';
import type { Answers, PathStep, Question, QuestionFlow, QuestionId } from './types';

/** Why the requested page cannot be shown: none was named, it does not exist, or it is not on the path. */
export type QuizRedirectReason = 'no-question' | 'unknown-question' | 'off-path';

export interface QuizRedirect {
  readonly reason: QuizRedirectReason;
  /** Where to go on: the current question's id, or null for the results (the answers are complete). */
  readonly toQuestionId: QuestionId | null;
}

export interface QuizSnapshot {
  /** The requested question, when the flow has it (shown before the answers are known, too). */
  readonly question: Question | undefined;
  /** Where the requested question stands for these answers. */
  readonly place: QuestionPlace;
  /** The first question on the path without an answer; null when the answers are complete. */
  readonly current: Question | null;
  /** The answered questions in path order. */
  readonly path: readonly PathStep[];
  readonly progress: Progress;
  /** The requested question's 1-based position on the path; null off the path. */
  readonly position: number | null;
  /** The question before the requested one on the path; null for the first or off the path. */
  readonly previousId: QuestionId | null;
  /** The question after the requested one on the path; null when it is the current or last one, or off the path. */
  readonly nextId: QuestionId | null;
  /** Set when the requested page must not be shown. */
  readonly redirect: QuizRedirect | null;
}

export function quizSnapshot(flow: QuestionFlow, answers: Answers, requestedId: QuestionId | undefined): QuizSnapshot {
  const { steps, current } = walk(flow, answers);
  const remaining = current ? longestFrom(flow, current.id) : 0;
  const progress: Progress = {
    answered: steps.length,
    position: current ? steps.length + 1 : steps.length,
    totalAtMost: steps.length + remaining,
  };

  const question = requestedId === undefined ? undefined : getQuestion(flow, requestedId);
  // The path's questions, the current one last: positions, previous and next all index into it.
  const ids = steps.map((step) => step.question.id);
  if (current) ids.push(current.id);
  const index = question ? ids.indexOf(question.id) : -1;
  const place: QuestionPlace = index === -1 ? 'off-path' : index < steps.length ? 'answered' : 'current';

  const reason: QuizRedirectReason | null =
    requestedId === undefined ? 'no-question' : !question ? 'unknown-question' : place === 'off-path' ? 'off-path' : null;

  return {
    question,
    place,
    current,
    path: steps,
    progress,
    position: index === -1 ? null : index + 1,
    previousId: index > 0 ? (ids[index - 1] ?? null) : null,
    nextId: place === 'answered' ? (ids[index + 1] ?? null) : null,
    redirect: reason === null ? null : { reason, toQuestionId: current?.id ?? null },
  };
}
