// One way of citing a source, shared by every screen (the salary card uses the same wording):
// "Source: Publisher, “Title”, date." A page that lists its sources once (the results page's
// Sources section) provides their numbers, and each citation inside it becomes a numbered
// reference to that list instead of the full citation again.
import { createContext, useContext } from 'react';
import { citeSource } from './cite-source';
import type { SourceId } from '../content/types';

/** The sources a page lists once, in order: a source's number is its place here, from 1. */
export const ListedSourcesContext = createContext<readonly SourceId[] | null>(null);

/** The id of a listed source's entry, the target of its references. */
export function sourceAnchor(sourceId: SourceId): string {
  return `source-${sourceId}`;
}

/** "source 1" (or `label` and the number), linked to the page's list, where the page lists its sources; else null. */
export function SourceRef({ sourceId, label = 'source' }: { sourceId: SourceId; label?: string }) {
  const listed = useContext(ListedSourcesContext);
  const number = listed ? listed.indexOf(sourceId) + 1 : 0;
  if (number === 0) return null;
  return (
    <a href={`#${sourceAnchor(sourceId)}`}>
      {label} {number}
    </a>
  );
}

/** "Source: Publisher, “Title”, date." or, on a page that lists its sources, "Source 1." linked to the list. */
export function SourceLine({ sourceId, label = 'Source' }: { sourceId: SourceId; label?: string }) {
  const listed = useContext(ListedSourcesContext);
  return (
    <p className="source-line">
      {listed?.includes(sourceId) ? <SourceRef sourceId={sourceId} label={label} /> : `${label}: ${citeSource(sourceId)}`}.
    </p>
  );
}
