// One-key answers: Y/N for yes/no questions (the letters of this language's words), 1–9 for longer lists. Pure helpers,
// so the quiz page only wires them to a keydown listener.
import type { Question } from '../../engine';
import { m } from '../../i18n';

/** The label of the switch that turns one-key answers on and off. */
export const ONE_KEY_ANSWERS_LABEL = m.quiz_one_key_answers();

/**
 * A touch screen with no mouse or trackpad beside it: a phone, most likely without a keyboard,
 * so one-key answers are not offered there. quiz.css hides them with the same query, which
 * covers the prerendered page before (or without) JavaScript. A keyboard-only device reports
 * no coarse pointer, so it keeps them.
 */
export const TOUCH_ONLY_QUERY = '(pointer: coarse) and (not (any-pointer: fine))';

/** The media query list for TOUCH_ONLY_QUERY, or null where the browser has no matchMedia (assumed not touch-only). */
export function touchOnlyMedia(view: Window): MediaQueryList | null {
  return typeof view.matchMedia === 'function' ? view.matchMedia(TOUCH_ONLY_QUERY) : null;
}

/** The key (lower case) that picks each option, in option order; null where an option has none. */
export function shortcutKeys(question: Question): readonly (string | null)[] {
  const ids = question.options.map((option) => option.id);
  if (ids.length === 2 && ids[0] === 'yes' && ids[1] === 'no') return [m.quiz_key_yes(), m.quiz_key_no()];
  return ids.map((_, index) => (index < 9 ? String(index + 1) : null));
}

/** A sentence saying which keys answer this question, e.g. "Press Y for Yes or N for No." */
export function describeShortcuts(question: Question): string {
  const keys = shortcutKeys(question).filter((key): key is string => key !== null);
  if (keys.length === 0) return '';
  const [yesKey, noKey] = keys;
  if (yesKey === m.quiz_key_yes() && noKey !== undefined) {
    return m.quiz_shortcuts_yes_no({ yesKey: yesKey.toUpperCase(), noKey: noKey.toUpperCase() });
  }
  return m.quiz_shortcuts_numbers({ count: keys.length });
}

/** Input types that take no typing, so a key press there may answer the question. */
const NON_TEXT_INPUT_TYPES = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/** True when the key press is meant for a text field, so it must not answer the question. */
export function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable) return true;
  if (target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !NON_TEXT_INPUT_TYPES.has(target.type);
}

/** The option index a key press picks, or -1. Ignores presses with a modifier key held. */
export function optionIndexForKey(question: Question, event: KeyboardEvent): number {
  if (event.defaultPrevented || event.repeat || event.isComposing) return -1;
  if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return -1;
  if (isTextEntry(event.target)) return -1;
  return shortcutKeys(question).indexOf(event.key.toLowerCase());
}
