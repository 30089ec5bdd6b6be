// Every complete path of the tree, ranked once per visit: the closest paths and the bars'
// scale both need it. Imported only by results modules, so the home page never loads it.
//
// Ranking all of them at once, even without reasons (rankStandings), takes tens of milliseconds
// on a slow phone while the code is cold (ADR 10), so in a browser they are ranked in short
// slices of idle time as soon as this module loads: on a quiz page, where the results chunk is
// warmed, that is done before the last answer. A render that needs them sooner ranks the rest
// at once.
import { enumeratePaths, rankStandings, type Answers, type RankedPath } from '../../engine';
import { questionTree } from '../../content/question-tree';

/** A promise React's `use` can read without suspending once it has settled. */
type TrackedPromise = Promise<void> & { status?: 'pending' | 'fulfilled'; value?: undefined };

const SLICE_MS = 8;

let pending: readonly Answers[] | null = null;
const ranked: RankedPath[] = [];
let rankedPaths: readonly RankedPath[] | null = null;
let ready: TrackedPromise | null = null;
let markReady: () => void = () => undefined;

function rankNext(): void {
  pending ??= enumeratePaths(questionTree);
  const answers = pending[ranked.length];
  if (answers) ranked.push({ answers, ranking: rankStandings(questionTree, answers) });
}

function finish(): readonly RankedPath[] {
  pending ??= enumeratePaths(questionTree);
  while (ranked.length < pending.length) rankNext();
  rankedPaths ??= ranked;
  markReady();
  return rankedPaths;
}

export function everyRankedPath(): readonly RankedPath[] {
  return rankedPaths ?? finish();
}

function whenIdle(callback: () => void): void {
  if (typeof window.requestIdleCallback === 'function') window.requestIdleCallback(callback, { timeout: 1000 });
  else window.setTimeout(callback, 0);
}

/**
 * Resolves once every path is ranked, ranking them in slices of idle time (a no-op where
 * they already are). The promise is React-readable: `status` is set when it settles.
 */
export function rankedPathsReady(): Promise<void> {
  if (ready) return ready;
  const promise: TrackedPromise = new Promise<void>((resolve) => {
    markReady = () => {
      promise.status = 'fulfilled';
      resolve();
    };
  });
  promise.status = 'pending';
  ready = promise;
  if (rankedPaths) {
    markReady();
    return promise;
  }
  const slice = () => {
    if (rankedPaths) return;
    const end = performance.now() + SLICE_MS;
    pending ??= enumeratePaths(questionTree);
    do rankNext();
    while (ranked.length < pending.length && performance.now() < end);
    if (ranked.length < pending.length) whenIdle(slice);
    else finish();
  };
  whenIdle(slice);
  return promise;
}

if (typeof window !== 'undefined') rankedPathsReady();

let highest: number | null = null;

/** The most points any role gets from any complete set of answers: the full length of a match bar. */
export function highestPossibleScore(): number {
  highest ??= Math.max(1, ...everyRankedPath().flatMap((path) => path.ranking.map((role) => role.score)));
  return highest;
}
