// Answers as address segments (`/results/code-yes/…`), on a small tree built here.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { answersToPathSegments, enumeratePaths, parseAnswerSegments, type QuestionFlow } from '../../../src/engine';

/** Two branches; an option id with a hyphen; a question id that prefixes another ("a" and "a-b"). */
const flow: QuestionFlow = {
  start: 'a',
  questions: [
    { id: 'a', prompt: 'A?', hint: '', options: [{ id: 'yes', label: 'Yes', next: 'a-b' }, { id: 'no', label: 'No', next: 'c' }] },
    { id: 'a-b', prompt: 'AB?', hint: '', options: [{ id: 'x', label: 'X' }, { id: 'y-z', label: 'YZ' }], next: 'c' },
    { id: 'c', prompt: 'C?', hint: '', options: [{ id: 'one', label: 'One' }, { id: 'two', label: 'Two' }], next: null },
  ],
};

describe('answersToPathSegments', () => {
  it('writes the answers on the path as question-option, in path order', () => {
    expect(answersToPathSegments(flow, { c: 'two', 'a-b': 'y-z', a: 'yes' })).toEqual(['a-yes', 'a-b-y-z', 'c-two']);
  });

  it('leaves out answers off the path and past a gap', () => {
    expect(answersToPathSegments(flow, { a: 'no', 'a-b': 'x', c: 'one' })).toEqual(['a-no', 'c-one']);
    expect(answersToPathSegments(flow, { c: 'one' })).toEqual([]);
  });
});

describe('parseAnswerSegments', () => {
  it('reads back every complete path, in any segment order and case', () => {
    for (const answers of enumeratePaths(flow)) {
      const segments = answersToPathSegments(flow, answers);
      expect(parseAnswerSegments(flow, segments)).toEqual({ answers, problems: [] });
      expect(parseAnswerSegments(flow, [...segments].reverse().map((segment) => ` ${segment.toUpperCase()} `))).toEqual({ answers, problems: [] });
    }
  });

  it('prefers the question whose option exists when one question id prefixes another', () => {
    expect(parseAnswerSegments(flow, ['a-yes', 'a-b-x', 'c-one']).answers).toEqual({ a: 'yes', 'a-b': 'x', c: 'one' });
  });

  it('names unknown questions, unknown options, duplicates, off-path answers and undecodable parts', () => {
    const { answers, problems } = parseAnswerSegments(flow, ['a-no', 'zzz', 'c-three', 'c-one', 'c-two', 'a-b-x', '%E0%A4%A', '']);
    expect(answers).toEqual({ a: 'no', c: 'one' });
    expect(problems).toEqual([
      { kind: 'unknown-question', key: 'zzz' },
      { kind: 'malformed', detail: '%E0%A4%A' },
      { kind: 'unknown-option', questionId: 'c', value: 'three' },
      { kind: 'duplicate', questionId: 'c' },
      { kind: 'off-path', questionId: 'a-b', value: 'x' },
    ]);
  });

  it('never throws, and keeps only answers a tree walk accepts', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 12 }), { maxLength: 8 }), (segments) => {
        const { answers } = parseAnswerSegments(flow, segments);
        expect(answersToPathSegments(flow, answers)).toHaveLength(Object.keys(answers).length);
      }),
    );
  });
});
