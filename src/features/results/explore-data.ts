// Every complete path of the tree, ranked once per visit: the closest paths and the bars'
// scale both need it. Imported only by results modules, so the home page never loads it.
import { rankEveryPath, type RankedPath } from '../../engine';
import { questionTree } from '../../content/question-tree';

let rankedPaths: readonly RankedPath[] | null = null;

export function everyRankedPath(): readonly RankedPath[] {
  rankedPaths ??= rankEveryPath(questionTree);
  return rankedPaths;
}

/** The most points any role gets from any complete set of answers: the full length of a match bar. */
export function highestPossibleScore(): number {
  return Math.max(1, ...everyRankedPath().flatMap((path) => path.ranking.map((role) => role.score)));
}
