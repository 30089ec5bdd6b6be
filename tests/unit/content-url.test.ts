// The real tree's answers to and from the URL: exact examples in its words, and a round
// trip of every path and prefix. The engine's parsing of arbitrary and hostile input, on
// small trees: tests/unit/engine/url.test.ts.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { answersToSearchParams, parseAnswers, pruneAnswers, type Answers } from '../../src/engine';
import { allPaths, describePath, questionOrderBySpec, tree } from './content-tree-spec';

const FULL_PATH: Answers = { code: 'no', python: 'yes', research: 'yes', phd: 'no', stakeholders: 'yes', background: 'data' };

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

describe('parseAnswers on the real tree', () => {
  it('reads a full path with no problems', () => {
    expect(parseAnswers(tree, 'code=no&python=yes&research=yes&phd=no&stakeholders=yes&background=data')).toEqual({
      answers: FULL_PATH,
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

  it('reports a follow-up the other answers do not lead to as off the path', () => {
    expect(parseAnswers(tree, 'code=yes&python=NO&research=no&phd=yes')).toEqual({
      answers: { code: 'yes', research: 'no' },
      problems: [
        { kind: 'off-path', questionId: 'python', value: 'no' },
        { kind: 'off-path', questionId: 'phd', value: 'yes' },
      ],
    });
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
