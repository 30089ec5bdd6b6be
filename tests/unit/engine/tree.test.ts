// Walking a tree: where each answer leads, the path so far, progress, what is left and
// every complete path, on a small tree built here (the real tree: tests/unit/content-tree.test.ts).
import { describe, it, expect } from 'vitest';
import {
  answeredPath,
  enumeratePaths,
  getQuestion,
  isComplete,
  longestPathLength,
  nextQuestion,
  nextQuestionIdAfter,
  placeOf,
  progress,
  reachableQuestionIds,
  remainingAtMost,
  type Answers,
  type Question,
} from '../../../src/engine';
import { ask, option, treeOf } from './build';

/**
 * a: each option names its next (yes -> b, no -> c).
 * b, a follow-up that only a=yes asks: its own next is c, but b=no ends the quiz (the option's null wins).
 * c: three options and no next at all, so the quiz ends after it.
 */
const tree = treeOf([
  ask('a', [option('yes', 'b'), option('no', 'c')]),
  ask('b', [option('yes'), option('no', null)], 'c'),
  ask('c', [option('x'), option('y'), option('z')]),
]);

/** Every complete path, by hand, depth-first in option order; each lists its questions in the order asked. */
const ALL_PATHS: readonly Answers[] = [
  { a: 'yes', b: 'yes', c: 'x' },
  { a: 'yes', b: 'yes', c: 'y' },
  { a: 'yes', b: 'yes', c: 'z' },
  { a: 'yes', b: 'no' },
  { a: 'no', c: 'x' },
  { a: 'no', c: 'y' },
  { a: 'no', c: 'z' },
];

function question(id: string): Question {
  const found = getQuestion(tree, id);
  if (!found) throw new Error(`The fixture has no question "${id}".`);
  return found;
}

const leadsTo = (questionId: string) => question(questionId).options.map((choice) => nextQuestionIdAfter(question(questionId), choice));

/** Each prefix of a path, the empty one included, in the order its questions are asked. */
function prefixes(answers: Answers): Answers[] {
  const entries = Object.entries(answers);
  return entries.map((_, length) => Object.fromEntries(entries.slice(0, length))).concat([answers]);
}

describe('where an option leads (nextQuestionIdAfter)', () => {
  it("follows the option's own next, wherever it has one", () => {
    expect(leadsTo('a')).toEqual(['b', 'c']);
  });

  it("falls back to the question's next, and an option's null overrides it", () => {
    expect(leadsTo('b')).toEqual(['c', null]);
  });

  it('ends the quiz when neither the option nor the question has a next', () => {
    expect(leadsTo('c')).toEqual([null, null, null]);
  });
});

describe('nextQuestion and isComplete', () => {
  it('start at the first question', () => {
    expect(nextQuestion(tree, {})?.id).toBe('a');
    expect(isComplete(tree, {})).toBe(false);
  });

  it('branch on the answer', () => {
    expect(nextQuestion(tree, { a: 'yes' })?.id).toBe('b');
    expect(nextQuestion(tree, { a: 'no' })?.id).toBe('c');
    expect(nextQuestion(tree, { a: 'yes', b: 'yes' })?.id).toBe('c');
  });

  it('say the quiz is complete at the end of any branch', () => {
    const ends: Answers[] = [{ a: 'yes', b: 'no' }, { a: 'no', c: 'z' }, { a: 'yes', b: 'yes', c: 'x' }];
    for (const answers of ends) {
      expect(nextQuestion(tree, answers), JSON.stringify(answers)).toBeNull();
      expect(isComplete(tree, answers), JSON.stringify(answers)).toBe(true);
    }
  });

  it('treat an unknown option as no answer', () => {
    expect(nextQuestion(tree, { a: 'maybe' })?.id).toBe('a');
    expect(nextQuestion(tree, { a: 'yes', b: 'maybe', c: 'x' })?.id).toBe('b');
  });

  it('ignore an answer to a question the path does not ask', () => {
    expect(nextQuestion(tree, { a: 'no', b: 'yes' })?.id).toBe('c');
    expect(isComplete(tree, { a: 'no', b: 'yes' })).toBe(false);
  });
});

describe('answeredPath', () => {
  it('gives the answered questions in the order asked, whatever the key order, each with its option', () => {
    const steps = answeredPath(tree, { c: 'x', b: 'yes', a: 'yes' });
    expect(steps.map((step) => [step.question.id, step.option.id])).toEqual([
      ['a', 'yes'],
      ['b', 'yes'],
      ['c', 'x'],
    ]);
  });

  it('stops at the first unanswered question', () => {
    expect(answeredPath(tree, { a: 'yes', c: 'x' }).map((step) => step.question.id)).toEqual(['a']);
  });

  it('leaves out answers off the path', () => {
    expect(answeredPath(tree, { a: 'no', b: 'yes', c: 'y' }).map((step) => step.question.id)).toEqual(['a', 'c']);
  });
});

describe('progress: "question N of at most M"', () => {
  it('starts at 1 of at most 3, the longest path', () => {
    expect(progress(tree, {})).toEqual({ position: 1, totalAtMost: 3, answered: 0 });
  });

  it('shrinks "at most" when an answer takes a shorter branch', () => {
    expect(progress(tree, { a: 'yes' })).toEqual({ position: 2, totalAtMost: 3, answered: 1 });
    expect(progress(tree, { a: 'no' })).toEqual({ position: 2, totalAtMost: 2, answered: 1 });
    expect(progress(tree, { a: 'yes', b: 'yes' })).toEqual({ position: 3, totalAtMost: 3, answered: 2 });
  });

  it('stays on the last position when complete, with the total the path really had', () => {
    expect(progress(tree, { a: 'yes', b: 'no' })).toEqual({ position: 2, totalAtMost: 2, answered: 2 });
    expect(progress(tree, { a: 'no', c: 'x' })).toEqual({ position: 2, totalAtMost: 2, answered: 2 });
    expect(progress(tree, { a: 'yes', b: 'yes', c: 'z' })).toEqual({ position: 3, totalAtMost: 3, answered: 3 });
  });

  it('moves one step per answer along every path and never underestimates what is left', () => {
    for (const answers of ALL_PATHS) {
      const length = Object.keys(answers).length;
      for (const prefix of prefixes(answers)) {
        const answered = Object.keys(prefix).length;
        const done = answered === length;
        const step = progress(tree, prefix);
        const name = JSON.stringify(prefix);
        expect(step.answered, name).toBe(answered);
        expect(step.position, name).toBe(done ? answered : answered + 1);
        expect(step.totalAtMost, name).toBe(answered + remainingAtMost(tree, prefix));
        expect(step.totalAtMost, name).toBeGreaterThanOrEqual(length);
        expect(step.totalAtMost, name).toBeLessThanOrEqual(longestPathLength(tree));
        if (done) expect(step.totalAtMost, name).toBe(length);
      }
    }
  });
});

describe('remainingAtMost and longestPathLength', () => {
  it('count the current question and the longest branch after it', () => {
    expect(remainingAtMost(tree, {})).toBe(3);
    expect(remainingAtMost(tree, { a: 'yes' })).toBe(2);
    expect(remainingAtMost(tree, { a: 'no' })).toBe(1);
    expect(remainingAtMost(tree, { a: 'yes', b: 'yes' })).toBe(1);
  });

  it('give 0 when complete', () => {
    for (const answers of ALL_PATHS) expect(remainingAtMost(tree, answers), JSON.stringify(answers)).toBe(0);
  });

  it('measure the longest path, wherever its branch is', () => {
    expect(longestPathLength(tree)).toBe(3);
    const longBranchLast = treeOf([ask('s', [option('short', null), option('long', 't')]), ask('t', [option('1'), option('2')])]);
    expect(longestPathLength(longBranchLast)).toBe(2);
    expect(remainingAtMost(longBranchLast, {})).toBe(2);
  });
});

describe('enumeratePaths', () => {
  it('lists every complete path once, depth-first in option order', () => {
    expect(enumeratePaths(tree)).toEqual(ALL_PATHS);
  });

  it('gives only complete paths', () => {
    for (const answers of enumeratePaths(tree)) expect(isComplete(tree, answers), JSON.stringify(answers)).toBe(true);
  });

  it('gives one path per option for a one-question tree', () => {
    expect(enumeratePaths(treeOf([ask('only', [option('yes'), option('no')])]))).toEqual([{ only: 'yes' }, { only: 'no' }]);
  });
});

describe('reachableQuestionIds', () => {
  it('follows every option of an unanswered question', () => {
    expect([...reachableQuestionIds(tree, {})].sort()).toEqual(['a', 'b', 'c']);
    expect([...reachableQuestionIds(tree, { a: 'maybe' })].sort()).toEqual(['a', 'b', 'c']);
  });

  it('follows only the chosen option of an answered one', () => {
    expect([...reachableQuestionIds(tree, { a: 'no' })].sort()).toEqual(['a', 'c']);
    expect([...reachableQuestionIds(tree, { a: 'yes' })].sort()).toEqual(['a', 'b', 'c']);
    expect([...reachableQuestionIds(tree, { a: 'yes', b: 'no' })].sort()).toEqual(['a', 'b']);
  });
});

describe('placeOf', () => {
  it('marks answered, current and off-path questions', () => {
    expect(placeOf(tree, { a: 'yes' }, 'a')).toBe('answered');
    expect(placeOf(tree, { a: 'yes' }, 'b')).toBe('current');
    expect(placeOf(tree, { a: 'yes' }, 'c')).toBe('off-path');
    expect(placeOf(tree, { a: 'no' }, 'b')).toBe('off-path');
    expect(placeOf(tree, { a: 'no' }, 'c')).toBe('current');
    expect(placeOf(tree, { a: 'no' }, 'unknown')).toBe('off-path');
  });

  it('treats an invalid answer as unanswered', () => {
    expect(placeOf(tree, { a: 'maybe' }, 'a')).toBe('current');
  });

  it('on every prefix of every path: the next question is current, the earlier ones answered', () => {
    for (const answers of ALL_PATHS) {
      const order = Object.keys(answers);
      for (const prefix of prefixes(answers).slice(0, -1)) {
        const answered = Object.keys(prefix);
        expect(placeOf(tree, prefix, order[answered.length]!), JSON.stringify(prefix)).toBe('current');
        for (const id of answered) expect(placeOf(tree, prefix, id), JSON.stringify(prefix)).toBe('answered');
      }
    }
  });
});
