// Changing, pruning and going back through answers, on a small tree built here (the
// real tree's follow-ups: tests/unit/content-answers.test.ts).
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { enumeratePaths, nextQuestion, previousQuestionId, pruneAnswers, reachableQuestionIds, setAnswer, type Answers } from '../../../src/engine';
import { ask, option, treeOf } from './build';

/** a: yes -> b (a follow-up only a=yes asks), no -> c.  b -> c.  c: three options, then the end. */
const tree = treeOf([
  ask('a', [option('yes', 'b'), option('no', 'c')]),
  ask('b', [option('yes'), option('no')], 'c'),
  ask('c', [option('x'), option('y'), option('z')]),
]);

const FULL_PATH: Answers = { a: 'yes', b: 'yes', c: 'x' };
/** Every complete path, by hand, each listing its questions in the order asked. */
const ALL_PATHS: readonly Answers[] = [
  { a: 'yes', b: 'yes', c: 'x' },
  { a: 'yes', b: 'yes', c: 'y' },
  { a: 'yes', b: 'yes', c: 'z' },
  { a: 'yes', b: 'no', c: 'x' },
  { a: 'yes', b: 'no', c: 'y' },
  { a: 'yes', b: 'no', c: 'z' },
  { a: 'no', c: 'x' },
  { a: 'no', c: 'y' },
  { a: 'no', c: 'z' },
];
const OPTIONS: Readonly<Record<string, readonly string[]>> = { a: ['yes', 'no'], b: ['yes', 'no'], c: ['x', 'y', 'z'] };

/** The fixture's shape, by hand: b is asked only after a=yes; a and c always. */
const isOnPath = (answers: Answers, questionId: string) => (questionId === 'b' ? answers.a === 'yes' : questionId in OPTIONS);

describe('setAnswer', () => {
  it('drops the follow-up a changed answer no longer asks, and keeps the later answers', () => {
    expect(setAnswer(tree, FULL_PATH, 'a', 'no')).toEqual({ a: 'no', c: 'x' });
  });

  it('keeps the later answers when a change brings a follow-up onto the path, which becomes the next question', () => {
    const changed = setAnswer(tree, { a: 'no', c: 'y' }, 'a', 'yes');
    expect(changed).toEqual({ a: 'yes', c: 'y' });
    expect(nextQuestion(tree, changed)?.id).toBe('b');
  });

  it('drops exactly the answers that leave the path, for every path, question on it and other option', () => {
    let cases = 0;
    for (const answers of ALL_PATHS) {
      for (const questionId of Object.keys(answers)) {
        for (const optionId of OPTIONS[questionId]!.filter((id) => id !== answers[questionId])) {
          const changed = { ...answers, [questionId]: optionId };
          const expected = Object.fromEntries(Object.entries(changed).filter(([id]) => isOnPath(changed, id)));
          expect(setAnswer(tree, answers, questionId, optionId), `${JSON.stringify(answers)}: set ${questionId}=${optionId}`).toEqual(expected);
          cases += 1;
        }
      }
    }
    // Six paths of three questions (1 + 1 + 2 other options), three of two (1 + 2).
    expect(cases).toBe(6 * 4 + 3 * 3);
  });

  it('leaves a complete path as it is when an answer is set to the same option', () => {
    for (const answers of ALL_PATHS) {
      for (const questionId of Object.keys(answers)) expect(setAnswer(tree, answers, questionId, answers[questionId]!)).toEqual(answers);
    }
  });

  it('accepts an answer to the current question and to a question past it', () => {
    expect(setAnswer(tree, { a: 'yes' }, 'b', 'no')).toEqual({ a: 'yes', b: 'no' });
    // Past an unanswered question: kept, it applies once the person gets there.
    expect(setAnswer(tree, { a: 'yes' }, 'c', 'z')).toEqual({ a: 'yes', c: 'z' });
  });

  it('returns the answers unchanged for an unknown question or option', () => {
    expect(setAnswer(tree, FULL_PATH, 'favourite-colour', 'yes')).toEqual(FULL_PATH);
    expect(setAnswer(tree, FULL_PATH, 'a', 'maybe')).toEqual(FULL_PATH);
    expect(setAnswer(tree, FULL_PATH, 'c', 'X')).toEqual(FULL_PATH);
    expect(setAnswer(tree, FULL_PATH, 'a', '')).toEqual(FULL_PATH);
  });

  it('returns the answers unchanged for a question the path does not reach', () => {
    expect(setAnswer(tree, { a: 'no', c: 'x' }, 'b', 'yes')).toEqual({ a: 'no', c: 'x' });
  });

  it('returns the answers pruned when it changes nothing', () => {
    const messy: Answers = { a: 'no', b: 'yes', c: 'w', colour: 'blue' };
    expect(setAnswer(tree, messy, 'unknown', 'yes')).toEqual({ a: 'no' });
    expect(setAnswer(tree, messy, 'b', 'no')).toEqual({ a: 'no' });
  });

  it('does not modify the answers it is given', () => {
    const answers = Object.freeze({ ...FULL_PATH });
    setAnswer(tree, answers, 'a', 'no');
    expect(answers).toEqual(FULL_PATH);
  });

  it('always returns pruned answers that hold the new answer whenever the question was reachable (property)', () => {
    const questionIds = Object.keys(OPTIONS);
    const anyOption = fc.constantFrom('yes', 'no', 'x', 'z', 'maybe', '');
    const anyAnswers = fc.dictionary(fc.constantFrom(...questionIds, 'unknown'), anyOption);
    fc.assert(
      fc.property(anyAnswers, fc.constantFrom(...questionIds, 'unknown'), anyOption, (answers, questionId, optionId) => {
        const result = setAnswer(tree, answers, questionId, optionId);
        expect(pruneAnswers(tree, result)).toEqual(result);
        const valid = OPTIONS[questionId]?.includes(optionId) ?? false;
        const reachable = reachableQuestionIds(tree, pruneAnswers(tree, answers)).has(questionId);
        if (valid && reachable) expect(result[questionId]).toBe(optionId);
        else expect(result).toEqual(pruneAnswers(tree, answers));
      }),
      { numRuns: 500 },
    );
  });
});

describe('previousQuestionId (the Back target)', () => {
  it('steps back along the path', () => {
    expect(previousQuestionId(tree, FULL_PATH, 'a')).toBeNull();
    expect(previousQuestionId(tree, FULL_PATH, 'b')).toBe('a');
    expect(previousQuestionId(tree, FULL_PATH, 'c')).toBe('b');
  });

  it('skips a follow-up the path does not ask', () => {
    expect(previousQuestionId(tree, { a: 'no', c: 'x' }, 'c')).toBe('a');
  });

  it('gives the previous question on every path', () => {
    for (const answers of ALL_PATHS) {
      const order = Object.keys(answers);
      order.forEach((questionId, index) => {
        expect(previousQuestionId(tree, answers, questionId), JSON.stringify(answers)).toBe(order[index - 1] ?? null);
      });
    }
  });

  it('goes back from the current question to the last answered one', () => {
    expect(previousQuestionId(tree, { a: 'yes' }, 'b')).toBe('a');
    expect(previousQuestionId(tree, { a: 'yes', b: 'no' }, 'c')).toBe('b');
  });

  it('gives null for an off-path, not-yet-reached or unknown question', () => {
    expect(previousQuestionId(tree, { a: 'no' }, 'b')).toBeNull();
    expect(previousQuestionId(tree, { a: 'yes' }, 'c')).toBeNull();
    expect(previousQuestionId(tree, FULL_PATH, 'unknown')).toBeNull();
  });
});

describe('pruneAnswers', () => {
  it('keeps every complete path as it is', () => {
    expect(enumeratePaths(tree)).toEqual(ALL_PATHS);
    for (const answers of ALL_PATHS) expect(pruneAnswers(tree, answers)).toEqual(answers);
  });

  it('drops unknown questions, including ones named like object properties', () => {
    const answers = JSON.parse('{"a":"yes","colour":"blue","__proto__":"yes","constructor":"no","toString":"yes"}') as Answers;
    const pruned = pruneAnswers(tree, answers);
    expect(pruned).toEqual({ a: 'yes' });
    expect(Object.keys(pruned)).toEqual(['a']);
  });

  it('drops unknown options, matched exactly', () => {
    expect(pruneAnswers(tree, { a: 'maybe', b: 'no', c: 'w' })).toEqual({ b: 'no' });
    expect(pruneAnswers(tree, { a: 'toString', c: 'constructor' })).toEqual({});
    expect(pruneAnswers(tree, { a: 'Yes' })).toEqual({});
  });

  it('drops a follow-up the path does not reach', () => {
    expect(pruneAnswers(tree, { a: 'no', b: 'yes', c: 'y' })).toEqual({ a: 'no', c: 'y' });
  });

  it('keeps answers past an unanswered or invalid question', () => {
    expect(pruneAnswers(tree, { b: 'no', c: 'z' })).toEqual({ b: 'no', c: 'z' });
    expect(pruneAnswers(tree, { a: 'maybe', b: 'yes' })).toEqual({ b: 'yes' });
  });

  it('is idempotent and only ever removes answers (property)', () => {
    const anyAnswers = fc.dictionary(
      fc.oneof(fc.constantFrom(...Object.keys(OPTIONS)), fc.string({ maxLength: 8 })),
      fc.oneof(fc.constantFrom('yes', 'no', 'x', 'y', 'z'), fc.string({ maxLength: 8 })),
    );
    fc.assert(
      fc.property(anyAnswers, (answers) => {
        const pruned = pruneAnswers(tree, answers);
        expect(pruneAnswers(tree, pruned)).toEqual(pruned);
        for (const [id, chosen] of Object.entries(pruned)) {
          expect(answers[id]).toBe(chosen);
          expect(OPTIONS[id]).toContain(chosen);
        }
      }),
      { numRuns: 500 },
    );
  });
});
