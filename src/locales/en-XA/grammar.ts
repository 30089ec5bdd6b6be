// The pseudo-locale's grammar (tests only): English rules, with the locale 'en-XA' and its
// words pseudo-accented, so a word built in code shows up in the pseudo-locale run.
import { pseudo } from '../../i18n/pseudo.js';
import type { Grammar } from '../../i18n/grammar';
import { grammar as english } from '../en/grammar';

const JOINT = pseudo('joint');
const AND = pseudo('and');

/** "A", "A ⟦áñð ·⟧ B", "A, B ⟦áñð ·⟧ C". */
function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  return `${items.slice(0, -1).join(', ')} ${AND} ${items[items.length - 1]}`;
}

export const grammar: Grammar = {
  locale: 'en-XA',
  listOf,
  ordinal: (rank) => pseudo(english.ordinal(rank)),
  placeText: (rank, joint) => (joint ? `${JOINT} ${pseudo(english.ordinal(rank))}` : pseudo(english.ordinal(rank))),
  pluralForm: english.pluralForm,
};
