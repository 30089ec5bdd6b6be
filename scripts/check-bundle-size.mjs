// The bundle-size budget, checked on every test run: gzipped bytes of the JS and CSS
// the home page loads (its script, module preloads and inlined stylesheet), and of all
// JS in the build; and the bytes of the link-preview pictures. Deterministic: gzip level 9
// of the built files.
import { readFile, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { MAX_PICTURE_BYTES, PICTURES_FOLDER } from './prerender/pictures.mjs';

const BUDGET = {
  homeJs: 110 * 1024,
  homeCss: 12 * 1024,
  allJs: 160 * 1024,
  /** The link-preview pictures (scripts/prerender/pictures.mjs): each one under WhatsApp's limit, and all together. */
  largestPicture: MAX_PICTURE_BYTES,
  allPictures: 8 * 1024 * 1024,
};

const gz = (text) => gzipSync(text, { level: 9 }).length;
const dist = 'dist';
const home = await readFile(join(dist, 'index.html'), 'utf8');
// Script tags, module preloads, and the files the deferred bootstrap script starts (listed in
// <meta name="app-scripts">, see scripts/prerender.mjs).
const scripts = [
  ...[...home.matchAll(/<(?:script[^>]+src|link[^>]+rel="modulepreload"[^>]+href)="([^"]+\.js)"/g)].map((m) => m[1]),
  ...(home.match(/<meta name="app-scripts" content="([^"]*)"/)?.[1].split(' ') ?? []),
];
if (scripts.length === 0) throw new Error('found no script in dist/index.html');
let homeJs = 0;
for (const src of new Set(scripts)) homeJs += gz(await readFile(join(dist, src)));
const homeCss = [...home.matchAll(/<style>([\s\S]*?)<\/style>/g)].reduce((sum, m) => sum + gz(m[1]), 0);
let allJs = 0;
for (const file of await readdir(join(dist, 'assets'))) {
  if (file.endsWith('.js')) allJs += gz(await readFile(join(dist, 'assets', file)));
}

// Pictures are sent as they are (PNG is compressed already): their bytes on disk.
const pictureFiles = await readdir(join(dist, PICTURES_FOLDER)).catch(() => []);
if (pictureFiles.length === 0) throw new Error(`dist/${PICTURES_FOLDER} holds no link-preview pictures: build with SITE_URL (npm run build:example)`);
const pictureBytes = await Promise.all(pictureFiles.map(async (file) => (await stat(join(dist, PICTURES_FOLDER, file))).size));

const rows = [
  ['JS loaded by /', homeJs, BUDGET.homeJs, 'gzipped'],
  ['CSS inlined in /', homeCss, BUDGET.homeCss, 'gzipped'],
  ['all JS in the build', allJs, BUDGET.allJs, 'gzipped'],
  ['the largest preview picture', Math.max(...pictureBytes), BUDGET.largestPicture, 'as sent'],
  [`all ${pictureFiles.length} preview pictures`, pictureBytes.reduce((sum, bytes) => sum + bytes, 0), BUDGET.allPictures, 'as sent'],
];
let failed = 0;
for (const [name, bytes, budget, measure] of rows) {
  const ok = bytes <= budget;
  if (!ok) failed += 1;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}: ${(bytes / 1024).toFixed(1)} KB ${measure} (budget ${(budget / 1024).toFixed(0)} KB)`);
}
console.log(`bundle size: ${rows.length - failed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
