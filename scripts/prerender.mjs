// Post-build: turns Vite's output into the static site, in steps, one module per concern under
// scripts/prerender/:
//   1. pages.mjs      every page the route manifest lists, rendered to HTML by
//                     src/app/entry-server.tsx with the browser's own route table, plus a
//                     client-rendered shell per route that needs one and 404.html;
//   2. head-tags.mjs  each page's title, description, canonical, Open Graph and X card tags;
//   3. pictures.mjs   each page's link-preview picture (src/app/link-previews.ts says what it shows);
//   4. policy.mjs     the Content-Security-Policy (by hash) and the host's _headers file;
//   5. service-worker.mjs  the offline service worker.
// Fails the build on a page that did not render, lacks its tags, or shares a canonical address.
//
// SITE_URL (e.g. https://pathfinder.example) is the site's public address: canonical links,
// og:url and the preview pictures' addresses must be absolute, so without it the canonical link
// is root-relative and the pages carry no og:url and no picture (and the build says so).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { headTags } from './prerender/head-tags.mjs';
import { BOOTSTRAP, ENTRY_SCRIPT, checkWrittenPages, fileFor, inlineStylesheets, page, routeChunks, writeFileIn } from './prerender/pages.mjs';
import { COLD_DRAWING_BUDGET_SECONDS, PICTURES_FOLDER, writePictures } from './prerender/pictures.mjs';
import { contentSecurityPolicy, headersFile, sha256 } from './prerender/policy.mjs';
import { writeServiceWorker } from './prerender/service-worker.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const ssrEntry = join(root, 'dist-ssr', 'entry-server.js');
const pictureCache = join(root, 'node_modules', '.cache', 'link-previews');
const siteUrl = (process.env.SITE_URL ?? '').trim().replace(/\/+$/, '');
if (siteUrl && !/^https?:\/\/[^/]+$/.test(siteUrl)) throw new Error(`SITE_URL must be an origin such as https://pathfinder.example, not "${siteUrl}"`);

const NO_SCRIPT =
  '<noscript><p>This page needs JavaScript. The <a href="/">home page</a>, the <a href="/roles">role pages</a> and every results and comparison link the app gives you work without it.</p></noscript>';

async function main() {
  const { render, prerenderPaths, shellPaths, routeManifest, APP_META } = await import(pathToFileURL(ssrEntry).href);
  const { html: template, hashes: styleHashes } = await inlineStylesheets(await readFile(join(dist, 'index.html'), 'utf8'), dist);
  const viteManifest = JSON.parse(await readFile(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entry = template.match(ENTRY_SCRIPT)?.[1];
  if (!entry) throw new Error('index.html has no module entry script');
  const scriptHashes = [sha256(BOOTSTRAP)];
  const csp = contentSecurityPolicy(styleHashes, scriptHashes, { forMeta: true });

  // 1. Render every page.
  const problems = [];
  const rendered = [];
  for (const { routeId, path } of prerenderPaths()) {
    const result = await render(path);
    if (result.routeId === routeId) rendered.push({ routeId, path, ...result });
    else problems.push(`${path}: the manifest lists it under "${routeId}" but ${result.routeId === null ? 'no page' : `"${result.routeId}"`} rendered it`);
  }
  if (problems.length > 0) throw new Error(`Prerendering failed:\n- ${problems.join('\n- ')}`);

  // 2. Their preview pictures: only with an address to give them.
  let pictures = new Map();
  if (siteUrl) {
    const drawing = await writePictures({ dist, cacheDir: pictureCache, cards: new Map(rendered.map(({ path, preview }) => [path, preview.card])) });
    pictures = drawing.pictures;
    const { count, drawn, totalBytes, largestBytes, seconds } = drawing.report;
    console.log(
      `preview pictures: ${count} (${drawn} drawn, ${count - drawn} from the cache) in ${seconds.toFixed(1)} s (budget ${COLD_DRAWING_BUDGET_SECONDS} s); ${(totalBytes / 1024).toFixed(0)} KB in all, the largest ${(largestBytes / 1024).toFixed(1)} KB`,
    );
    if (seconds > COLD_DRAWING_BUDGET_SECONDS) console.warn(`preview pictures took ${seconds.toFixed(1)} s, over their budget of ${COLD_DRAWING_BUDGET_SECONDS} s`);
  } else {
    console.warn('SITE_URL is not set: no link-preview pictures or og:url, and canonical links are relative. Set SITE_URL=https://your.host to build for a public site.');
  }

  // 3. Write the pages with their head tags.
  for (const { routeId, path, html, meta, documentTitle, preview } of rendered) {
    const picture = pictures.has(path) ? { ...pictures.get(path), alt: preview.alt } : null;
    const head = headTags({ documentTitle, meta, canonical: path, siteUrl, siteName: APP_META.title, picture });
    const bootstrapFiles = [entry, ...routeChunks(viteManifest, routeManifest, routeId)];
    await writeFileIn(dist, fileFor(path), page(template, { path, head, body: html, csp, bootstrapFiles }));
  }
  problems.push(...(await checkWrittenPages(dist, rendered.map(({ path }) => path), siteUrl)));
  if (problems.length > 0) throw new Error(`Prerendering failed:\n- ${problems.join('\n- ')}`);

  // Addresses whose content is unknown at build (a query-form link, an unknown path): an
  // empty shell the app renders into. Each route's shell sits in its own folder so any static
  // host serves it without rewrite rules, and preloads that route's code; 404.html serves
  // every other path. Shells are never indexed (no canonical: their address is not theirs).
  const shellHead = `${headTags({ documentTitle: APP_META.title, meta: APP_META, canonical: null, siteUrl, siteName: APP_META.title })}\n    <meta name="robots" content="noindex" />`;
  const shellFiles = [];
  for (const { routeId, path } of shellPaths()) {
    const preloads = routeChunks(viteManifest, routeManifest, routeId);
    await writeFileIn(dist, fileFor(path), page(template, { path: null, head: shellHead, body: NO_SCRIPT, csp, preloads }));
    shellFiles.push(fileFor(path));
  }
  await writeFileIn(dist, '404.html', page(template, { path: null, head: shellHead, body: NO_SCRIPT, csp }));
  shellFiles.push('404.html');

  // 4. The host's headers.
  await writeFile(join(dist, '_headers'), headersFile({ routeManifest, styleHashes, scriptHashes, immutableFolders: ['assets', PICTURES_FOLDER] }));
  await rm(join(root, 'dist-ssr'), { recursive: true, force: true });
  await rm(join(dist, '.vite'), { recursive: true, force: true });
  console.log(`prerendered ${rendered.length} pages and ${shellFiles.length} shells; ${styleHashes.length} style and ${scriptHashes.length} script hashes`);

  // 5. The service worker.
  await writeServiceWorker({ dist, shellFiles, ignoredFolders: [PICTURES_FOLDER] });
}

await main();
