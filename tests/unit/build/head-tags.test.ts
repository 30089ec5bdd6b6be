// The build's head tags: what names a page and previews its link.
import { describe, expect, it } from 'vitest';
import { headTags } from '../../../scripts/prerender/head-tags.mjs';

const meta = { title: 'ML Engineer', description: 'Builds & ships "models" <fast>' };
const picture = { path: '/previews/abc.png', width: 1200, height: 630, type: 'image/png', alt: 'ML Engineer: UK £65K–£120K a year' };

function parsedHead(tags: string): Document {
  return new DOMParser().parseFromString(`<!doctype html><html><head>${tags}</head></html>`, 'text/html');
}
const content = (head: Document, selector: string) => head.querySelector(selector)?.getAttribute('content') ?? null;

describe('headTags', () => {
  it('with the site known: an absolute canonical, og:url and picture, and a large X card', () => {
    const head = parsedHead(headTags({ documentTitle: 'ML Engineer – Site', meta, canonical: '/roles/ml-engineer', siteUrl: 'https://site.example', siteName: 'Site', picture }));
    expect(head.title).toBe('ML Engineer – Site');
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('https://site.example/roles/ml-engineer');
    expect(content(head, 'meta[property="og:url"]')).toBe('https://site.example/roles/ml-engineer');
    expect(content(head, 'meta[property="og:image"]')).toBe('https://site.example/previews/abc.png');
    expect(content(head, 'meta[property="og:image:width"]')).toBe('1200');
    expect(content(head, 'meta[property="og:image:height"]')).toBe('630');
    expect(content(head, 'meta[property="og:image:type"]')).toBe('image/png');
    expect(content(head, 'meta[property="og:image:alt"]')).toBe(picture.alt);
    expect(content(head, 'meta[name="twitter:card"]')).toBe('summary_large_image');
    expect(content(head, 'meta[name="twitter:image:alt"]')).toBe(picture.alt);
    expect(content(head, 'meta[property="og:site_name"]')).toBe('Site');
  });

  it('names the same page in every language, and the default, by absolute addresses', () => {
    const alternates = [
      { hreflang: 'en-GB', href: '/roles' },
      { hreflang: 'es', href: '/es/roles' },
      { hreflang: 'x-default', href: '/roles' },
    ];
    const head = parsedHead(headTags({ documentTitle: 'T', meta, canonical: '/es/roles', alternates, siteUrl: 'https://site.example', siteName: 'Site' }));
    const links = [...head.querySelectorAll('link[rel="alternate"]')].map((link) => [link.getAttribute('hreflang'), link.getAttribute('href')]);
    expect(links).toEqual(alternates.map(({ hreflang, href }) => [hreflang, `https://site.example${href}`]));
  });

  it('escapes what the page says, so a quote or a bracket cannot end the tag', () => {
    const head = parsedHead(headTags({ documentTitle: 'T', meta, canonical: '/', siteUrl: 'https://site.example', siteName: 'Site', picture }));
    expect(content(head, 'meta[name="description"]')).toBe(meta.description);
    expect(content(head, 'meta[property="og:description"]')).toBe(meta.description);
  });

  it('without the site: a root-relative canonical, and no og:url or picture, which must be absolute', () => {
    const tags = headTags({ documentTitle: 'T', meta, canonical: '/roles/ml-engineer', siteUrl: '', siteName: 'Site', picture });
    const head = parsedHead(tags);
    expect(head.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe('/roles/ml-engineer');
    expect(tags).not.toContain('og:url');
    expect(tags).not.toContain('og:image');
    expect(tags).not.toContain('twitter:');
  });

  it('a shell (no canonical of its own) is named but not described as a page to share', () => {
    const tags = headTags({ documentTitle: 'T', meta, canonical: null, siteUrl: 'https://site.example', siteName: 'Site' });
    expect(tags).toContain('<title>T</title>');
    expect(tags).not.toContain('canonical');
    expect(tags).not.toContain('og:');
  });
});
