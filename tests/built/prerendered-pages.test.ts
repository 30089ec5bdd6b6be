// Every shared link is a static page: the built HTML of every results and compare address the
// route manifest lists, read as a browser would before any script runs (no JavaScript at all),
// checked against the engine and the sources. Needs `npm run build` first (npm test runs it so).
import { describe, expect, it } from 'vitest';
import { enumeratePaths, isSharedRank, parseAnswerSegments, rankRoles, topRoleIds } from '../../src/engine';
import { questionTree } from '../../src/content/question-tree';
import { getRole } from '../../src/content/roles';
import { APP_NAME } from '../../src/components/use-document-title';
import { citeSource } from '../../src/components/cite-source';
import { sources } from '../../src/content/sources';
import type { SourceId } from '../../src/content/types';
import { COMPARE_BASE, RESULTS_BASE, routeManifest, splatSegments } from '../../src/routes/manifest';
import { builtPage, builtSiteUrl } from './built-site';

/** Hundreds of pages parsed one after another: slow on a busy 2-core machine, never timed. */
const MANY_PAGES = { timeout: 180_000 };

const siteUrl = await builtSiteUrl();

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
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(`${siteUrl}${path}`);
      expect(document.querySelector('#root')?.getAttribute('data-prerendered-path'), path).toBe(path);

      const rows = [...document.querySelectorAll('ol[aria-label="Your top three roles"] > li')];
      const others = [...document.querySelectorAll('ol.results-others > li')];
      const entries = [
        ...rows.map((row) => ({ name: text(row.querySelector('.top-role__name')), text: text(row) })),
        ...others.map((item) => ({ name: text(item.querySelector('a')), text: text(item) })),
      ];
      expect(entries.map((entry) => entry.name), path).toEqual(ranked.map(roleName));
      entries.forEach((entry, index) => {
        for (const figure of printedFigures(ranked[index] ?? '')) expect(entry.text, `${path}: ${entry.name}`).toContain(figure);
      });
      // Ties read as ties: a place is "joint" (and marked "=") exactly when another role has the same rank.
      [...rows, ...others].forEach((row, index) => {
        const role = ranking[index]!;
        const joint = isSharedRank(ranking, role.rank);
        const mark = row.querySelector('.place-mark');
        expect(text(mark?.querySelector('[aria-hidden="true"]')), `${path}: ${role.roleId}`).toBe(`${joint ? '=' : ''}${role.rank}`);
        expect(text(mark?.querySelector('.visually-hidden')), `${path}: ${role.roleId}`).toMatch(
          new RegExp(`^${joint ? 'Joint ' : ''}${role.rank}(st|nd|rd|th):$`),
        );
      });
    }
  });
});

/** The blocks of text a reader meets; a block's own text leaves out the blocks inside it. */
const BLOCKS = 'p, li, dt, dd, summary, h1, h2, h3, h4, th, td, legend, label, figcaption';

/**
 * The sentences of eight words or more in `main` as the page opens: nothing inside a closed
 * disclosure but its summary, nothing only for screen readers or only for print.
 */
function longSentencesShown(document: Document): string[] {
  const main = document.querySelector('main')?.cloneNode(true) as HTMLElement;
  for (const hidden of main.querySelectorAll('details:not([open]) > :not(summary), .visually-hidden, .print-only')) hidden.remove();
  return [...main.querySelectorAll(BLOCKS)].flatMap((block) => {
    const own = block.cloneNode(true) as HTMLElement;
    for (const inner of own.querySelectorAll(BLOCKS)) inner.remove();
    return text(own)
      .split(/(?<=[.!?])\s+/)
      .filter((sentence) => sentence.split(' ').length >= 8);
  });
}

describe('prerendered results pages say each thing once', () => {
  const pagePaths = routeManifest.results.prerender();

  it('show no sentence of eight words or more twice as they open', MANY_PAGES, async () => {
    let checked = 0;
    for (const path of pagePaths) {
      const sentences = longSentencesShown(await builtPage(path));
      const repeated = sentences.filter((sentence, index) => sentences.indexOf(sentence) !== index);
      expect(repeated, path).toEqual([]);
      checked += sentences.length;
    }
    // The check has something to check: the pages open with long sentences.
    expect(checked).toBeGreaterThan(pagePaths.length);
  });

  it('cite each source in full once, with every disclosure open, and number every reference to it', MANY_PAGES, async () => {
    for (const path of pagePaths) {
      const document = await builtPage(path);
      const main = text(document.querySelector('main'));
      const listed = [...document.querySelectorAll('.results-sources li[id]')];
      expect(listed.length, path).toBeGreaterThan(0);
      for (const sourceId of Object.keys(sources) as SourceId[]) {
        const citation = citeSource(sourceId);
        expect(main.split(citation).length - 1, `${path}: ${sourceId}`).toBeLessThanOrEqual(1);
      }
      for (const reference of document.querySelectorAll('main a[href^="#source-"]')) {
        const target = document.getElementById(reference.getAttribute('href')?.slice(1) ?? '');
        expect(target?.closest('.results-sources'), `${path}: ${text(reference)}`).not.toBeNull();
        expect(text(reference), path).toMatch(new RegExp(`^(source|Source) ${listed.indexOf(target as Element) + 1}$`));
      }
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
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute('href'), path).toBe(`${siteUrl}${path}`);
      const columns = [...document.querySelectorAll('table th[scope="col"]')].map((header) => text(header));
      expect(columns, path).toEqual(roleIds.map(roleName));
      const table = text(document.querySelector('table'));
      for (const roleId of roleIds) {
        for (const figure of printedFigures(roleId)) expect(table, `${path}: ${roleId}`).toContain(figure);
      }
    }
  });
});
