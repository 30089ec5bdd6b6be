// One way of citing a source, shared by every screen (the salary card uses the same wording):
// "Source: Publisher, “Title”, date." A page that lists its sources once (the results page's
// Sources section) provides their numbers, and each citation inside it becomes a numbered
// reference to that list instead of the full citation again.
import { createContext, useContext } from 'react';
import { citationMessage } from './cite-source';
import { EnglishTerm } from './english-term';
import { withParts } from './message-parts';
import { sources } from '../content/sources';
import type { SourceId } from '../content/types';
import { m } from '../i18n';

/** The sources a page lists once, in order: a source's number is its place here, from 1. */
export const ListedSourcesContext = createContext<readonly SourceId[] | null>(null);

/** The id of a listed source's entry, the target of its references. */
export function sourceAnchor(sourceId: SourceId): string {
  return `source-${sourceId}`;
}

/**
 * A source cited as citeSource() words it, as elements: the publisher and title, which stay as
 * the source prints them, marked as English on other languages' pages; the date (or the note
 * that there is none) in the page's language.
 */
export function Citation({ sourceId, withDate = true }: { sourceId: SourceId; withDate?: boolean }) {
  const { publisher, title } = sources[sourceId];
  const { message, date } = citationMessage(sourceId, { withDate });
  return withParts(message, { publisher: <EnglishTerm>{publisher}</EnglishTerm>, title: <EnglishTerm>{title}</EnglishTerm> }, { date });
}

/** "source 1" (or `label` and the number), linked to the page's list, where the page lists its sources; else null. */
export function SourceRef({ sourceId, label = m.components_source_ref_label() }: { sourceId: SourceId; label?: string }) {
  const listed = useContext(ListedSourcesContext);
  const number = listed ? listed.indexOf(sourceId) + 1 : 0;
  if (number === 0) return null;
  return <a href={`#${sourceAnchor(sourceId)}`}>{m.components_source_ref({ label, number })}</a>;
}

/** "Source: Publisher, “Title”, date." or, on a page that lists its sources, "Source 1." linked to the list. */
export function SourceLine({ sourceId, label = m.components_source_label() }: { sourceId: SourceId; label?: string }) {
  const listed = useContext(ListedSourcesContext);
  return (
    <p className="source-line">
      {listed?.includes(sourceId)
        ? withParts(m.components_source_line_ref, { reference: <SourceRef sourceId={sourceId} label={label} /> })
        : withParts(m.components_source_line, { citation: <Citation sourceId={sourceId} /> }, { label })}
    </p>
  );
}
