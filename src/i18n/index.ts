// The app's words. Messages are compiled by Paraglide JS from messages/<locale>/*.json; the
// language is fixed per build (ADR 15), and `@locale/` resolves to that language's folder
// under src/locales/ (English in tests and the dev server).
import { grammar } from '@locale/grammar';
import languages from './languages.json' with { type: 'json' };

export { m } from '../paraglide/messages.js';

/** The language of this build, as its messages folder and address prefix name it. */
export const LOCALE = grammar.locale;
export const { listOf, ordinal, placeText } = grammar;

type LanguageConfig = Readonly<Record<string, { readonly name: string; readonly htmlLang: string }>>;
const LANGUAGES = languages as LanguageConfig;

/** The language tag of this build's pages (`<html lang>`). */
export const HTML_LANG = LANGUAGES[LOCALE]?.htmlLang ?? LOCALE;

/** Whether this build's words are English (then a skill's English name needs no lang mark). */
export const WORDS_ARE_ENGLISH = HTML_LANG.startsWith('en') && LOCALE in LANGUAGES;

/** A count for a message with a plural: `m.skills_count(counted(n))` picks "1 skill" or "2 skills". */
export function counted(count: number): { count: number; form: 'one' | 'other' } {
  return { count, form: grammar.pluralForm(count) };
}
