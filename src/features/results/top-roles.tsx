// The answer, on the first screen: who fits best, then the top three, each with its match, its
// points, its UK and US pay and anything the person should know before choosing it. Everything
// else about them is one step away (role-details.tsx).
import { Link } from 'react-router';
import { isSharedRank, type RankedRole } from '../../engine';
import { getRole } from '../../content/roles';
import type { SourceId } from '../../content/types';
import { listOf, m, placeText } from '../../i18n';
import { EnglishTerm } from '../../components/english-term';
import { withParts } from '../../components/message-parts';
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
  if (names.length === 1) return m.results_best_fit({ role: names[0] ?? '' });
  return m.results_best_fit_shared({ roles: listOf(names), place: placeText(first.rank, false) });
}

/** The sources of the salary figures shown for these roles, each once. */
export function salarySources(ranking: readonly RankedRole[]): readonly SourceId[] {
  const ids = ranking.flatMap((ranked) => {
    const sourceId = getRole(ranked.roleId)?.salary?.sourceId;
    return sourceId ? [sourceId] : [];
  });
  return [...new Set(ids)];
}

/** References to these sources as one list in the page's language: "source 1 and source 2". */
function SourceRefs({ sourceIds }: { sourceIds: readonly SourceId[] }) {
  const refs = Object.fromEntries(sourceIds.map((sourceId, index) => [`source${index}`, <SourceRef key={sourceId} sourceId={sourceId} />]));
  return withParts((tokens: Record<string, string>) => listOf(sourceIds.map((_, index) => tokens[`source${index}`] ?? '')), refs);
}

export function TopRoles({ ranking }: { ranking: readonly RankedRole[] }) {
  const top = ranking.slice(0, TOP);
  const anyShared = top.some((ranked) => isSharedRank(ranking, ranked.rank));
  const sourceIds = salarySources(top);
  return (
    <>
      <ol className="top-roles place-list" aria-label={m.results_top_label()}>
        {top.map((ranked) => {
          const role = getRole(ranked.roleId);
          if (!role) return null;
          return (
            <li key={role.id} className="top-role">
              <p className="top-role__head">
                <PlaceMark ranked={ranked} ranking={ranking} />
                <Link to={paths.role(role.id)} className="top-role__name">
                  <EnglishTerm>{role.name}</EnglishTerm>
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
        {anyShared ? <>{m.results_shared_note()} </> : null}
        {sourceIds.length > 0 ? withParts(m.results_salary_sources, { sources: <SourceRefs sourceIds={sourceIds} /> }) : null}
      </p>
    </>
  );
}
