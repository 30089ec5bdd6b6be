// The security and caching policy of the built site: the Content-Security-Policy (which allows
// the inlined stylesheet and the one inline script by their hashes) and the `_headers` file a
// static host such as Netlify or Cloudflare Pages reads.
import { createHash } from 'node:crypto';

export const sha256 = (text) => `sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}`;

/** The policy of the product. `forMeta` leaves out what a <meta> policy cannot carry. */
export function contentSecurityPolicy(styleHashes, scriptHashes, { forMeta = false } = {}) {
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

/**
 * The `_headers` patterns that cover every document address of the manifest's routes: a static
 * route's path with its folder forms ("/roles", "/roles/*"), and a route with parameters from its
 * static part on ("/quiz/*" for "/quiz/:questionId"; "/results" and "/results/*" for "/results/*"),
 * under each language's prefix (`localeBases`: '/' and '/es/' give "/roles" and "/es/roles").
 */
export function documentAddressPatterns(routeManifest, localeBases = ['/']) {
  const patterns = new Set();
  for (const localeBase of localeBases) {
    const prefix = localeBase.replace(/\/$/, '');
    for (const { pattern } of Object.values(routeManifest)) {
      const segments = pattern.split('/').filter(Boolean);
      const dynamicAt = segments.findIndex((segment) => segment.startsWith(':') || segment === '*');
      const path = `/${(dynamicAt === -1 ? segments : segments.slice(0, dynamicAt)).join('/')}`;
      if (path === '/') {
        patterns.add(`${prefix}/`);
        patterns.add(`${prefix}/index.html`);
      } else {
        patterns.add(`${prefix}${path}`);
        patterns.add(`${prefix}${path}/*`);
      }
    }
    if (prefix) patterns.add(prefix);
  }
  return [...patterns];
}

/**
 * The `_headers` file. The policies that govern a document (or the service worker) go only on
 * the addresses of documents: on every script and icon they were about 0.4 KB of headers each,
 * read by nobody. Files named by their content (`immutableFolders`) are cached for a year.
 */
export function headersFile({ routeManifest, styleHashes, scriptHashes, immutableFolders, localeBases = ['/'] }) {
  const documentHeaders = [
    `  Content-Security-Policy: ${contentSecurityPolicy(styleHashes, scriptHashes)}`,
    '  Referrer-Policy: no-referrer',
    '  Permissions-Policy: camera=(), microphone=(), geolocation=(), interest-cohort=()',
  ];
  return [
    '/*',
    '  X-Content-Type-Options: nosniff',
    ...[...documentAddressPatterns(routeManifest, localeBases), ...localeBases.flatMap((base) => [`${base}404.html`, `${base}sw.js`])].flatMap((pattern) => [
      pattern,
      ...documentHeaders,
    ]),
    ...immutableFolders.flatMap((folder) => [`/${folder}/*`, '  Cache-Control: public, max-age=31536000, immutable']),
    '',
  ].join('\n');
}
