// What a shared link's preview picture shows, per route: plain data the build draws
// (scripts/prerender/pictures.mjs) and describes in og:image:alt. Server-only: the browser never
// loads it. A results link shows its top three with their match and pay, a comparison its roles
// and their pay, a role page the role and its pay; every other page shares the site's picture.
// The figures are the ones the pages print (formatRange), from the same content and ranking.
import { isSharedRank, isComplete, parseAnswerSegments, rankRoles, type RankedRole } from '../engine';
import { questionTree } from '../content/question-tree';
import { getRole } from '../content/roles';
import { ROLE_IDS, type Role, type SalaryRange } from '../content/types';
import { counted, listOf, m, placeText } from '../i18n';
import { formatRange, NO_SALARY_FIGURE } from '../components/money';
import { APP_NAME } from '../components/use-document-title';
import { parseCompareRoles } from '../features/compare/parse-roles';
import { MATCH_TEXT } from '../features/results/ranked-roles';
import { TOP } from '../features/results/top-roles';
import { splatSegments, type PageParams, type RouteId } from '../routes/manifest';

export interface PreviewRow {
  /** The place, "1" or "=2" for a shared one; null where places mean nothing (a comparison). */
  readonly mark: string | null;
  readonly name: string;
  /** A short line under the name (the match), or null. */
  readonly note: string | null;
  /** One line per figure: "UK £65K–£120K", "US $140K–$250K+", or that the sources give none. */
  readonly pay: readonly string[];
}

/** The card the build lays out (scripts/prerender/picture-card.mjs): a list of roles, or a statement. */
export type PreviewCard =
  | { readonly layout: 'list'; readonly brand: string; readonly title: string; readonly rows: readonly PreviewRow[] }
  | {
      readonly layout: 'statement';
      readonly brand: string;
      readonly title: string;
      /** In large type under the title. */
      readonly highlights: readonly string[];
      readonly lines: readonly string[];
    };

export interface LinkPreview {
  readonly card: PreviewCard;
  /** What the picture shows, in words: og:image:alt and twitter:image:alt. */
  readonly alt: string;
}

const ONE_OF_THE_ROLES = m.previews_role_one_of(counted(ROLE_IDS.length));

/** Each country's range as printed, labelled; null when the sources give none at all. */
function figures(role: Role): readonly { country: string; range: SalaryRange | null }[] | null {
  return role.salary
    ? [
        { country: m.components_salary_uk(), range: role.salary.uk },
        { country: m.components_salary_us(), range: role.salary.us },
      ]
    : null;
}

const figureText = (range: SalaryRange | null) => (range ? formatRange(range) : m.previews_no_figure());

/** "UK £65K–£120K" and "US $140K–$250K+" as lines, or that the sources give none. */
function payLines(role: Role): readonly string[] {
  return figures(role)?.map(({ country, range }) => m.previews_pay_line({ country, figure: figureText(range) })) ?? [NO_SALARY_FIGURE];
}

/** "UK £65K–£120K a year, US $140K–$250K+ a year", or that there is no figure. */
function payInWords(role: Role): string {
  const [uk, us] = (figures(role) ?? []).map(({ country, range }) =>
    range ? m.previews_pay_words({ country, range: formatRange(range) }) : m.previews_pay_words_none({ country }),
  );
  return uk !== undefined && us !== undefined ? m.previews_pay_both({ uk, us }) : m.previews_no_salary_words();
}

export const SITE_PREVIEW: LinkPreview = {
  card: {
    layout: 'statement',
    brand: APP_NAME,
    title: m.previews_site_title(),
    highlights: [m.previews_site_highlight()],
    lines: [m.previews_site_line()],
  },
  alt: m.previews_site_alt({ app: APP_NAME }),
};

function resultsPreview(params: PageParams): LinkPreview {
  const { answers } = parseAnswerSegments(questionTree, splatSegments(params['*']));
  if (!isComplete(questionTree, answers)) return SITE_PREVIEW;
  const ranking = rankRoles(questionTree, answers);
  const top = ranking
    .slice(0, TOP)
    .flatMap((ranked) => {
      const role = getRole(ranked.roleId);
      return role ? [{ ranked, role }] : [];
    });
  const joint = (ranked: RankedRole) => isSharedRank(ranking, ranked.rank);
  return {
    card: {
      layout: 'list',
      brand: APP_NAME,
      title: m.previews_results_title(),
      rows: top.map(({ ranked, role }) => ({
        mark: `${joint(ranked) ? '=' : ''}${ranked.rank}`,
        name: role.name,
        note: MATCH_TEXT[ranked.match],
        pay: payLines(role),
      })),
    },
    alt: m.previews_results_alt({
      roles: top
        .map(({ ranked, role }) =>
          m.previews_results_alt_role({
            place: placeText(ranked.rank, joint(ranked)),
            role: role.name,
            match: MATCH_TEXT[ranked.match].toLowerCase(),
            pay: payInWords(role),
          }),
        )
        .join('; '),
    }),
  };
}

function comparePreview(params: PageParams): LinkPreview {
  const roles = parseCompareRoles(splatSegments(params['*'])).roleIds.flatMap((roleId) => {
    const role = getRole(roleId);
    return role ? [role] : [];
  });
  if (roles.length === 0) return SITE_PREVIEW;
  const names = listOf(roles.map((role) => role.name));
  return {
    card: {
      layout: 'list',
      brand: APP_NAME,
      title: roles.length > 1 ? m.previews_compare_title() : m.previews_compare_title_one(),
      rows: roles.map((role) => ({ mark: null, name: role.name, note: null, pay: payLines(role) })),
    },
    alt: m.previews_compare_alt({
      names,
      roles: roles.map((role) => m.previews_compare_alt_role({ role: role.name, pay: payInWords(role) })).join('; '),
    }),
  };
}

function rolePreview(params: PageParams): LinkPreview {
  const role = getRole((params.roleId ?? '').trim().toLowerCase());
  if (!role) return SITE_PREVIEW;
  const pay = role.salary ? payLines(role).map((line) => m.previews_role_pay({ line })) : [m.previews_role_no_pay()];
  return {
    card: { layout: 'statement', brand: APP_NAME, title: role.name, highlights: pay, lines: [ONE_OF_THE_ROLES] },
    alt: m.previews_role_alt({ role: role.name, pay: payInWords(role), ...counted(ROLE_IDS.length) }),
  };
}

const PREVIEWS: Readonly<Record<RouteId, (params: PageParams) => LinkPreview>> = {
  home: () => SITE_PREVIEW,
  quiz: () => SITE_PREVIEW,
  question: () => SITE_PREVIEW,
  results: resultsPreview,
  compare: comparePreview,
  roles: () => SITE_PREVIEW,
  role: rolePreview,
  skills: () => SITE_PREVIEW,
  howItWorks: () => SITE_PREVIEW,
};

/** The preview of a page: its route's own picture, or the site's. */
export function linkPreview(routeId: RouteId | null, params: PageParams): LinkPreview {
  return routeId === null ? SITE_PREVIEW : PREVIEWS[routeId](params);
}
