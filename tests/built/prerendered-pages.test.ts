// Every shared link is a static page: the built HTML of every results and compare address the
// route manifest lists, read as a browser would before any script runs (no JavaScript at all),
// checked against the engine and the sources. Needs `npm run build` first (npm test runs it so).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { enumeratePaths, isSharedRank, parseAnswerSegments, rankRoles, topRoleIds } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { getRole } from '../../src/content/roles';
import { APP_NAME } from '../../src/components/use-document-title';
import { COMPARE_BASE, RESULTS_BASE, routeManifest, splatSegments } from '../../src/routes/manifest';

/** Hundreds of pages parsed one after another: slow on a busy 2-core machine, never timed. */
const MANY_PAGES = { timeout: 180_000 };

const DIST_DIR = process.env.E2E_DIST_DIR ?? join(import.meta.dirname, '..', '..', 'dist');

async function builtPage(path: string): Promise<Document> {
  const html = await readFile(join(DIST_DIR, path.slice(1), 'index.html'), 'utf8');
  return new DOMParser().parseFromString(html, 'text/html');
}

const roleName = (roleId: string): string => getRole(roleId)?.name ?? `(unknown role ${roleId})`;
const text = (node: Element | null | undefined): string => node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The salary figures exactly as the sources print them, or the plain note where they have none. */
function printedFigures(roleId: string): string[] {
  const salary = getRole(roleId)?.salary;
  if (!salary) return ['No figure in our sources'];
  return [salary.uk, salary.us].map((range) => range?.asPrinted ?? 'no figure');
}

describe('prerendered results pages', () => {
  const pagePaths = routeManifest.results.prerender();

  it('exist for every complete answer set', () => {
    expect(pagePaths).toHaveLength(enumeratePaths(questionTree).length);
    expect(new Set(pagePaths).size).toBe(pagePaths.length);
  });

  it('each rank every role as the engine does, with the salary figures as printed, and name the top three in their meta', MANY_PAGES, async () => {
    for (const path of pagePaths) {
      const document = await builtPage(path);
      const { answers, problems } = parseAnswerSegments(questionTree, splatSegments(path.slice(RESULTS_BASE.length)));
      expect(problems, path).toEqual([]);
      const ranking = rankRoles(questionTree, answers);
      const ranked = ranking.map((entry) => entry.roleId);
      const topNames = topRoleIds(ranking).map(roleName).join(', ');

      expect(document.title, path).toBe(`Your top AI roles: ${topNames} – ${APP_NAME}`);
      expect(document.querySelector('meta[property="og:title"]')?.getAttribute('content'), path).toBe(`Your top AI roles: ${topNames}`);
      expect(document.querySelector('meta[name="description"]')?.getAttribute('content'), path).toContain(topNames);
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(path);
      expect(document.querySelector('#root')?.getAttribute('data-prerendered-path'), path).toBe(path);

      const cards = [...document.querySelectorAll('ol[aria-label="Your top three roles"] > li article')];
      const others = [...document.querySelectorAll('ol.results-others > li')];
      const entries = [
        ...cards.map((card) => ({ name: text(card.querySelector('h2')), text: text(card) })),
        ...others.map((item) => ({ name: text(item.querySelector('a')), text: text(item) })),
      ];
      expect(entries.map((entry) => entry.name), path).toEqual(ranked.map(roleName));
      entries.forEach((entry, index) => {
        for (const figure of printedFigures(ranked[index] ?? '')) expect(entry.text, `${path}: ${entry.name}`).toContain(figure);
      });
      // Ties read as ties: a card's place is "joint" exactly when another role has the same rank.
      cards.forEach((card, index) => {
        const role = ranking[index]!;
        const place = `${isSharedRank(ranking, role.rank) ? 'joint ' : ''}${role.rank}`;
        expect(text(card), `${path}: ${role.roleId}`).toMatch(new RegExp(`Ranked ${place}(st|nd|rd|th) of ${ranking.length}`));
      });
    }
  });
});

describe('prerendered compare pages', () => {
  const pagePaths = routeManifest.compare.prerender();

  it('exist for every set of one, two or three roles', () => {
    // 10 single roles, 45 pairs and 120 triples of the 10 roles.
    expect(pagePaths).toHaveLength(10 + 45 + 120);
    expect(new Set(pagePaths).size).toBe(pagePaths.length);
  });

  it('each show their roles as columns with the salary figures as printed', MANY_PAGES, async () => {
    for (const path of pagePaths) {
      const document = await builtPage(path);
      const roleIds = splatSegments(path.slice(COMPARE_BASE.length));
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(path);
      const columns = [...document.querySelectorAll('table th[scope="col"]')].map((header) => text(header));
      expect(columns, path).toEqual(roleIds.map(roleName));
      const table = text(document.querySelector('table'));
      for (const roleId of roleIds) {
        for (const figure of printedFigures(roleId)) expect(table, `${path}: ${roleId}`).toContain(figure);
      }
    }
  });
});
