// Reading the finished build in dist/ as a browser would before any script runs.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';

export const DIST_DIR = process.env.E2E_DIST_DIR ?? join(import.meta.dirname, '..', '..', 'dist');

export async function builtPage(path: string): Promise<Document> {
  const html = await readFile(join(DIST_DIR, path.slice(1), 'index.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

/**
 * The site address the build was made for (SITE_URL), from the home page's canonical link;
 * npm test builds with one, since link previews need absolute addresses.
 */
export async function builtSiteUrl(): Promise<string> {
  const canonical = (await builtPage('/')).querySelector('link[rel="canonical"]')?.getAttribute('href') ?? '';
  if (!/^https?:\/\/[^/]+\/$/.test(canonical)) throw new Error(`The build has no SITE_URL (the home page's canonical is "${canonical}"): build with SITE_URL=https://… to test link previews`);
  return canonical.slice(0, -1);
}
