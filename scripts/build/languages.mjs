// The site's languages, from src/i18n/languages.json: adding one is a line there, a folder of
// messages (messages/<locale>/) and a folder of long content (src/locales/<locale>/).
// The first is the base language: it is served from the root, every other one from /<locale>/.
import configured from '../../src/i18n/languages.json' with { type: 'json' };

/**
 * Where the site is written: dist/, or dist-pseudo/ for the build with the test-only
 * pseudo-locale, which so never mixes with the site that ships.
 */
export const OUTPUT_DIR = process.env.PSEUDO_LOCALE === '1' ? 'dist-pseudo' : 'dist';

/** The test-only pseudo-locale (npm run test:pseudo): English, accented, bracketed and longer. */
export const PSEUDO_LOCALE = 'en-XA';

/** Every shipped language, the base first, with `pseudo` adding the pseudo-locale. */
export function languages({ pseudo = false } = {}) {
  const list = Object.entries(configured).map(([locale, { name, htmlLang }]) => ({ locale, name, htmlLang }));
  return pseudo ? [...list, { locale: PSEUDO_LOCALE, name: 'Pseudo', htmlLang: PSEUDO_LOCALE }] : list;
}

export const BASE_LOCALE = languages()[0].locale;

/** The folder of a language's pages under dist/: '' for the base language. */
export function localeFolder(locale) {
  return locale === BASE_LOCALE ? '' : locale;
}

/** The path prefix of a language's addresses and assets: '/' or '/es/'. */
export function localeBase(locale) {
  return locale === BASE_LOCALE ? '/' : `/${locale}/`;
}
