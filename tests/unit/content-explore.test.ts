// Exploring results on the real tree, on every one of its complete paths (no sampling):
// what-if of every answer, the closest path of every role, and the quiz snapshot.
import { describe, it, expect } from 'vitest';
import {
  DEFAULT_TOP_COUNT,
  answeredPath,
  applyChanges,
  closestPaths,
  enumeratePaths,
  isComplete,
  nextQuestion,
  outcomeResults,
  placeOf,
  previousQuestionId,
  progress,
  quizSnapshot,
  rankEveryPath,
  rankRoles,
  setAnswer,
  whatIfs,
  type AnswerChange,
  type Answers,
  type ClosestPath,
  type RankedRole,
  type RoleDistance,
  type WhatIfOutcome,
} from '../../src/engine';
import { questionFlow } from '../../src/content/question-flow';
import { questionTree } from '../../src/content/question-tree';

const allPaths = enumeratePaths(questionTree);
const rankedPaths = rankEveryPath(questionTree);
/** Each path's ranks by role id, for quick look-ups in the brute-force checks. */
const ranksByPath = rankedPaths.map((path) => new Map(path.ranking.map((role) => [role.roleId, role.rank])));

const describePath = (answers: Answers): string =>
  answeredPath(questionTree, answers)
    .map((step) => `${step.question.id}=${step.option.id}`)
    .join('&');
const pathNames = allPaths.map(describePath);

const rankOf = (ranking: readonly RankedRole[], roleId: string): number => {
  const role = ranking.find((ranked) => ranked.roleId === roleId);
  if (!role) throw new Error(`Role "${roleId}" is missing from the ranking.`);
  return role.rank;
};

/** The roles ranked within the top three, in list order: a tie at third place keeps all of it. */
const withinTop = (ranking: readonly RankedRole[]): string[] =>
  ranking.filter((role) => role.rank <= DEFAULT_TOP_COUNT).map((role) => role.roleId);

/** Changes counted by hand: the questions the destination asks that the current answers answer otherwise, or not at all. */
const changesByCount = (from: Answers, to: Answers): number => Object.keys(to).filter((id) => from[id] !== to[id]).length;

const questionIndex = (id: string): number => questionTree.questions.findIndex((question) => question.id === id);
const optionIndex = (change: AnswerChange): number =>
  questionTree.questions[questionIndex(change.questionId)]!.options.findIndex((option) => option.id === change.to);

/** The documented tie-break after the count: rank, then the changed questions' tree order, then the new options' order. */
function tieOrder(a: { changes: readonly AnswerChange[]; rank: number }, b: { changes: readonly AnswerChange[]; rank: number }): number {
  const byQuestion = (changes: readonly AnswerChange[]) => [...changes].sort((x, y) => questionIndex(x.questionId) - questionIndex(y.questionId));
  const [sortedA, sortedB] = [byQuestion(a.changes), byQuestion(b.changes)];
  const lexical = (key: (change: AnswerChange) => number) => {
    for (let index = 0; index < sortedA.length; index += 1) {
      const difference = key(sortedA[index]!) - key(sortedB[index]!);
      if (difference !== 0) return difference;
    }
    return 0;
  };
  return a.rank - b.rank || lexical((change) => questionIndex(change.questionId)) || lexical(optionIndex);
}

describe('what-if on every real path', () => {
  it('ranks every outcome as rankRoles does, and never passes off an incomplete answer set as a result', () => {
    let alternatives = 0;
    let results = 0;
    const check = (answers: Answers, outcome: WhatIfOutcome, before: readonly RankedRole[]): void => {
      const topBefore = withinTop(before);
      if (outcome.kind === 'result') {
        results += 1;
        expect(isComplete(questionTree, outcome.answers), describePath(outcome.answers)).toBe(true);
        expect(outcome.ranking).toEqual(rankRoles(questionTree, outcome.answers));
        const topAfter = withinTop(outcome.ranking);
        expect(outcome.diff.topBefore.map((place) => place.roleId)).toEqual(topBefore);
        expect(outcome.diff.topAfter.map((place) => place.roleId)).toEqual(topAfter);
        expect(outcome.diff.entered.map((move) => move.roleId)).toEqual(topAfter.filter((id) => !topBefore.includes(id)));
        expect(outcome.diff.left.map((move) => move.roleId)).toEqual(topBefore.filter((id) => !topAfter.includes(id)));
        expect(outcome.diff.sameTopRoles).toBe(topAfter.length === topBefore.length && topAfter.every((id) => topBefore.includes(id)));
        for (const move of outcome.diff.moved) {
          expect(move.fromRank).toBe(rankOf(before, move.roleId));
          expect(move.toRank).toBe(rankOf(outcome.ranking, move.roleId));
        }
        return;
      }
      // A question the change opens: the current answers never asked it, and it really is next.
      expect(isComplete(questionTree, outcome.answers)).toBe(false);
      expect(Object.hasOwn(answers, outcome.question.id)).toBe(false);
      expect(nextQuestion(questionTree, outcome.answers)?.id).toBe(outcome.question.id);
      expect(outcome.branches.map((branch) => branch.option.id)).toEqual(outcome.question.options.map((option) => option.id));
      for (const branch of outcome.branches) check(answers, branch.outcome, before);
    };

    for (const answers of allPaths) {
      const before = rankRoles(questionTree, answers);
      const listed = whatIfs(questionTree, answers);
      expect(listed.map((entry) => entry.question.id)).toEqual(Object.keys(answers).sort((a, b) => questionIndex(a) - questionIndex(b)));
      for (const entry of listed) {
        expect(entry.alternatives.map((alternative) => alternative.option.id)).toEqual(
          entry.question.options.map((option) => option.id).filter((id) => id !== answers[entry.question.id]),
        );
        for (const alternative of entry.alternatives) {
          alternatives += 1;
          check(answers, alternative.outcome, before);
          // The results are exactly the real paths that take the new option and keep every other answer they ask for.
          const reached = outcomeResults(alternative.outcome).map((result) => describePath(result.answers));
          const expected = pathNames.filter((_, index) => {
            const path = allPaths[index]!;
            if (path[entry.question.id] !== alternative.option.id) return false;
            return Object.keys(path).every((id) => id === entry.question.id || !Object.hasOwn(answers, id) || answers[id] === path[id]);
          });
          expect(reached.sort(), `${describePath(answers)}: ${entry.question.id}=${alternative.option.id}`).toEqual(expected.sort());
        }
      }
    }
    // Every answer of every path has at least one other option, and each opened question adds results.
    expect(alternatives).toBeGreaterThanOrEqual(allPaths.length * Math.min(...allPaths.map((path) => Object.keys(path).length)));
    expect(results).toBeGreaterThan(alternatives);
  });

  it('opens at most one new question per change on this tree, so the results page can name it in one sentence', () => {
    for (const answers of allPaths) {
      for (const entry of whatIfs(questionTree, answers)) {
        for (const { outcome } of entry.alternatives) {
          if (outcome.kind === 'question') for (const branch of outcome.branches) expect(branch.outcome.kind).toBe('result');
        }
      }
    }
  });
});

describe('every real path ranked at once (rankEveryPath)', () => {
  it('gives each path the scores and ranks rankRoles gives it, in the same order', () => {
    expect(rankedPaths.map((path) => path.answers)).toEqual(allPaths);
    rankedPaths.forEach((path, index) => {
      const full = rankRoles(questionTree, path.answers).map(({ roleId, score, rank }) => ({ roleId, score, rank }));
      expect(path.ranking, pathNames[index]).toEqual(full);
    });
  });
});

describe('closest path on every real path, for every role', () => {
  let computed: readonly (readonly RoleDistance[])[] | undefined;
  /** closestPaths from every real path, computed once for the tests below. */
  const distancesFromEveryPath = () => (computed ??= allPaths.map((answers) => closestPaths(questionTree, answers, { rankedPaths })));

  /** From one starting path: the hand count of changes to every real path, and the destinations already re-ranked. */
  interface Start {
    readonly answers: Answers;
    readonly changesTo: readonly number[];
    readonly checked: Map<string, readonly RankedRole[]>;
  }

  /** Applies a closest path's changes at once and one by one: both must give its complete answers. Returns their ranking. */
  const rankingAfter = (start: Start, closest: Extract<ClosestPath, { kind: 'path' }>): readonly RankedRole[] => {
    const name = describePath(closest.answers);
    const known = start.checked.get(name);
    if (known) return known;
    const changed = applyChanges(questionTree, start.answers, closest.changes);
    expect(changed).toEqual(closest.answers);
    expect(closest.changes.reduce((state, change) => setAnswer(questionTree, state, change.questionId, change.to), start.answers)).toEqual(changed);
    expect(isComplete(questionTree, changed)).toBe(true);
    // Each change names the answer it replaces (null for a question the current path does not ask), in path order.
    for (const change of closest.changes) expect(change.from).toBe(start.answers[change.questionId] ?? null);
    const order = answeredPath(questionTree, changed).map((step) => step.question.id);
    expect(closest.changes.map((change) => change.questionId)).toEqual(order.filter((id) => closest.changes.some((change) => change.questionId === id)));
    const ranking = rankRoles(questionTree, changed);
    start.checked.set(name, ranking);
    return ranking;
  };

  const expectReached = (start: Start, roleId: string, closest: ClosestPath, withinRank: number): void => {
    const qualifying = rankedPaths
      .map((path, index) => ({ answers: path.answers, rank: ranksByPath[index]!.get(roleId)!, changes: start.changesTo[index]! }))
      .filter((path) => path.rank <= withinRank);
    if (qualifying.length === 0) {
      expect(closest, `${roleId} within ${withinRank}`).toEqual({ kind: 'unreachable' });
      return;
    }
    if (closest.kind !== 'path') throw new Error(`${roleId} can rank within ${withinRank} but was reported unreachable from ${describePath(start.answers)}`);

    // The changes really rank the role as promised.
    const rank = rankOf(rankingAfter(start, closest), roleId);
    expect(rank).toBe(closest.rank);
    expect(rank).toBeLessThanOrEqual(withinRank);

    // Fewest, by brute force over every real path; and first by the documented tie-break.
    const fewest = Math.min(...qualifying.map((path) => path.changes));
    expect(closest.changes).toHaveLength(fewest);
    const beaten = qualifying
      .filter((path) => path.changes === fewest)
      .filter((path) => {
        const changes = Object.keys(path.answers)
          .filter((id) => start.answers[id] !== path.answers[id])
          .map((id) => ({ questionId: id, from: start.answers[id] ?? null, to: path.answers[id]! }));
        const order = tieOrder(closest, { rank: path.rank, changes });
        return order > 0 || (order === 0 && describePath(path.answers) !== describePath(closest.answers));
      });
    expect(beaten.map((path) => describePath(path.answers)), `${roleId} within ${withinRank} from ${describePath(start.answers)}`).toEqual([]);
  };

  it('finds the fewest changes into the top three and to first place, or says it cannot', () => {
    for (const [index, answers] of allPaths.entries()) {
      const start: Start = { answers, changesTo: allPaths.map((path) => changesByCount(answers, path)), checked: new Map() };
      const distances = distancesFromEveryPath()[index]!;
      expect(distances.map((distance) => distance.roleId)).toEqual(questionTree.roleIds);
      const ranking = rankRoles(questionTree, answers);
      for (const distance of distances) {
        expectReached(start, distance.roleId, distance.toTop, DEFAULT_TOP_COUNT);
        expectReached(start, distance.roleId, distance.toFirst, 1);
        // Already there means no change at all.
        const rank = rankOf(ranking, distance.roleId);
        if (rank <= DEFAULT_TOP_COUNT) expect(distance.toTop).toMatchObject({ changes: [], rank });
        if (rank === 1) expect(distance.toFirst).toMatchObject({ changes: [], rank });
      }
    }
  });

  it('brings every role into the top three from every path', () => {
    for (const [index, answers] of allPaths.entries()) {
      for (const distance of distancesFromEveryPath()[index]!) {
        expect(distance.toTop.kind, `${distance.roleId} from ${describePath(answers)}`).toBe('path');
      }
    }
  });

  it('gives the same answer whether the rankings are passed in or computed', () => {
    const [first] = allPaths;
    expect(closestPaths(questionTree, first!)).toEqual(closestPaths(questionTree, first!, { rankedPaths }));
  });
});

describe('quiz snapshot on the real flow', () => {
  it('agrees with the single-purpose functions for every answered prefix of every path and every page', () => {
    const pages = [undefined, 'not-a-question', ...questionFlow.questions.map((question) => question.id)];
    const prefixes = new Map<string, Answers>();
    for (const answers of allPaths) {
      const steps = answeredPath(questionFlow, answers);
      for (let length = 0; length <= steps.length; length += 1) {
        const prefix = Object.fromEntries(steps.slice(0, length).map((step) => [step.question.id, step.option.id]));
        prefixes.set(describePath(prefix), prefix);
      }
    }
    for (const answers of prefixes.values()) {
      for (const page of pages) {
        const snapshot = quizSnapshot(questionFlow, answers, page);
        expect(snapshot.path).toEqual(answeredPath(questionFlow, answers));
        expect(snapshot.progress).toEqual(progress(questionFlow, answers));
        expect(snapshot.current?.id ?? null).toBe(nextQuestion(questionFlow, answers)?.id ?? null);
        if (snapshot.question) {
          expect(snapshot.place).toBe(placeOf(questionFlow, answers, snapshot.question.id));
          expect(snapshot.previousId).toBe(previousQuestionId(questionFlow, answers, snapshot.question.id));
        }
        expect(snapshot.redirect === null).toBe(snapshot.question !== undefined && snapshot.place !== 'off-path');
      }
    }
  });
});
