// The validator on small hand-built trees broken one way each. (The real tree passes it:
// tests/unit/content-tree.test.ts.)
import { describe, it, expect } from 'vitest';
import {
  answeredPath,
  describeProblem,
  enumeratePaths,
  isComplete,
  longestPathLength,
  nextQuestion,
  progress,
  pruneAnswers,
  rankRoles,
  reachableQuestionIds,
  remainingAtMost,
  setAnswer,
  validateSalaries,
  validateTree,
  type QuestionTree,
  type TreeProblem,
} from '../../../src/engine';
import { ask, option, weight } from './build';

/** A sound little tree: a -> (yes: b | no: end); b -> end. Each of three roles can come first. */
const sound: QuestionTree = {
  start: 'a',
  questions: [ask('a', [option('yes', 'b'), option('no', null)]), ask('b', [option('yes'), option('no')], null)],
  weights: [weight('a', 'yes', 'r1'), weight('a', 'no', 'r2'), weight('b', 'yes', 'r3', 5), weight('b', 'no', 'r1')],
  caveats: [{ questionId: 'b', optionId: 'no', roleId: 'r2', text: 'A caveat.', brief: 'Caveat.' }],
  holdBacks: [],
  roleIds: ['r1', 'r2', 'r3'],
};

const ALL_KINDS: readonly TreeProblem['kind'][] = [
  'duplicate-id',
  'dangling-next',
  'missing-start',
  'unreachable-question',
  'cycle',
  'unknown-role',
  'unknown-answer',
  'too-few-options',
  'never-top-three',
  'salary-upper-below-lower',
];

/** The sound tree broken one way each; the tests below check what the validator says of each. */
const broken = {
  duplicateQuestion: { ...sound, questions: [...sound.questions, ask('b', [option('yes'), option('no')], null)] },
  danglingNext: { ...sound, questions: [ask('a', [option('yes', 'b'), option('no', 'nowhere')]), sound.questions[1]!] },
  missingStart: { ...sound, start: 'intro' },
  orphan: { ...sound, questions: [...sound.questions, ask('orphan', [option('yes'), option('no')], null)] },
  // b's own next loops back to a.
  cycle: { ...sound, questions: [sound.questions[0]!, ask('b', [option('yes'), option('no', null)], 'a')] },
  unknownRoleInWeight: { ...sound, weights: [...sound.weights, weight('a', 'yes', 'astronaut')] },
  unknownAnswerInWeight: { ...sound, weights: [...sound.weights, weight('a', 'maybe', 'r1'), weight('z', 'yes', 'r2')] },
  // b keeps one option; the weight and caveat on b=no go with it.
  tooFewOptions: { ...sound, questions: [sound.questions[0]!, ask('b', [option('yes')], null)], weights: sound.weights.slice(0, 3), caveats: [] },
  // Four roles: r4 has no weights and is last in the catalogue, so it always ranks fourth.
  neverTopThree: { ...sound, roleIds: ['r1', 'r2', 'r3', 'r4'] },
} satisfies Record<string, QuestionTree>;

const badSalary = [{ roleId: 'r1', currency: 'GBP', lower: 80_000, upper: 50_000 }];

describe('validateTree on small broken trees', () => {
  it('finds nothing wrong with the sound fixture', () => {
    expect(validateTree(sound)).toEqual([]);
  });

  it('reports a duplicate question id', () => {
    expect(validateTree(broken.duplicateQuestion)).toEqual([{ kind: 'duplicate-id', id: 'b' }]);
  });

  it('reports a duplicate role id', () => {
    expect(validateTree({ ...sound, roleIds: ['r1', 'r2', 'r3', 'r2'] })).toEqual([{ kind: 'duplicate-id', id: 'r2' }]);
  });

  it('reports a duplicate option id, qualified by its question', () => {
    const variant = { ...sound, questions: [sound.questions[0]!, ask('b', [option('yes'), option('no'), option('yes')], null)] };
    expect(validateTree(variant)).toEqual([{ kind: 'duplicate-id', id: 'b.yes' }]);
  });

  it('reports a next that leads nowhere', () => {
    expect(validateTree(broken.danglingNext)).toEqual([{ kind: 'dangling-next', questionId: 'a', next: 'nowhere' }]);
  });

  it("reports a question's own next that leads nowhere", () => {
    const variant = { ...sound, questions: [sound.questions[0]!, ask('b', [option('yes'), option('no')], 'gone')] };
    const problems = validateTree(variant);
    expect(problems.length).toBeGreaterThan(0);
    for (const problem of problems) expect(problem).toEqual({ kind: 'dangling-next', questionId: 'b', next: 'gone' });
  });

  it('reports a missing start (and that nothing can be reached)', () => {
    const problems = validateTree(broken.missingStart);
    expect(problems).toContainEqual({ kind: 'missing-start', start: 'intro' });
    expect(problems).toContainEqual({ kind: 'unreachable-question', questionId: 'a' });
    expect(problems).toContainEqual({ kind: 'unreachable-question', questionId: 'b' });
    expect(problems).toHaveLength(3);
  });

  it('reports a question nothing leads to', () => {
    expect(validateTree(broken.orphan)).toEqual([{ kind: 'unreachable-question', questionId: 'orphan' }]);
  });

  it('reports a cycle through two questions, naming the loop', () => {
    expect(validateTree(broken.cycle)).toEqual([{ kind: 'cycle', questionIds: ['a', 'b', 'a'] }]);
  });

  it('reports a question that leads to itself', () => {
    const selfLoop = { ...sound, questions: [ask('a', [option('yes', 'a'), option('no', 'b')]), sound.questions[1]!] };
    expect(validateTree(selfLoop)).toEqual([{ kind: 'cycle', questionIds: ['a', 'a'] }]);
  });

  it('reports a weight for an unknown role', () => {
    expect(validateTree(broken.unknownRoleInWeight)).toEqual([{ kind: 'unknown-role', roleId: 'astronaut', where: 'weight' }]);
  });

  it('reports a caveat for an unknown role', () => {
    const variant = { ...sound, caveats: [...sound.caveats, { questionId: 'a', optionId: 'no', roleId: 'astronaut', text: 'Hard.', brief: 'Hard.' }] };
    expect(validateTree(variant)).toEqual([{ kind: 'unknown-role', roleId: 'astronaut', where: 'caveat' }]);
  });

  it('reports a weight for an unknown option or an unknown question', () => {
    expect(validateTree(broken.unknownAnswerInWeight)).toEqual([
      { kind: 'unknown-answer', questionId: 'a', optionId: 'maybe', where: 'weight' },
      { kind: 'unknown-answer', questionId: 'z', optionId: 'yes', where: 'weight' },
    ]);
  });

  it('reports a caveat for an unknown answer', () => {
    const variant = { ...sound, caveats: [{ questionId: 'b', optionId: 'perhaps', roleId: 'r2', text: 'Hard.', brief: 'Hard.' }] };
    expect(validateTree(variant)).toEqual([{ kind: 'unknown-answer', questionId: 'b', optionId: 'perhaps', where: 'caveat' }]);
  });

  it('reports a hold-back for an unknown role or an unknown answer', () => {
    const variant = {
      ...sound,
      holdBacks: [
        { questionId: 'a', optionId: 'no', roleId: 'astronaut', text: 'Held.', brief: 'Held.' },
        { questionId: 'b', optionId: 'perhaps', roleId: 'r2', text: 'Held.', brief: 'Held.' },
      ],
    };
    expect(validateTree(variant)).toEqual([
      { kind: 'unknown-role', roleId: 'astronaut', where: 'hold-back' },
      { kind: 'unknown-answer', questionId: 'b', optionId: 'perhaps', where: 'hold-back' },
    ]);
  });

  it('reports a question with fewer than two options', () => {
    expect(validateTree(broken.tooFewOptions)).toEqual([{ kind: 'too-few-options', questionId: 'b' }]);
  });

  it('reports a role that is never in the top three', () => {
    expect(validateTree(broken.neverTopThree)).toEqual([{ kind: 'never-top-three', roleId: 'r4' }]);
  });

  it('does not report never-top-three when a role reaches the top three on one path only', () => {
    const oneChance = { ...sound, roleIds: ['r1', 'r2', 'r3', 'r4'], weights: [...sound.weights, weight('b', 'no', 'r4', 10)] };
    expect(validateTree(oneChance)).toEqual([]);
  });
});

describe('validateSalaries', () => {
  const roles = ['r1', 'r2'];

  it('accepts ranges whose upper bound is at or above the lower', () => {
    expect(
      validateSalaries(
        [
          { roleId: 'r1', currency: 'GBP', lower: 50_000, upper: 80_000 },
          { roleId: 'r2', currency: 'USD', lower: 100_000, upper: 100_000 },
        ],
        roles,
      ),
    ).toEqual([]);
  });

  it('reports an upper bound below the lower one', () => {
    expect(validateSalaries(badSalary, roles)).toEqual([{ kind: 'salary-upper-below-lower', roleId: 'r1', currency: 'GBP' }]);
  });

  it('reports a bound that is not a number', () => {
    expect(validateSalaries([{ roleId: 'r2', currency: 'USD', lower: 1, upper: Number.NaN }], roles)).toEqual([
      { kind: 'salary-upper-below-lower', roleId: 'r2', currency: 'USD' },
    ]);
  });

  it('reports a salary for an unknown role', () => {
    expect(validateSalaries([{ roleId: 'r9', currency: 'USD', lower: 1, upper: 2 }], roles)).toEqual([
      { kind: 'unknown-role', roleId: 'r9', where: 'salary' },
    ]);
  });
});

describe('describeProblem', () => {
  const examples = [...Object.values(broken).flatMap((tree) => validateTree(tree)), ...validateSalaries(badSalary, ['r1'])];

  it('has an example of every kind of problem among the broken fixtures', () => {
    expect(new Set(examples.map((problem) => problem.kind))).toEqual(new Set(ALL_KINDS));
  });

  it('gives a non-empty, readable sentence for every kind, naming what is wrong', () => {
    const named = (problem: TreeProblem): string => {
      switch (problem.kind) {
        case 'duplicate-id':
          return problem.id;
        case 'dangling-next':
          return problem.next;
        case 'missing-start':
          return problem.start;
        case 'unreachable-question':
        case 'too-few-options':
          return problem.questionId;
        case 'cycle':
          return problem.questionIds.join(' -> ');
        case 'unknown-role':
        case 'never-top-three':
        case 'salary-upper-below-lower':
          return problem.roleId;
        case 'unknown-answer':
          return `${problem.questionId}=${problem.optionId}`;
      }
    };
    expect(examples.length).toBeGreaterThanOrEqual(ALL_KINDS.length);
    for (const problem of examples) {
      const message = describeProblem(problem);
      expect(message.trim().length, problem.kind).toBeGreaterThan(10);
      expect(message, problem.kind).toMatch(/^[A-Z].*\.$/);
      expect(message, problem.kind).not.toContain('undefined');
      expect(message, problem.kind).toContain(named(problem));
    }
  });
});

describe('walking a cyclic tree does not hang', () => {
  // a -> (yes: b | no: end); b -> (yes: a | no: end). And a question that leads to itself.
  const cyclic: QuestionTree = {
    ...sound,
    questions: [ask('a', [option('yes', 'b'), option('no', null)]), ask('b', [option('yes', 'a'), option('no', null)])],
  };
  const selfLoop: QuestionTree = { ...sound, questions: [ask('a', [option('yes', 'a'), option('no', null)])], weights: [], caveats: [] };

  it('enumerates finitely many paths', { timeout: 2000 }, () => {
    expect(enumeratePaths(cyclic)).toEqual([{ a: 'yes', b: 'yes' }, { a: 'yes', b: 'no' }, { a: 'no' }]);
    expect(enumeratePaths(selfLoop)).toEqual([{ a: 'yes' }, { a: 'no' }]);
  });

  it('walks around the loop once and stops', { timeout: 2000 }, () => {
    const answers = { a: 'yes', b: 'yes' };
    expect(answeredPath(cyclic, answers).map((step) => step.question.id)).toEqual(['a', 'b']);
    expect(nextQuestion(cyclic, answers)).toBeNull();
    expect(isComplete(cyclic, answers)).toBe(true);
    const remaining = remainingAtMost(cyclic, { a: 'yes' });
    expect(remaining).toBeGreaterThanOrEqual(1);
    expect(remaining).toBeLessThanOrEqual(cyclic.questions.length);
    expect(longestPathLength(cyclic)).toBe(2);
    expect(progress(cyclic, {})).toEqual({ position: 1, totalAtMost: 2, answered: 0 });
    expect([...reachableQuestionIds(cyclic, {})].sort()).toEqual(['a', 'b']);
    expect(pruneAnswers(cyclic, answers)).toEqual(answers);
    expect(setAnswer(cyclic, answers, 'b', 'no')).toEqual({ a: 'yes', b: 'no' });
    expect(rankRoles(cyclic, answers)).toHaveLength(3);
    expect(answeredPath(selfLoop, { a: 'yes' })).toHaveLength(1);
    expect(longestPathLength(selfLoop)).toBe(1);
  });

  it('reports the loop instead of ranking paths', { timeout: 2000 }, () => {
    expect(validateTree(cyclic)).toEqual([{ kind: 'cycle', questionIds: ['a', 'b', 'a'] }]);
    expect(validateTree(selfLoop)).toEqual([{ kind: 'cycle', questionIds: ['a', 'a'] }]);
  });
});
