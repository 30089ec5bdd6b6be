// Readiness, apart from the ranking (inside its own disclosure on the results page): the ranking comes from the answers alone and never moves
// with the skills. Here the roles are ordered by how many of their must-have and core skills
// the person has, and a chart sets fit beside readiness for the top roles. The chart's bars
// are decoration for sight: every figure they show is in the text beside them.
import { useId, useMemo } from 'react';
import { Link } from 'react-router';
import { closestToReady, type RankedRole, type RoleReadiness, type SkillStates } from '../../engine';
import { getRole } from '../../content/roles';
import { roleSkills } from '../../content/skill-requirements';
import { EnglishTerm } from '../../components/english-term';
import { withParts } from '../../components/message-parts';
import { SkillsCheckLink } from '../../components/skills-check-link';
import { counted, m } from '../../i18n';
import { paths } from '../../routes/manifest';
import { highestPossibleScore } from './explore-data';
import { MATCH_TEXT, pointsText } from './ranked-roles';

/** The summary of the results page's disclosure that holds this section. */
export const READINESS_SUMMARY = m.results_readiness_summary();

/** How many of the best-fitting roles the chart shows. */
export const CHART_ROLES = 5;
const WIDTH = 100;

function Bar({ value, max, kind }: { value: number; max: number; kind: 'fit' | 'ready' }) {
  const length = max > 0 ? (Math.min(Math.max(value, 0), max) / max) * WIDTH : 0;
  const className = `readiness-bar readiness-bar--${kind}`;
  const viewBox = `0 0 ${WIDTH} 10`;
  return (
    <svg className={className} viewBox={viewBox} preserveAspectRatio="none" aria-hidden="true" focusable="false">
      <rect className="readiness-bar__track" x="0" y="2" width={WIDTH} height="6" rx="3" />
      {length > 0 ? <rect className="readiness-bar__fill" x="0" y="0" width={length} height="10" rx="3" /> : null}
    </svg>
  );
}

/** "3 of 9 must-have and core skills", with what is being learnt. */
export function readyText(result: RoleReadiness): string {
  const { have, learning, total } = result.required;
  if (total === 0) return m.results_ready_none();
  return learning > 0 ? m.results_ready_learning({ have, learning, ...counted(total) }) : m.results_ready({ have, ...counted(total) });
}

/** What the disclosure holds before any skills are marked: what it would show, and the way there. */
export function ReadinessInvitation({ returnTo }: { returnTo: string }) {
  return (
    <div className="readiness">
      <p className="measure">{m.results_readiness_invitation()}</p>
      <p>
        <SkillsCheckLink wording="check" returnTo={returnTo} returnLabel={m.results_return_label()} />
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
      <p className="measure">{m.results_readiness_lead()}</p>

      <figure className="readiness-chart" aria-labelledby={chartId}>
        <figcaption id={chartId} className="readiness-chart__caption">
          {m.results_chart_caption({ count: Math.min(CHART_ROLES, ranking.length), max })}
        </figcaption>
        <ol className="readiness-chart__list">
          {ranking.slice(0, CHART_ROLES).map((ranked) => {
            const result = readyById.get(ranked.roleId);
            if (!result) return null;
            return (
              <li key={ranked.roleId} className="readiness-chart__item">
                <span className="readiness-chart__name">
                  <EnglishTerm>{getRole(ranked.roleId)?.name ?? ranked.roleId}</EnglishTerm>
                </span>
                <span className="readiness-chart__row">
                  <span className="readiness-chart__label">
                    {m.results_chart_fit({ match: MATCH_TEXT[ranked.match], points: pointsText(ranked.score), max })}
                  </span>
                  <Bar value={ranked.score} max={max} kind="fit" />
                </span>
                <span className="readiness-chart__row">
                  <span className="readiness-chart__label">{m.results_chart_ready({ ready: readyText(result) })}</span>
                  <Bar value={result.required.have} max={result.required.total} kind="ready" />
                </span>
              </li>
            );
          })}
        </ol>
      </figure>

      <h3 id={closestId}>{m.results_closest_ready_heading()}</h3>
      <p className="muted measure">{m.results_closest_ready_lead()}</p>
      <ol className="readiness-closest" aria-labelledby={closestId}>
        {ready.map((result) => {
          const role = getRole(result.roleId);
          if (!role) return null;
          return (
            <li key={result.roleId}>
              {withParts(
                m.results_closest_ready_item,
                {
                  role: (
                    <Link to={paths.role(role.id)}>
                      <EnglishTerm>{role.name}</EnglishTerm>
                    </Link>
                  ),
                },
                { ready: readyText(result) },
              )}
            </li>
          );
        })}
      </ol>
    </div>
  );
}
