// A small static host for the built app, as a CDN would serve it: the headers in
// dist/_headers (including the Content-Security-Policy), gzip, folder index pages,
// and 404.html for unknown paths. Used by the end-to-end tests and the benchmark.
// Usage: node scripts/serve.mjs [--port 4173] [--dir dist]
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, normalize, relative, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.svg', '.txt', '.xml']);

/** Parses the _headers format: a path pattern line, then indented "Name: value" lines. */
export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split('\n')) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ pattern: line.trim(), headers: {} });
    } else if (rules.length > 0) {
      const colon = line.indexOf(':');
      if (colon > 0) rules[rules.length - 1].headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    }
  }
  return rules;
}

function headersFor(rules, pathname) {
  const headers = {};
  for (const { pattern, headers: values } of rules) {
    const matches = pattern.endsWith('*') ? pathname.startsWith(pattern.slice(0, -1)) : pathname === pattern;
    if (matches) Object.assign(headers, values);
  }
  return headers;
}

async function isFile(path) {
  try {
    return (await stat(path)).isFile();
  } catch {
    return false;
  }
}

/** The 404.html in `from`'s folder or the nearest one above it, up to the site's root. */
async function nearest404(rootDir, from) {
  for (let folder = dirname(from); folder.startsWith(rootDir); folder = dirname(folder)) {
    if (await isFile(join(folder, '404.html'))) return join(folder, '404.html');
    if (folder === rootDir) break;
  }
  return null;
}

export async function startServer({ dir = 'dist', port = 4173, host = '127.0.0.1' } = {}) {
  const rootDir = resolve(dir);
  const rules = parseHeadersFile(await readFile(join(rootDir, '_headers'), 'utf8').catch(() => ''));

  const server = createServer(async (request, response) => {
    try {
      const url = new URL(request.url ?? '/', 'http://localhost');
      let pathname;
      try {
        pathname = decodeURIComponent(url.pathname);
      } catch {
        pathname = '/404-bad-path';
      }
      const candidate = normalize(join(rootDir, pathname));
      const inside = candidate === rootDir || candidate.startsWith(rootDir + sep);
      let file = null;
      let status = 200;
      if (inside && (await isFile(candidate))) file = candidate;
      else if (inside && (await isFile(join(candidate, 'index.html')))) file = join(candidate, 'index.html');
      else {
        // The nearest 404.html up the folders, as Cloudflare Pages serves it: each language's
        // own (dist/es/404.html for /es/…), so a miss shows that language's page.
        file = (await nearest404(rootDir, inside ? candidate : rootDir)) ?? join(rootDir, '404.html');
        status = 404;
      }
      const extension = extname(file);
      const headers = {
        // A miss is answered with the 404 document, so it carries that document's headers.
        ...headersFor(rules, status === 404 ? `/${relative(rootDir, file).split(sep).join('/')}` : pathname),
        'Content-Type': TYPES[extension] ?? 'application/octet-stream',
        Vary: 'Accept-Encoding',
      };
      if (!headers['Cache-Control']) headers['Cache-Control'] = 'no-cache';
      const gzip = COMPRESSIBLE.has(extension) && /\bgzip\b/.test(request.headers['accept-encoding'] ?? '');
      if (gzip) headers['Content-Encoding'] = 'gzip';
      response.writeHead(status, headers);
      if (request.method === 'HEAD') return response.end();
      const body = createReadStream(file);
      await (gzip ? pipeline(body, createGzip(), response) : pipeline(body, response));
    } catch (error) {
      if (!response.headersSent) response.writeHead(500, { 'Content-Type': 'text/plain' });
      response.end(String(error));
    }
  });
  await new Promise((resolveListen) => server.listen(port, host, resolveListen));
  return server;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const option = (name, fallback) => {
    const index = process.argv.indexOf(`--${name}`);
    return index === -1 ? fallback : process.argv[index + 1];
  };
  const port = Number(option('port', process.env.PORT ?? 4173));
  await startServer({ dir: option('dir', 'dist'), port });
  console.log(`Serving ${option('dir', 'dist')} on http://127.0.0.1:${port}`);
}
