// Readiness, apart from the ranking (inside its own disclosure on the results page): the ranking comes from the answers alone and never moves
// with the skills. Here the roles are ordered by how many of their must-have and core skills
// the person has, and a chart sets fit beside readiness for the top roles. The chart's bars
// are decoration for sight: every figure they show is in the text beside them.
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { closestToReady, type RankedRole, type RoleReadiness, type SkillStates } from '../../engine';
import { getRole } from '../../content/roles';
import { roleSkills } from '../../content/skill-requirements';
import { SkillsCheckLink } from '../../components/skills-check-link';
import { paths } from '../../routes/manifest';
import { highestPossibleScore } from './explore-data';
import { MATCH_TEXT, pointsText } from './ranked-roles';

/** The summary of the results page's disclosure that holds this section. */
export const READINESS_SUMMARY = 'How ready you are for each role';

/** How many of the best-fitting roles the chart shows. */
export const CHART_ROLES = 5;
const WIDTH = 100;

function Bar({ value, max, kind }: { value: number; max: number; kind: 'fit' | 'ready' }) {
  const length = max > 0 ? (Math.min(Math.max(value, 0), max) / max) * WIDTH : 0;
  return (
    <svg className={`readiness-bar readiness-bar--${kind}`} viewBox={`0 0 ${WIDTH} 10`} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="readiness-bar__track" x="0" y="2" width={WIDTH} height="6" rx="3" />
      {length > 0 ? <rect className="readiness-bar__fill" x="0" y="0" width={length} height="10" rx="3" /> : null}
    </svg>
  );
}

/** "3 of 9 must-have and core skills", with what is being learnt. */
export function readyText(result: RoleReadiness): string {
  const { have, learning, total } = result.required;
  if (total === 0) return 'Our sources list no must-have or core skills for this role';
  return `${have} of ${total} must-have and core skills${learning > 0 ? ` (learning ${learning} more)` : ''}`;
}

/** What the disclosure holds before any skills are marked: what it would show, and the way there. */
export function ReadinessInvitation({ returnTo }: { returnTo: string }) {
  return (
    <div className="readiness">
      <p className="measure">
        Mark the skills you have in the skills check, and this shows how many of each role’s must-have and core skills
        you have, and which roles you are closest to being ready for. Your ranking comes from your answers only; your
        skills never change it.
      </p>
      <p>
        <SkillsCheckLink wording="check" returnTo={returnTo} returnLabel="your results" />
      </p>
    </div>
  );
}

export function ReadinessSection({ ranking, skills }: { ranking: readonly RankedRole[]; skills: SkillStates }) {
  const chartId = useId();
  const closestId = useId();
  const inFitOrder = useMemo(
    () => ranking.flatMap((ranked) => roleSkills.filter((role) => role.roleId === ranked.roleId)),
    [ranking],
  );
  const ready = useMemo(() => closestToReady(inFitOrder, skills), [inFitOrder, skills]);
  const readyById = new Map(ready.map((result) => [result.roleId, result]));
  const max = highestPossibleScore();

  return (
    <div className="readiness">
      <p className="measure">
        Your ranking comes from your answers only; your skills never change it. Here the same roles are set against
        the skills you marked.
      </p>

      <figure className="readiness-chart" aria-labelledby={chartId}>
        <figcaption id={chartId} className="readiness-chart__caption">
          Fit and readiness for your top {Math.min(CHART_ROLES, ranking.length)} roles: fit is a role’s points from your
          answers out of {max}; readiness is how many of its must-have and core skills you have.
        </figcaption>
        <ol className="readiness-chart__list">
          {ranking.slice(0, CHART_ROLES).map((ranked) => {
            const result = readyById.get(ranked.roleId);
            if (!result) return null;
            return (
              <li key={ranked.roleId} className="readiness-chart__item">
                <span className="readiness-chart__name">{getRole(ranked.roleId)?.name ?? ranked.roleId}</span>
                <span className="readiness-chart__row">
                  <span className="readiness-chart__label">
                    Fit: {MATCH_TEXT[ranked.match]}, {pointsText(ranked.score)} of {max}
                  </span>
                  <Bar value={ranked.score} max={max} kind="fit" />
                </span>
                <span className="readiness-chart__row">
                  <span className="readiness-chart__label">Ready: {readyText(result)}</span>
                  <Bar value={result.required.have} max={result.required.total} kind="ready" />
                </span>
              </li>
            );
          })}
        </ol>
      </figure>

      <h3 id={closestId}>Closest to ready</h3>
      <p className="muted measure">
        Every role, by how many of its must-have and core skills you have. Ties go to the role with fewer still to get,
        then to more you are learning, then to the better fit. Skills you are learning don’t count as had.
      </p>
      <ol className="readiness-closest" aria-labelledby={closestId}>
        {ready.map((result) => {
          const role = getRole(result.roleId);
          if (!role) return null;
          return (
            <li key={result.roleId}>
              <Link to={paths.role(role.id)}>{role.name}</Link>: {readyText(result)}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
