// One of the top three: why it was recommended, what to know, skills and pay.
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import {
  closestPaths,
  getOption,
  getQuestion,
  isSharedRank,
  type Answers,
  type ClosestPath,
  type MatchLabel,
  type RankedRole,
  type SkillStates,
} from '../../engine';
import { questionTree } from '../../content/question-tree';
import { getRole } from '../../content/roles';
import type { SalaryRange } from '../../content/types';
import { RoleGap } from '../../components/role-gap';
import { RoleSkills } from '../../components/role-skills';
import { placeText } from '../../components/english';
import { SalaryCard, SalaryFigure } from '../../components/salary-card';
import { paths } from '../../routes/manifest';
import { hasAnySkill } from '../../state';
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

function Reasons({ ranked, answers }: { ranked: RankedRole; answers: Answers }) {
  if (ranked.reasons.length === 0) {
    return <p className="muted">None of your answers pointed to this role directly.</p>;
  }
  return (
    <ul className="results-reasons">
      {ranked.reasons.map((reason) => {
        const question = getQuestion(questionTree, reason.questionId);
        const option = question ? getOption(question, answers[reason.questionId] ?? reason.optionId) : undefined;
        return (
          <li key={`${reason.questionId}-${reason.optionId}`} className="results-reason">
            {question && option ? (
              <p className="results-reason__answer">
                <span className="muted">{question.prompt}</span> <span className="results-reason__label">You answered: {option.label}</span>
              </p>
            ) : null}
            <p className="results-reason__text">{reason.text}</p>
          </li>
        );
      })}
    </ul>
  );
}

/** What to know before choosing the role: the hold-backs' and caveats' texts. */
function Caveats({ caveats }: { caveats: readonly string[] }) {
  if (caveats.length === 0) return null;
  return (
    <ul className="results-caveats">
      {caveats.map((caveat) => (
        <li key={caveat}>
          <strong>Worth knowing:</strong> {caveat}
        </li>
      ))}
    </ul>
  );
}

interface RoleCardProps {
  readonly ranked: RankedRole;
  readonly answers: Answers;
  /** The whole ranking, for the place ("joint 1st of 10"). */
  readonly ranking: readonly RankedRole[];
  /** The person's skills; with none marked the card shows no gap. */
  readonly skills: SkillStates;
}

export function RoleCard({ ranked, answers, ranking, skills }: RoleCardProps) {
  const headingId = useId();
  const role = getRole(ranked.roleId);
  if (!role) return null;
  return (
    <article className="card results-card" aria-labelledby={headingId}>
      <h2 id={headingId} className="results-card__title">
        <Link to={paths.role(role.id)}>{role.name}</Link>
      </h2>
      <p className="results-card__meta">
        <MatchTag match={ranked.match} />{' '}
        <span className="muted">
          Ranked {placeOf(ranked, ranking)} of {ranking.length}
        </span>
      </p>
      <p>{role.summary}</p>

      <h3>Why this role</h3>
      <Reasons ranked={ranked} answers={answers} />

      <Caveats caveats={ranked.caveats} />

      <RoleSkills role={role} headingLevel={3} skills={skills} />
      {hasAnySkill(skills) ? <RoleGap role={role} skills={skills} headingLevel={3} /> : null}
      <SalaryCard role={role} headingLevel={3} />
    </article>
  );
}

function PayFigure({ label, range }: { label: string; range: SalaryRange | null }) {
  return (
    <span className="results-pay__item">
      {label} <SalaryFigure range={range} variant="inline" />
    </span>
  );
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
            <span className="results-pay">
              {role.salary ? (
                <>
                  <PayFigure label="UK" range={role.salary.uk} />
                  <PayFigure label="US" range={role.salary.us} />
                </>
              ) : (
                <span className="muted">No figure in our sources</span>
              )}
            </span>
            {ranked.heldBack ? <Caveats caveats={ranked.caveats} /> : null}
            {toTop ? <ClosestLine path={toTop} /> : null}
          </li>
        );
      })}
    </ol>
  );
}
