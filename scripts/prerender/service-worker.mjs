// Called by scripts/prerender.mjs once every page is written: writes dist/sw.js, a Workbox service worker
// that keeps the app whole offline without precaching hundreds of pages.
//
// - Precached: the assets (scripts, icons, manifest) and the client-rendered shells the route
//   manifest names, plus 404.html. A shell lives at `<path>/index.html` but the app links to
//   `/<path>` without a trailing slash, which Workbox's `directoryIndex` does not cover; so
//   shells are precached under their clean URL (`/results`), fetched from the host exactly as a
//   visitor gets them (headers included, so the CSP header too). Query strings are ignored, so
//   `/results?code=yes` is the precached `/results` shell.
// - Every other page (the prerendered ones: home, questions, roles, each result and comparison)
//   is fetched network-first and kept once visited; offline, one never visited falls back to
//   404.html, the generic shell, in which the app renders whatever the address names.
//
// No skipWaiting/clientsClaim: a new version waits until the page asks it to take over
// (src/app/service-worker-updates.ts posts {type: 'SKIP_WAITING'}, which Workbox handles).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { generateSW } from 'workbox-build';

export const PAGES_CACHE = 'pages';
/** Visited pages kept for offline use; older ones are dropped first. */
const MAX_CACHED_PAGES = 60;
const FALLBACK_SHELL = '404.html';

/** `results/index.html` -> `results`; the root `index.html` stays (directoryIndex maps `/` to it). */
export function cleanUrl(url) {
  const match = /^(.+)\/index\.html$/.exec(url);
  return match ? match[1] : url;
}

/** Workbox manifest transform: precache folder index pages under the URL the app uses. */
async function cleanFolderIndexUrls(entries) {
  return { manifest: entries.map((entry) => ({ ...entry, url: cleanUrl(entry.url) })), warnings: [] };
}

/**
 * `shellFiles`: the shells as written, relative to `dist` (e.g. `results/index.html`, `404.html`).
 * `ignoredFolders`: folders this worker does not serve (the link-preview pictures, for unfurlers;
 * the other languages, which have workers of their own).
 * `base`: the address prefix of the language it serves ('/' or '/es/'); its scope.
 * @param {{ dist: string, shellFiles: string[], ignoredFolders?: string[], base?: string }} options
 */
export async function writeServiceWorker({ dist, shellFiles, ignoredFolders = [], base = '/' }) {
  if (!shellFiles.includes(FALLBACK_SHELL)) throw new Error(`The service worker's offline fallback ${FALLBACK_SHELL} was not written`);
  // A build without the shells would leave the app without offline navigation.
  for (const file of shellFiles) await readFile(join(dist, file));

  const { count, size, warnings } = await generateSW({
    globDirectory: dist,
    globPatterns: ['**/*.{js,css,svg,png,webmanifest}', ...shellFiles],
    globIgnores: ['sw.js', 'workbox-*.js', ...ignoredFolders.map((folder) => `${folder}/**`)],
    swDest: join(dist, 'sw.js'),
    mode: 'production',
    sourcemap: false,
    inlineWorkboxRuntime: true,
    // Hashed assets need no revision: their name changes with their content.
    dontCacheBustURLsMatching: /^assets\//,
    manifestTransforms: [cleanFolderIndexUrls],
    directoryIndex: 'index.html',
    ignoreURLParametersMatching: [/.*/],
    runtimeCaching: [
      {
        urlPattern: ({ request }) => request.mode === 'navigate',
        handler: 'NetworkFirst',
        options: {
          cacheName: PAGES_CACHE,
          expiration: { maxEntries: MAX_CACHED_PAGES },
          precacheFallback: { fallbackURL: `${base}${FALLBACK_SHELL}` },
        },
      },
    ],
    cleanupOutdatedCaches: true,
    skipWaiting: false,
    clientsClaim: false,
    // The largest file is the script bundle; anything bigger than this is a mistake.
    maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
  });
  for (const warning of warnings) console.warn(`service worker: ${warning}`);
  console.log(`service worker: precaches ${count} files, ${(size / 1024).toFixed(0)} KiB`);
}
