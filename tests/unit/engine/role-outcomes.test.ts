// Which answer sets make a role first or put it in the top, over every path of a small tree.
import { describe, expect, it } from 'vitest';
import { groupByFinalAnswer, rankEveryPath, roleOutcome } from '../../../src/engine';
import { ask, option, treeOf, weight } from './build';

// taste (sweet | savoury) -> size (small | large) -> end. `never` has no weights: it is never
// first, and within the top two only where it shares second place at 0 points.
const tree = treeOf([ask('taste', [option('sweet'), option('savoury')], 'size'), ask('size', [option('small'), option('large')], null)], {
  roleIds: ['cake', 'pie', 'never', 'other'],
  weights: [weight('taste', 'sweet', 'cake'), weight('taste', 'savoury', 'pie'), weight('size', 'large', 'pie', 1), weight('size', 'small', 'other', 1)],
});

describe('roleOutcome', () => {
  const ranked = rankEveryPath(tree);

  it('lists the answer sets that rank the role first and within the top', () => {
    const cake = roleOutcome(ranked, 'cake', 2);
    expect(cake.pathCount).toBe(4);
    expect(cake.first).toEqual([
      { taste: 'sweet', size: 'small' },
      { taste: 'sweet', size: 'large' },
    ]);
    // Savoury and large: pie 4, then cake, never and other share second place at 0.
    // Savoury and small: pie 3, other 1, so cake is third (with never).
    expect(cake.top).toEqual([
      { taste: 'sweet', size: 'small' },
      { taste: 'sweet', size: 'large' },
      { taste: 'savoury', size: 'large' },
    ]);
    expect(roleOutcome(ranked, 'pie', 2).first).toEqual([
      { taste: 'savoury', size: 'small' },
      { taste: 'savoury', size: 'large' },
    ]);
  });

  it('counts a shared rank, and is empty for a role never first or in the top', () => {
    const never = roleOutcome(ranked, 'never', 2);
    expect(never.first).toEqual([]);
    expect(never.top).toEqual([{ taste: 'savoury', size: 'large' }]);
    expect(roleOutcome(ranked, 'never', 1).top).toEqual([]);
  });
});

describe('groupByFinalAnswer', () => {
  it('groups answer sets by all but their last answer', () => {
    const groups = groupByFinalAnswer(tree, [
      { taste: 'sweet', size: 'small' },
      { taste: 'savoury', size: 'large' },
      { taste: 'sweet', size: 'large' },
    ]);
    expect(groups.map((group) => [group.shared.map((step) => step.option.id), group.endings.map((ending) => ending.step.option.id)])).toEqual([
      [['sweet'], ['small', 'large']],
      [['savoury'], ['large']],
    ]);
    expect(groups[0]?.endings[1]?.answers).toEqual({ taste: 'sweet', size: 'large' });
  });
});
