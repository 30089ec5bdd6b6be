// @vitest-environment node
// The build's link-preview pictures: the size unfurlers expect, the same bytes every time,
// drawn once and then taken from the cache.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { drawPicture } from '../../../scripts/prerender/draw-picture.mjs';
import { PICTURE_HEIGHT, PICTURE_WIDTH } from '../../../scripts/prerender/picture-card.mjs';
import { MAX_PICTURE_BYTES, PICTURES_FOLDER, writePictures } from '../../../scripts/prerender/pictures.mjs';
import { linkPreview, SITE_PREVIEW } from '../../../src/app/link-previews';
import { ROLE_IDS } from '../../../src/content/types';
import { paths } from '../../../src/routes/manifest';
import { pngSize } from '../../support/png';

/** Drawing takes a few hundred ms a picture on a busy 2-core machine: never timed. */
const DRAWING = { timeout: 60_000 };

// The longest role names, three at once, on both layouts.
const longestRoles = [...ROLE_IDS].sort((a, b) => b.length - a.length).slice(0, 3);
const compareCard = linkPreview('compare', { '*': longestRoles.join('/') }).card;
const roleCard = linkPreview('role', { roleId: longestRoles[0] }).card;

describe('drawPicture', () => {
  it('draws a 1200×630 PNG under the size WhatsApp accepts', DRAWING, async () => {
    for (const card of [compareCard, roleCard, SITE_PREVIEW.card]) {
      const png = await drawPicture(card);
      expect(pngSize(png)).toEqual({ width: PICTURE_WIDTH, height: PICTURE_HEIGHT });
      expect(png.length).toBeLessThanOrEqual(MAX_PICTURE_BYTES);
    }
  });

  it('gives the same bytes for the same card, and other bytes for another', DRAWING, async () => {
    const first = await drawPicture(compareCard);
    const again = await drawPicture(structuredClone(compareCard));
    expect(Buffer.compare(first, again)).toBe(0);
    expect(Buffer.compare(first, await drawPicture(roleCard))).not.toBe(0);
  });
});

describe('writePictures', () => {
  let folder = '';
  beforeAll(async () => {
    folder = await mkdtemp(join(tmpdir(), 'pictures-'));
  });
  afterAll(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  it('writes one picture per distinct card, named by its hash, and draws each only once across builds', DRAWING, async () => {
    const dist = join(folder, 'dist');
    const cacheDir = join(folder, 'cache');
    const cards = new Map([
      [paths.home(), SITE_PREVIEW.card],
      [paths.skills(), SITE_PREVIEW.card],
      [paths.role(longestRoles[0] ?? 'ml-engineer'), roleCard],
    ]);
    const first = await writePictures({ dist, cacheDir, cards, threads: 2 });
    expect(first.report).toMatchObject({ count: 2, drawn: 2 });
    const home = first.pictures.get(paths.home());
    expect(home?.path).toMatch(new RegExp(`^/${PICTURES_FOLDER}/[0-9a-f]{20}\\.png$`));
    expect(first.pictures.get(paths.skills())?.path).toBe(home?.path);
    const written = await readFile(join(dist, home?.path ?? ''));
    expect(home?.bytes).toBe(written.length);
    expect(Buffer.compare(written, await drawPicture(SITE_PREVIEW.card))).toBe(0);

    const again = await writePictures({ dist: join(folder, 'dist-2'), cacheDir, cards, threads: 2 });
    expect(again.report).toMatchObject({ count: 2, drawn: 0 });
    expect(again.pictures.get(paths.home())?.path).toBe(home?.path);
  });
});
