// The build's pages module: Vite's index.html filled in as a prerendered page or a shell,
// and the read-back check of what was written.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BOOTSTRAP, checkWrittenPages, fileFor, page, routeChunks, writeFileIn } from '../../../scripts/prerender/pages.mjs';
import { headTags, type PreviewPicture } from '../../../scripts/prerender/head-tags.mjs';
import { routeManifest } from '../../../src/routes/manifest';

const TEMPLATE = `<!doctype html>
<html lang="en-GB">
  <head>
    <meta charset="UTF-8" />
    <title>Template</title>
    <link rel="expect" href="#main" blocking="render" />
    <meta name="description" content="Template" />
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body>
    <div id="root"><!--app-html--></div>
  </body>
</html>`;

const SITE = 'https://site.example';
const head = (path: string | null, picture: PreviewPicture | null = null) =>
  headTags({ documentTitle: `Title of ${path}`, meta: { title: 'T', description: 'D' }, canonical: path, siteUrl: SITE, siteName: 'Site', picture });

describe('page', () => {
  it('a prerendered page: its head, its policy, its body marked with its path, and the bootstrap instead of the entry script', () => {
    const html = page(TEMPLATE, { path: '/roles', head: head('/roles'), body: '<h1>Roles</h1>', csp: "default-src 'self'", bootstrapFiles: ['/assets/index-abc.js', '/assets/roles.js'] });
    const document = new DOMParser().parseFromString(html, 'text/html');
    expect(document.title).toBe('Title of /roles');
    expect(document.querySelectorAll('title')).toHaveLength(1);
    expect(document.querySelectorAll('meta[name="description"]')).toHaveLength(1);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toBe("default-src 'self'");
    expect(document.querySelector('#root')?.getAttribute('data-prerendered-path')).toBe('/roles');
    expect(document.querySelector('#root h1')?.textContent).toBe('Roles');
    expect(document.querySelector('script[src]')).toBeNull();
    expect(document.querySelector('body > script')?.textContent).toBe(BOOTSTRAP);
    expect(document.querySelector('meta[name="app-scripts"]')?.getAttribute('content')).toBe('/assets/index-abc.js /assets/roles.js');
    expect(document.querySelector('link[rel="expect"]')?.getAttribute('blocking')).toBe('render');
  });

  it('a shell: the entry script stays, its route is preloaded, and the root is not marked as prerendered', () => {
    const html = page(TEMPLATE, { path: null, head: head(null), body: '<noscript>JS</noscript>', csp: "default-src 'self'", preloads: ['/assets/results.js'] });
    const document = new DOMParser().parseFromString(html, 'text/html');
    expect(document.querySelector('script[src]')?.getAttribute('src')).toBe('/assets/index-abc.js');
    expect(document.querySelector('link[rel="modulepreload"]')?.getAttribute('href')).toBe('/assets/results.js');
    expect(document.querySelector('#root')?.hasAttribute('data-prerendered-path')).toBe(false);
    // Nothing prerendered to wait for: the first frame is not held.
    expect(document.querySelector('link[rel="expect"]')).toBeNull();
  });
});

describe('fileFor', () => {
  it('writes each path as a folder index, so any static host serves it without rewrites', () => {
    expect(fileFor('/')).toBe('index.html');
    expect(fileFor('/roles/ml-engineer')).toBe(join('roles', 'ml-engineer', 'index.html'));
  });
});

describe('routeChunks', () => {
  it("lists a route's page chunk and what it imports, never the entry", () => {
    const viteManifest = {
      'index.html': { file: 'assets/index.js', isEntry: true, imports: ['_shared.js'] },
      'src/features/roles/roles-page.tsx': { file: 'assets/roles-page.js', imports: ['index.html', '_shared.js'] },
      '_shared.js': { file: 'assets/shared.js', imports: ['src/features/roles/roles-page.tsx'] },
    };
    expect(routeChunks(viteManifest, routeManifest, 'roles')).toEqual(['/assets/roles-page.js', '/assets/shared.js']);
    expect(() => routeChunks(viteManifest, routeManifest, 'skills')).toThrow(/no chunk for src\/features\/skills/);
  });
});

describe('checkWrittenPages', () => {
  let dist = '';
  afterEach(async () => {
    if (dist) await rm(dist, { recursive: true, force: true });
  });

  it('passes pages with their tags and pictures, and names each problem otherwise', async () => {
    dist = await mkdtemp(join(tmpdir(), 'pages-'));
    const picture = { path: '/previews/a.png', width: 1200, height: 630, type: 'image/png', alt: 'A' };
    await writeFileIn(dist, 'previews/a.png', 'png');
    await writeFileIn(dist, fileFor('/'), page(TEMPLATE, { path: '/', head: head('/', picture), body: '', csp: '', bootstrapFiles: [] }));
    await writeFileIn(dist, fileFor('/a'), page(TEMPLATE, { path: '/a', head: head('/a', { ...picture, path: '/previews/gone.png' }), body: '', csp: '', bootstrapFiles: [] }));
    await writeFileIn(dist, fileFor('/b'), page(TEMPLATE, { path: '/b', head: head('/'), body: '', csp: '', bootstrapFiles: [] }));

    expect(await checkWrittenPages(dist, ['/'], SITE)).toEqual([]);
    expect(await checkWrittenPages(dist, ['/', '/a', '/b'], SITE)).toEqual([
      `/a: its picture ${SITE}/previews/gone.png was not written`,
      '/b: og:image is missing',
      `/b: canonical is ${SITE}/`,
      `/b and / both claim the canonical ${SITE}/`,
    ]);
  });
});
