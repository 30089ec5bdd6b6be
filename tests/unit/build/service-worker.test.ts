// @vitest-environment node
// The build's service worker: what it precaches for offline use, and what it leaves alone.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { writeFileIn } from '../../../scripts/prerender/pages.mjs';
import { cleanUrl, writeServiceWorker } from '../../../scripts/prerender/service-worker.mjs';

describe('cleanUrl', () => {
  it('precaches a shell under the address the app links to', () => {
    expect(cleanUrl('results/index.html')).toBe('results');
    expect(cleanUrl('index.html')).toBe('index.html');
    expect(cleanUrl('assets/app.js')).toBe('assets/app.js');
  });
});

describe('writeServiceWorker', () => {
  let dist = '';
  afterAll(async () => {
    if (dist) await rm(dist, { recursive: true, force: true });
  });

  it('precaches the scripts and the shells, not the preview pictures, which only unfurlers fetch', { timeout: 30_000 }, async () => {
    dist = await mkdtemp(join(tmpdir(), 'sw-'));
    await writeFileIn(dist, 'assets/app-123.js', 'console.log(1)');
    await writeFileIn(dist, 'results/index.html', '<!doctype html><title>shell</title>');
    await writeFileIn(dist, '404.html', '<!doctype html><title>404</title>');
    await writeFileIn(dist, 'previews/abc.png', 'png');
    await writeServiceWorker({ dist, shellFiles: ['results/index.html', '404.html'], ignoredFolders: ['previews'] });
    const worker = await readFile(join(dist, 'sw.js'), 'utf8');
    expect(worker).toContain('"assets/app-123.js"');
    expect(worker).toContain('"results"');
    expect(worker).toContain('"404.html"');
    expect(worker).not.toContain('previews');
  });

  it('refuses a build without its offline fallback', async () => {
    await expect(writeServiceWorker({ dist, shellFiles: ['results/index.html'] })).rejects.toThrow(/404\.html/);
  });
});
