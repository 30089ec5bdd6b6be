// What changed between two rankings of one tree, in the terms a sentence needs:
// who enters or leaves the top, who moved from which rank to which.
import type { RankedRole, RoleId } from './types';

/** How many roles count as "the top" unless a caller says otherwise. */
export const DEFAULT_TOP_COUNT = 3;

export interface RankMove {
  readonly roleId: RoleId;
  /** 1-based rank before the change. */
  readonly fromRank: number;
  /** 1-based rank after the change. */
  readonly toRank: number;
}

export interface RankingDiff {
  readonly topCount: number;
  /** The top roles before and after, best first. */
  readonly topBefore: readonly RoleId[];
  readonly topAfter: readonly RoleId[];
  /** Roles that come into the top, best new rank first. */
  readonly entered: readonly RankMove[];
  /** Roles that drop out of the top, best old rank first. */
  readonly left: readonly RankMove[];
  /** Every role whose rank changed, best new rank first. */
  readonly moved: readonly RankMove[];
  /** The top holds the same roles (perhaps in another order). */
  readonly sameTopRoles: boolean;
  /** The top holds the same roles in the same order. */
  readonly sameTopOrder: boolean;
}

/**
 * Compares two rankings of the same roles (two answer sets of one tree). A role that only
 * one of them ranks has no move, so it appears in no list; the top lists still show it.
 */
export function diffRankings(
  before: readonly RankedRole[],
  after: readonly RankedRole[],
  topCount: number = DEFAULT_TOP_COUNT,
): RankingDiff {
  const rankBefore = new Map(before.map((role) => [role.roleId, role.rank]));
  const rankAfter = new Map(after.map((role) => [role.roleId, role.rank]));
  const moveOf = (roleId: RoleId): RankMove[] => {
    const fromRank = rankBefore.get(roleId);
    const toRank = rankAfter.get(roleId);
    return fromRank === undefined || toRank === undefined ? [] : [{ roleId, fromRank, toRank }];
  };

  const topBefore = topIds(before, topCount);
  const topAfter = topIds(after, topCount);
  const moved = byRank(after)
    .flatMap((role) => moveOf(role.roleId))
    .filter((move) => move.fromRank !== move.toRank);
  const entered = topAfter.filter((roleId) => !topBefore.includes(roleId)).flatMap(moveOf);
  const left = topBefore.filter((roleId) => !topAfter.includes(roleId)).flatMap(moveOf);
  const sameTopRoles = topBefore.length === topAfter.length && topBefore.every((roleId) => topAfter.includes(roleId));

  return {
    topCount,
    topBefore,
    topAfter,
    entered,
    left,
    moved,
    sameTopRoles,
    sameTopOrder: sameTopRoles && topBefore.every((roleId, index) => topAfter[index] === roleId),
  };
}

function byRank(ranking: readonly RankedRole[]): RankedRole[] {
  return [...ranking].sort((a, b) => a.rank - b.rank);
}

function topIds(ranking: readonly RankedRole[], count: number): RoleId[] {
  return byRank(ranking)
    .slice(0, Math.max(0, count))
    .map((role) => role.roleId);
}
