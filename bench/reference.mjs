// The static reference page (bench/reference/index.html): installed into the bench's copy of
// dist/ at REFERENCE_PATH, so the same server sends it with the same headers and gzip as the
// app's pages. Its inline <style> needs its hash in the Content-Security-Policy, so the
// snapshot's _headers gets one more rule for that folder: the app's own policy (the `/*` rule)
// with the reference's style hash added, and nothing else changed.
import { createHash } from 'node:crypto';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHeadersFile } from '../scripts/serve.mjs';

export const REFERENCE_PATH = '/__bench-reference/';
export const REFERENCE_SOURCE = join(dirname(fileURLToPath(import.meta.url)), 'reference', 'index.html');

const styleHashes = (html) =>
  [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => `'sha256-${createHash('sha256').update(match[1], 'utf8').digest('base64')}'`);

/** The app's policy with `hashes` added to style-src (or a style-src of just them, if it had none). */
function withStyleHashes(policy, hashes) {
  const directives = policy.split(';').map((directive) => directive.trim()).filter(Boolean);
  const index = directives.findIndex((directive) => directive.startsWith('style-src '));
  if (index === -1) directives.push(`style-src ${hashes.join(' ')}`);
  else directives[index] = `${directives[index]} ${hashes.join(' ')}`;
  return directives.join('; ');
}

/** Copies the reference into `snapshotDir` and allows its styles. */
export async function installReference(snapshotDir) {
  const html = await readFile(REFERENCE_SOURCE, 'utf8');
  const target = join(snapshotDir, REFERENCE_PATH.slice(1), 'index.html');
  await mkdir(dirname(target), { recursive: true });
  await writeFile(target, html);
  const headersFile = join(snapshotDir, '_headers');
  const headersText = await readFile(headersFile, 'utf8');
  const policy = parseHeadersFile(headersText).find((rule) => rule.pattern === '/*')?.headers['Content-Security-Policy'];
  if (policy) {
    const rule = `${REFERENCE_PATH}*\n  Content-Security-Policy: ${withStyleHashes(policy, styleHashes(html))}\n`;
    await writeFile(headersFile, `${headersText.replace(/\n*$/, '\n')}${rule}`);
  }
}
