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
import { placeText } from '../../components/english';
import { NO_SALARY_FIGURE } from '../../components/money';
import { SalaryFigure } from '../../components/salary-card';
import { paths } from '../../routes/manifest';
import { everyRankedPath } from './explore-data';
import { describeChanges } from './explore-text';

export const MATCH_TEXT: Readonly<Record<MatchLabel, string>> = {
  strong: 'Strong match',
  good: 'Good match',
  possible: 'Possible match',
  weak: 'Weak match',
  'held-back': 'Held back by an answer',
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
      <span className="visually-hidden">{capitalise(placeText(ranked.rank, joint))}:</span>
    </span>
  );
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

export function MatchTag({ match }: { match: MatchLabel }) {
  return <span className={`tag tag--${match}`}>{MATCH_TEXT[match]}</span>;
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
          <strong>Worth knowing:</strong> {brief ? caveat.brief : caveat.text}
        </li>
      ))}
    </ul>
  );
}

function PayFigure({ label, range }: { label: string; range: SalaryRange | null }) {
  return (
    <span className="results-pay__item">
      {label} <SalaryFigure range={range} variant="inline" />
    </span>
  );
}

/** A role's UK and US ranges on one line, or a plain statement that the sources give none. */
export function Pay({ role }: { role: Role }) {
  return (
    <span className="results-pay">
      {role.salary ? (
        <>
          <PayFigure label="UK" range={role.salary.uk} />
          <PayFigure label="US" range={role.salary.us} />
        </>
      ) : (
        <span className="muted">{NO_SALARY_FIGURE}</span>
      )}
    </span>
  );
}

export function pointsText(score: number): string {
  return `${score} ${Math.abs(score) === 1 ? 'point' : 'points'}`;
}

export const UNREACHABLE_TEXT = 'No set of answers makes this a top-three match.';

/** Said of a role listed after the top three that shares third place (or better) already. */
export const ALREADY_IN_TOP_TEXT = 'It has as many points as a role in your top three: it is listed after it only by the order within a tie.';

/** The fewest answer changes that bring a role into the top three, as a link to that result. */
export function ClosestLine({ path }: { path: ClosestPath }) {
  if (path.kind === 'unreachable') return <p className="results-closest muted">{UNREACHABLE_TEXT}</p>;
  if (path.changes.length === 0) return <p className="results-closest muted">{ALREADY_IN_TOP_TEXT}</p>;
  return (
    <p className="results-closest">
      <Link to={paths.results(path.answers)}>
        {describeChanges(path.changes)} to make this a top-three match
      </Link>{' '}
      <span className="muted">(it would rank {placeText(path.rank, path.joint)}).</span>
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
              {role.name}
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
