// Spanish lists, ordinals and plural forms, as Intl.ListFormat('es', conjunction) and
// Intl.PluralRules('es') write them: "A, B y C" ("e" before a word that starts with the sound
// i), "2.º". Written out rather than with Intl for the reason given in ../en/grammar.ts.
import type { Grammar } from '../../i18n/grammar';

/** "A y B", "A, B y C", and "A e Inglés" where the last word starts with the sound i. */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const last = items[items.length - 1] ?? '';
  const conjunction = /^(i|hi(?![aeéou]))/i.test(last) ? 'e' : 'y';
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${last}`;
}

/** 1 → "1.º", 7 → "7.º": the masculine ordinal of "puesto". */
function ordinal(rank: number): string {
  return `${rank}.º`;
}

export const grammar: Grammar = {
  locale: 'es',
  listOf,
  ordinal,
  /** A shared place reads "2.º empatado" (no brackets: it also sits inside brackets); an unshared one "2.º". */
  placeText: (rank, joint) => (joint ? `${ordinal(rank)} empatado` : ordinal(rank)),
  pluralForm: (count) => (count === 1 ? 'one' : 'other'),
};
