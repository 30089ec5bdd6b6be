// Post-build: writes every page the route manifest lists to static HTML (src/app/entry-server.tsx
// renders them with the browser's own route table), plus a client-rendered shell per route that
// needs one and 404.html. Each page gets its title, description, canonical link and Open Graph
// tags, the stylesheet inlined (so the first paint needs no second request) and the
// Content-Security-Policy that allows exactly that stylesheet by its hash. Then the service
// worker. Fails the build on a page that did not render, or lacks its canonical or meta, and on
// two pages claiming one canonical address.
//
// SITE_URL (e.g. https://pathfinder.example) makes canonical and og:url absolute; without it the
// canonical link is root-relative and og:url is left out, since the build cannot know its host.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { writeServiceWorker } from './service-worker.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const ssrEntry = join(root, 'dist-ssr', 'entry-server.js');
const siteUrl = (process.env.SITE_URL ?? '').replace(/\/+$/, '');

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/** The policy of the product. `forMeta` leaves out what a <meta> policy cannot carry. */
function contentSecurityPolicy(styleHashes, scriptHashes, { forMeta = false } = {}) {
  const sources = (hashes) => hashes.map((hash) => ` '${hash}'`).join('');
  const directives = [
    "default-src 'self'",
    `script-src 'self'${sources(scriptHashes)}`,
    `style-src 'self'${sources(styleHashes)}`,
    "img-src 'self' data:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ];
  if (!forMeta) directives.push("frame-ancestors 'none'");
  return directives.join('; ');
}

async function inlineStylesheets(template) {
  const hashes = [];
  const linkPattern = /<link rel="stylesheet"(?: crossorigin)? href="([^"]+)"\s*\/?>/g;
  let html = template;
  for (const [tag, href] of template.matchAll(linkPattern)) {
    const css = (await readFile(join(dist, href), 'utf8')).trim();
    hashes.push(sha256(css));
    html = html.replace(tag, `<style>${css}</style>`);
  }
  return { html, hashes };
}

/**
 * The `_headers` patterns that cover every document address of the manifest's routes: a static
 * route's path with its folder forms ("/roles", "/roles/*"), and a route with parameters from its
 * static part on ("/quiz/*" for "/quiz/:questionId"; "/results" and "/results/*" for "/results/*").
 */
function documentAddressPatterns(routeManifest) {
  const patterns = new Set();
  for (const { pattern } of Object.values(routeManifest)) {
    const segments = pattern.split('/').filter(Boolean);
    const dynamicAt = segments.findIndex((segment) => segment.startsWith(':') || segment === '*');
    const base = `/${(dynamicAt === -1 ? segments : segments.slice(0, dynamicAt)).join('/')}`;
    patterns.add(base);
    patterns.add(base === '/' ? '/index.html' : `${base}/*`);
  }
  return [...patterns];
}

/** The chunks of a route's page module and everything it imports (not the entry), from Vite's manifest. */
function routeChunks(viteManifest, routeManifest, routeId) {
  const files = new Set();
  const visit = (key) => {
    const chunk = viteManifest[key];
    if (!chunk || files.has(chunk.file) || chunk.isEntry) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  const key = `src/features/${routeManifest[routeId].page}.tsx`;
  if (!viteManifest[key]) throw new Error(`The build has no chunk for ${key} (route "${routeId}")`);
  visit(key);
  return [...files].map((file) => `/${file}`);
}

/**
 * For prerendered pages: a tiny inline script (allowed by its hash) that starts the app's
 * JavaScript just after the first paint. The page is already readable, and the download no
 * longer competes with painting it. A timer starts it anyway where frames are paused
 * (a background tab). The same text on every page, so the policy lists one hash: each page
 * names its files in `<meta name="app-scripts">` (the entry first, then its route's chunks).
 * Each file is started in a task of its own: at 4x CPU one insertion costs up to about 20 ms,
 * and all of them in one task made a long task of 40 to 90 ms (ADR 10).
 */
const BOOTSTRAP = `(function(){var started=false;function start(){if(started)return;started=true;var meta=document.querySelector('meta[name="app-scripts"]');if(!meta)return;var files=meta.content.split(' ');(function add(i){if(i>=files.length)return;var el=document.createElement(i?'link':'script');if(i){el.rel='modulepreload';el.href=files[i]}else{el.type='module';el.src=files[i]}el.crossOrigin='';document.head.appendChild(el);setTimeout(function(){add(i+1)})})(0)}requestAnimationFrame(function(){setTimeout(start)});setTimeout(start,1500)})()`;

const appScriptsMeta = (files) => `<meta name="app-scripts" content="${escapeHtml(files.join(' '))}" />`;

/** The <head> tags that name the page: title, description, canonical and Open Graph. */
function headTags({ documentTitle, meta, canonical }) {
  const tags = [
    `<title>${escapeHtml(documentTitle)}</title>`,
    `<meta name="description" content="${escapeHtml(meta.description)}" />`,
  ];
  if (canonical !== null) {
    const absolute = `${siteUrl}${canonical}`;
    tags.push(
      `<link rel="canonical" href="${escapeHtml(absolute)}" />`,
      '<meta property="og:type" content="website" />',
      '<meta property="og:site_name" content="AI Career Pathfinder" />',
      `<meta property="og:title" content="${escapeHtml(meta.title)}" />`,
      `<meta property="og:description" content="${escapeHtml(meta.description)}" />`,
      ...(siteUrl ? [`<meta property="og:url" content="${escapeHtml(absolute)}" />`] : []),
    );
  }
  return tags.join('\n    ');
}

/** One HTML file from the Vite template: a prerendered page (`path` set) or a shell. */
function page(template, { path, head, body, csp, preloads = [], bootstrapFiles = null }) {
  const rootAttributes = path === null ? '' : ` data-prerendered-path="${escapeHtml(path)}"`;
  const preloadTags = [
    ...preloads.map((file) => `<link rel="modulepreload" crossorigin href="${file}">`),
    ...(bootstrapFiles === null ? [] : [appScriptsMeta(bootstrapFiles)]),
  ].join('\n    ');
  const withScript =
    bootstrapFiles === null ? template : template.replace(ENTRY_SCRIPT, '').replace('</body>', `  <script>${BOOTSTRAP}</script>\n  </body>`);
  return withScript
    .replace(/\s*<title>.*?<\/title>/, '')
    .replace(/\s*<meta name="description" content="[^"]*"\s*\/?>/, '')
    .replace('</head>', `  ${head}${preloadTags ? `\n    ${preloadTags}` : ''}\n  </head>`)
    .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`)
    .replace('<div id="root"><!--app-html--></div>', `<div id="root"${rootAttributes}>${body}</div>`);
}

const fileFor = (path) => (path === '/' ? 'index.html' : join(path.slice(1), 'index.html'));

async function write(relativePath, html) {
  const file = join(dist, relativePath);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, html);
}

/** Reads every written page back: each has a title, a description and a canonical of its own. */
async function checkWrittenPages(pages) {
  const problems = [];
  const owners = new Map();
  for (const { path } of pages) {
    const html = await readFile(join(dist, fileFor(path)), 'utf8');
    const canonical = html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
    if (!/<title>[^<]+<\/title>/.test(html)) problems.push(`${path}: no <title>`);
    if (!/<meta name="description" content="[^"]+"/.test(html)) problems.push(`${path}: no meta description`);
    if (!/<meta property="og:title" content="[^"]+"/.test(html)) problems.push(`${path}: no og:title`);
    if (!canonical) {
      problems.push(`${path}: no canonical link`);
      continue;
    }
    if (canonical !== `${siteUrl}${path}`) problems.push(`${path}: canonical is ${canonical}`);
    if (owners.has(canonical)) problems.push(`${path} and ${owners.get(canonical)} both claim the canonical ${canonical}`);
    owners.set(canonical, path);
  }
  return problems;
}

async function main() {
  const { render, prerenderPaths, shellPaths, routeManifest, APP_META } = await import(pathToFileURL(ssrEntry).href);
  const { html: template, hashes } = await inlineStylesheets(await readFile(join(dist, 'index.html'), 'utf8'));
  const viteManifest = JSON.parse(await readFile(join(dist, '.vite', 'manifest.json'), 'utf8'));
  const entry = template.match(ENTRY_SCRIPT)?.[1];
  if (!entry) throw new Error('index.html has no module entry script');

  const pages = prerenderPaths();
  const shells = shellPaths();
  // The one inline script, so each page's policy lists its hash; the files differ per route.
  const bootstrapFiles = new Map(pages.map(({ routeId }) => [routeId, [entry, ...routeChunks(viteManifest, routeManifest, routeId)]]));
  const scriptHashes = [sha256(BOOTSTRAP)];
  const metaCsp = contentSecurityPolicy(hashes, scriptHashes, { forMeta: true });

  const problems = [];
  for (const { routeId, path } of pages) {
    const rendered = await render(path);
    if (rendered.routeId !== routeId) {
      problems.push(`${path}: the manifest lists it under "${routeId}" but ${rendered.routeId === null ? 'no page' : `"${rendered.routeId}"`} rendered it`);
      continue;
    }
    const head = headTags({ documentTitle: rendered.documentTitle, meta: rendered.meta, canonical: path });
    await write(fileFor(path), page(template, { path, head, body: rendered.html, csp: metaCsp, bootstrapFiles: bootstrapFiles.get(routeId) }));
  }
  if (problems.length === 0) problems.push(...(await checkWrittenPages(pages)));
  if (problems.length > 0) throw new Error(`Prerendering failed:\n- ${problems.join('\n- ')}`);

  // Addresses whose content is unknown at build (a query-form link, an unknown path): an
  // empty shell the app renders into. Each route's shell sits in its own folder so any static
  // host serves it without rewrite rules, and preloads that route's code; 404.html serves
  // every other path. Shells are never indexed (no canonical: their address is not theirs).
  const noScript =
    '<noscript><p>This page needs JavaScript. The <a href="/">home page</a>, the <a href="/roles">role pages</a> and every results and comparison link the app gives you work without it.</p></noscript>';
  const shellHead = headTags({ documentTitle: APP_META.title, meta: APP_META, canonical: null }) + '\n    <meta name="robots" content="noindex" />';
  const shellFiles = [];
  for (const { routeId, path } of shells) {
    const preloads = routeChunks(viteManifest, routeManifest, routeId);
    await write(fileFor(path), page(template, { path: null, head: shellHead, body: noScript, csp: metaCsp, preloads }));
    shellFiles.push(fileFor(path));
  }
  await write('404.html', page(template, { path: null, head: shellHead, body: noScript, csp: metaCsp }));
  shellFiles.push('404.html');

  // The policies that govern a document (or the service worker) go only on the addresses of
  // documents: on every script and icon they were about 0.4 KB of headers each, read by nobody.
  const documentHeaders = [
    `  Content-Security-Policy: ${contentSecurityPolicy(hashes, scriptHashes)}`,
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
  ];
  const headers = [
    '/*',
    '  X-Content-Type-Options: nosniff',
    ...[...documentAddressPatterns(routeManifest), '/404.html', '/sw.js'].flatMap((pattern) => [pattern, ...documentHeaders]),
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
  await writeFile(join(dist, '_headers'), headers);
  await rm(join(root, 'dist-ssr'), { recursive: true, force: true });
  await rm(join(dist, '.vite'), { recursive: true, force: true });
  console.log(`prerendered ${pages.length} pages and ${shellFiles.length} shells; ${hashes.length} style and ${scriptHashes.length} script hashes`);

  await writeServiceWorker({ dist, shellFiles });
}

await main();
