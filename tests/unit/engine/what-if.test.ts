// What-if on a small tree where one change opens two questions in a row, and on random trees.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  answeredPath,
  enumeratePaths,
  isComplete,
  nextQuestion,
  outcomeResults,
  rankRoles,
  setAnswer,
  whatIf,
  whatIfs,
  type Answers,
  type QuestionTree,
  type RankedRole,
  type TopPlace,
  type WhatIfOutcome,
} from '../../../src/engine';
import { randomTree } from './random-trees';

// mode -> (solo: focus | team: size -> lead -> focus); focus ends.
const tree: QuestionTree = {
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
    { id: 'lead', prompt: 'Lead it?', hint: '', options: [{ id: 'yes', label: 'Yes' }, { id: 'no', label: 'No' }], next: 'focus' },
    { id: 'focus', prompt: 'Build or study?', hint: '', options: [{ id: 'build', label: 'Build' }, { id: 'study', label: 'Study' }], next: null },
  ],
  weights: [
    { questionId: 'mode', optionId: 'solo', roleId: 'builder', points: 2, reason: '' },
    { questionId: 'mode', optionId: 'team', roleId: 'manager', points: 2, reason: '' },
    { questionId: 'size', optionId: 'small', roleId: 'scholar', points: 1, reason: '' },
    { questionId: 'size', optionId: 'large', roleId: 'manager', points: 2, reason: '' },
    { questionId: 'lead', optionId: 'yes', roleId: 'manager', points: 1, reason: '' },
    { questionId: 'lead', optionId: 'no', roleId: 'builder', points: 1, reason: '' },
    { questionId: 'focus', optionId: 'build', roleId: 'builder', points: 3, reason: '' },
    { questionId: 'focus', optionId: 'study', roleId: 'scholar', points: 3, reason: '' },
  ],
  caveats: [],
  holdBacks: [],
  roleIds: ['builder', 'scholar', 'manager'],
};

// scholar 3, builder 2, manager 0.
const SOLO_STUDY: Answers = { mode: 'solo', focus: 'study' };

const ids = (places: readonly TopPlace[]) => places.map((place) => place.roleId);

/** The roles ranked within `count`, in list order: a tie at the edge keeps all of it. */
const withinRank = (ranking: readonly RankedRole[], count: number) => ranking.filter((role) => role.rank <= count).map((role) => role.roleId);

function resultOf(outcome: WhatIfOutcome | null) {
  if (outcome?.kind !== 'result') throw new Error(`expected a result, got ${outcome?.kind ?? 'null'}`);
  return outcome;
}

function questionOf(outcome: WhatIfOutcome | null) {
  if (outcome?.kind !== 'question') throw new Error(`expected a question, got ${outcome?.kind ?? 'null'}`);
  return outcome;
}

describe('whatIfs', () => {
  it('lists every answered question in path order with each of its other options', () => {
    const listed = whatIfs(tree, SOLO_STUDY);
    expect(listed.map((entry) => [entry.question.id, entry.chosen.id, entry.alternatives.map((a) => a.option.id)])).toEqual([
      ['mode', 'solo', ['team']],
      ['focus', 'study', ['build']],
    ]);
  });

  it('gives a change that keeps the answers complete as a result, with its ranking and diff', () => {
    const focus = whatIfs(tree, SOLO_STUDY)[1]!;
    const result = resultOf(focus.alternatives[0]!.outcome);
    expect(result.answers).toEqual({ mode: 'solo', focus: 'build' });
    expect(result.ranking).toEqual(rankRoles(tree, { mode: 'solo', focus: 'build' }));
    expect(ids(result.diff.topBefore)).toEqual(['scholar', 'builder', 'manager']);
    expect(ids(result.diff.topAfter)).toEqual(['builder', 'scholar', 'manager']);
    expect(result.diff).toMatchObject({ sameTopRoles: true, sameTopOrder: false });
    // Scholar and manager both score 0 there: joint 2nd.
    expect(result.diff.moved).toEqual([
      { roleId: 'builder', fromRank: 2, toRank: 1 },
      { roleId: 'scholar', fromRank: 1, toRank: 2 },
      { roleId: 'manager', fromRank: 3, toRank: 2 },
    ]);
  });

  it('never passes off an incomplete answer set: a change that opens two questions asks both, every way', () => {
    const mode = whatIfs(tree, SOLO_STUDY, { topCount: 2 })[0]!;
    const size = questionOf(mode.alternatives[0]!.outcome);
    expect(size.question.id).toBe('size');
    // The answer to focus still applies, so it is kept; size is unanswered.
    expect(size.answers).toEqual({ mode: 'team', focus: 'study' });
    expect(isComplete(tree, size.answers)).toBe(false);
    expect(size.branches.map((branch) => branch.option.id)).toEqual(['small', 'large']);
    for (const branch of size.branches) {
      const lead = questionOf(branch.outcome);
      expect(lead.question.id).toBe('lead');
      expect(lead.branches.map((leaf) => leaf.option.id)).toEqual(['yes', 'no']);
    }

    const results = outcomeResults(size);
    expect(results.map((result) => `${result.answers.size}/${result.answers.lead}`)).toEqual(['small/yes', 'small/no', 'large/yes', 'large/no']);
    for (const result of results) expect(isComplete(tree, result.answers)).toBe(true);

    // team + large + lead: manager 5 beats scholar 3; builder drops out of the top two.
    const largeYes = results[2]!;
    expect(largeYes.answers).toEqual({ mode: 'team', size: 'large', lead: 'yes', focus: 'study' });
    expect(ids(largeYes.diff.topAfter)).toEqual(['manager', 'scholar']);
    expect(largeYes.diff.entered).toEqual([{ roleId: 'manager', fromRank: 3, toRank: 1 }]);
    expect(largeYes.diff.left).toEqual([{ roleId: 'builder', fromRank: 2, toRank: 3 }]);
  });

  it('prunes as setAnswer does: going solo drops the team questions', () => {
    const team: Answers = { mode: 'team', size: 'large', lead: 'no', focus: 'build' };
    const solo = resultOf(whatIfs(tree, team)[0]!.alternatives[0]!.outcome);
    expect(solo.answers).toEqual({ mode: 'solo', focus: 'build' });
    expect(solo.answers).toEqual(setAnswer(tree, team, 'mode', 'solo'));
  });

  it('offers nothing for an unanswered question, and ignores answers off the path', () => {
    expect(whatIfs(tree, {})).toEqual([]);
    expect(whatIfs(tree, { ...SOLO_STUDY, size: 'large' }).map((entry) => entry.question.id)).toEqual(['mode', 'focus']);
  });
});

describe('whatIf', () => {
  it('is null for a change setAnswer would ignore', () => {
    expect(whatIf(tree, SOLO_STUDY, 'nowhere', 'yes')).toBeNull();
    expect(whatIf(tree, SOLO_STUDY, 'mode', 'nonsense')).toBeNull();
    expect(whatIf(tree, SOLO_STUDY, 'size', 'large')).toBeNull();
  });

  it('matches the entry whatIfs gives for the same change', () => {
    expect(whatIf(tree, SOLO_STUDY, 'mode', 'team', { topCount: 2 })).toEqual(whatIfs(tree, SOLO_STUDY, { topCount: 2 })[0]!.alternatives[0]!.outcome);
  });

  it('keeping the same answer gives the same ranking', () => {
    expect(resultOf(whatIf(tree, SOLO_STUDY, 'focus', 'study')).diff).toMatchObject({ moved: [], sameTopOrder: true });
  });
});

/** Checks one outcome tree: every result complete and ranked as rankRoles ranks it, every question really the next one. */
function expectHonest(tree: QuestionTree, outcome: WhatIfOutcome, baselineTop: readonly string[], topCount: number): void {
  if (outcome.kind === 'result') {
    expect(isComplete(tree, outcome.answers)).toBe(true);
    expect(outcome.ranking).toEqual(rankRoles(tree, outcome.answers));
    expect(ids(outcome.diff.topBefore)).toEqual(baselineTop);
    expect(ids(outcome.diff.topAfter)).toEqual(withinRank(outcome.ranking, topCount));
    return;
  }
  expect(isComplete(tree, outcome.answers)).toBe(false);
  expect(nextQuestion(tree, outcome.answers)).toEqual(outcome.question);
  expect(outcome.branches.map((branch) => branch.option)).toEqual(outcome.question.options);
  for (const branch of outcome.branches) {
    expect(branch.outcome.answers).toEqual(setAnswer(tree, outcome.answers, outcome.question.id, branch.option.id));
    expectHonest(tree, branch.outcome, baselineTop, topCount);
  }
}

/**
 * The results a change of `questionId` to `optionId` should end in, read off the complete paths:
 * those that answer it `optionId` and keep every other answer of `answers` they ask for.
 */
function expectedCompletions(tree: QuestionTree, answers: Answers, questionId: string, optionId: string): string[] {
  return enumeratePaths(tree)
    .filter((path) => path[questionId] === optionId)
    .filter((path) => Object.entries(path).every(([id, option]) => id === questionId || !Object.hasOwn(answers, id) || answers[id] === option))
    .map((path) => JSON.stringify(path, Object.keys(path).sort()));
}

describe('what-if on random trees', () => {
  it('from every complete path: honest outcomes, ending in exactly the completions that keep the other answers', () => {
    fc.assert(
      fc.property(randomTree, fc.integer({ min: 1, max: 4 }), (randomTree, topCount) => {
        for (const answers of enumeratePaths(randomTree)) {
          const listed = whatIfs(randomTree, answers, { topCount });
          expect(listed.map((entry) => entry.question.id)).toEqual(answeredPath(randomTree, answers).map((step) => step.question.id));
          const baselineTop = withinRank(rankRoles(randomTree, answers), topCount);
          for (const entry of listed) {
            for (const alternative of entry.alternatives) {
              expect(alternative.option.id).not.toBe(entry.chosen.id);
              expectHonest(randomTree, alternative.outcome, baselineTop, topCount);
              const reached = outcomeResults(alternative.outcome).map((result) => JSON.stringify(result.answers, Object.keys(result.answers).sort()));
              expect(reached.sort()).toEqual(expectedCompletions(randomTree, answers, entry.question.id, alternative.option.id).sort());
            }
          }
        }
      }),
      { numRuns: 100 },
    );
  });
});
