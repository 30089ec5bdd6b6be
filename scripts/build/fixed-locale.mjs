// Each language is its own build (ADR 15). Paraglide compiles every message with all languages
// and picks one when called; this plugin writes the build's language into each message module,
// as the message itself, so the minifier drops the other languages' words, the runtime's locale
// detection and the dispatcher around each message.
const LOCALE_LOOKUP = 'experimentalStaticLocale ?? options.locale ?? getLocale()';
const MESSAGE_MODULE = /[\\/]src[\\/]paraglide[\\/]messages[\\/](?!_index\.js)([^\\/]+)\.js$/;
const RUNTIME_IMPORT = /^import \{ getLocale, experimentalStaticLocale \} from ["']\.\.\/runtime\.js["'];?$/m;
/** The exported message: a function that picks a language, then calls that language's function. */
const DISPATCHER = /^export const (\w+) = [^\n]*\(\(inputs[^\n]*=> \{\n([\s\S]*?)\n\}\);?\s*$/m;
/** The dispatcher's last line: the base language's function, for any other language. */
const BASE_RETURN = /^\s*return (\w+)\(inputs\)$/m;
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
  // Nothing reads the runtime any more: dropping its import drops its start-up code too.
  if (EVERY_LANGUAGE.test(key)) return code.replaceAll(LOCALE_LOOKUP, `options.locale ?? ${JSON.stringify(locale)}`).replace(RUNTIME_IMPORT, '');
  // The message is then the build's language's own function: no dispatcher around it on every call.
  const dispatcher = DISPATCHER.exec(code);
  const own = dispatcher && (new RegExp(`^\\s*if \\(locale === ${JSON.stringify(locale)}\\) return (\\w+)\\(inputs\\)$`, 'm').exec(dispatcher[2]) ?? BASE_RETURN.exec(dispatcher[2]));
  if (!dispatcher || !own) throw new Error(`${id} has no dispatcher Paraglide's way: update scripts/build/fixed-locale.mjs for this Paraglide version`);
  return `${code.slice(0, dispatcher.index)}export const ${dispatcher[1]} = ${own[1]};\n`.replace(RUNTIME_IMPORT, '');
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
