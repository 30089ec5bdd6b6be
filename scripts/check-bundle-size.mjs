// The bundle-size budget, checked on every test run: gzipped bytes of the JS and CSS
// the home page loads (its script, module preloads and inlined stylesheet), and of all
// JS in the build, for each language's build (ADR 15); and the bytes of the link-preview
// pictures. Deterministic: gzip level 9 of the built files.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MAX_PICTURE_BYTES, PICTURES_FOLDER } from './prerender/pictures.mjs';
import { languages, localeBase, localeFolder } from './build/languages.mjs';

const BUDGET = {
  // 110 KB until ADR 15; +1 KB for what every page now carries in every language: the
  // language switch, and the offer of the visitor's preferred language in that language's words.
  homeJs: 111 * 1024,
  homeCss: 12 * 1024,
  // 160 KB until ADR 15; the same +1 KB, and Spanish words are longer than English ones.
  allJs: 166 * 1024,
  /** The link-preview pictures (scripts/prerender/pictures.mjs): each one under WhatsApp's limit, and each language's together. */
  largestPicture: MAX_PICTURE_BYTES,
  allPicturesPerLanguage: 8 * 1024 * 1024,
  /**
   * Another language's home page carries the same code as the base language's with its own
   * words. Spanish words run about 20% longer than English ones: up to 1% more bytes is words.
   */
  otherLanguageHomeJsRatio: 1.01,
};

const gz = (text) => gzipSync(text, { level: 9 }).length;
const dist = 'dist';

/** A language's home page JS and CSS and all its JS, gzipped. */
async function measure(locale) {
  const folder = join(dist, localeFolder(locale));
  const base = localeBase(locale);
  const home = await readFile(join(folder, 'index.html'), 'utf8');
  // Script tags, module preloads, and the files the deferred bootstrap script starts (listed in
  // <meta name="app-scripts">, see scripts/prerender.mjs).
  const scripts = [
    ...[...home.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]),
    ...(home.match(/<meta name="app-scripts" content="([^"]*)"/)?.[1].split(' ') ?? []),
  ];
  if (scripts.length === 0) throw new Error(`found no script in ${folder}/index.html`);
  let homeJs = 0;
  for (const src of new Set(scripts)) {
    if (!src.startsWith(base)) throw new Error(`${base} loads ${src}, from another language's build`);
    homeJs += gz(await readFile(join(folder, src.slice(base.length))));
  }
  const homeCss = [...home.matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce((sum, m) => sum + gz(m[1]), 0);
  let allJs = 0;
  for (const file of await readdir(join(folder, 'assets'))) {
    if (file.endsWith('.js')) allJs += gz(await readFile(join(folder, 'assets', file)));
  }
  return { base, homeJs, homeCss, allJs };
}

const [baseSite, ...otherSites] = await Promise.all(languages().map(({ locale }) => measure(locale)));

// Pictures are sent as they are (PNG is compressed already): their bytes on disk.
const pictureFiles = await readdir(join(dist, PICTURES_FOLDER)).catch(() => []);
if (pictureFiles.length === 0) throw new Error(`dist/${PICTURES_FOLDER} holds no link-preview pictures: build with SITE_URL (npm run build:example)`);
const pictureBytes = await Promise.all(pictureFiles.map(async (file) => (await stat(join(dist, PICTURES_FOLDER, file))).size));

const rows = [
  ...[baseSite, ...otherSites].flatMap(({ base, homeJs, homeCss, allJs }) => [
    [`JS loaded by ${base}`, homeJs, BUDGET.homeJs, 'gzipped'],
    [`CSS inlined in ${base}`, homeCss, BUDGET.homeCss, 'gzipped'],
    [`all JS in the ${base} build`, allJs, BUDGET.allJs, 'gzipped'],
  ]),
  // Another language's home page carries the same code with its own words: no more JS than the
  // base language's (the budget is the base language's own bytes).
  ...otherSites.map(({ base, homeJs }) => [`JS loaded by ${base}, against ${baseSite.base} (+1% for words)`, homeJs, Math.round(baseSite.homeJs * BUDGET.otherLanguageHomeJsRatio), 'gzipped']),
  ['the largest preview picture', Math.max(...pictureBytes), BUDGET.largestPicture, 'as sent'],
  [`all ${pictureFiles.length} preview pictures, ${languages().length} languages`, pictureBytes.reduce((sum, bytes) => sum + bytes, 0), BUDGET.allPicturesPerLanguage * languages().length, 'as sent'],
];
let failed = 0;
for (const [name, bytes, budget, measure] of rows) {
  const ok = bytes <= budget;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${(bytes / 1024).toFixed(2)} KB ${measure} (budget ${(budget / 1024).toFixed(2)} KB)`);
}
console.log(`bundle size: ${rows.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
