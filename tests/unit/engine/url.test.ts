// Answers to and from the URL: exact examples, then properties over arbitrary input.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { answersToSearchParams, parseAnswers, pruneAnswers, shorten, type Answers, type UrlProblem } from '../../../src/engine';
import { allPaths, describePath, optionIds, questionOrderBySpec, tree } from './helpers';

const FULL_PATH: Answers = { code: 'no', python: 'yes', research: 'yes', phd: 'no', stakeholders: 'yes', background: 'data' };

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

/** Every path, and every prefix of it in the order the tree asks the questions. */
const allPathPrefixes: Answers[] = allPaths.flatMap((answers) => {
  const order = questionOrderBySpec(answers);
  return order.map((_, length) => Object.fromEntries(order.slice(0, length + 1).map((id) => [id, answers[id]!])));
});

describe('answersToSearchParams', () => {
  it('writes the answers in path order, whatever the key order of the object', () => {
    const answers: Answers = { background: 'software', stakeholders: 'yes', research: 'no', code: 'yes' };
    expect(answersToSearchParams(tree, answers).toString()).toBe('code=yes&research=no&stakeholders=yes&background=software');
  });

  it('writes the follow-ups where the path asks them', () => {
    const answers: Answers = { background: 'data', phd: 'no', stakeholders: 'yes', research: 'yes', python: 'yes', code: 'no' };
    expect(answersToSearchParams(tree, answers).toString()).toBe('code=no&python=yes&research=yes&phd=no&stakeholders=yes&background=data');
  });

  it('writes answers past an unanswered question after the path, in tree order', () => {
    expect(answersToSearchParams(tree, { background: 'law-policy', code: 'yes', stakeholders: 'no' }).toString()).toBe(
      'code=yes&stakeholders=no&background=law-policy',
    );
  });

  it('leaves out answers that do not apply', () => {
    const messy: Answers = { code: 'yes', python: 'yes', research: 'maybe', colour: 'blue' };
    expect(answersToSearchParams(tree, messy).toString()).toBe('code=yes');
    expect(answersToSearchParams(tree, {}).toString()).toBe('');
  });
});

describe('parseAnswers: what it accepts', () => {
  it('reads a full path with no problems', () => {
    expect(parseAnswers(tree, 'code=no&python=yes&research=yes&phd=no&stakeholders=yes&background=data')).toEqual({
      answers: FULL_PATH,
      problems: [],
    });
  });

  it('accepts a leading "?" and a URLSearchParams object', () => {
    expect(parseAnswers(tree, '?code=yes&research=no')).toEqual({ answers: { code: 'yes', research: 'no' }, problems: [] });
    expect(parseAnswers(tree, new URLSearchParams('code=yes&research=no'))).toEqual({
      answers: { code: 'yes', research: 'no' },
      problems: [],
    });
  });

  it('accepts upper and mixed case in keys and values', () => {
    expect(parseAnswers(tree, 'CODE=YES&Research=No&STAKEHOLDERS=yEs&Background=Law-Policy')).toEqual({
      answers: { code: 'yes', research: 'no', stakeholders: 'yes', background: 'law-policy' },
      problems: [],
    });
  });

  it('accepts any key order, for every path', () => {
    for (const answers of allPaths) {
      const reversed = Object.entries(answers)
        .reverse()
        .map(([id, option]) => `${id}=${option}`)
        .join('&');
      expect(parseAnswers(tree, reversed), describePath(answers)).toEqual({ answers, problems: [] });
    }
  });

  it('trims spaces around keys and values, encoded or as "+"', () => {
    expect(parseAnswers(tree, 'code=%20yes%20&+research+=+no+&stakeholders=%09no%0A')).toEqual({
      answers: { code: 'yes', research: 'no', stakeholders: 'no' },
      problems: [],
    });
  });

  it('ignores empty parts and an empty query', () => {
    expect(parseAnswers(tree, '')).toEqual({ answers: {}, problems: [] });
    expect(parseAnswers(tree, '?')).toEqual({ answers: {}, problems: [] });
    expect(parseAnswers(tree, '&&code=yes&&')).toEqual({ answers: { code: 'yes' }, problems: [] });
  });

  it('skips the keys it is told to ignore', () => {
    expect(parseAnswers(tree, 'utm_source=mail&code=yes', ['utm_source'])).toEqual({ answers: { code: 'yes' }, problems: [] });
  });

  it('copes with more keys than the tree has questions', () => {
    const extras = Array.from({ length: 20 }, (_, index) => `extra${index}=x`);
    const query = ['code=no', 'python=yes', 'research=yes', 'phd=no', 'stakeholders=yes', 'background=data', ...extras, 'code=yes', 'phd=yes'];
    const { answers, problems } = parseAnswers(tree, query.join('&'));
    expect(answers).toEqual(FULL_PATH);
    expect(problems.filter((problem) => problem.kind === 'unknown-question')).toHaveLength(20);
    expect(problems.filter((problem) => problem.kind === 'duplicate')).toEqual([
      { kind: 'duplicate', questionId: 'code' },
      { kind: 'duplicate', questionId: 'phd' },
    ]);
    expect(problems).toHaveLength(22);
  });
});

describe('parseAnswers: each kind of problem', () => {
  it('reports an unknown question and keeps the rest', () => {
    expect(parseAnswers(tree, 'colour=blue&code=yes')).toEqual({
      answers: { code: 'yes' },
      problems: [{ kind: 'unknown-question', key: 'colour' }],
    });
  });

  it('reports an unknown option', () => {
    expect(parseAnswers(tree, 'code=maybe&research=no')).toEqual({
      answers: { research: 'no' },
      problems: [{ kind: 'unknown-option', questionId: 'code', value: 'maybe' }],
    });
  });

  it('reports an answer to a question the other answers do not lead to', () => {
    expect(parseAnswers(tree, 'code=yes&python=NO&research=no&phd=yes')).toEqual({
      answers: { code: 'yes', research: 'no' },
      problems: [
        { kind: 'off-path', questionId: 'python', value: 'no' },
        { kind: 'off-path', questionId: 'phd', value: 'yes' },
      ],
    });
  });

  it('reports a duplicate key and keeps the first value', () => {
    expect(parseAnswers(tree, 'code=yes&research=no&CODE=no')).toEqual({
      answers: { code: 'yes', research: 'no' },
      problems: [{ kind: 'duplicate', questionId: 'code' }],
    });
  });

  it('keeps the first valid value when an earlier one is invalid, and reports only what it dropped', () => {
    expect(parseAnswers(tree, 'code=maybe&code=yes&code=no')).toEqual({
      answers: { code: 'yes' },
      problems: [
        { kind: 'unknown-option', questionId: 'code', value: 'maybe' },
        { kind: 'duplicate', questionId: 'code' },
      ],
    });
  });

  it('reports a malformed percent-escape and keeps the other parts', () => {
    expect(parseAnswers(tree, 'code=%zz')).toEqual({ answers: {}, problems: [{ kind: 'malformed', detail: 'code=%zz' }] });
    expect(parseAnswers(tree, 'code=yes&research=%E0%A4%A&%zz=no&stakeholders=no')).toEqual({
      answers: { code: 'yes', stakeholders: 'no' },
      problems: [
        { kind: 'malformed', detail: 'research=%E0%A4%A' },
        { kind: 'malformed', detail: '%zz=no' },
      ],
    });
  });

  it('reports an empty value as an unknown option', () => {
    expect(parseAnswers(tree, 'code=')).toEqual({ answers: {}, problems: [{ kind: 'unknown-option', questionId: 'code', value: '' }] });
    expect(parseAnswers(tree, 'code')).toEqual({ answers: {}, problems: [{ kind: 'unknown-option', questionId: 'code', value: '' }] });
    expect(parseAnswers(tree, '=yes')).toEqual({ answers: {}, problems: [{ kind: 'unknown-question', key: '' }] });
  });
});

describe('parseAnswers: hostile length', () => {
  const huge = 'y'.repeat(10_000);

  it('reports a 10,000-character value shortened, never in full', () => {
    const { answers, problems } = parseAnswers(tree, `code=${huge}&research=no`);
    expect(answers).toEqual({ research: 'no' });
    expect(problems).toEqual([{ kind: 'unknown-option', questionId: 'code', value: shorten(huge) }]);
    expect(shorten(huge)).toBe(`${'y'.repeat(40)}…`);
    expect(JSON.stringify(problems).length).toBeLessThan(200);
  });

  it('reports a 10,000-character key and malformed part shortened', () => {
    const { problems } = parseAnswers(tree, `${huge}=yes&code=%zz${huge}`);
    expect(problems).toHaveLength(2);
    expect(problems).toContainEqual({ kind: 'unknown-question', key: `${'y'.repeat(40)}…` });
    expect(problems).toContainEqual({ kind: 'malformed', detail: `code=%zz${'y'.repeat(32)}…` });
  });

  it('leaves short text as it is', () => {
    expect(shorten('y'.repeat(40))).toBe('y'.repeat(40));
    expect(shorten('')).toBe('');
  });
});

/** Strings made of the characters that matter to a query string. */
const querySoup = fc
  .array(
    fc.oneof(
      fc.constantFrom('=', '&', '%', '+', '?', ' ', '#', '%zz', '%E0%A4%A', '%ED%A0%80', '%C3%A9'),
      fc.constantFrom(...'0123456789abcdefABCDEF'.split('')),
      fc.tuple(fc.constantFrom(...'0123456789abcdefABCDEF'.split('')), fc.constantFrom(...'0123456789abcdefABCDEF'.split(''))).map(([a, b]) => `%${a}${b}`),
      fc.constantFrom(...tree.questions.map((question) => question.id), 'CODE', 'Research', '__proto__', 'constructor'),
      fc.constantFrom('yes', 'no', 'YES', 'data', 'law-policy', 'non-technical', 'toString'),
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
  for (const [id, option] of Object.entries(answers)) expect(optionIds(id)).toContain(option);
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
    expect(allPathPrefixes.length).toBeGreaterThan(allPaths.length);
    for (const answers of [...allPaths, ...allPathPrefixes]) {
      expect(roundTrip(answers), describePath(answers)).toEqual({ answers, problems: [] });
      expect(parseAnswers(tree, answersToSearchParams(tree, answers))).toEqual({ answers, problems: [] });
      expect(parseAnswers(tree, `?${answersToSearchParams(tree, answers).toString()}`)).toEqual({ answers, problems: [] });
    }
  });

  it('gives back any prefix of any path (property)', () => {
    fc.assert(
      fc.property(fc.nat({ max: allPaths.length - 1 }), fc.nat({ max: 6 }), (pathIndex, length) => {
        const answers = allPaths[pathIndex]!;
        const order = questionOrderBySpec(answers).slice(0, length);
        const prefix = Object.fromEntries(order.map((id) => [id, answers[id]!]));
        expect(roundTrip(prefix)).toEqual({ answers: prefix, problems: [] });
      }),
      { numRuns: 300 },
    );
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
