// The route manifest: the one list of the app's pages. The router's route objects
// (src/app/route-table.tsx), every link the screens build (the `href` builders), the pages
// written to static HTML and their meta (scripts/prerender.mjs via src/app/entry-server.tsx),
// the route chunks each page preloads, and the service worker's shells all come from here.
// Adding a page is one entry here and its module under src/features.
//
// Plain data and pure functions over engine and content: no React, so screens, the build
// and the tests can all import it. Page meta lives in each page module (it needs content the
// home page should not download); `page` names that module.
import {
  answersToPathSegments,
  answersToSearchParams,
  enumeratePaths,
  isComplete,
  nextQuestion,
  skillsToQuery,
  type Answers,
  type SkillStates,
} from '../engine';
import { questionFlow } from '../content/question-flow';
import { ROLE_IDS, SKILL_IDS, type RoleId } from '../content/types';
import { LOCALE } from '../i18n';
import languages from '../i18n/languages.json' with { type: 'json' };

/** The site's languages, the base one (served from the root) first; ADR 15. */
export const LOCALES = Object.keys(languages);
export const BASE_LOCALE = LOCALES[0] ?? 'en';

/**
 * A page's public address in a language: the base language's addresses are the app's paths
 * ('/roles'); another language's sit under its prefix with the same slugs ('/es/roles', '/es/').
 */
export function localizedPath(locale: string, path: string): string {
  if (locale === BASE_LOCALE) return path;
  return path === '/' ? `/${locale}/` : `/${locale}${path}`;
}

/** The language and app path of a public address: '/es/roles' → es, '/roles'. */
export function unlocalizedPath(address: string): { locale: string; path: string } {
  const [, first, rest = ''] = /^\/([^/?#]+)(.*)$/.exec(address) ?? [];
  if (first && first !== BASE_LOCALE && LOCALES.includes(first) && /^($|[/?#])/.test(rest)) {
    return { locale: first, path: rest.startsWith('/') ? rest : `/${rest}` };
  }
  return { locale: BASE_LOCALE, path: address };
}

/** Every id, slug and query key the app writes: anything else in an address it never made. */
const ID_SHAPED = /^[a-z0-9][a-z0-9,-]*$/i;

/**
 * This page in another language, for the language switch and offer: the same path and query,
 * less whatever the app could not have written (a hand-edited or hostile link's markup stays on
 * the page it came with, shown as text, and is never copied into a link). The path keeps its
 * segments up to the first that is not id-shaped; the query keeps its id-shaped pairs.
 */
export function sameAddressIn(locale: string, pathname: string, search: string): string {
  const segments = pathname.split('/').slice(1);
  const firstForeign = segments.findIndex((segment) => segment !== '' && !ID_SHAPED.test(segment));
  const path = `/${(firstForeign === -1 ? segments : segments.slice(0, firstForeign)).join('/')}`;
  const query = new URLSearchParams(
    [...new URLSearchParams(search)]
      .map(([key, value]) => [key.trim(), value.trim()])
      .filter(([key = '', value = '']) => ID_SHAPED.test(key) && (value === '' || ID_SHAPED.test(value))),
  ).toString();
  const address = localizedPath(locale, path === '/' || !path.endsWith('/') ? path : path.slice(0, -1));
  return query ? `${address}?${query}` : address;
}

/** This page's address for what the router does not handle: a copied link, print, the language switch. */
export function documentPath(path: string): string {
  return localizedPath(LOCALE, path);
}

/** A page module under src/features: `<feature>/<file>` without the extension. */
export type PageModuleKey =
  | 'home/home-page'
  | 'quiz/quiz-page'
  | 'results/results-page'
  | 'compare/compare-page'
  | 'roles/roles-page'
  | 'roles/role-page'
  | 'skills/skills-page'
  | 'how-it-works/how-it-works-page';

/** Every route, in the order the router tries them (the manifest below has one entry per id). */
export const ROUTE_IDS = ['home', 'quiz', 'question', 'results', 'compare', 'roles', 'role', 'skills', 'howItWorks'] as const;
export type RouteId = (typeof ROUTE_IDS)[number];

/** A page's title and description, written into its static HTML for the first paint and link previews. */
export interface PageMeta {
  readonly title: string;
  readonly description: string;
}

/** The route parameters of a matched page (`*` holds a splat). */
export type PageParams = Readonly<Record<string, string | undefined>>;

export interface RouteDefinition {
  /** The react-router path pattern. */
  readonly pattern: string;
  readonly page: PageModuleKey;
  /**
   * The path of a client-rendered shell for this route, written as `<shell>/index.html`:
   * what a static host serves for addresses that cannot be prerendered (a query-form link,
   * `/quiz` before the saved answers are read). Also precached for offline use.
   */
  readonly shell: string | null;
  /** Every concrete path written to static HTML at build. */
  readonly prerender: () => readonly string[];
  /** Routes a visitor of this page most likely opens next: their code is fetched once it is idle. */
  readonly warms: readonly RouteId[];
}

export const RESULTS_BASE = '/results';
export const COMPARE_BASE = '/compare';
/** The query key of compare links from before canonical addresses (`/compare?roles=a,b`). */
export const COMPARE_ROLES_PARAM = 'roles';
export const MAX_COMPARED = 3;

/**
 * The one address of a complete answer set: `/results/code-yes/research-no/…`, question and
 * option ids in path order. Incomplete answers keep the query form (`/results?code=yes`):
 * no static page exists for them, and the results shell serves any query.
 * Skills, when given, follow as a readable query (`?have=python,sql&learning=rag`), ids in
 * catalogue order; the static page is the same with or without them.
 */
function resultsHref(answers: Answers, skills: SkillStates = {}): string {
  const skillQuery = skillsToQuery(SKILL_IDS, skills);
  if (isComplete(questionFlow, answers)) {
    const path = [RESULTS_BASE, ...answersToPathSegments(questionFlow, answers)].join('/');
    return skillQuery ? `${path}?${skillQuery}` : path;
  }
  const query = [answersToSearchParams(questionFlow, answers).toString(), skillQuery].filter((part) => part !== '').join('&');
  return query ? `${RESULTS_BASE}?${query}` : RESULTS_BASE;
}

/** Known role ids, each once, in catalogue order: one address per set of roles. */
export function canonicalRoleOrder(roleIds: readonly RoleId[]): RoleId[] {
  return ROLE_IDS.filter((id) => roleIds.includes(id));
}

/** `/compare/<id>/<id>…` in catalogue order; `/compare` for none. */
function compareHref(roleIds: readonly RoleId[]): string {
  return [COMPARE_BASE, ...canonicalRoleOrder(roleIds)].join('/');
}

/** Every set of 1 to MAX_COMPARED roles, in catalogue order. */
function roleSets(): RoleId[][] {
  const sets: RoleId[][] = [];
  const extend = (set: RoleId[], from: number) => {
    if (set.length > 0) sets.push(set);
    if (set.length === MAX_COMPARED) return;
    ROLE_IDS.forEach((id, index) => {
      if (index >= from) extend([...set, id], index + 1);
    });
  };
  extend([], 0);
  return sets;
}

export const routeManifest: Readonly<Record<RouteId, RouteDefinition>> = {
  home: { pattern: '/', page: 'home/home-page', shell: null, prerender: () => ['/'], warms: ['question'] },
  quiz: { pattern: '/quiz', page: 'quiz/quiz-page', shell: '/quiz', prerender: () => [], warms: ['results'] },
  question: {
    pattern: '/quiz/:questionId',
    page: 'quiz/quiz-page',
    shell: null,
    prerender: () => questionFlow.questions.map((question) => paths.question(question.id)),
    warms: ['results'],
  },
  results: {
    pattern: `${RESULTS_BASE}/*`,
    page: 'results/results-page',
    shell: RESULTS_BASE,
    prerender: () => enumeratePaths(questionFlow).map((answers) => resultsHref(answers)),
    warms: [],
  },
  compare: {
    pattern: `${COMPARE_BASE}/*`,
    page: 'compare/compare-page',
    shell: COMPARE_BASE,
    prerender: () => roleSets().map(compareHref),
    warms: [],
  },
  roles: { pattern: '/roles', page: 'roles/roles-page', shell: null, prerender: () => ['/roles'], warms: ['role'] },
  role: {
    pattern: '/roles/:roleId',
    page: 'roles/role-page',
    shell: null,
    prerender: () => ROLE_IDS.map((id) => paths.role(id)),
    warms: [],
  },
  skills: { pattern: '/skills', page: 'skills/skills-page', shell: null, prerender: () => [paths.skills()], warms: ['results'] },
  howItWorks: {
    pattern: '/how-it-works',
    page: 'how-it-works/how-it-works-page',
    shell: null,
    prerender: () => [paths.howItWorks()],
    warms: [],
  },
};

/** The href builders: every address the app links to is made here. */
export const paths = {
  home: (): string => '/',
  /** The quiz entry: it sends the person to the question they are on. */
  quiz: (): string => '/quiz',
  question: (questionId: string): string => `/quiz/${encodeURIComponent(questionId)}`,
  firstQuestion: (): string => paths.question(questionFlow.start),
  results: resultsHref,
  /** Where these answers lead: the first unanswered question, or the results when complete. */
  continue: (answers: Answers): string => {
    const next = nextQuestion(questionFlow, answers);
    return next ? paths.question(next.id) : resultsHref(answers);
  },
  compare: compareHref,
  roles: (): string => '/roles',
  role: (roleId: RoleId): string => `/roles/${roleId}`,
  /** The skills check: what the person has and is learning. */
  skills: (): string => '/skills',
  /** How the questions, weights and ranking work. */
  howItWorks: (): string => '/how-it-works',
} as const;

/** Every path written to static HTML, route by route. */
export function prerenderPaths(): { routeId: RouteId; path: string }[] {
  return ROUTE_IDS.flatMap((routeId) => routeManifest[routeId].prerender().map((path) => ({ routeId, path })));
}

/** The client-rendered shells, by route. */
export function shellPaths(): { routeId: RouteId; path: string }[] {
  return ROUTE_IDS.flatMap((routeId) => {
    const shell = routeManifest[routeId].shell;
    return shell === null ? [] : [{ routeId, path: shell }];
  });
}

/** The splat of a `/*` route (`code-yes/research-no/`) as its non-empty segments. */
export function splatSegments(splat: string | undefined): string[] {
  return (splat ?? '').split('/').filter((segment) => segment !== '');
}
