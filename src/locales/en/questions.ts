// The quiz's words in English: each question's heading and hint, and its options' labels.
import type { QuestionText } from '../../content/text-types';

const yesNo = { yes: { label: 'Yes' }, no: { label: 'No' } } as const;

export const questionText: QuestionText = {
  code: {
    prompt: 'Do you love writing code for its own sake?',
    hint: 'Not whether you can code today, but whether building software is something you would do for fun.',
    options: yesNo,
  },
  python: {
    prompt: 'Would you be willing to learn Python?',
    hint: 'Enough to call AI services and wire them into an application, not to become a software engineer.',
    options: yesNo,
  },
  research: {
    prompt: 'Are you drawn to research and open-ended problems?',
    hint: 'Work where experiments often fail and nobody knows the answer yet.',
    options: yesNo,
  },
  phd: {
    prompt: 'Do you have, or plan to earn, a PhD or a strong master’s degree?',
    hint: 'Research roles at the major AI labs almost always expect one.',
    options: yesNo,
  },
  stakeholders: {
    prompt: 'Do you enjoy working with business stakeholders?',
    hint: 'Explaining results, agreeing priorities and turning business questions into work.',
    options: yesNo,
  },
  background: {
    prompt: 'What’s your current background?',
    hint: 'Pick the one closest to the work you do now, or have just finished studying for.',
    options: {
      student: { label: 'Student', hint: 'At school, college or university' },
      software: { label: 'Software, DevOps or IT' },
      data: { label: 'Data analysis, statistics or BI' },
      academic: { label: 'Academic research or a PhD' },
      product: { label: 'Product, project or business' },
      'law-policy': { label: 'Law, policy or ethics' },
      domain: { label: 'Medicine, finance or another domain' },
      'non-technical': { label: 'Writing, teaching or other non-technical work' },
    },
  },
};
