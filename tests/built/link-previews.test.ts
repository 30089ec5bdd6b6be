// Every prerendered page previews as a picture when its link is shared: the Open Graph and X
// tags are there, absolute under the build's SITE_URL, and name a PNG that exists, is 1200×630
// and at most 300 KB; a results page's alt names its top three. Needs `npm run build` first.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_PICTURE_BYTES, PICTURES_FOLDER } from '../../scripts/prerender/pictures.mjs';
import { PICTURE_HEIGHT, PICTURE_WIDTH } from '../../scripts/prerender/picture-card.mjs';
import { parseAnswerSegments, rankRoles, topRoleIds } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { getRole } from '../../src/content/roles';
import { prerenderPaths, RESULTS_BASE, splatSegments } from '../../src/routes/manifest';
import { pngSize } from '../support/png';
import { builtPage, builtSiteUrl, DIST_DIR } from './built-site';

const MANY_PAGES = { timeout: 180_000 };
const siteUrl = await builtSiteUrl();

const content = (document: Document, selector: string) => document.querySelector(selector)?.getAttribute('content') ?? null;

describe('link previews of the built pages', () => {
  it('every prerendered page names its picture, absolute under SITE_URL, with its size, type and alt', MANY_PAGES, async () => {
    const sizes = new Map<string, { width: number; height: number; bytes: number }>();
    for (const { path } of prerenderPaths()) {
      const document = await builtPage(path);
      expect(content(document, 'meta[property="og:url"]'), path).toBe(`${siteUrl}${path}`);
      const image = content(document, 'meta[property="og:image"]') ?? '';
      expect(image, path).toMatch(new RegExp(`^${siteUrl.replace(/[.]/g, '\\.')}/${PICTURES_FOLDER}/[0-9a-f]+\\.png$`));
      expect(content(document, 'meta[property="og:image:width"]'), path).toBe(String(PICTURE_WIDTH));
      expect(content(document, 'meta[property="og:image:height"]'), path).toBe(String(PICTURE_HEIGHT));
      expect(content(document, 'meta[property="og:image:type"]'), path).toBe('image/png');
      const alt = content(document, 'meta[property="og:image:alt"]') ?? '';
      expect(alt.length, path).toBeGreaterThan(20);
      expect(content(document, 'meta[name="twitter:card"]'), path).toBe('summary_large_image');
      expect(content(document, 'meta[name="twitter:image:alt"]'), path).toBe(alt);

      const file = image.slice(siteUrl.length);
      if (!sizes.has(file)) {
        const png = await readFile(join(DIST_DIR, file));
        sizes.set(file, { ...pngSize(png), bytes: png.length });
      }
      const size = sizes.get(file);
      expect(size, path).toMatchObject({ width: PICTURE_WIDTH, height: PICTURE_HEIGHT });
      expect(size?.bytes, path).toBeLessThanOrEqual(MAX_PICTURE_BYTES);
    }
  });

  it('a results page’s picture alt names its top three', MANY_PAGES, async () => {
    for (const { path } of prerenderPaths().filter(({ routeId }) => routeId === 'results')) {
      const { answers } = parseAnswerSegments(questionTree, splatSegments(path.slice(RESULTS_BASE.length)));
      const alt = content(await builtPage(path), 'meta[property="og:image:alt"]') ?? '';
      for (const roleId of topRoleIds(rankRoles(questionTree, answers))) expect(alt, path).toContain(getRole(roleId)?.name);
    }
  });
});
