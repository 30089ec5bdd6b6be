// Builders for the small trees the engine tests write inline, so that a tree reads in a
// few lines beside the test that uses it. The engine is generic: these trees know nothing
// of the app's content.
import type { AnswerOption, Caveat, HoldBack, Question, QuestionTree, Weight } from '../../../src/engine';

/** An option labelled by its id; `next` overrides its question's next (`null` ends the quiz). */
export function option(id: string, next?: string | null): AnswerOption {
  return { id, label: id, ...(next !== undefined ? { next } : {}) };
}

/** A question whose prompt is its id; `next` applies to every option without one of its own. */
export function ask(id: string, options: AnswerOption[], next?: string | null): Question {
  return { id, prompt: `${id}?`, hint: '', options, ...(next !== undefined ? { next } : {}) };
}

export function weight(questionId: string, optionId: string, roleId: string, points = 3): Weight {
  return { questionId, optionId, roleId, points, reason: `${questionId}=${optionId} points to ${roleId}` };
}

export function caveat(questionId: string, optionId: string, roleId: string): Caveat {
  return { questionId, optionId, roleId, text: `${questionId}=${optionId} is a caveat for ${roleId}`, brief: `caveat ${questionId}=${optionId}` };
}

export function holdBack(questionId: string, optionId: string, roleId: string): HoldBack {
  return { questionId, optionId, roleId, text: `${questionId}=${optionId} holds back ${roleId}`, brief: `held back by ${questionId}=${optionId}` };
}

/** A tree from its questions (the first is the start); no weights, caveats, hold-backs or roles unless given. */
export function treeOf(questions: Question[], ranking: Partial<Pick<QuestionTree, 'weights' | 'caveats' | 'holdBacks' | 'roleIds'>> = {}): QuestionTree {
  const start = questions[0]?.id ?? 'start';
  return { start, questions, weights: [], caveats: [], holdBacks: [], roleIds: [], ...ranking };
}
