// The two source articles, read from ../shared/seeds beside the repo (CI always has it), so
// content tests can check that figures and quoted lines are the sources' own.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { SourceId } from '../../src/content';

const SEEDS_DIR = path.resolve(__dirname, '../../../shared/seeds');
const SEED_FILES: Readonly<Record<'skills-article' | 'career-guide', string>> = {
  'skills-article': path.join(SEEDS_DIR, '003_0b1e6f3467e0b593.txt'),
  'career-guide': path.join(SEEDS_DIR, '000_49fccbf5e6160a49.txt'),
};

/** The text of one of the two articles; fails loudly when the seeds folder is missing. */
export function readSeed(sourceId: SourceId): string {
  if (sourceId !== 'skills-article' && sourceId !== 'career-guide') throw new Error(`No seed article for source "${sourceId}".`);
  const file = SEED_FILES[sourceId];
  if (!existsSync(file)) {
    throw new Error(`Source article not found at ${file}. The content tests compare the data with ../shared/seeds beside the repo.`);
  }
  return readFileSync(file, 'utf8');
}
