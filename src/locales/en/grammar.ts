// English lists, ordinals and plural forms, as Intl.ListFormat('en-GB', conjunction) and
// Intl.PluralRules('en-GB') write them: "A, B and C", "1st", "12th", "23rd". Written out because
// the first Intl formatter a page builds loads locale data: measured at about 90 ms of one task
// at 4x CPU when the results page first rendered after the last answer (ADR 0008). Each
// language has these four; tests hold them to Intl's output.
import type { Grammar } from '../../i18n/grammar';

/** "A", "A and B", "A, B and C" (no serial comma, as en-GB writes it). */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th", 22 → "22nd". */
function ordinal(rank: number): string {
  const lastTwo = Math.abs(rank) % 100;
  const last = lastTwo % 10;
  const suffix = lastTwo >= 11 && lastTwo <= 13 ? 'th' : last === 1 ? 'st' : last === 2 ? 'nd' : last === 3 ? 'rd' : 'th';
  return `${rank}${suffix}`;
}

export const grammar: Grammar = {
  locale: 'en',
  listOf,
  ordinal,
  /** A shared rank reads "joint 2nd"; an unshared one "2nd". */
  placeText: (rank, joint) => (joint ? `joint ${ordinal(rank)}` : ordinal(rank)),
  pluralForm: (count) => (count === 1 ? 'one' : 'other'),
};
