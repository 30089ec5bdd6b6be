// Every source the results page draws on, listed once; the page's citations are numbered
// references to this list (ListedSourcesContext), so no source is printed in full twice.
import { useId, type ReactNode } from 'react';
import type { RankedRole } from '../../engine';
import { getRole } from '../../content/roles';
import { tracks } from '../../content/tracks';
import type { SourceId } from '../../content/types';
import { withParts } from '../../components/message-parts';
import { Citation, ListedSourcesContext, sourceAnchor } from '../../components/source-line';
import { m } from '../../i18n';

/** The sources behind what the page shows of these roles, in order of first use: pay, core skills, tracks. */
export function sourcesOfResults(ranking: readonly RankedRole[]): readonly SourceId[] {
  const ids: SourceId[] = [];
  for (const ranked of ranking) {
    const role = getRole(ranked.roleId);
    if (!role) continue;
    if (role.salary) ids.push(role.salary.sourceId);
    if (role.coreSkillsSourceId) ids.push(role.coreSkillsSourceId);
    if (role.track) ids.push(tracks[role.track.trackId].sourceId);
  }
  return [...new Set(ids)];
}

export function ListedSources({ sourceIds, children }: { sourceIds: readonly SourceId[]; children: ReactNode }) {
  return <ListedSourcesContext value={sourceIds}>{children}</ListedSourcesContext>;
}

export function SourcesSection({ sourceIds }: { sourceIds: readonly SourceId[] }) {
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="results-sources">
      <h2 id={headingId}>{m.results_sources_heading()}</h2>
      <ol className="results-sources__list">
        {sourceIds.map((sourceId) => (
          <li key={sourceId} id={sourceAnchor(sourceId)} className="source-line">
            {withParts(m.results_source_item, { source: <Citation sourceId={sourceId} /> })}
          </li>
        ))}
      </ol>
    </section>
  );
}
