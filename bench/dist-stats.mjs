// Size and file count of a build folder, by kind of file.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';

const KINDS = { '.html': 'html', '.js': 'js', '.css': 'css' };

export async function folderStats(dir) {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const totals = { files: 0, bytes: 0, byKind: {} };
  for (const entry of entries.filter((candidate) => candidate.isFile())) {
    const { size } = await stat(join(entry.parentPath ?? entry.path, entry.name));
    const kind = KINDS[extname(entry.name)] ?? 'other';
    totals.files += 1;
    totals.bytes += size;
    totals.byKind[kind] ??= { files: 0, bytes: 0 };
    totals.byKind[kind].files += 1;
    totals.byKind[kind].bytes += size;
  }
  return totals;
}
