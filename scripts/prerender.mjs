// Post-build: turns Vite's output into the static site, in steps, one module per concern under
// scripts/prerender/:
//   1. pages.mjs      every page the route manifest lists, rendered to HTML by
//                     src/app/entry-server.tsx with the browser's own route table, plus a
//                     client-rendered shell per route that needs one and 404.html;
//   2. head-tags.mjs  each page's title, description, canonical, Open Graph and X card tags;
//   3. pictures.mjs   each page's link-preview picture (src/app/link-previews.ts says what it shows);
//   4. policy.mjs     the Content-Security-Policy (by hash) and the host's _headers file;
//   5. service-worker.mjs  the offline service worker.
// Every step runs once per language (scripts/build/languages.mjs): the base language's site fills
// dist/, every other one dist/<locale>/, each from its own client and server build (ADR 15).
// Fails the build on a page that did not render, lacks its tags, or shares a canonical address.
//
// SITE_URL (e.g. https://pathfinder.example) is the site's public address: canonical links,
// og:url and the preview pictures' addresses must be absolute, so without it the canonical link
// is root-relative and the pages carry no og:url and no picture (and the build says so).
import { readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { escapeHtml, headTags } from './prerender/head-tags.mjs';
import { BOOTSTRAP, ENTRY_SCRIPT, checkWrittenPages, fileFor, inlineStylesheets, page, routeChunks, writeFileIn } from './prerender/pages.mjs';
import { COLD_DRAWING_BUDGET_SECONDS, PICTURES_FOLDER, writePictures } from './prerender/pictures.mjs';
import { contentSecurityPolicy, headersFile, sha256 } from './prerender/policy.mjs';
import { writeServiceWorker } from './prerender/service-worker.mjs';
import { OUTPUT_DIR, languages, localeBase, localeFolder } from './build/languages.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, OUTPUT_DIR);
const pictureCache = join(root, 'node_modules', '.cache', 'link-previews');
const siteUrl = (process.env.SITE_URL ?? '').trim().replace(/\/+$/, '');
if (siteUrl && !/^https?:\/\/[^/]+$/.test(siteUrl)) throw new Error(`SITE_URL must be an origin such as https://pathfinder.example, not "${siteUrl}"`);

const withPseudo = process.env.PSEUDO_LOCALE === '1';
const siteLanguages = languages({ pseudo: withPseudo });

/**
 * One language's site: its pages, pictures, shells and service worker.
 * `otherFolders`: the other languages' folders, which its service worker leaves alone.
 */
async function prerenderLanguage({ locale, htmlLang }, otherFolders) {
  const folder = localeFolder(locale);
  const base = localeBase(locale);
  const out = join(dist, folder);
  const ssr = await import(pathToFileURL(join(root, 'dist-ssr', locale, 'entry-server.js')).href);
  const { render, prerenderPaths, shellPaths, routeManifest, localizedPath, appMeta, noScriptHtml } = ssr;
  const { html: rawTemplate, hashes: styleHashes } = await inlineStylesheets(await readFile(join(out, 'index.html'), 'utf8'), out, base);
  const template = withLanguage(rawTemplate, htmlLang);
  const viteManifest = JSON.parse(await readFile(join(out, '.vite', 'manifest.json'), 'utf8'));
  const entry = template.match(ENTRY_SCRIPT)?.[1];
  if (!entry) throw new Error(`${folder || 'dist'}/index.html has no module entry script`);
  const scriptHashes = [sha256(BOOTSTRAP)];
  const csp = contentSecurityPolicy(styleHashes, scriptHashes, { forMeta: true });
  const meta = appMeta();
  const at = (path) => localizedPath(locale, path);
  // hreflang: the page in every shipped language; x-default is the base language's address.
  const alternatesOf = (path) => [
    ...languages().map((language) => ({ hreflang: language.htmlLang, href: localizedPath(language.locale, path) })),
    { hreflang: 'x-default', href: path },
  ];

  // 1. Render every page.
  const problems = [];
  const rendered = [];
  for (const { routeId, path } of prerenderPaths()) {
    const result = await render(at(path));
    if (result.routeId === routeId) rendered.push({ routeId, path, address: at(path), ...result });
    else problems.push(`${at(path)}: the manifest lists it under "${routeId}" but ${result.routeId === null ? 'no page' : `"${result.routeId}"`} rendered it`);
  }
  if (problems.length > 0) throw new Error(`Prerendering failed:\n- ${problems.join('\n- ')}`);

  // 2. Their preview pictures: only with an address to give them. They sit in the base
  // language's folder, shared by every language (a picture is named by what it shows).
  let pictures = new Map();
  if (siteUrl) {
    const drawing = await writePictures({ dist, cacheDir: pictureCache, cards: new Map(rendered.map(({ address, preview }) => [address, preview.card])) });
    pictures = drawing.pictures;
    const { count, drawn, totalBytes, largestBytes, seconds } = drawing.report;
    console.log(
      `${locale}: preview pictures: ${count} (${drawn} drawn, ${count - drawn} from the cache) in ${seconds.toFixed(1)} s (budget ${COLD_DRAWING_BUDGET_SECONDS} s); ${(totalBytes / 1024).toFixed(0)} KB in all, the largest ${(largestBytes / 1024).toFixed(1)} KB`,
    );
    if (seconds > COLD_DRAWING_BUDGET_SECONDS) console.warn(`preview pictures took ${seconds.toFixed(1)} s, over their budget of ${COLD_DRAWING_BUDGET_SECONDS} s`);
  }

  // 3. Write the pages with their head tags.
  for (const { routeId, path, address, html, meta: pageMeta, documentTitle, preview } of rendered) {
    const picture = pictures.has(address) ? { ...pictures.get(address), alt: preview.alt } : null;
    const head = headTags({ documentTitle, meta: pageMeta, canonical: address, alternates: alternatesOf(path), siteUrl, siteName: meta.title, picture });
    const bootstrapFiles = [entry, ...routeChunks(viteManifest, routeManifest, routeId, base)];
    await writeFileIn(dist, fileFor(address), page(template, { path: address, head, body: html, csp, bootstrapFiles }));
  }
  problems.push(...(await checkWrittenPages(dist, rendered.map(({ address }) => address), siteUrl)));
  if (problems.length > 0) throw new Error(`Prerendering failed:\n- ${problems.join('\n- ')}`);

  // Addresses whose content is unknown at build (a query-form link, an unknown path): an
  // empty shell the app renders into. Each route's shell sits in its own folder so any static
  // host serves it without rewrite rules, and preloads that route's code; 404.html serves
  // every other path. Shells are never indexed (no canonical: their address is not theirs).
  const noScript = `<noscript>${noScriptHtml()}</noscript>`;
  const shellHead = `${headTags({ documentTitle: meta.title, meta, canonical: null, siteUrl, siteName: meta.title })}\n    <meta name="robots" content="noindex" />`;
  const shellFiles = [];
  for (const { routeId, path } of shellPaths()) {
    const preloads = routeChunks(viteManifest, routeManifest, routeId, base);
    await writeFileIn(dist, fileFor(at(path)), page(template, { path: null, head: shellHead, body: noScript, csp, preloads }));
    shellFiles.push(fileFor(path));
  }
  await writeFileIn(out, '404.html', page(template, { path: null, head: shellHead, body: noScript, csp }));
  shellFiles.push('404.html');

  await rm(join(out, '.vite'), { recursive: true, force: true });
  console.log(`${locale}: prerendered ${rendered.length} pages and ${shellFiles.length} shells; ${styleHashes.length} style and ${scriptHashes.length} script hashes`);

  // 5. Its service worker, for its own addresses only.
  await writeServiceWorker({ dist: out, base, shellFiles, ignoredFolders: [PICTURES_FOLDER, ...otherFolders] });
  return { routeManifest, styleHashes, scriptHashes, pages: rendered.length, shells: shellFiles.length };
}

/** The template with the language's tag on <html>. */
function withLanguage(template, htmlLang) {
  if (!/<html lang="[^"]*">/.test(template)) throw new Error('index.html has no <html lang>');
  return template.replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(htmlLang)}">`);
}

async function main() {
  if (!siteUrl) {
    console.warn('SITE_URL is not set: no link-preview pictures or og:url, and canonical links are relative. Set SITE_URL=https://your.host to build for a public site.');
  }
  const folders = siteLanguages.map(({ locale }) => localeFolder(locale)).filter(Boolean);
  const results = [];
  for (const language of siteLanguages) {
    const otherFolders = folders.filter((folder) => folder !== localeFolder(language.locale));
    results.push({ language, ...(await prerenderLanguage(language, otherFolders)) });
  }
  // The host's headers, one file at the root for every language's addresses.
  const [baseSite] = results;
  await writeFile(
    join(dist, '_headers'),
    headersFile({
      routeManifest: baseSite.routeManifest,
      localeBases: results.map(({ language }) => localeBase(language.locale)),
      styleHashes: [...new Set(results.flatMap(({ styleHashes }) => styleHashes))],
      scriptHashes: [...new Set(results.flatMap(({ scriptHashes }) => scriptHashes))],
      immutableFolders: [...results.map(({ language }) => [localeFolder(language.locale), 'assets'].filter(Boolean).join('/')), PICTURES_FOLDER],
    }),
  );
  await rm(join(root, 'dist-ssr'), { recursive: true, force: true });
  const pages = results.reduce((sum, { pages }) => sum + pages, 0);
  const shells = results.reduce((sum, { shells }) => sum + shells, 0);
  console.log(`prerendered ${pages} pages and ${shells} shells in ${results.length} languages`);
}

await main();
