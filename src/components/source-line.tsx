// One way of citing a source, shared by the role and compare screens (the salary
// card uses the same wording): "Source: Publisher, “Title”, date."
import { sources } from '../content/sources';
import type { SourceId } from '../content/types';

/** "Veltrix (Veltrix Collective), “What Skills Do You Need…”, 2026-04-08" */
export function citeSource(sourceId: SourceId): string {
  const source = sources[sourceId];
  return `${source.publisher}, “${source.title}”, ${source.date}`;
}

export function SourceLine({ sourceId, label = 'Source' }: { sourceId: SourceId; label?: string }) {
  return (
    <p className="source-line">
      {label}: {citeSource(sourceId)}.
    </p>
  );
}
