// Compiles messages/<locale>/*.json into typed message functions in src/paraglide/ (git-ignored)
// with Paraglide JS. The inlang project's settings are written here from src/i18n/languages.json,
// so a language is one line of configuration. With PSEUDO_LOCALE=1 the test-only pseudo-locale
// joins them: its messages are generated from English into messages/en-XA/ (git-ignored).
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compile } from '@inlang/paraglide-js';
import { PSEUDO_LOCALE, languages } from './build/languages.mjs';
import { pseudo } from '../src/i18n/pseudo.js';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const withPseudo = process.env.PSEUDO_LOCALE === '1';
const locales = languages({ pseudo: withPseudo }).map(({ locale }) => locale);
const baseLocale = locales[0];
const areas = (await readdir(join(root, 'messages', baseLocale))).filter((file) => file.endsWith('.json')).sort();

/** A message's text or variants through `pseudo`; declarations and selectors stay. */
function pseudoMessage(message) {
  if (typeof message === 'string') return pseudo(message);
  return message.map((variant) => ({ ...variant, match: Object.fromEntries(Object.entries(variant.match).map(([key, text]) => [key, pseudo(text)])) }));
}

if (withPseudo) {
  const folder = join(root, 'messages', PSEUDO_LOCALE);
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  for (const area of areas) {
    const english = JSON.parse(await readFile(join(root, 'messages', baseLocale, area), 'utf8'));
    const messages = Object.fromEntries(Object.entries(english).map(([key, message]) => [key, key === '$schema' ? message : pseudoMessage(message)]));
    await writeFile(join(folder, area), `${JSON.stringify(messages, null, 2)}\n`);
  }
}

const settings = {
  baseLocale,
  locales,
  // The plugin from node_modules: the default settings name a CDN this build must not need.
  modules: ['./node_modules/@inlang/plugin-message-format/dist/index.js'],
  'plugin.inlang.messageFormat': { pathPattern: areas.map((area) => `./messages/{locale}/${area}`) },
};
await mkdir(join(root, 'project.inlang'), { recursive: true });
await writeFile(join(root, 'project.inlang', 'settings.json'), `${JSON.stringify(settings, null, 2)}\n`);

process.chdir(root);
await compile({
  project: './project.inlang',
  outdir: './src/paraglide',
  // The language is fixed per build (scripts/build/fixed-locale.mjs); in tests and the dev
  // server the base language is the one read.
  strategy: ['baseLocale'],
  emitGitIgnore: false,
  emitPrettierIgnore: false,
});
