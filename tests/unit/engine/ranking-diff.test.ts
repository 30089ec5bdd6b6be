// diffRankings: what a UI needs to say how a ranking changed.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { DEFAULT_TOP_COUNT, diffRankings, type RankedRole, type RoleStanding, type TopPlace } from '../../../src/engine';

/** A ranking of the given role ids, best first (scores and reasons do not matter to a diff). */
function ranking(...roleIds: string[]): RankedRole[] {
  return roleIds.map((roleId, index) => ({ roleId, score: 0, rank: index + 1, match: 'weak', reasons: [], caveats: [], heldBack: false }));
}

/** A ranking with the given ranks, in list order: `standings(['a', 1], ['b', 1], ['c', 3])`. */
function standings(...places: [string, number][]): RoleStanding[] {
  return places.map(([roleId, rank]) => ({ roleId, score: 0, rank }));
}

const ids = (places: readonly TopPlace[]) => places.map((place) => place.roleId);

describe('diffRankings', () => {
  it('counts the top three unless told otherwise', () => {
    expect(DEFAULT_TOP_COUNT).toBe(3);
    expect(diffRankings(ranking('a', 'b', 'c', 'd'), ranking('a', 'b', 'c', 'd')).topBefore).toEqual([
      { roleId: 'a', rank: 1, joint: false },
      { roleId: 'b', rank: 2, joint: false },
      { roleId: 'c', rank: 3, joint: false },
    ]);
  });

  it('says the top stays the same when nothing moved', () => {
    const diff = diffRankings(ranking('a', 'b', 'c', 'd', 'e'), ranking('a', 'b', 'c', 'd', 'e'));
    expect(diff).toMatchObject({ entered: [], left: [], moved: [], sameTopRoles: true, sameTopOrder: true });
  });

  it('tells a reshuffle inside the top from a change of who is in it', () => {
    const reshuffled = diffRankings(ranking('a', 'b', 'c', 'd'), ranking('b', 'a', 'c', 'd'));
    expect(reshuffled).toMatchObject({ sameTopRoles: true, sameTopOrder: false, entered: [], left: [] });
    expect(reshuffled.moved).toEqual([
      { roleId: 'b', fromRank: 2, toRank: 1 },
      { roleId: 'a', fromRank: 1, toRank: 2 },
    ]);
  });

  it('names who comes in and who drops out, with old and new ranks', () => {
    const diff = diffRankings(ranking('a', 'b', 'c', 'd', 'e'), ranking('e', 'a', 'b', 'c', 'd'));
    expect(ids(diff.topAfter)).toEqual(['e', 'a', 'b']);
    expect(diff.entered).toEqual([{ roleId: 'e', fromRank: 5, toRank: 1 }]);
    expect(diff.left).toEqual([{ roleId: 'c', fromRank: 3, toRank: 4 }]);
    expect(diff.sameTopRoles).toBe(false);
    // Everyone moved; listed best new rank first.
    expect(diff.moved.map((move) => move.roleId)).toEqual(['e', 'a', 'b', 'c', 'd']);
  });

  it('takes the top count as a parameter', () => {
    const diff = diffRankings(ranking('a', 'b', 'c'), ranking('b', 'a', 'c'), 1);
    expect(diff).toMatchObject({ topCount: 1, sameTopRoles: false });
    expect([ids(diff.topBefore), ids(diff.topAfter)]).toEqual([['a'], ['b']]);
    expect(diff.entered).toEqual([{ roleId: 'b', fromRank: 2, toRank: 1 }]);
    expect(diff.left).toEqual([{ roleId: 'a', fromRank: 1, toRank: 2 }]);
  });

  it('reads ranks, not array order', () => {
    const shuffled = [...ranking('a', 'b', 'c', 'd')].reverse();
    expect(diffRankings(ranking('a', 'b', 'c', 'd'), shuffled)).toMatchObject({ sameTopOrder: true, moved: [] });
  });

  it('on any two orders of the same roles: in/out lists match the top lists, moves match the ranks', () => {
    const roles = ['a', 'b', 'c', 'd', 'e', 'f'];
    fc.assert(
      fc.property(fc.shuffledSubarray(roles, { minLength: 6 }), fc.shuffledSubarray(roles, { minLength: 6 }), fc.nat(6), (before, after, count) => {
        const diff = diffRankings(ranking(...before), ranking(...after), count);
        expect(ids(diff.topBefore)).toEqual(before.slice(0, count));
        expect(ids(diff.topAfter)).toEqual(after.slice(0, count));
        expect(diff.entered.map((move) => move.roleId)).toEqual(after.slice(0, count).filter((id) => !before.slice(0, count).includes(id)));
        expect(diff.left.map((move) => move.roleId)).toEqual(before.slice(0, count).filter((id) => !after.slice(0, count).includes(id)));
        expect(diff.sameTopRoles).toBe(diff.entered.length === 0);
        for (const move of diff.moved) {
          expect(move.fromRank).toBe(before.indexOf(move.roleId) + 1);
          expect(move.toRank).toBe(after.indexOf(move.roleId) + 1);
        }
        expect(diff.moved).toHaveLength(roles.filter((id) => before.indexOf(id) !== after.indexOf(id)).length);
      }),
    );
  });

  it('claims no move when roles only swap places within a tie', () => {
    const diff = diffRankings(standings(['a', 1], ['b', 1], ['c', 3], ['d', 3]), standings(['b', 1], ['a', 1], ['d', 3], ['c', 3]));
    expect(diff).toMatchObject({ moved: [], entered: [], left: [], sameTopRoles: true, sameTopOrder: true });
  });

  it('keeps every role of a tie at the edge of the top, each marked joint', () => {
    const diff = diffRankings(standings(['a', 1], ['b', 2], ['c', 3], ['d', 3]), standings(['a', 1], ['b', 2], ['c', 3], ['d', 4]));
    expect(diff.topBefore).toEqual([
      { roleId: 'a', rank: 1, joint: false },
      { roleId: 'b', rank: 2, joint: false },
      { roleId: 'c', rank: 3, joint: true },
      { roleId: 'd', rank: 3, joint: true },
    ]);
    expect(ids(diff.topAfter)).toEqual(['a', 'b', 'c']);
    expect(diff.left).toEqual([{ roleId: 'd', fromRank: 3, toRank: 4 }]);
    expect(diff.topAfter[2]).toEqual({ roleId: 'c', rank: 3, joint: false });
    expect([diff.sharedRanksBefore, diff.sharedRanksAfter]).toEqual([[3], []]);
  });

  it('tells a tie broken from a tie kept: a role that leaves a shared rank has moved', () => {
    const diff = diffRankings(standings(['a', 1], ['b', 1], ['c', 3]), standings(['b', 1], ['a', 2], ['c', 3]));
    expect(diff.moved).toEqual([{ roleId: 'a', fromRank: 1, toRank: 2 }]);
    expect(diff).toMatchObject({ sameTopRoles: true, sameTopOrder: false });
  });
});
