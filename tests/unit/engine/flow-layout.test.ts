// The drawing plan of a flow: rows are longest distances from the start, one edge per target.
import { describe, expect, it } from 'vitest';
import { layoutFlow } from '../../../src/engine';
import { ask, option, treeOf } from './build';

// a -(x)-> b -> c ; a -(y)-> c ; c -> end. `b` sits between a and c, so c is two rows down.
const skipping = treeOf([
  ask('a', [option('x', 'b'), option('y', 'c')]),
  ask('b', [option('p'), option('q')], 'c'),
  ask('c', [option('r'), option('s', null)], null),
]);

describe('layoutFlow', () => {
  it('puts each node on the row of its longest distance from the start, the end last', () => {
    const { nodes, rowCount } = layoutFlow(skipping);
    expect(nodes.map(({ questionId, row }) => [questionId, row])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
      [null, 3],
    ]);
    expect(rowCount).toBe(4);
  });

  it('draws one edge per target, naming its options and how many rows it spans', () => {
    expect(layoutFlow(skipping).edges).toEqual([
      { from: 'a', to: 'b', optionIds: ['x'], rowSpan: 1 },
      { from: 'a', to: 'c', optionIds: ['y'], rowSpan: 2 },
      { from: 'b', to: 'c', optionIds: ['p', 'q'], rowSpan: 1 },
      { from: 'c', to: null, optionIds: ['r', 's'], rowSpan: 1 },
    ]);
  });

  it('places parallel questions side by side in question order', () => {
    const branching = treeOf([ask('a', [option('x', 'c'), option('y', 'b')]), ask('b', [option('p')], null), ask('c', [option('q')], null)]);
    const rowOne = layoutFlow(branching).nodes.filter((node) => node.row === 1);
    expect(rowOne).toEqual([
      { questionId: 'b', row: 1, column: 0, columnCount: 2 },
      { questionId: 'c', row: 1, column: 1, columnCount: 2 },
    ]);
  });

  it('leaves out questions the start cannot reach, and ends on a cycle', () => {
    const orphan = treeOf([ask('a', [option('x')], null), ask('lost', [option('y')], null)]);
    expect(layoutFlow(orphan).nodes.map((node) => node.questionId)).toEqual(['a', null]);
    const looping = treeOf([ask('a', [option('x')], 'b'), ask('b', [option('y')], 'a')]);
    const ids = layoutFlow(looping).nodes.map((node) => node.questionId);
    // A cycle has no end and no proper rows (validateTree reports it): each question at most once.
    expect(ids).not.toContain(null);
    expect(new Set(ids).size).toBe(ids.length);
  });
});
