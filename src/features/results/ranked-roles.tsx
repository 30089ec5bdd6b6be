// The parts every list of ranked roles shares (the place, the match, the pay, what to know) and
// the list of the roles after the top three, each with its nearest way into the top three.
import { useMemo } from 'react';
import { Link } from 'react-router';
import {
  closestPaths,
  isSharedRank,
  type Answers,
  type ClosestPath,
  type MatchLabel,
  type RankedRole,
  type RoleCaveat,
} from '../../engine';
import { questionTree } from '../../content/question-tree';
import { getRole } from '../../content/roles';
import type { Role, SalaryRange } from '../../content/types';
import { counted, m, placeText } from '../../i18n';
import { EnglishTerm } from '../../components/english-term';
import { withParts } from '../../components/message-parts';
import { NO_SALARY_FIGURE } from '../../components/money';
import { SalaryFigure } from '../../components/salary-card';
import { paths } from '../../routes/manifest';
import { everyRankedPath } from './explore-data';
import { describeChanges } from './explore-text';

export const MATCH_TEXT: Readonly<Record<MatchLabel, string>> = {
  strong: m.results_match_strong(),
  good: m.results_match_good(),
  possible: m.results_match_possible(),
  weak: m.results_match_weak(),
  'held-back': m.results_match_held_back(),
};

/** "Ranked joint 1st of 10": the place, shared or not, out of every role. */
export function placeOf(ranked: RankedRole, ranking: readonly RankedRole[]): string {
  return placeText(ranked.rank, isSharedRank(ranking, ranked.rank));
}

/**
 * The visible mark of a place in a list, "=2" for a shared one, with its words for screen
 * readers ("joint 2nd"). The list's own numbers would count positions, not places.
 */
export function PlaceMark({ ranked, ranking }: { ranked: RankedRole; ranking: readonly RankedRole[] }) {
  const joint = isSharedRank(ranking, ranked.rank);
  return (
    <span className="place-mark">
      <span aria-hidden="true">
        {joint ? '=' : ''}
        {ranked.rank}
      </span>
      <span className="visually-hidden">{m.results_place_mark({ place: capitalise(placeText(ranked.rank, joint)) })}</span>
    </span>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function MatchTag({ match }: { match: MatchLabel }) {
  const className = `tag tag--${match}`;
  return <span className={className}>{MATCH_TEXT[match]}</span>;
}

/**
 * What to know before choosing the role: the hold-backs and caveats in full, or `brief` in a few
 * words each (the first screen, where the full text is one step away).
 */
export function Caveats({ caveats, brief = false }: { caveats: readonly RoleCaveat[]; brief?: boolean }) {
  if (caveats.length === 0) return null;
  return (
    <ul className={brief ? 'results-caveats results-caveats--brief' : 'results-caveats'}>
      {caveats.map((caveat) => (
        <li key={caveat.text}>
          {withParts(m.results_caveat, { label: <strong>{m.results_caveat_label()}</strong> }, { text: brief ? caveat.brief : caveat.text })}
        </li>
      ))}
    </ul>
  );
}

function PayFigure({ label, range }: { label: string; range: SalaryRange | null }) {
  return (
    <span className="results-pay__item">
      {withParts(m.results_pay_figure, { figure: <SalaryFigure range={range} variant="inline" /> }, { label })}
    </span>
  );
}

/** A role's UK and US ranges on one line, or a plain statement that the sources give none. */
export function Pay({ role }: { role: Role }) {
  return (
    <span className="results-pay">
      {role.salary ? (
        <>
          <PayFigure label={m.components_salary_uk()} range={role.salary.uk} />
          <PayFigure label={m.components_salary_us()} range={role.salary.us} />
        </>
      ) : (
        <span className="muted">{NO_SALARY_FIGURE}</span>
      )}
    </span>
  );
}

export function pointsText(score: number): string {
  return m.results_points({ ...counted(Math.abs(score)), count: score });
}

export const UNREACHABLE_TEXT = m.results_closest_unreachable();

/** Said of a role listed after the top three that shares third place (or better) already. */
export const ALREADY_IN_TOP_TEXT = m.results_closest_already();

/** The fewest answer changes that bring a role into the top three, as a link to that result. */
export function ClosestLine({ path }: { path: ClosestPath }) {
  if (path.kind === 'unreachable') return <p className="results-closest muted">{UNREACHABLE_TEXT}</p>;
  if (path.changes.length === 0) return <p className="results-closest muted">{ALREADY_IN_TOP_TEXT}</p>;
  return (
    <p className="results-closest">
      {withParts(m.results_closest, {
        link: <Link to={paths.results(path.answers)}>{m.results_closest_link({ changes: describeChanges(path.changes) })}</Link>,
        rank: <span className="muted">{m.results_closest_rank({ place: placeText(path.rank, path.joint) })}</span>,
      })}
    </p>
  );
}

/** The roles after the top three (`others`), one line each, with the nearest way into the top three. */
export function OtherRoles({ others, ranking, answers }: { others: readonly RankedRole[]; ranking: readonly RankedRole[]; answers: Answers }) {
  const distances = useMemo(
    () =>
      new Map(
        closestPaths(questionTree, answers, { rankedPaths: everyRankedPath() }).map((distance) => [distance.roleId, distance.toTop]),
      ),
    [answers],
  );
  return (
    <ol className="results-others place-list">
      {others.map((ranked) => {
        const role = getRole(ranked.roleId);
        if (!role) return null;
        const toTop = distances.get(role.id);
        return (
          <li key={role.id} className="results-others__item">
            <PlaceMark ranked={ranked} ranking={ranking} />{' '}
            <Link to={paths.role(role.id)} className="results-others__name">
              <EnglishTerm>{role.name}</EnglishTerm>
            </Link>{' '}
            <MatchTag match={ranked.match} />{' '}
            <span className="muted">{pointsText(ranked.score)}</span> <Pay role={role} />
            {ranked.heldBack ? <Caveats caveats={ranked.caveats} /> : null}
            {toTop ? <ClosestLine path={toTop} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
