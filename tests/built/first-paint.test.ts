// ADR 16: every prerendered page holds its first frame until <main> is parsed, so no frame
// shows a row half-built; a shell (no prerendered body, robots noindex) holds nothing. The link
// must name an element the page has: a missing one would hold the frame until the whole
// document is parsed, harmless but not what was meant.
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST_DIR } from './built-site';

const RENDER_BLOCKING_EXPECT = /<link rel="expect" href="#([\w-]+)" blocking="render"\s*\/?>/g;

async function htmlFiles(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true });
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.html')).map((entry) => join(entry.parentPath, entry.name));
}

describe('the first frame of every built page', () => {
  it('waits for an element the page has, named once in its head (a shell waits for nothing)', async () => {
    const files = await htmlFiles(DIST_DIR);
    expect(files.length).toBeGreaterThan(100);
    const problems: string[] = [];
    for (const file of files) {
      const html = await readFile(file, 'utf8');
      const head = html.slice(0, html.indexOf('</head>'));
      const targets = [...head.matchAll(RENDER_BLOCKING_EXPECT)].map((match) => match[1]);
      const name = relative(DIST_DIR, file);
      const shell = head.includes('<meta name="robots" content="noindex" />');
      if (shell) {
        if (targets.length > 0) problems.push(`${name}: a shell holds its first frame`);
      } else if (targets.length !== 1) problems.push(`${name}: ${targets.length} render-blocking expect links`);
      else if (!html.includes(`id="${targets[0]}"`)) problems.push(`${name}: no element #${targets[0]}`);
    }
    expect(problems).toEqual([]);
  });
});
