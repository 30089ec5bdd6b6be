// Each language is its own build (ADR 15). Paraglide compiles every message with all languages
// and picks one when called; this plugin writes the build's language into each message module,
// so the minifier drops the other languages' words and the runtime's locale detection.
const LOCALE_LOOKUP = 'experimentalStaticLocale ?? options.locale ?? getLocale()';
const MESSAGE_MODULE = /[\\/]src[\\/]paraglide[\\/]messages[\\/](?!_index\.js)([^\\/]+)\.js$/;
const RUNTIME_IMPORT = /^import \{ getLocale, experimentalStaticLocale \} from ["']\.\.\/runtime\.js["'];?$/m;
/**
 * The language offer (site_offer_*) speaks the language it offers, on another language's page:
 * its few messages keep every language and read the one asked for (m.site_offer_text({}, { locale })).
 */
const EVERY_LANGUAGE = /^site_offer_/;

/** A message module with the locale fixed; throws when Paraglide's output no longer matches. */
export function fixLocaleInMessage(code, locale, id = 'a message module') {
  if (!code.includes(LOCALE_LOOKUP)) {
    throw new Error(`${id} does not choose its language with "${LOCALE_LOOKUP}": update scripts/build/fixed-locale.mjs for this Paraglide version`);
  }
  const key = MESSAGE_MODULE.exec(id)?.[1] ?? '';
  const lookup = EVERY_LANGUAGE.test(key) ? `options.locale ?? ${JSON.stringify(locale)}` : JSON.stringify(locale);
  // Nothing reads the runtime any more: dropping its import drops its start-up code too.
  return code.replaceAll(LOCALE_LOOKUP, lookup).replace(RUNTIME_IMPORT, '');
}

/** @returns {import('vite').Plugin} */
export function fixedLocale(locale) {
  return {
    name: 'fixed-locale',
    apply: 'build',
    // Before other plugins rewrite the module.
    enforce: 'pre',
    transform(code, id) {
      if (!MESSAGE_MODULE.test(id)) return null;
      return { code: fixLocaleInMessage(code, locale, id), map: null };
    },
  };
}
