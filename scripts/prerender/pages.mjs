// The HTML files: Vite's index.html filled in per page, as a prerendered page or as a
// client-rendered shell. Every page gets the stylesheet inlined (so the first paint needs no
// second request), its <meta> Content-Security-Policy, its head tags, and the bootstrap script
// that starts the app's code just after the first paint.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { escapeHtml } from './head-tags.mjs';
import { sha256 } from './policy.mjs';

export const ENTRY_SCRIPT = /<script type="module" crossorigin src="([^"]+)"><\/script>/;

/**
 * Replaces each stylesheet link of the template with the stylesheet itself; returns their hashes
 * for the policy. `base`: the build's address prefix ('/' or '/es/'), which its links carry.
 */
export async function inlineStylesheets(template, dist, base = '/') {
  const hashes = [];
  const linkPattern = /<link rel="stylesheet"(?: crossorigin)? href="([^"]+)"\s*\/?>/g;
  let html = template;
  for (const [tag, href] of template.matchAll(linkPattern)) {
    const css = (await readFile(join(dist, href.startsWith(base) ? href.slice(base.length) : href), 'utf8')).trim();
    hashes.push(sha256(css));
    html = html.replace(tag, `<style>${css}</style>`);
  }
  return { html, hashes };
}

/**
 * The chunks of a route's page module and everything it imports (not the entry), from Vite's
 * manifest, as addresses under the build's `base` ('/' or '/es/').
 */
export function routeChunks(viteManifest, routeManifest, routeId, base = '/') {
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
  return [...files].map((file) => `${base}${file}`);
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
export const BOOTSTRAP = `(function(){var started=false;function start(){if(started)return;started=true;var meta=document.querySelector('meta[name="app-scripts"]');if(!meta)return;var files=meta.content.split(' ');(function add(i){if(i>=files.length)return;var el=document.createElement(i?'link':'script');if(i){el.rel='modulepreload';el.href=files[i]}else{el.type='module';el.src=files[i]}el.crossOrigin='';document.head.appendChild(el);setTimeout(function(){add(i+1)})})(0)}requestAnimationFrame(function(){setTimeout(start)});setTimeout(start,1500)})()`;

/** index.html's `<link rel="expect" … blocking="render">` and the space before it. */
const RENDER_BLOCKING_EXPECT = /\s*<link rel="expect"[^>]*blocking="render"[^>]*>/;

const appScriptsMeta = (files) => `<meta name="app-scripts" content="${escapeHtml(files.join(' '))}" />`;

/**
 * One HTML file from the template: a prerendered page (`path` set, `bootstrapFiles` its scripts) or a shell.
 * @param {string} template
 * @param {{ path: string | null, head: string, body: string, csp: string, preloads?: string[], bootstrapFiles?: string[] | null }} options
 */
export function page(template, { path, head, body, csp, preloads = [], bootstrapFiles = null }) {
  // The address without its trailing slash ('/es/' → '/es'), as src/app/main.tsx compares it.
  const rootAttributes = path === null ? '' : ` data-prerendered-path="${escapeHtml(path.replace(/(.)\/+$/, '$1'))}"`;
  const preloadTags = [
    ...preloads.map((file) => `<link rel="modulepreload" crossorigin href="${file}">`),
    ...(bootstrapFiles === null ? [] : [appScriptsMeta(bootstrapFiles)]),
  ].join('\n    ');
  const withScript =
    bootstrapFiles === null ? template : template.replace(ENTRY_SCRIPT, '').replace('</body>', `  <script>${BOOTSTRAP}</script>\n  </body>`);
  // The template holds the first frame until the prerendered <main> is parsed (ADR 16); a
  // shell has no <main> for the browser to wait for.
  const withFirstFrame = path === null ? withScript.replace(RENDER_BLOCKING_EXPECT, '') : withScript;
  return withFirstFrame
    .replace(/\s*<title>.*?<\/title>/, '')
    .replace(/\s*<meta name="description" content="[^"]*"\s*\/?>/, '')
    .replace('</head>', `  ${head}${preloadTags ? `\n    ${preloadTags}` : ''}\n  </head>`)
    .replace('<meta charset="UTF-8" />', `<meta charset="UTF-8" />\n    <meta http-equiv="Content-Security-Policy" content="${csp}" />`)
    .replace('<div id="root"><!--app-html--></div>', `<div id="root"${rootAttributes}>${body}</div>`);
}

/** `/` → `index.html`, `/roles/x` → `roles/x/index.html`, `/es/` → `es/index.html`: folders any static host serves without rewrites. */
export const fileFor = (path) => (path === '/' ? 'index.html' : join(path.slice(1), 'index.html'));

export async function writeFileIn(dist, relativePath, contents) {
  const file = join(dist, relativePath);
  await mkdir(dirname(file), { recursive: true });
  await writeFile(file, contents);
}

/**
 * Reads every written page back: each has a title, a description and a canonical of its own,
 * under the site's address; and, when the site is known, a preview picture that exists.
 */
export async function checkWrittenPages(dist, paths, siteUrl) {
  const problems = [];
  const owners = new Map();
  for (const path of paths) {
    const html = await readFile(join(dist, fileFor(path)), 'utf8');
    const canonical = html.match(/<link rel="canonical" href="([^"]*)"/)?.[1];
    if (!/<title>[^<]+<\/title>/.test(html)) problems.push(`${path}: no <title>`);
    if (!/<meta name="description" content="[^"]+"/.test(html)) problems.push(`${path}: no meta description`);
    if (!/<meta property="og:title" content="[^"]+"/.test(html)) problems.push(`${path}: no og:title`);
    if (siteUrl) {
      const image = html.match(/<meta property="og:image" content="([^"]+)"/)?.[1];
      if (!image?.startsWith(`${siteUrl}/`)) problems.push(`${path}: og:image is ${image ?? 'missing'}`);
      else {
        const file = join(dist, image.slice(siteUrl.length));
        await readFile(file).catch(() => problems.push(`${path}: its picture ${image} was not written`));
      }
    }
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
