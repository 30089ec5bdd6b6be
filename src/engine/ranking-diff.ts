// What changed between two rankings of one tree, in the terms a sentence needs:
// who enters or leaves the top, who moved from which rank to which. Ranks are shared
// (see rankRoles), so roles that only swap places within a tie have not moved.
import type { RoleId, RoleStanding } from './types';

/** How many roles count as "the top" unless a caller says otherwise. */
export const DEFAULT_TOP_COUNT = 3;

export interface RankMove {
  readonly roleId: RoleId;
  /** 1-based rank before the change. */
  readonly fromRank: number;
  /** 1-based rank after the change. */
  readonly toRank: number;
}

/** A role in the top and its (shared) rank. */
export interface TopPlace {
  readonly roleId: RoleId;
  readonly rank: number;
  /** Another role has the same rank. */
  readonly joint: boolean;
}

export interface RankingDiff {
  readonly topCount: number;
  /**
   * The roles ranked within `topCount` before and after, in list order. A tie at the edge
   * keeps every role of it: "1st, 2nd, joint 3rd, joint 3rd" is a top three of four roles.
   */
  readonly topBefore: readonly TopPlace[];
  readonly topAfter: readonly TopPlace[];
  /** Roles that come into the top, best new rank first. */
  readonly entered: readonly RankMove[];
  /** Roles that drop out of the top, best old rank first. */
  readonly left: readonly RankMove[];
  /** Every role whose rank changed, best new rank first. */
  readonly moved: readonly RankMove[];
  /** The top holds the same roles (perhaps at other ranks). */
  readonly sameTopRoles: boolean;
  /** The top holds the same roles at the same ranks. */
  readonly sameTopOrder: boolean;
  /** The ranks more than one role holds, before and after: a move "to joint 2nd". */
  readonly sharedRanksBefore: readonly number[];
  readonly sharedRanksAfter: readonly number[];
}

/**
 * Compares two rankings of the same roles (two answer sets of one tree). A role that only
 * one of them ranks has no move, so it appears in no list; the top lists still show it.
 */
export function diffRankings(
  before: readonly RoleStanding[],
  after: readonly RoleStanding[],
  topCount: number = DEFAULT_TOP_COUNT,
): RankingDiff {
  const rankBefore = new Map(before.map((role) => [role.roleId, role.rank]));
  const rankAfter = new Map(after.map((role) => [role.roleId, role.rank]));
  const moveOf = (roleId: RoleId): RankMove[] => {
    const fromRank = rankBefore.get(roleId);
    const toRank = rankAfter.get(roleId);
    return fromRank === undefined || toRank === undefined ? [] : [{ roleId, fromRank, toRank }];
  };

  const topBefore = topPlaces(before, topCount);
  const topAfter = topPlaces(after, topCount);
  const inTopBefore = new Set(topBefore.map((place) => place.roleId));
  const inTopAfter = new Set(topAfter.map((place) => place.roleId));
  const moved = byRank(after)
    .flatMap((role) => moveOf(role.roleId))
    .filter((move) => move.fromRank !== move.toRank);
  const entered = topAfter.filter((place) => !inTopBefore.has(place.roleId)).flatMap((place) => moveOf(place.roleId));
  const left = topBefore.filter((place) => !inTopAfter.has(place.roleId)).flatMap((place) => moveOf(place.roleId));
  const sameTopRoles = inTopBefore.size === inTopAfter.size && [...inTopBefore].every((roleId) => inTopAfter.has(roleId));

  return {
    topCount,
    topBefore,
    topAfter,
    entered,
    left,
    moved,
    sameTopRoles,
    sameTopOrder: sameTopRoles && topBefore.every((place) => rankAfter.get(place.roleId) === place.rank),
    sharedRanksBefore: sharedRanks(before),
    sharedRanksAfter: sharedRanks(after),
  };
}

function holdersOfEachRank(ranking: readonly RoleStanding[]): Map<number, number> {
  const holders = new Map<number, number>();
  for (const role of ranking) holders.set(role.rank, (holders.get(role.rank) ?? 0) + 1);
  return holders;
}

function sharedRanks(ranking: readonly RoleStanding[]): number[] {
  return [...holdersOfEachRank(ranking)].filter(([, count]) => count > 1).map(([rank]) => rank);
}

function byRank(ranking: readonly RoleStanding[]): RoleStanding[] {
  return [...ranking].sort((a, b) => a.rank - b.rank);
}

function topPlaces(ranking: readonly RoleStanding[], count: number): TopPlace[] {
  const sharing = holdersOfEachRank(ranking);
  return byRank(ranking)
    .filter((role) => role.rank <= count)
    .map((role) => ({ roleId: role.roleId, rank: role.rank, joint: (sharing.get(role.rank) ?? 0) > 1 }));
}
