// The route manifest against the real content and the real route table: every href it builds
// is matched by its own route, every prerender path is unique, and the results and compare
// addresses read back to what built them.
import { matchRoutes } from 'react-router';
import { describe, expect, it } from 'vitest';
import { enumeratePaths, parseAnswerSegments, type Answers } from '../../src/engine';
import { questionFlow } from '../../src/content/question-flow';
import { ROLE_IDS } from '../../src/content/types';
import { routes } from '../../src/app/route-table';
import { readPageHandle } from '../../src/app/page-modules';
import { BASE_LOCALE, canonicalRoleOrder, LOCALES, localizedPath, paths, prerenderPaths, RESULTS_BASE, ROUTE_IDS, routeManifest, sameAddressIn, shellPaths, splatSegments, unlocalizedPath } from '../../src/routes/manifest';

/** The manifest route the real route table sends a path to. */
function routeIdFor(path: string): string | null {
  const url = new URL(path, 'http://localhost');
  const matches = matchRoutes(routes, url.pathname) ?? [];
  const last = matches.at(-1);
  return last?.route.id ?? null;
}

describe('the route manifest', () => {
  it('has a route in the route table for every entry, and every prerender path goes to its own route', () => {
    for (const { routeId, path } of prerenderPaths()) expect(routeIdFor(path), path).toBe(routeId);
    for (const { routeId, path } of shellPaths()) expect(routeIdFor(path), path).toBe(routeId);
    const tableIds = (routes[0]?.children?.[0]?.children ?? []).flatMap((route) => (route.id ? [route.id] : []));
    expect(tableIds).toEqual([...ROUTE_IDS]);
  });

  it('lists each prerendered path once', () => {
    const all = prerenderPaths().map((entry) => entry.path);
    expect(new Set(all).size).toBe(all.length);
    // Home, each question, each answer set, 175 role sets to compare, the roles list, each role, the skills check, how it works.
    expect(all).toHaveLength(1 + questionFlow.questions.length + enumeratePaths(questionFlow).length + 175 + 1 + ROLE_IDS.length + 1 + 1);
    expect(all).toContain(paths.skills());
    expect(all).toContain(paths.howItWorks());
  });

  it('builds one canonical results address per complete answer set, which reads back to it', () => {
    for (const answers of enumeratePaths(questionFlow)) {
      const href = paths.results(answers);
      expect(href.startsWith(`${RESULTS_BASE}/`)).toBe(true);
      expect(routeIdFor(href)).toBe('results');
      expect(parseAnswerSegments(questionFlow, splatSegments(href.slice(RESULTS_BASE.length)))).toEqual({ answers, problems: [] });
    }
  });

  it('keeps the query form for incomplete answers and the bare address for none', () => {
    const partial: Answers = { code: 'no', python: 'yes' };
    expect(paths.results(partial)).toBe('/results?code=no&python=yes');
    expect(paths.results({})).toBe(RESULTS_BASE);
    expect(paths.continue(partial)).toBe(paths.question('research'));
  });

  it('adds the skills to a results address as a readable query in catalogue order, and leaves them out when none are marked', () => {
    const [complete] = enumeratePaths(questionFlow);
    if (!complete) throw new Error('the tree has no complete path');
    const canonical = paths.results(complete);
    const withSkills = paths.results(complete, { sql: 'have', python: 'have', rag: 'learning' });
    expect(withSkills).toBe(`${canonical}?have=python,sql&learning=rag`);
    expect(routeIdFor(withSkills)).toBe('results');
    expect(paths.results(complete, {})).toBe(canonical);
    expect(paths.results({ code: 'no' }, { python: 'have' })).toBe('/results?code=no&have=python');
    expect(paths.results({}, { python: 'learning' })).toBe(`${RESULTS_BASE}?learning=python`);
  });

  it('builds compare addresses in catalogue order, whatever order the roles come in', () => {
    expect(paths.compare(['mlops-engineer', 'ml-engineer'])).toBe('/compare/ml-engineer/mlops-engineer');
    expect(canonicalRoleOrder([...ROLE_IDS].reverse())).toEqual([...ROLE_IDS]);
    expect(paths.compare([])).toBe('/compare');
    for (const path of routeManifest.compare.prerender()) expect(routeIdFor(path)).toBe('compare');
  });

  it('names its manifest route in each page route’s handle once the page has loaded', async () => {
    const [layout] = routes;
    const pageRoutes = layout?.children?.[0]?.children ?? [];
    for (const route of pageRoutes.filter((candidate) => typeof candidate.lazy === 'function')) {
      const lazy = route.lazy as () => Promise<{ handle?: unknown }>;
      const loaded = await lazy();
      expect(readPageHandle(loaded.handle)?.routeId).toBe(route.id);
    }
  });
});

describe('the same page in another language', () => {
  const other = LOCALES.find((locale) => locale !== BASE_LOCALE) ?? BASE_LOCALE;
  const answers = Object.fromEntries([['code', 'yes']]);

  it('keeps the path and the query the app writes, answers and skills included', () => {
    const results = paths.results(answers, { sql: 'have', mlops: 'learning' });
    const [pathname = '', search = ''] = results.split('?');
    expect(sameAddressIn(other, pathname, `?${search}`)).toBe(localizedPath(other, results));
    expect(sameAddressIn(other, paths.home(), '')).toBe(localizedPath(other, paths.home()));
    expect(sameAddressIn(BASE_LOCALE, paths.compare(['ml-engineer', 'data-scientist']), '')).toBe(paths.compare(['ml-engineer', 'data-scientist']));
  });

  it('never copies into the link what the app could not have written', () => {
    const hostile = new URLSearchParams([
      ['code', '<img src=x onerror="alert(1)">'],
      ['"><script>alert(1)</script>', 'yes'],
      ['research', 'javascript:alert(1)'],
      ['stakeholders', 'no'],
    ]);
    const address = sameAddressIn(other, RESULTS_BASE, `?${hostile}`);
    expect(address).toBe(`${localizedPath(other, RESULTS_BASE)}?stakeholders=no`);
    expect(sameAddressIn(other, `${RESULTS_BASE}/code-yes/%3Cscript%3E/research-no`, '')).toBe(localizedPath(other, `${RESULTS_BASE}/code-yes`));
  });
});

describe('addresses in every language', () => {
  it('puts each language but the base under its prefix, with the same slugs, and reads it back', () => {
    expect(LOCALES[0]).toBe(BASE_LOCALE);
    for (const locale of LOCALES) {
      for (const { path } of [...prerenderPaths(), ...shellPaths()]) {
        const address = localizedPath(locale, path);
        if (locale === BASE_LOCALE) expect(address).toBe(path);
        else expect(address.startsWith(`/${locale}/`), address).toBe(true);
        expect(unlocalizedPath(address)).toEqual({ locale, path });
      }
    }
  });

  it('leaves an address alone whose first segment only starts like a language', () => {
    for (const locale of LOCALES.slice(1)) {
      expect(unlocalizedPath(`/${locale}tonia`)).toEqual({ locale: BASE_LOCALE, path: `/${locale}tonia` });
      expect(unlocalizedPath(`/${locale}?code=yes`)).toEqual({ locale, path: '/?code=yes' });
    }
  });
});
