// One way of citing a source, shared by the role and compare screens (the salary
// card uses the same wording): "Source: Publisher, “Title”, date."
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

export function SourceLine({ sourceId, label = 'Source' }: { sourceId: SourceId; label?: string }) {
  return (
    <p className="source-line">
      {label}: {citeSource(sourceId)}.
    </p>
  );
}
