// Closest path: the fewest answer changes that bring a role into the top, or first.
// By hand on small trees; on random trees against a breadth-first search over single setAnswer steps.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  applyChanges,
  changesBetween,
  closestPath,
  closestPaths,
  enumeratePaths,
  getQuestion,
  isComplete,
  pruneAnswers,
  rankEveryPath,
  rankRoles,
  reachableQuestionIds,
  setAnswer,
  type AnswerChange,
  type Answers,
  type ClosestPath,
  type QuestionTree,
  type Weight,
} from '../../../src/engine';
import { randomTree } from './random-trees';

const yesNo = [
  { id: 'yes', label: 'Yes' },
  { id: 'no', label: 'No' },
];
const weight = (questionId: string, optionId: string, roleId: string, points: number): Weight => ({ questionId, optionId, roleId, points, reason: '' });

// mode -> (solo: focus | team: size -> lead -> focus); focus ends. `idle` has no weights and comes last.
const teamTree: QuestionTree = {
  start: 'mode',
  questions: [
    {
      id: 'mode',
      prompt: 'Solo or team?',
      hint: '',
      options: [
        { id: 'solo', label: 'Solo', next: 'focus' },
        { id: 'team', label: 'Team', next: 'size' },
      ],
    },
    { id: 'size', prompt: 'How big?', hint: '', options: [{ id: 'small', label: 'Small' }, { id: 'large', label: 'Large' }], next: 'lead' },
    { id: 'lead', prompt: 'Lead it?', hint: '', options: yesNo, next: 'focus' },
    { id: 'focus', prompt: 'Build or study?', hint: '', options: [{ id: 'build', label: 'Build' }, { id: 'study', label: 'Study' }], next: null },
  ],
  weights: [
    weight('mode', 'solo', 'builder', 2),
    weight('mode', 'team', 'manager', 2),
    weight('size', 'small', 'scholar', 1),
    weight('size', 'large', 'manager', 2),
    weight('lead', 'yes', 'manager', 1),
    weight('lead', 'no', 'builder', 1),
    weight('focus', 'build', 'builder', 3),
    weight('focus', 'study', 'scholar', 3),
  ],
  caveats: [],
  holdBacks: [],
  roleIds: ['builder', 'scholar', 'manager', 'idle'],
};

// scholar 3, builder 2, manager 0, idle 0: manager and idle share 3rd place.
const SOLO_STUDY: Answers = { mode: 'solo', focus: 'study' };

function pathOf(closest: ClosestPath) {
  if (closest.kind !== 'path') throw new Error('expected a path, got unreachable');
  return closest;
}

describe('closestPath by hand', () => {
  it('needs no change for a role already there', () => {
    expect(closestPath(teamTree, SOLO_STUDY, 'scholar', 1)).toEqual({ kind: 'path', changes: [], answers: SOLO_STUDY, rank: 1, joint: false });
    expect(pathOf(closestPath(teamTree, SOLO_STUDY, 'manager', 3)).changes).toEqual([]);
  });

  it('counts a shared rank as that rank, and says it is shared', () => {
    // idle scores nothing on any path, but level with manager it is joint 3rd.
    expect(closestPath(teamTree, SOLO_STUDY, 'idle', 3)).toEqual({ kind: 'path', changes: [], answers: SOLO_STUDY, rank: 3, joint: true });
  });

  it('finds a single change', () => {
    expect(closestPath(teamTree, SOLO_STUDY, 'builder', 1)).toEqual({
      kind: 'path',
      changes: [{ questionId: 'focus', from: 'study', to: 'build' }],
      answers: { mode: 'solo', focus: 'build' },
      rank: 1,
      joint: false,
    });
  });

  it('counts every question a change newly opens, and breaks a tie by option order', () => {
    // team + large gives manager first whichever way lead is answered: "yes" comes first.
    const toFirst = pathOf(closestPath(teamTree, SOLO_STUDY, 'manager', 1));
    expect(toFirst.changes).toEqual<AnswerChange[]>([
      { questionId: 'mode', from: 'solo', to: 'team' },
      { questionId: 'size', from: null, to: 'large' },
      { questionId: 'lead', from: null, to: 'yes' },
    ]);
    expect(toFirst.answers).toEqual({ mode: 'team', size: 'large', lead: 'yes', focus: 'study' });
    expect(rankRoles(teamTree, toFirst.answers)[0]!.roleId).toBe('manager');
  });

  it('says plainly when no answers do it', () => {
    // Builder or manager scores on every path, so idle is never first, not even joint first.
    expect(closestPath(teamTree, SOLO_STUDY, 'idle', 1)).toEqual({ kind: 'unreachable' });
    expect(closestPath(teamTree, SOLO_STUDY, 'nobody', 3)).toEqual({ kind: 'unreachable' });
  });

  it('from incomplete answers, counts the questions still to answer: the result is always complete', () => {
    const fromNothing = pathOf(closestPath(teamTree, {}, 'scholar', 1));
    expect(fromNothing.changes).toEqual([
      { questionId: 'mode', from: null, to: 'solo' },
      { questionId: 'focus', from: null, to: 'study' },
    ]);
    expect(isComplete(teamTree, fromNothing.answers)).toBe(true);
  });

  it('prefers a better rank among equally short paths, even through a later question', () => {
    // a is always 5 and b always 2; x gets 3 from first=yes, 6 from second=yes.
    const tree: QuestionTree = {
      start: 'first',
      questions: [
        { id: 'first', prompt: '1', hint: '', options: yesNo, next: 'second' },
        { id: 'second', prompt: '2', hint: '', options: yesNo, next: null },
      ],
      weights: [
        weight('first', 'no', 'a', 5),
        weight('first', 'yes', 'a', 5),
        weight('second', 'no', 'b', 2),
        weight('second', 'yes', 'b', 2),
        weight('first', 'yes', 'x', 3),
        weight('second', 'yes', 'x', 6),
      ],
      caveats: [],
      holdBacks: [],
      roleIds: ['a', 'b', 'x'],
    };
    const toTopTwo = pathOf(closestPath(tree, { first: 'no', second: 'no' }, 'x', 2));
    expect(toTopTwo.changes).toEqual([{ questionId: 'second', from: 'no', to: 'yes' }]);
    expect(toTopTwo.rank).toBe(1);
  });

  it('prefers earlier questions among equally short paths to the same rank', () => {
    const tree: QuestionTree = {
      start: 'first',
      questions: [
        { id: 'first', prompt: '1', hint: '', options: yesNo, next: 'second' },
        { id: 'second', prompt: '2', hint: '', options: yesNo, next: null },
      ],
      // a scores 1 on every path; either yes brings x level with it, to joint first.
      weights: [weight('first', 'yes', 'a', 1), weight('first', 'no', 'a', 1), weight('first', 'yes', 'x', 1), weight('second', 'yes', 'x', 1)],
      caveats: [],
      holdBacks: [],
      roleIds: ['a', 'x'],
    };
    expect(pathOf(closestPath(tree, { first: 'no', second: 'no' }, 'x', 1)).changes).toEqual([
      { questionId: 'first', from: 'no', to: 'yes' },
    ]);
  });
});

describe('closestPaths', () => {
  it('gives every role, in catalogue order, its way into the top three and to first place', () => {
    const distances = closestPaths(teamTree, SOLO_STUDY);
    expect(distances.map((distance) => distance.roleId)).toEqual(teamTree.roleIds);
    for (const distance of distances) {
      expect(distance.toTop).toEqual(closestPath(teamTree, SOLO_STUDY, distance.roleId, 3));
      expect(distance.toFirst).toEqual(closestPath(teamTree, SOLO_STUDY, distance.roleId, 1));
    }
  });

  it('takes the top count, and rankings computed once', () => {
    const rankedPaths = rankEveryPath(teamTree);
    const distances = closestPaths(teamTree, SOLO_STUDY, { topCount: 1, rankedPaths });
    expect(distances.map((distance) => distance.toTop)).toEqual(distances.map((distance) => distance.toFirst));
    expect(closestPaths(teamTree, SOLO_STUDY, { rankedPaths })).toEqual(closestPaths(teamTree, SOLO_STUDY));
    expect(closestPath(teamTree, SOLO_STUDY, 'manager', 1, { rankedPaths })).toEqual(closestPath(teamTree, SOLO_STUDY, 'manager', 1));
  });
});

describe('changesBetween and applyChanges', () => {
  it('list changes in the destination path order, and apply them at once or one by one', () => {
    const to: Answers = { mode: 'team', size: 'small', lead: 'no', focus: 'build' };
    const changes = changesBetween(teamTree, SOLO_STUDY, to);
    expect(changes.map((change) => change.questionId)).toEqual(['mode', 'size', 'lead', 'focus']);
    expect(applyChanges(teamTree, SOLO_STUDY, changes)).toEqual(to);
    expect(changes.reduce((answers, change) => setAnswer(teamTree, answers, change.questionId, change.to), SOLO_STUDY)).toEqual(to);
  });
});

/** Canonical text of an answer set, for sets of states. */
const keyOf = (answers: Answers): string => JSON.stringify(Object.entries(answers).sort(([a], [b]) => a.localeCompare(b)));

/**
 * The operational meaning of "one answer change": one setAnswer on any question the answers
 * reach. Breadth-first from `from`, the fewest such steps to every state.
 */
function stepsToEveryState(tree: QuestionTree, from: Answers): Map<string, { answers: Answers; steps: number }> {
  const start = pruneAnswers(tree, from);
  const reached = new Map([[keyOf(start), { answers: start, steps: 0 }]]);
  let layer = [start];
  for (let steps = 1; layer.length > 0; steps += 1) {
    const next: Answers[] = [];
    for (const answers of layer) {
      for (const questionId of reachableQuestionIds(tree, answers)) {
        for (const option of getQuestion(tree, questionId)?.options ?? []) {
          const changed = setAnswer(tree, answers, questionId, option.id);
          if (reached.has(keyOf(changed))) continue;
          reached.set(keyOf(changed), { answers: changed, steps });
          next.push(changed);
        }
      }
    }
    layer = next;
  }
  return reached;
}

/** The documented tie-break, written out: changed questions' tree positions, then the new options' positions. */
function tieKey(tree: QuestionTree, changes: readonly AnswerChange[]): number[][] {
  const indexed = changes
    .map((change) => {
      const index = tree.questions.findIndex((question) => question.id === change.questionId);
      return [index, tree.questions[index]!.options.findIndex((option) => option.id === change.to)] as const;
    })
    .sort((a, b) => a[0] - b[0]);
  return [indexed.map(([question]) => question), indexed.map(([, option]) => option)];
}

function compareLists(a: readonly number[], b: readonly number[]): number {
  const differing = a.findIndex((value, index) => value !== b[index]);
  return differing === -1 ? a.length - b.length : a[differing]! - (b[differing] ?? 0);
}

describe('closest paths on random trees', () => {
  it('from complete paths, for every role: as few steps as a breadth-first search needs, and the documented tie-break', () => {
    fc.assert(
      fc.property(randomTree, fc.integer({ min: 1, max: 4 }), (tree, topCount) => {
        const rankedPaths = rankEveryPath(tree);
        // Up to eight starting paths spread over the tree keep the search quick on the bushier trees.
        const paths = enumeratePaths(tree);
        const stride = Math.ceil(paths.length / 8);
        for (const answers of paths.filter((_, index) => index % stride === 0)) {
          const completeStates = [...stepsToEveryState(tree, answers).values()]
            .filter((state) => isComplete(tree, state.answers))
            .map((state) => ({ ...state, rankOf: new Map(rankRoles(tree, state.answers).map((role) => [role.roleId, role.rank])) }));
          for (const distance of closestPaths(tree, answers, { topCount, rankedPaths })) {
            for (const [closest, withinRank] of [[distance.toTop, topCount], [distance.toFirst, 1]] as const) {
              const qualifying = completeStates.filter((state) => state.rankOf.get(distance.roleId)! <= withinRank);
              if (qualifying.length === 0) {
                expect(closest).toEqual({ kind: 'unreachable' });
                continue;
              }
              const found = pathOf(closest);
              const fewest = Math.min(...qualifying.map((state) => state.steps));
              expect(found.changes).toHaveLength(fewest);
              // Really there: the changes, applied at once or one by one, give the answers, which rank the role as said.
              expect(applyChanges(tree, answers, found.changes)).toEqual(found.answers);
              expect(found.changes.reduce((state, change) => setAnswer(tree, state, change.questionId, change.to), answers)).toEqual(found.answers);
              expect(rankRoles(tree, found.answers).find((role) => role.roleId === distance.roleId)!.rank).toBe(found.rank);
              expect(found.rank).toBeLessThanOrEqual(withinRank);
              for (const change of found.changes) expect(change.from).toBe(answers[change.questionId] ?? null);

              // No equally short destination beats it on rank, then question order, then option order.
              const [foundQuestions, foundOptions] = tieKey(tree, found.changes);
              for (const state of qualifying.filter((candidate) => candidate.steps === fewest)) {
                const [questions, options] = tieKey(tree, changesBetween(tree, answers, state.answers));
                const order =
                  found.rank - state.rankOf.get(distance.roleId)! || compareLists(foundQuestions!, questions!) || compareLists(foundOptions!, options!);
                expect(order <= 0).toBe(true);
                if (order === 0) expect(state.answers).toEqual(found.answers);
              }
            }
          }
        }
      }),
      { numRuns: 50 },
    );
  });
});
