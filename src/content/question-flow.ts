// The question flow: the questions and where each answer leads. Kept apart from the
// weights (src/content/question-tree.ts) so the quiz loads without the ranking data.
// The words (prompts, hints, option labels) are the language's: src/locales/<locale>/questions.ts.
import { questionText } from '@locale/questions';
import type { AnswerOption, Question, QuestionFlow } from '../engine/types';

export const QUESTION_IDS = ['code', 'python', 'research', 'phd', 'stakeholders', 'background'] as const;
export type QuestionIdInTree = (typeof QUESTION_IDS)[number];

/** Each question's options, in display order. The ids are the share link's contract. */
export const OPTION_IDS = {
  code: ['yes', 'no'],
  python: ['yes', 'no'],
  research: ['yes', 'no'],
  phd: ['yes', 'no'],
  stakeholders: ['yes', 'no'],
  background: ['student', 'software', 'data', 'academic', 'product', 'law-policy', 'domain', 'non-technical'],
} as const satisfies Readonly<Record<QuestionIdInTree, readonly string[]>>;

export type OptionIdOf<Q extends QuestionIdInTree> = (typeof OPTION_IDS)[Q][number];

/** A question with its words; `next` per option only where the options lead to different questions. */
function question<Q extends QuestionIdInTree>(
  id: Q,
  next: QuestionIdInTree | null | { readonly [O in OptionIdOf<Q>]: QuestionIdInTree },
): Question {
  const words = questionText[id];
  const perOption = next !== null && typeof next === 'object';
  const options: AnswerOption[] = (OPTION_IDS[id] as readonly OptionIdOf<Q>[]).map((optionId) => {
    const { label, hint } = words.options[optionId];
    return { id: optionId, label, ...(hint !== undefined ? { hint } : {}), ...(perOption ? { next: next[optionId] } : {}) };
  });
  return { id, prompt: words.prompt, hint: words.hint, options, ...(perOption ? {} : { next }) };
}

const questions: readonly Question[] = [
  question('code', { yes: 'research', no: 'python' }),
  question('python', 'research'),
  question('research', { yes: 'phd', no: 'stakeholders' }),
  question('phd', 'stakeholders'),
  question('stakeholders', 'background'),
  question('background', null),
];

export const questionFlow: QuestionFlow = { start: 'code', questions };
