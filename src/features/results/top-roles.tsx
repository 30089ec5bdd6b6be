// The answer, on the first screen: who fits best, then the top three, each with its match, its
// points, its UK and US pay and anything the person should know before choosing it. Everything
// else about them is one step away (role-details.tsx).
import { Link } from 'react-router';
import { isSharedRank, type RankedRole } from '../../engine';
import { getRole } from '../../content/roles';
import type { SourceId } from '../../content/types';
import { listOf, placeText } from '../../components/english';
import { SourceRef } from '../../components/source-line';
import { paths } from '../../routes/manifest';
import { roleNameOf } from './explore-text';
import { Caveats, MatchTag, Pay, PlaceMark, pointsText } from './ranked-roles';

/** How many roles the first screen shows. */
export const TOP = 3;

/** "Your best fit is Prompt Engineer." or "Prompt Engineer and Data Scientist share 1st place." */
export function bestFitText(ranking: readonly RankedRole[]): string {
  const first = ranking[0];
  if (!first) return '';
  const names = ranking.filter((role) => role.rank === first.rank).map((role) => roleNameOf(role.roleId));
  if (names.length === 1) return `Your best fit is ${names[0] ?? ''}.`;
  return `${listOf(names)} share ${placeText(first.rank, false)} place: they fit you equally well.`;
}

/** The sources of the salary figures shown for these roles, each once. */
export function salarySources(ranking: readonly RankedRole[]): readonly SourceId[] {
  const ids = ranking.flatMap((ranked) => {
    const sourceId = getRole(ranked.roleId)?.salary?.sourceId;
    return sourceId ? [sourceId] : [];
  });
  return [...new Set(ids)];
}

export function TopRoles({ ranking }: { ranking: readonly RankedRole[] }) {
  const top = ranking.slice(0, TOP);
  const anyShared = top.some((ranked) => isSharedRank(ranking, ranked.rank));
  const sourceIds = salarySources(top);
  return (
    <>
      <ol className="top-roles place-list" aria-label="Your top three roles">
        {top.map((ranked) => {
          const role = getRole(ranked.roleId);
          if (!role) return null;
          return (
            <li key={role.id} className="top-role">
              <p className="top-role__head">
                <PlaceMark ranked={ranked} ranking={ranking} />
                <Link to={paths.role(role.id)} className="top-role__name">
                  {role.name}
                </Link>
              </p>
              <p className="top-role__match">
                <MatchTag match={ranked.match} /> <span className="muted">{pointsText(ranked.score)}</span>
              </p>
              <p className="top-role__pay">
                <Pay role={role} />
              </p>
              <Caveats caveats={ranked.caveats} brief />
            </li>
          );
        })}
      </ol>
      <p className="muted top-roles__note">
        {anyShared ? '“=” marks a shared place: the same points, and the order within it is not a better fit. ' : ''}
        {sourceIds.length > 0 ? (
          <>
            Salary ranges as printed in{' '}
            {sourceIds.map((sourceId, index) => (
              <span key={sourceId}>
                {index > 0 ? ' and ' : ''}
                <SourceRef sourceId={sourceId} />
              </span>
            ))}
            .
          </>
        ) : null}
      </p>
    </>
  );
}
