// Post-build: renders the static pages to HTML, inlines the stylesheet (so the first
// paint needs no second request) and writes the Content-Security-Policy that allows
// exactly that stylesheet by its hash, as a header file and as a <meta> tag.
import { createHash } from 'node:crypto';
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const dist = join(root, 'dist');
const ssrEntry = join(root, 'dist-ssr', 'entry-server.js');

const escapeHtml = (text) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

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
    hashes.push(`sha256-${createHash('sha256').update(css, 'utf8').digest('base64')}`);
    html = html.replace(tag, `<style>${css}</style>`);
  }
  return { html, hashes };
}

/** The route module each page loads on demand (see src/app/routes.tsx), by page. */
function lazyModuleFor(path) {
  if (path === '/roles') return 'src/features/roles/roles-page.tsx';
  if (path.startsWith('/roles/')) return 'src/features/roles/role-page.tsx';
  if (path === '/results') return 'src/features/results/results-page.tsx';
  if (path === '/compare') return 'src/features/compare/compare-page.tsx';
  return null;
}

/**
 * <link rel="modulepreload"> tags for a page's on-demand chunk and the chunks it imports,
 * so they download alongside the entry script instead of after it has run.
 */
function lazyChunks(manifest, path) {
  const entry = lazyModuleFor(path);
  if (!entry || !manifest[entry]) return [];
  const files = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(chunk.file) || chunk.isEntry) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  visit(entry);
  return [...files];
}

function preloadTags(manifest, path) {
  return lazyChunks(manifest, path)
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('\n    ');
}

const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;
const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * For prerendered pages: a tiny inline script (allowed by its hash) that starts the app's
 * JavaScript just after the first paint. The page is already readable, and the download no
 * longer competes with painting it. A timer starts it anyway where frames are paused
 * (a background tab).
 */
function deferredBootstrap(entry, chunks) {
  const files = JSON.stringify([entry, ...chunks.map((file) => `/${file}`)]);
  return `(function(){var started=false;function start(){if(started)return;started=true;${files}.forEach(function(src,i){var el=document.createElement(i?'link':'script');if(i){el.rel='modulepreload';el.href=src}else{el.type='module';el.src=src}el.crossOrigin='';document.head.appendChild(el)})}requestAnimationFrame(function(){setTimeout(start)});setTimeout(start,1500)})()`;
}

function page(template, { path, title, description, body, csp, preloads = '', bootstrap = null }) {
  const rootAttributes = path === null ? '' : ` data-prerendered-path="${escapeHtml(path)}"`;
  const withScript = bootstrap === null ? template : template.replace(ENTRY_SCRIPT, '').replace('</body>', `  <script>${bootstrap}</script>\n  </body>`);
  return withScript
    .replace('</head>', preloads ? `  ${preloads}\n  </head>` : '</head>')
    .replace(/<title>.*?<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(/<meta name="description" content="[^"]*"\s*\/?>/, `<meta name="description" content="${escapeHtml(description)}" />`)
    .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`)
    .replace('<div id="root"><!--app-html--></div>', `<div id="root"${rootAttributes}>${body}</div>`);
}

async function write(relativePath, html) {
  const file = join(dist, relativePath);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, html);
}

async function main() {
  const { render, pageMeta, prerenderPaths } = await import(pathToFileURL(ssrEntry).href);
  const { html: template, hashes } = await inlineStylesheets(await readFile(join(dist, 'index.html'), 'utf8'));
  const manifestFile = join(dist, '.vite', 'manifest.json');
  const manifest = JSON.parse(await readFile(manifestFile, 'utf8'));
  const entry = template.match(ENTRY_SCRIPT)?.[1];
  if (!entry) throw new Error('index.html has no module entry script');

  // Every inline script is known before any page is written, so each page's <meta>
  // policy can list all their hashes.
  const paths = prerenderPaths();
  const bootstraps = new Map(paths.map((path) => [path, deferredBootstrap(entry, lazyChunks(manifest, path))]));
  const scriptHashes = [...new Set([...bootstraps.values()].map(sha256))];
  const metaCsp = contentSecurityPolicy(hashes, scriptHashes, { forMeta: true });

  for (const path of paths) {
    const body = await render(path);
    const { title, description } = pageMeta(path);
    const file = path === '/' ? 'index.html' : join(path.slice(1), 'index.html');
    await write(file, page(template, { path, title, description, body, csp: metaCsp, bootstrap: bootstraps.get(path) }));
  }

  // Pages whose content depends on the query string or is unknown at build: an empty
  // shell the app renders into. /results and /compare get their own folders so any
  // static host serves them without rewrite rules; 404.html serves every other path.
  const noScript =
    '<noscript><p>This page needs JavaScript. The <a href="/">home page</a> and the <a href="/roles">role pages</a> work without it.</p></noscript>';
  const { title, description } = pageMeta('/');
  for (const [file, route] of [['results/index.html', '/results'], ['compare/index.html', '/compare'], ['404.html', null]]) {
    const preloads = route ? preloadTags(manifest, route) : '';
    await write(file, page(template, { path: null, title, description, body: noScript, csp: metaCsp, preloads }));
  }

  const headers = [
    '/*',
    `  Content-Security-Policy: ${contentSecurityPolicy(hashes, scriptHashes)}`,
    '  X-Content-Type-Options: nosniff',
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
    '/assets/*',
    '  Cache-Control: public, max-age=31536000, immutable',
    '',
  ].join('\n');
  await writeFile(join(dist, '_headers'), headers);
  await rm(join(root, 'dist-ssr'), { recursive: true, force: true });
  await rm(join(dist, '.vite'), { recursive: true, force: true });
  console.log(`prerendered ${paths.length} pages and 3 shells; ${hashes.length} style and ${scriptHashes.length} script hashes`);
}

await main();
