// The question flow: the questions and where each answer leads. Kept apart from the
// weights (src/content/question-tree.ts) so the quiz loads without the ranking data.
import type { Question, QuestionFlow } from '../engine/types';

export const QUESTION_IDS = ['code', 'python', 'research', 'phd', 'stakeholders', 'background'] as const;
export type QuestionIdInTree = (typeof QUESTION_IDS)[number];

/** Yes/No options; pass targets only where the two answers lead to different questions. */
const yesNo = (yesNext?: QuestionIdInTree, noNext?: QuestionIdInTree) =>
  [
    { id: 'yes', label: 'Yes', ...(yesNext !== undefined ? { next: yesNext } : {}) },
    { id: 'no', label: 'No', ...(noNext !== undefined ? { next: noNext } : {}) },
  ] as const;

const questions: readonly Question[] = [
  {
    id: 'code',
    prompt: 'Do you love writing code for its own sake?',
    hint: 'Not whether you can code today, but whether building software is something you would do for fun.',
    options: yesNo('research', 'python'),
  },
  {
    id: 'python',
    prompt: 'Would you be willing to learn Python?',
    hint: 'Enough to call AI services and wire them into an application, not to become a software engineer.',
    options: yesNo(),
    next: 'research',
  },
  {
    id: 'research',
    prompt: 'Are you drawn to research and open-ended problems?',
    hint: 'Work where experiments often fail and nobody knows the answer yet.',
    options: yesNo('phd', 'stakeholders'),
  },
  {
    id: 'phd',
    prompt: 'Do you have, or plan to earn, a PhD or a strong master’s degree?',
    hint: 'Research roles at the major AI labs almost always expect one.',
    options: yesNo(),
    next: 'stakeholders',
  },
  {
    id: 'stakeholders',
    prompt: 'Do you enjoy working with business stakeholders?',
    hint: 'Explaining results, agreeing priorities and turning business questions into work.',
    options: yesNo(),
    next: 'background',
  },
  {
    id: 'background',
    prompt: 'What’s your current background?',
    hint: 'Pick the one closest to the work you do now, or have just finished studying for.',
    options: [
      { id: 'student', label: 'Student', hint: 'At school, college or university' },
      { id: 'software', label: 'Software, DevOps or IT' },
      { id: 'data', label: 'Data analysis, statistics or BI' },
      { id: 'academic', label: 'Academic research or a PhD' },
      { id: 'product', label: 'Product, project or business' },
      { id: 'law-policy', label: 'Law, policy or ethics' },
      { id: 'domain', label: 'Medicine, finance or another domain' },
      { id: 'non-technical', label: 'Writing, teaching or other non-technical work' },
    ],
    next: null,
  },
];

export const questionFlow: QuestionFlow = { start: 'code', questions };
