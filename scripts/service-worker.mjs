// Post-build, after prerender.mjs: writes dist/sw.js, a Workbox service worker that precaches
// the whole built app so that after the first visit everything works offline.
//
// Navigations are answered from the precache:
// - a prerendered page or shell lives at `<path>/index.html`, but the app links to `/<path>`
//   without a trailing slash, which Workbox's `directoryIndex` does not cover; so those
//   entries are precached under their clean URL (`/roles/ml-engineer`, `/results`), fetched
//   from the host exactly as a visitor gets them (headers included, so the CSP header too);
// - every query string is ignored, so `/results?code=yes` is the precached `/results`;
// - any other path gets `/404.html`, the shell the app renders its "Page not found" into.
//
// No skipWaiting/clientsClaim: a new version waits until the page asks it to take over
// (src/app/service-worker-updates.ts posts {type: 'SKIP_WAITING'}, which Workbox handles).
import { readFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateSW } from 'workbox-build';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');

/** `roles/ml-engineer/index.html` -> `roles/ml-engineer`; the root `index.html` stays (directoryIndex maps `/` to it). */
export function cleanUrl(url) {
  const match = /^(.+)\/index\.html$/.exec(url);
  return match ? match[1] : url;
}

/** Workbox manifest transform: precache folder index pages under the URL the app uses. */
async function cleanFolderIndexUrls(entries) {
  return { manifest: entries.map((entry) => ({ ...entry, url: cleanUrl(entry.url) })), warnings: [] };
}

async function main() {
  // A build without the prerendered shells would leave the app without offline navigation.
  for (const required of ['index.html', '404.html', 'results/index.html', 'compare/index.html']) {
    await readFile(join(dist, required));
  }

  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*.{html,js,css,svg,png,webmanifest}'],
    globIgnores: ['sw.js', 'workbox-*.js'],
    swDest: join(dist, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    // Hashed assets need no revision: their name changes with their content.
    dontCacheBustURLsMatching: /^assets\//,
    manifestTransforms: [cleanFolderIndexUrls],
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    navigateFallback: '/404.html',
    // The service worker script itself is never a page.
    navigateFallbackDenylist: [/^\/sw\.js$/],
    cleanupOutdatedCaches: true,
    skipWaiting: false,
    clientsClaim: false,
    // The largest file is the script bundle; anything bigger than this is a mistake.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  console.log(`service worker: precaches ${count} files, ${(size / 1024).toFixed(0)} KiB`);
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main();
}
