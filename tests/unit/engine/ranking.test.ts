// Ranking on small trees built in each test: scores and reasons, shared ranks and the order
// within a tie, hold-backs, caveats and match labels. (The real tree's ranking on every path: tests/unit/content-tree.test.ts.)
import fc from 'fast-check';
import { describe, it, expect } from 'vitest';
import {
  MATCH_THRESHOLDS,
  isSharedRank,
  matchLabel,
  rankRoles,
  rankStandings,
  topRoleIds,
  type MatchLabel,
  type QuestionTree,
  type RankedRole,
} from '../../../src/engine';
import { ask, caveat, holdBack, option, treeOf, weight } from './build';
import { randomAnswers, randomTree } from './random-trees';

/** Two yes/no questions that every path asks: first, then second. */
function twoQuestions(ranking: Parameters<typeof treeOf>[1]): QuestionTree {
  return treeOf([ask('first', [option('yes'), option('no')], 'second'), ask('second', [option('yes'), option('no')])], ranking);
}

const BOTH_YES = { first: 'yes', second: 'yes' };
const order = (ranking: readonly RankedRole[]) => ranking.map((role) => role.roleId);

function roleIn(ranking: readonly RankedRole[], roleId: string): RankedRole {
  const role = ranking.find((ranked) => ranked.roleId === roleId);
  if (!role) throw new Error(`Role "${roleId}" is missing from the ranking.`);
  return role;
}

describe('scores and reasons', () => {
  // The weights are listed out of path order on purpose.
  const tree = twoQuestions({
    roleIds: ['r1', 'r2', 'r3'],
    weights: [weight('second', 'yes', 'r1', 2), weight('first', 'yes', 'r1', 3), weight('first', 'no', 'r2', 4), weight('second', 'yes', 'r2', 1)],
  });

  it('scores each role as the sum of the points its chosen answers carry', () => {
    const ranking = rankRoles(tree, BOTH_YES);
    expect(roleIn(ranking, 'r1').score).toBe(5);
    expect(roleIn(ranking, 'r2').score).toBe(1);
    expect(roleIn(ranking, 'r3').score).toBe(0);
    expect(roleIn(rankRoles(tree, { first: 'no', second: 'yes' }), 'r2').score).toBe(5);
  });

  it('gives the answers that pointed to a role as its reasons, in path order, with their text and points', () => {
    expect(roleIn(rankRoles(tree, BOTH_YES), 'r1').reasons).toEqual([
      { questionId: 'first', optionId: 'yes', points: 3, text: 'first=yes points to r1' },
      { questionId: 'second', optionId: 'yes', points: 2, text: 'second=yes points to r1' },
    ]);
    expect(roleIn(rankRoles(tree, BOTH_YES), 'r3').reasons).toEqual([]);
  });

  it('ranks every role in the catalogue once, those no answer points to included', () => {
    const ranking = rankRoles(tree, BOTH_YES);
    expect(order(ranking)).toEqual(['r1', 'r2', 'r3']);
    expect(ranking.map((role) => role.rank)).toEqual([1, 2, 3]);
    expect(rankRoles(tree, {}).map((role) => [role.roleId, role.score])).toEqual([
      ['r1', 0],
      ['r2', 0],
      ['r3', 0],
    ]);
  });

  it('counts only answers on the path: not one the path skips, nor one past an unanswered question', () => {
    const branching = treeOf([ask('a', [option('yes', 'b'), option('no', null)]), ask('b', [option('yes'), option('no')])], {
      roleIds: ['r1'],
      weights: [weight('b', 'yes', 'r1', 5)],
    });
    expect(rankRoles(branching, { a: 'yes', b: 'yes' })[0]?.score).toBe(5);
    expect(rankRoles(branching, { a: 'no', b: 'yes' })[0]?.score).toBe(0);
    expect(rankRoles(branching, { b: 'yes' })[0]?.score).toBe(0);
  });

  it('ranks the same answers the same way, twice and in any key order', () => {
    const first = rankRoles(tree, BOTH_YES);
    expect(rankRoles(tree, BOTH_YES)).toEqual(first);
    expect(rankRoles(tree, { second: 'yes', first: 'yes' })).toEqual(first);
  });
});

describe('shared ranks: roles level on points share a rank, listed by reasons, then catalogue order', () => {
  it('puts the higher score first, whatever the reasons or the catalogue say', () => {
    // "many" has two reasons and comes first in the catalogue, but scores 2 against 3.
    const tree = twoQuestions({
      roleIds: ['many', 'one'],
      weights: [weight('first', 'yes', 'many', 1), weight('second', 'yes', 'many', 1), weight('first', 'yes', 'one', 3)],
    });
    expect(rankRoles(tree, BOTH_YES).map((role) => [role.roleId, role.rank])).toEqual([
      ['one', 1],
      ['many', 2],
    ]);
  });

  it('on equal scores, shares the rank and lists the role more answers point to first, whatever the catalogue says', () => {
    const tree = twoQuestions({
      roleIds: ['single', 'double'],
      weights: [weight('first', 'yes', 'single', 4), weight('first', 'yes', 'double', 2), weight('second', 'yes', 'double', 2)],
    });
    const ranking = rankRoles(tree, BOTH_YES);
    expect(ranking.map((role) => [role.roleId, role.score, role.reasons.length, role.rank])).toEqual([
      ['double', 4, 2, 1],
      ['single', 4, 1, 1],
    ]);
  });

  it('on equal scores and reasons, shares the rank and lists in catalogue order', () => {
    const tree = twoQuestions({
      roleIds: ['c', 'b', 'a'],
      weights: [weight('first', 'yes', 'a', 3), weight('first', 'yes', 'b', 3), weight('first', 'yes', 'c', 3)],
    });
    expect(order(rankRoles(tree, BOTH_YES))).toEqual(['c', 'b', 'a']);
    expect(rankRoles(tree, BOTH_YES).map((role) => role.rank)).toEqual([1, 1, 1]);
    expect(order(rankRoles(tree, { first: 'no', second: 'no' }))).toEqual(['c', 'b', 'a']);
  });

  it('skips as many ranks as roles share the one before: 1, 1, 3, 4, 4', () => {
    const tree = twoQuestions({
      roleIds: ['a', 'b', 'c', 'd', 'e'],
      weights: [weight('first', 'yes', 'a', 5), weight('first', 'yes', 'b', 5), weight('first', 'yes', 'c', 3)],
    });
    const ranking = rankRoles(tree, BOTH_YES);
    expect(ranking.map((role) => [role.roleId, role.rank])).toEqual([
      ['a', 1],
      ['b', 1],
      ['c', 3],
      ['d', 4],
      ['e', 4],
    ]);
    expect([1, 3, 4].map((rank) => isSharedRank(ranking, rank))).toEqual([true, false, true]);
  });
});

describe('hold-backs', () => {
  // "star" scores most on every path; second=no holds it back.
  const tree = twoQuestions({
    roleIds: ['star', 'steady', 'idle'],
    weights: [weight('first', 'yes', 'star', 9), weight('second', 'no', 'star', 9), weight('first', 'yes', 'steady', 1)],
    holdBacks: [holdBack('second', 'no', 'star')],
    caveats: [caveat('first', 'yes', 'star')],
  });

  it('rank a held-back role after every role no answer holds back, even one that scores nothing', () => {
    const ranking = rankRoles(tree, { first: 'yes', second: 'no' });
    expect(ranking.map((role) => [role.roleId, role.score, role.rank, role.heldBack])).toEqual([
      ['steady', 1, 1, false],
      ['idle', 0, 2, false],
      ['star', 18, 3, true],
    ]);
  });

  it('label the role held back whatever its score, and keep its points and reasons', () => {
    const star = roleIn(rankRoles(tree, { first: 'yes', second: 'no' }), 'star');
    expect(star.match).toBe('held-back');
    expect(star.reasons.map((reason) => reason.points)).toEqual([9, 9]);
  });

  it('give the hold-back text with the caveats, in path order', () => {
    expect(roleIn(rankRoles(tree, { first: 'yes', second: 'no' }), 'star').caveats.map((note) => note.text)).toEqual([
      'first=yes is a caveat for star',
      'second=no holds back star',
    ]);
  });

  it('do nothing unless their answer is on the path', () => {
    const ranking = rankRoles(tree, BOTH_YES);
    expect(ranking[0]).toMatchObject({ roleId: 'star', rank: 1, heldBack: false, match: matchLabel(9) });
    expect(rankRoles(tree, { first: 'yes' })[0]?.heldBack).toBe(false);
  });

  it('rank held-back roles among themselves by points, sharing ranks as others do', () => {
    const both = twoQuestions({
      roleIds: ['a', 'b', 'c', 'free'],
      weights: [weight('first', 'yes', 'a', 2), weight('first', 'yes', 'b', 5), weight('first', 'yes', 'c', 2)],
      holdBacks: [holdBack('first', 'yes', 'a'), holdBack('first', 'yes', 'b'), holdBack('first', 'yes', 'c')],
    });
    expect(rankRoles(both, BOTH_YES).map((role) => [role.roleId, role.rank])).toEqual([
      ['free', 1],
      ['b', 2],
      ['a', 3],
      ['c', 3],
    ]);
  });
});

describe('caveats', () => {
  const tree = twoQuestions({
    roleIds: ['r1', 'r2'],
    weights: [weight('first', 'yes', 'r1', 3), weight('first', 'yes', 'r2', 1)],
    // Listed out of path order on purpose.
    caveats: [caveat('second', 'no', 'r1'), caveat('first', 'yes', 'r1'), caveat('second', 'yes', 'r2')],
    holdBacks: [],
  });

  it('are attached exactly when their answer is on the path, in path order', () => {
    const ranking = rankRoles(tree, { first: 'yes', second: 'no' });
    expect(roleIn(ranking, 'r1').caveats).toEqual([caveat('first', 'yes', 'r1'), caveat('second', 'no', 'r1')].map(({ text, brief }) => ({ text, brief })));
    expect(roleIn(ranking, 'r2').caveats).toEqual([]);
    expect(roleIn(rankRoles(tree, BOTH_YES), 'r1').caveats.map((note) => note.text)).toEqual(['first=yes is a caveat for r1']);
    expect(roleIn(rankRoles(tree, {}), 'r1').caveats).toEqual([]);
  });

  it('never hide a role or change its score or place', () => {
    const answers = { first: 'yes', second: 'no' };
    const withoutCaveats = rankRoles({ ...tree, caveats: [] }, answers);
    const ranking = rankRoles(tree, answers);
    expect(ranking.map(({ roleId, score, rank }) => ({ roleId, score, rank }))).toEqual(
      withoutCaveats.map(({ roleId, score, rank }) => ({ roleId, score, rank })),
    );
    expect(ranking[0]?.roleId).toBe('r1');
  });
});

describe('match labels (MATCH_THRESHOLDS)', () => {
  const finite = MATCH_THRESHOLDS.filter((threshold) => Number.isFinite(threshold.minScore));

  it('are ordered from the highest minimum down, each label once, ending in a catch-all', () => {
    const minimums = MATCH_THRESHOLDS.map((threshold) => threshold.minScore);
    expect(minimums).toEqual([...minimums].sort((a, b) => b - a));
    expect(new Set(minimums).size).toBe(minimums.length);
    expect(new Set(MATCH_THRESHOLDS.map((threshold) => threshold.label))).toEqual(new Set<MatchLabel>(['strong', 'good', 'possible', 'weak']));
    expect(matchLabel(Number.MAX_SAFE_INTEGER, true)).toBe('held-back');
    expect(MATCH_THRESHOLDS.at(-1)?.minScore).toBe(Number.NEGATIVE_INFINITY);
  });

  it('give a score at a minimum that label, and a score just below it the next label down', () => {
    expect(finite.length).toBe(MATCH_THRESHOLDS.length - 1);
    MATCH_THRESHOLDS.forEach((threshold, index) => {
      const below = MATCH_THRESHOLDS[index + 1];
      if (!below) return;
      expect(matchLabel(threshold.minScore), `${threshold.minScore}`).toBe(threshold.label);
      expect(matchLabel(threshold.minScore - 0.01), `${threshold.minScore - 0.01}`).toBe(below.label);
    });
    expect(matchLabel(Number.MAX_SAFE_INTEGER)).toBe(MATCH_THRESHOLDS[0]?.label);
    expect(matchLabel(Number.MIN_SAFE_INTEGER)).toBe(MATCH_THRESHOLDS.at(-1)?.label);
  });

  it('label each ranked role by its score', () => {
    // One role per finite threshold, scoring exactly its minimum, and one that scores nothing.
    const tree = twoQuestions({
      roleIds: [...finite.map((threshold) => threshold.label), 'nothing'],
      weights: finite.map((threshold) => weight('first', 'yes', threshold.label, threshold.minScore)),
    });
    const ranking = rankRoles(tree, BOTH_YES);
    for (const threshold of finite) expect(roleIn(ranking, threshold.label).match).toBe(threshold.label);
    for (const role of ranking) expect(role.match, role.roleId).toBe(matchLabel(role.score));
  });
});

describe('topRoleIds', () => {
  const tree = twoQuestions({
    roleIds: ['r1', 'r2', 'r3', 'r4', 'r5'],
    weights: [weight('first', 'yes', 'r5', 5), weight('first', 'yes', 'r3', 4), weight('first', 'yes', 'r1', 3), weight('first', 'yes', 'r2', 2)],
  });
  const ranking = rankRoles(tree, BOTH_YES);

  it('gives the first three listed roles by default', () => {
    expect(topRoleIds(ranking)).toEqual(['r5', 'r3', 'r1']);
  });

  it('gives as many as asked, or all there are', () => {
    expect(topRoleIds(ranking, 4)).toEqual(['r5', 'r3', 'r1', 'r2']);
    expect(topRoleIds(ranking, 9)).toEqual(['r5', 'r3', 'r1', 'r2', 'r4']);
  });
});

describe('rankStandings: the ranking without its reasons', () => {
  const standingOf = ({ roleId, score, rank }: RankedRole) => ({ roleId, score, rank });

  it('gives each role the score and rank rankRoles gives it, in the same order, tie-breaks included', () => {
    // Equal scores listed by the number of reasons, then by the catalogue; a caveat changes
    // nothing; a hold-back puts "held" last.
    const tree = twoQuestions({
      roleIds: ['single', 'double', 'none', 'other', 'held'],
      weights: [
        weight('first', 'yes', 'single', 4),
        weight('first', 'yes', 'double', 2),
        weight('second', 'yes', 'double', 2),
        weight('second', 'no', 'other', 1),
        weight('first', 'yes', 'held', 9),
      ],
      caveats: [caveat('first', 'yes', 'single')],
      holdBacks: [holdBack('second', 'yes', 'held')],
    });
    expect(rankStandings(tree, BOTH_YES)).toEqual([
      { roleId: 'double', score: 4, rank: 1 },
      { roleId: 'single', score: 4, rank: 1 },
      { roleId: 'none', score: 0, rank: 3 },
      { roleId: 'other', score: 0, rank: 3 },
      { roleId: 'held', score: 9, rank: 5 },
    ]);
    expect(rankStandings(tree, BOTH_YES)).toEqual(rankRoles(tree, BOTH_YES).map(standingOf));
  });

  it('agrees with rankRoles on any tree and any answers, partial and stray ones included', () => {
    fc.assert(
      fc.property(
        randomTree.chain((tree) => fc.tuple(fc.constant(tree), randomAnswers(tree))),
        ([tree, answers]) => {
          expect(rankStandings(tree, answers)).toEqual(rankRoles(tree, answers).map(standingOf));
        },
      ),
    );
  });
});
