// Closest path: the fewest answer changes that would bring a role into the top (or first).
//
// Counting. The destination is always a complete answer set. Every question on the
// destination's path whose answer differs from the current answers counts one change:
// either an answered question given another option, or a question the current answers do
// not answer (one a change newly opens, such as `python` after code = no). Answers the
// destination no longer asks for are dropped for free, as setAnswer drops them.
// Applying the changes one by one with setAnswer, in the listed (path) order, reaches the
// destination on any acyclic tree; applyChanges applies them at once.
//
// Ties, in order: fewer changes; a better rank for the role; changes to earlier questions
// (the changed questions' positions in `tree.questions`, compared in order); earlier options
// (the new options' positions, compared in order). Two destinations never tie on all four.
//
// Brute force over every complete path: fine for trees of hundreds of paths.
import { rankStandings } from './ranking';
import { DEFAULT_TOP_COUNT } from './ranking-diff';
import { enumeratePaths, pruneAnswers, walk } from './tree';
import type { Answers, OptionId, QuestionId, QuestionTree, RoleId, RoleStanding } from './types';

export interface AnswerChange {
  readonly questionId: QuestionId;
  /** The current answer; null when the current answers do not answer this question. */
  readonly from: OptionId | null;
  readonly to: OptionId;
}

export type ClosestPath =
  | {
      readonly kind: 'path';
      /** In the destination's path order; empty when the current answers already do it. */
      readonly changes: readonly AnswerChange[];
      /** The complete answer set the changes lead to. */
      readonly answers: Answers;
      /** The role's rank there. */
      readonly rank: number;
      /** Another role shares that rank. */
      readonly joint: boolean;
    }
  | { readonly kind: 'unreachable' };

export interface RoleDistance {
  readonly roleId: RoleId;
  /** Fewest changes to rank within the top `topCount`. */
  readonly toTop: ClosestPath;
  /** Fewest changes to rank first. */
  readonly toFirst: ClosestPath;
}

/** A complete path of the tree with its ranking, so many questions can share one enumeration. */
export interface RankedPath {
  readonly answers: Answers;
  /** In rank order (rankStandings); a full ranking (rankRoles) serves as well. */
  readonly ranking: readonly RoleStanding[];
}

export interface ClosestOptions {
  /** How many roles count as the top (default 3). */
  readonly topCount?: number;
  /** rankEveryPath(tree), when the caller already has it. */
  readonly rankedPaths?: readonly RankedPath[];
}

/** Every complete path of the tree, ranked. */
export function rankEveryPath(tree: QuestionTree): readonly RankedPath[] {
  return enumeratePaths(tree).map((answers) => ({ answers, ranking: rankStandings(tree, answers) }));
}

/** The changes from `from` to the complete answer set `to`, in `to`'s path order. */
export function changesBetween(tree: QuestionTree, from: Answers, to: Answers): readonly AnswerChange[] {
  const current = pruneAnswers(tree, from);
  const changes: AnswerChange[] = [];
  for (const { question, option } of walk(tree, to).steps) {
    const was = Object.hasOwn(current, question.id) ? (current[question.id] ?? null) : null;
    if (was !== option.id) changes.push({ questionId: question.id, from: was, to: option.id });
  }
  return changes;
}

/** The answers after all the changes at once, pruned as setAnswer prunes. */
export function applyChanges(tree: QuestionTree, answers: Answers, changes: readonly AnswerChange[]): Answers {
  const changed: Record<QuestionId, OptionId> = { ...pruneAnswers(tree, answers) };
  for (const change of changes) changed[change.questionId] = change.to;
  return pruneAnswers(tree, changed);
}

interface Candidate {
  readonly answers: Answers;
  readonly changes: readonly AnswerChange[];
  readonly rankOf: ReadonlyMap<RoleId, number>;
  /** How many roles hold each rank (ranks are shared by tied roles). */
  readonly holdersOfRank: ReadonlyMap<number, number>;
  /** The changed questions' positions in tree.questions, then the new options' positions. */
  readonly questionKey: readonly number[];
  readonly optionKey: readonly number[];
}

function candidatesFrom(tree: QuestionTree, answers: Answers, rankedPaths: readonly RankedPath[]): Candidate[] {
  const questionIndex = new Map(tree.questions.map((question, index) => [question.id, index]));
  return rankedPaths.map((path) => {
    const changes = changesBetween(tree, answers, path.answers);
    const keyed = changes
      .map((change) => {
        const index = questionIndex.get(change.questionId) ?? Number.MAX_SAFE_INTEGER;
        const options = tree.questions[index]?.options ?? [];
        return { index, option: options.findIndex((option) => option.id === change.to) };
      })
      .sort((a, b) => a.index - b.index);
    const holdersOfRank = new Map<number, number>();
    for (const role of path.ranking) holdersOfRank.set(role.rank, (holdersOfRank.get(role.rank) ?? 0) + 1);
    return {
      answers: path.answers,
      changes,
      rankOf: new Map(path.ranking.map((role) => [role.roleId, role.rank])),
      holdersOfRank,
      questionKey: keyed.map((key) => key.index),
      optionKey: keyed.map((key) => key.option),
    };
  });
}

function compareKeys(a: readonly number[], b: readonly number[]): number {
  for (let index = 0; index < Math.min(a.length, b.length); index += 1) {
    const difference = (a[index] ?? 0) - (b[index] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

function closestAmong(candidates: readonly Candidate[], roleId: RoleId, withinRank: number): ClosestPath {
  let best: { candidate: Candidate; rank: number } | null = null;
  for (const candidate of candidates) {
    const rank = candidate.rankOf.get(roleId);
    if (rank === undefined || rank > withinRank) continue;
    if (best === null || isBetter(candidate, rank, best.candidate, best.rank)) best = { candidate, rank };
  }
  if (best === null) return { kind: 'unreachable' };
  const { changes, answers, holdersOfRank } = best.candidate;
  return { kind: 'path', changes, answers, rank: best.rank, joint: (holdersOfRank.get(best.rank) ?? 0) > 1 };
}

function isBetter(a: Candidate, rankA: number, b: Candidate, rankB: number): boolean {
  const order =
    a.changes.length - b.changes.length ||
    rankA - rankB ||
    compareKeys(a.questionKey, b.questionKey) ||
    compareKeys(a.optionKey, b.optionKey);
  return order < 0;
}

/** The fewest changes from `answers` that rank `roleId` at `withinRank` or better (1 = first). */
export function closestPath(
  tree: QuestionTree,
  answers: Answers,
  roleId: RoleId,
  withinRank: number,
  options: Pick<ClosestOptions, 'rankedPaths'> = {},
): ClosestPath {
  return closestAmong(candidatesFrom(tree, answers, options.rankedPaths ?? rankEveryPath(tree)), roleId, withinRank);
}

/** For every role of the tree, in catalogue order: its closest path into the top and to first place. */
export function closestPaths(tree: QuestionTree, answers: Answers, options: ClosestOptions = {}): readonly RoleDistance[] {
  const topCount = options.topCount ?? DEFAULT_TOP_COUNT;
  const candidates = candidatesFrom(tree, answers, options.rankedPaths ?? rankEveryPath(tree));
  return tree.roleIds.map((roleId) => ({
    roleId,
    toTop: closestAmong(candidates, roleId, topCount),
    toFirst: closestAmong(candidates, roleId, 1),
  }));
}
