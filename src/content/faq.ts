// The skills article's FAQ and its hiring manager's perspective. The words are the
// language's (src/locales/<locale>/faq.ts): in English the questions are quoted as printed and
// each answer item is one fact the article states, in our own words.
import { faqText, hiringManagerText } from '@locale/faq';
import type { FaqEntry, SourceId } from './types';

/** The FAQ's questions, in the article's order. */
export const FAQ_IDS = ['degree', 'fastest-path'] as const;
export type FaqId = (typeof FAQ_IDS)[number];

export const faq: readonly FaqEntry[] = FAQ_IDS.map((id) => ({ ...faqText[id], sourceId: 'skills-article' }));

/** The hiring manager's points, in the article's order. */
export const HIRING_POINT_IDS = ['bridge', 'domain-experts', 'generalists', 'portfolio'] as const;
export type HiringPointId = (typeof HIRING_POINT_IDS)[number];

export const hiringManagerView: { readonly points: readonly string[]; readonly sourceId: SourceId } = {
  points: HIRING_POINT_IDS.map((id) => hiringManagerText[id]),
  sourceId: 'skills-article',
};
