// Answers to and from the URL on a small tree built here: exact examples of what parsing
// accepts and of each problem it reports, hostile input, then properties over arbitrary
// input. (The real tree's links: tests/unit/content-url.test.ts.)
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { answersToSearchParams, enumeratePaths, parseAnswers, pruneAnswers, shorten, type Answers, type UrlProblem } from '../../../src/engine';
import { ask, option, treeOf } from './build';

/** hot: yes -> milk (a follow-up only hot=yes asks), no -> size.  milk -> size.  size: three options, then the end. */
const tree = treeOf([
  ask('hot', [option('yes', 'milk'), option('no', 'size')]),
  ask('milk', [option('yes'), option('no')], 'size'),
  ask('size', [option('small'), option('extra-large'), option('none')]),
]);

const FULL_PATH: Answers = { hot: 'yes', milk: 'no', size: 'extra-large' };
const OPTIONS: Readonly<Record<string, readonly string[]>> = { hot: ['yes', 'no'], milk: ['yes', 'no'], size: ['small', 'extra-large', 'none'] };

/** Every complete path, each listing its questions in the order asked. */
const allPaths = enumeratePaths(tree);

/** Every prefix of every path, in the order the questions are asked. */
const allPathPrefixes: Answers[] = allPaths.flatMap((answers) => {
  const entries = Object.entries(answers);
  return entries.map((_, length) => Object.fromEntries(entries.slice(0, length + 1)));
});

/** The longest text a problem may show: 40 characters and an ellipsis. */
const MAX_SHOWN = 41;

function shownTexts(problem: UrlProblem): string[] {
  switch (problem.kind) {
    case 'unknown-question':
      return [problem.key];
    case 'unknown-option':
    case 'off-path':
      return [problem.questionId, problem.value];
    case 'duplicate':
      return [problem.questionId];
    case 'malformed':
      return [problem.detail];
  }
}

describe('answersToSearchParams', () => {
  it('writes the answers in path order, whatever the key order of the object', () => {
    expect(answersToSearchParams(tree, { size: 'small', milk: 'yes', hot: 'yes' }).toString()).toBe('hot=yes&milk=yes&size=small');
    expect(answersToSearchParams(tree, { size: 'none', hot: 'no' }).toString()).toBe('hot=no&size=none');
  });

  it('writes answers past an unanswered question after the path, in tree order', () => {
    expect(answersToSearchParams(tree, { size: 'small', milk: 'no' }).toString()).toBe('milk=no&size=small');
    expect(answersToSearchParams(tree, { size: 'small', hot: 'yes' }).toString()).toBe('hot=yes&size=small');
  });

  it('leaves out answers that do not apply', () => {
    const messy: Answers = { hot: 'no', milk: 'yes', size: 'huge', colour: 'blue' };
    expect(answersToSearchParams(tree, messy).toString()).toBe('hot=no');
    expect(answersToSearchParams(tree, {}).toString()).toBe('');
  });
});

describe('parseAnswers: what it accepts', () => {
  it('reads a full path with no problems', () => {
    expect(parseAnswers(tree, 'hot=yes&milk=no&size=extra-large')).toEqual({ answers: FULL_PATH, problems: [] });
  });

  it('accepts a leading "?" and a URLSearchParams object', () => {
    expect(parseAnswers(tree, '?hot=no&size=small')).toEqual({ answers: { hot: 'no', size: 'small' }, problems: [] });
    expect(parseAnswers(tree, new URLSearchParams('hot=no&size=small'))).toEqual({ answers: { hot: 'no', size: 'small' }, problems: [] });
  });

  it('accepts upper and mixed case in keys and values', () => {
    expect(parseAnswers(tree, 'HOT=YES&Milk=No&SIZE=Extra-Large')).toEqual({ answers: FULL_PATH, problems: [] });
  });

  it('accepts any key order, for every path', () => {
    for (const answers of allPaths) {
      const reversed = Object.entries(answers)
        .reverse()
        .map(([id, chosen]) => `${id}=${chosen}`)
        .join('&');
      expect(parseAnswers(tree, reversed), reversed).toEqual({ answers, problems: [] });
    }
  });

  it('trims spaces around keys and values, encoded or as "+"', () => {
    expect(parseAnswers(tree, 'hot=%20yes%20&+milk+=+no+&size=%09small%0A')).toEqual({
      answers: { hot: 'yes', milk: 'no', size: 'small' },
      problems: [],
    });
  });

  it('ignores empty parts and an empty query', () => {
    expect(parseAnswers(tree, '')).toEqual({ answers: {}, problems: [] });
    expect(parseAnswers(tree, '?')).toEqual({ answers: {}, problems: [] });
    expect(parseAnswers(tree, '&&hot=yes&&')).toEqual({ answers: { hot: 'yes' }, problems: [] });
  });

  it('skips the keys it is told to ignore', () => {
    expect(parseAnswers(tree, 'utm_source=mail&hot=yes', ['utm_source'])).toEqual({ answers: { hot: 'yes' }, problems: [] });
  });

  it('copes with more keys than the tree has questions', () => {
    const extras = Array.from({ length: 20 }, (_, index) => `extra${index}=x`);
    const query = ['hot=yes', 'milk=no', 'size=extra-large', ...extras, 'hot=no', 'milk=yes'];
    const { answers, problems } = parseAnswers(tree, query.join('&'));
    expect(answers).toEqual(FULL_PATH);
    expect(problems.filter((problem) => problem.kind === 'unknown-question')).toHaveLength(20);
    expect(problems.filter((problem) => problem.kind === 'duplicate')).toEqual([
      { kind: 'duplicate', questionId: 'hot' },
      { kind: 'duplicate', questionId: 'milk' },
    ]);
    expect(problems).toHaveLength(22);
  });
});

describe('parseAnswers: each kind of problem', () => {
  it('reports an unknown question and keeps the rest', () => {
    expect(parseAnswers(tree, 'colour=blue&hot=yes')).toEqual({ answers: { hot: 'yes' }, problems: [{ kind: 'unknown-question', key: 'colour' }] });
  });

  it('reports an unknown option', () => {
    expect(parseAnswers(tree, 'hot=maybe&size=small')).toEqual({
      answers: { size: 'small' },
      problems: [{ kind: 'unknown-option', questionId: 'hot', value: 'maybe' }],
    });
  });

  it('reports an answer to a question the other answers do not lead to', () => {
    expect(parseAnswers(tree, 'hot=no&milk=YES&size=small')).toEqual({
      answers: { hot: 'no', size: 'small' },
      problems: [{ kind: 'off-path', questionId: 'milk', value: 'yes' }],
    });
  });

  it('reports a duplicate key and keeps the first value', () => {
    expect(parseAnswers(tree, 'hot=yes&milk=no&HOT=no')).toEqual({
      answers: { hot: 'yes', milk: 'no' },
      problems: [{ kind: 'duplicate', questionId: 'hot' }],
    });
  });

  it('keeps the first valid value when an earlier one is invalid, and reports only what it dropped', () => {
    expect(parseAnswers(tree, 'hot=maybe&hot=yes&hot=no')).toEqual({
      answers: { hot: 'yes' },
      problems: [
        { kind: 'unknown-option', questionId: 'hot', value: 'maybe' },
        { kind: 'duplicate', questionId: 'hot' },
      ],
    });
  });

  it('reports a malformed percent-escape and keeps the other parts', () => {
    expect(parseAnswers(tree, 'hot=%zz')).toEqual({ answers: {}, problems: [{ kind: 'malformed', detail: 'hot=%zz' }] });
    expect(parseAnswers(tree, 'hot=yes&milk=%E0%A4%A&%zz=no&size=small')).toEqual({
      answers: { hot: 'yes', size: 'small' },
      problems: [
        { kind: 'malformed', detail: 'milk=%E0%A4%A' },
        { kind: 'malformed', detail: '%zz=no' },
      ],
    });
  });

  it('reports an empty value as an unknown option, and an empty key as an unknown question', () => {
    expect(parseAnswers(tree, 'hot=')).toEqual({ answers: {}, problems: [{ kind: 'unknown-option', questionId: 'hot', value: '' }] });
    expect(parseAnswers(tree, 'hot')).toEqual({ answers: {}, problems: [{ kind: 'unknown-option', questionId: 'hot', value: '' }] });
    expect(parseAnswers(tree, '=yes')).toEqual({ answers: {}, problems: [{ kind: 'unknown-question', key: '' }] });
  });
});

describe('parseAnswers: hostile length', () => {
  const huge = 'y'.repeat(10_000);

  it('reports a 10,000-character value shortened, never in full', () => {
    const { answers, problems } = parseAnswers(tree, `hot=${huge}&size=small`);
    expect(answers).toEqual({ size: 'small' });
    expect(problems).toEqual([{ kind: 'unknown-option', questionId: 'hot', value: shorten(huge) }]);
    expect(shorten(huge)).toBe(`${'y'.repeat(40)}…`);
    expect(JSON.stringify(problems).length).toBeLessThan(200);
  });

  it('reports a 10,000-character key and malformed part shortened', () => {
    const { problems } = parseAnswers(tree, `${huge}=yes&hot=%zz${huge}`);
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual({ kind: 'unknown-question', key: `${'y'.repeat(40)}…` });
    expect(problems).toContainEqual({ kind: 'malformed', detail: `hot=%zz${'y'.repeat(33)}…` });
  });

  it('leaves short text as it is, and never cuts a character in half', () => {
    expect(shorten('y'.repeat(40))).toBe('y'.repeat(40));
    expect(shorten('')).toBe('');
    expect(shorten('😀'.repeat(41))).toBe(`${'😀'.repeat(40)}…`);
  });
});

const hex = fc.constantFrom(...'0123456789abcdefABCDEF'.split(''));

/** Strings made of the characters that matter to a query string, and the tree's own words. */
const querySoup = fc
  .array(
    fc.oneof(
      fc.constantFrom('=', '&', '%', '+', '?', ' ', '#', '%zz', '%E0%A4%A', '%ED%A0%80', '%C3%A9'),
      hex,
      fc.tuple(hex, hex).map(([a, b]) => `%${a}${b}`),
      fc.constantFrom(...Object.keys(OPTIONS), 'HOT', 'Milk', '__proto__', 'constructor'),
      fc.constantFrom('yes', 'no', 'YES', 'small', 'extra-large', 'toString'),
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

/** Single UTF-16 code units, lone surrogate halves included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

const KINDS = ['unknown-question', 'unknown-option', 'off-path', 'duplicate', 'malformed'];

function expectWellFormed(input: string | URLSearchParams, partCount: number): void {
  let result: ReturnType<typeof parseAnswers> | undefined;
  expect(() => {
    result = parseAnswers(tree, input);
  }).not.toThrow();
  const { answers, problems } = result!;
  // The answers are a pruned, valid set.
  expect(pruneAnswers(tree, answers)).toEqual(answers);
  for (const [id, chosen] of Object.entries(answers)) expect(OPTIONS[id]).toContain(chosen);
  // Each problem is of a known kind, shows only short text, and stands for one part of the input.
  for (const problem of problems) {
    expect(KINDS).toContain(problem.kind);
    for (const text of shownTexts(problem)) expect(text.length).toBeLessThanOrEqual(MAX_SHOWN);
  }
  expect(problems.length + Object.keys(answers).length).toBeLessThanOrEqual(partCount);
}

const partsOf = (query: string) => (query.startsWith('?') ? query.slice(1) : query).split('&').filter((part) => part !== '').length;

describe('parseAnswers never throws and always gives a pruned, valid set (properties)', () => {
  it.each([
    ['ASCII strings', fc.string({ maxLength: 200 })],
    ['full-Unicode strings', fc.string({ unit: 'binary', maxLength: 100 })],
    ['grapheme strings', fc.string({ unit: 'grapheme', maxLength: 50 })],
    ['strings with lone surrogates', fc.string({ unit: anyCodeUnit, maxLength: 100 })],
    ['strings of "=", "&", "%", hex and tree words', querySoup],
  ])('for %s', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (query) => expectWellFormed(query, partsOf(query))),
      { numRuns: 400 },
    );
  });

  it('for URLSearchParams built from arbitrary pairs', () => {
    const pair = fc.tuple(fc.oneof(fc.string(), querySoup), fc.oneof(fc.string(), querySoup));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 20 }), (pairs) => expectWellFormed(new URLSearchParams(pairs), pairs.length)),
      { numRuns: 400 },
    );
  });
});

describe('round trip through the URL', () => {
  const roundTrip = (answers: Answers) => parseAnswers(tree, answersToSearchParams(tree, answers).toString());

  it('gives back every complete path and every prefix of one, with no problems', () => {
    expect(allPaths).toHaveLength(9);
    expect(allPathPrefixes.length).toBeGreaterThan(allPaths.length);
    for (const answers of [...allPaths, ...allPathPrefixes]) {
      const name = JSON.stringify(answers);
      expect(roundTrip(answers), name).toEqual({ answers, problems: [] });
      expect(parseAnswers(tree, answersToSearchParams(tree, answers)), name).toEqual({ answers, problems: [] });
      expect(parseAnswers(tree, `?${answersToSearchParams(tree, answers).toString()}`), name).toEqual({ answers, problems: [] });
    }
  });

  it('gives back any subset of a path, gaps included (property)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...allPaths), fc.integer(), (answers, seed) => {
        const ids = Object.keys(answers).filter((_, index) => ((seed >>> index) & 1) === 1);
        const subset = Object.fromEntries(ids.map((id) => [id, answers[id]!]));
        expect(pruneAnswers(tree, subset)).toEqual(subset);
        expect(roundTrip(subset)).toEqual({ answers: subset, problems: [] });
      }),
      { numRuns: 300 },
    );
  });
});
