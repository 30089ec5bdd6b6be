// The build's policy module: the Content-Security-Policy and the host's _headers file.
import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, documentAddressPatterns, headersFile, sha256 } from '../../../scripts/prerender/policy.mjs';
import { LOCALES, localizedPath, paths, prerenderPaths, routeManifest, shellPaths } from '../../../src/routes/manifest';
import { localeBase } from '../../../scripts/build/languages.mjs';

/** Whether a `_headers` pattern ("/roles/*", "/") covers an address. */
const covers = (pattern: string, address: string) =>
  pattern.endsWith('/*') ? address.startsWith(pattern.slice(0, -1)) : pattern === address;

describe('contentSecurityPolicy', () => {
  it('allows the given hashes only, and leaves frame-ancestors out of a <meta> policy', () => {
    const styleHash = sha256('body{}');
    const scriptHash = sha256('1');
    const header = contentSecurityPolicy([styleHash], [scriptHash]);
    expect(header).toContain(`style-src 'self' '${styleHash}'`);
    expect(header).toContain(`script-src 'self' '${scriptHash}'`);
    expect(header).not.toContain('unsafe');
    expect(header).toContain("frame-ancestors 'none'");
    expect(contentSecurityPolicy([styleHash], [scriptHash], { forMeta: true })).not.toContain('frame-ancestors');
  });

  it('hashes as browsers do: sha256 of the UTF-8 text, in base64', () => {
    expect(sha256('')).toBe('sha256-47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU=');
  });
});

describe('the _headers file', () => {
  const headers = headersFile({ routeManifest, styleHashes: ['sha256-a'], scriptHashes: ['sha256-b'], immutableFolders: ['assets', 'previews'] });

  it('puts the policy on every address of a document the manifest names, prerendered or shell', () => {
    const patterns = documentAddressPatterns(routeManifest);
    const addresses = [...prerenderPaths().map(({ path }) => path), ...shellPaths().map(({ path }) => path), paths.results({ code: 'yes' })];
    for (const address of addresses) {
      const pathOnly = address.split('?')[0] ?? address;
      expect(patterns.some((pattern) => covers(pattern, pathOnly)), address).toBe(true);
    }
    for (const pattern of patterns) expect(headers).toContain(`${pattern}\n  Content-Security-Policy: `);
  });

  it("covers every language's addresses, its 404 page and its service worker", () => {
    const localeBases = LOCALES.map(localeBase);
    const patterns = documentAddressPatterns(routeManifest, localeBases);
    const multilingual = headersFile({ routeManifest, localeBases, styleHashes: ['sha256-a'], scriptHashes: ['sha256-b'], immutableFolders: ['assets'] });
    const appPaths = [...prerenderPaths().map(({ path }) => path), ...shellPaths().map(({ path }) => path), paths.results({ code: 'yes' })];
    for (const locale of LOCALES) {
      for (const appPath of appPaths) {
        const address = (localizedPath(locale, appPath).split('?')[0] ?? '').replace(/(.)\/$/, '$1');
        expect(patterns.some((pattern) => covers(pattern, address) || covers(pattern, `${address}/`)), address).toBe(true);
      }
      expect(multilingual).toContain(`${localeBase(locale)}404.html\n  Content-Security-Policy: `);
      expect(multilingual).toContain(`${localeBase(locale)}sw.js\n  Content-Security-Policy: `);
    }
  });

  it('caches the folders of content-named files for a year, and them only', () => {
    expect(headers).toContain('/assets/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(headers).toContain('/previews/*\n  Cache-Control: public, max-age=31536000, immutable');
    expect(headers.match(/Cache-Control/g)).toHaveLength(2);
  });
});
