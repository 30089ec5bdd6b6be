// One way of citing a source in words: "Publisher, “Title”, date." A module of its own, with no
// React in it, so a page that only cites (the home page's statistics) loads nothing more.
import { sources } from '../content/sources';
import type { SourceId } from '../content/types';

/**
 * "Veltrix (Veltrix Collective), “What Skills Do You Need…”, 2026-04-08". The title is left
 * out where it only repeats the publisher (Levels.fyi), the date on request.
 */
export function citeSource(sourceId: SourceId, { withDate = true }: { withDate?: boolean } = {}): string {
  const { publisher, title, date } = sources[sourceId];
  const parts = [publisher, ...(title === publisher ? [] : [`“${title}”`]), ...(withDate ? [date] : [])];
  return parts.join(', ');
}
