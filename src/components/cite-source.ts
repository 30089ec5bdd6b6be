// One way of citing a source in words: "Publisher, “Title”, date." A module of its own, with no
// React in it, so a page that only cites (the home page's statistics) loads nothing more.
import { sources } from '../content/sources';
import type { SourceId } from '../content/types';
import { m } from '../i18n';

/** A citation's parts: the publisher and title stay as the source prints them (English). */
export interface CitationParts<Part> {
  readonly publisher: Part;
  readonly title: Part;
}

type CiteMessage = (inputs: { publisher: string; title: string; date: string }) => string;

/**
 * The message that cites this source, and its date: the title is left out where it only
 * repeats the publisher (Levels.fyi), the date on request. Shared by the string and the
 * element forms (source-line.tsx), so they read the same.
 */
export function citationMessage(sourceId: SourceId, { withDate = true }: { withDate?: boolean } = {}): { message: CiteMessage; date: string } {
  const { publisher, title, date } = sources[sourceId];
  const message: CiteMessage =
    title === publisher
      ? withDate
        ? (inputs) => m.components_cite_publisher(inputs)
        : (inputs) => inputs.publisher
      : withDate
        ? (inputs) => m.components_cite(inputs)
        : (inputs) => m.components_cite_undated(inputs);
  return { message, date };
}

/**
 * "Veltrix (Veltrix Collective), “What Skills Do You Need…”, 2026-04-08". The title is left
 * out where it only repeats the publisher (Levels.fyi), the date on request.
 */
export function citeSource(sourceId: SourceId, options: { withDate?: boolean } = {}): string {
  const { publisher, title } = sources[sourceId];
  const { message, date } = citationMessage(sourceId, options);
  return message({ publisher, title, date });
}
