// Skills to and from the link: exact examples over a small catalogue, then properties.
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  SKILL_QUERY_KEYS,
  parseAnswers,
  parseSkills,
  shorten,
  skillsToQuery,
  type QuestionFlow,
  type SkillState,
  type SkillStates,
  type SkillUrlProblem,
} from '../../../src/engine';

const IDS = ['python', 'sql', 'docker', 'rag', 'ci-cd'] as const;

/** The longest text a problem may show: 40 characters and an ellipsis. */
const MAX_SHOWN = 41;

function shownTexts(problem: SkillUrlProblem): string[] {
  switch (problem.kind) {
    case 'unknown-skill':
      return [problem.value];
    case 'duplicate-skill':
      return [problem.skillId];
    case 'malformed':
      return [problem.detail];
  }
}

describe('parseSkills: what it accepts', () => {
  it('reads the readable form', () => {
    expect(parseSkills(IDS, 'have=python,sql&learning=docker')).toEqual({
      states: { python: 'have', sql: 'have', docker: 'learning' },
      problems: [],
    });
  });

  it('reads a leading "?", repeated keys, any case, spaces and empty items', () => {
    expect(parseSkills(IDS, '?HAVE= Python ,,SQL,&have=rag&Learning=ci-cd')).toEqual({
      states: { python: 'have', sql: 'have', rag: 'have', 'ci-cd': 'learning' },
      problems: [],
    });
  });

  it('reads encoded commas, and URLSearchParams', () => {
    expect(parseSkills(IDS, 'have=python%2Csql').states).toEqual({ python: 'have', sql: 'have' });
    const params = new URLSearchParams([['have', 'python,sql'], ['learning', 'rag'], ['code', 'yes']]);
    expect(parseSkills(IDS, params)).toEqual({ states: { python: 'have', sql: 'have', rag: 'learning' }, problems: [] });
  });

  it('reads no skills from an empty link or a link without skill keys', () => {
    for (const query of ['', '?', 'have=', 'have', 'learning=,,', 'code=yes&research=no', '&&&']) {
      expect(parseSkills(IDS, query), query).toEqual({ states: {}, problems: [] });
    }
  });
});

describe('parseSkills: what it explains', () => {
  it('keeps the known ids and names each unknown one, with the key it came under', () => {
    expect(parseSkills(IDS, 'have=python,cobol&learning=Fortran')).toEqual({
      states: { python: 'have' },
      problems: [
        { kind: 'unknown-skill', state: 'have', value: 'cobol' },
        { kind: 'unknown-skill', state: 'learning', value: 'Fortran' },
      ],
    });
  });

  it('keeps the first mention of a skill given twice, in URL order', () => {
    expect(parseSkills(IDS, 'learning=python&have=python,sql,sql')).toEqual({
      states: { python: 'learning', sql: 'have' },
      problems: [
        { kind: 'duplicate-skill', skillId: 'python' },
        { kind: 'duplicate-skill', skillId: 'sql' },
      ],
    });
  });

  it('reports an undecodable item and keeps the rest of its list', () => {
    expect(parseSkills(IDS, 'have=sql,%zz,python&learning=%E0%A4%A')).toEqual({
      states: { sql: 'have', python: 'have' },
      problems: [
        { kind: 'malformed', detail: 'have=%zz' },
        { kind: 'malformed', detail: 'learning=%E0%A4%A' },
      ],
    });
  });

  it('leaves undecodable parts that are not its own to parseAnswers', () => {
    expect(parseSkills(IDS, '%zz=python&code=%E0&have=rag')).toEqual({ states: { rag: 'have' }, problems: [] });
  });

  it('shortens what it shows from a hostile link', () => {
    const huge = 'x'.repeat(5000);
    expect(parseSkills(IDS, `have=${huge}`).problems).toEqual([{ kind: 'unknown-skill', state: 'have', value: shorten(huge) }]);
  });

  it('never reaches Object.prototype', () => {
    const { states, problems } = parseSkills(IDS, 'have=__proto__,constructor,toString');
    expect(states).toEqual({});
    expect(Object.getPrototypeOf(states)).toBe(Object.prototype);
    expect(problems.map((problem) => problem.kind)).toEqual(['unknown-skill', 'unknown-skill', 'unknown-skill']);
  });
});

describe('skills in one query string with the answers', () => {
  const flow: QuestionFlow = {
    start: 'code',
    questions: [
      {
        id: 'code',
        prompt: 'Do you love writing code?',
        hint: '',
        options: [
          { id: 'yes', label: 'Yes' },
          { id: 'no', label: 'No' },
        ],
      },
    ],
  };

  it('parseAnswers ignores the skill keys when told to, and parseSkills ignores the answers', () => {
    const query = `code=yes&${skillsToQuery(IDS, { sql: 'have', rag: 'learning' })}`;
    expect(query).toBe('code=yes&have=sql&learning=rag');
    expect(parseAnswers(flow, query, SKILL_QUERY_KEYS)).toEqual({ answers: { code: 'yes' }, problems: [] });
    expect(parseSkills(IDS, query)).toEqual({ states: { sql: 'have', rag: 'learning' }, problems: [] });
  });
});

describe('skillsToQuery', () => {
  it('writes have, then learning, each in catalogue order whatever the key order of the object', () => {
    expect(skillsToQuery(IDS, { rag: 'have', docker: 'learning', python: 'have', 'ci-cd': 'learning' })).toBe(
      'have=python,rag&learning=docker,ci-cd',
    );
  });

  it('leaves out missing skills, unknown ids and empty states', () => {
    expect(skillsToQuery(IDS, { sql: 'missing', cobol: 'have', docker: 'learning' })).toBe('learning=docker');
    expect(skillsToQuery(IDS, {})).toBe('');
    expect(skillsToQuery(IDS, { python: 'missing' })).toBe('');
  });
});

// Properties.

const state = fc.constantFrom<SkillState>('have', 'learning', 'missing');
const statesOverIds = fc.dictionary(fc.constantFrom(...IDS), state);

/** Strings made of the characters and words that matter to a skills query. */
const skillSoup = fc
  .array(
    fc.oneof(
      fc.constantFrom('=', '&', ',', '%', '+', '?', ' ', '#', '%2C', '%zz', '%E0%A4%A', '%ED%A0%80', '%C3%A9'),
      fc.constantFrom(...SKILL_QUERY_KEYS, 'HAVE', 'Learning', 'missing', 'code'),
      fc.constantFrom(...IDS, 'PYTHON', '__proto__', 'constructor', 'toString', 'cobol'),
    ),
    { maxLength: 40 },
  )
  .map((pieces) => pieces.join(''));

/** Single UTF-16 code units, lone surrogate halves included. */
const anyCodeUnit = fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code));

function expectWellFormed(input: string | URLSearchParams): void {
  let result: ReturnType<typeof parseSkills> | undefined;
  expect(() => {
    result = parseSkills(IDS, input);
  }).not.toThrow();
  const { states, problems } = result!;
  for (const [id, value] of Object.entries(states)) {
    expect(IDS).toContain(id);
    expect(['have', 'learning']).toContain(value);
  }
  for (const problem of problems) {
    expect(['unknown-skill', 'duplicate-skill', 'malformed']).toContain(problem.kind);
    for (const text of shownTexts(problem)) expect(text.length).toBeLessThanOrEqual(MAX_SHOWN);
  }
}

describe('parseSkills never throws and gives only known skills (properties)', () => {
  it.each([
    ['ASCII strings', fc.string({ maxLength: 200 })],
    ['full-Unicode strings', fc.string({ unit: 'binary', maxLength: 100 })],
    ['strings with lone surrogates', fc.string({ unit: anyCodeUnit, maxLength: 100 })],
    ['strings of keys, ids and query characters', skillSoup],
  ])('for %s', (_name, arbitrary) => {
    fc.assert(
      fc.property(arbitrary, (query) => expectWellFormed(query)),
      { numRuns: 400 },
    );
  });

  it('for URLSearchParams built from arbitrary pairs', () => {
    const pair = fc.tuple(fc.oneof(fc.constantFrom(...SKILL_QUERY_KEYS), fc.string()), fc.oneof(fc.string(), skillSoup));
    fc.assert(
      fc.property(fc.array(pair, { maxLength: 20 }), (pairs) => expectWellFormed(new URLSearchParams(pairs))),
      { numRuns: 400 },
    );
  });
});

describe('round trip through the link (properties)', () => {
  const stored = (states: SkillStates) => Object.fromEntries(Object.entries(states).filter(([, value]) => value !== 'missing'));

  it('gives back any skill states, as a string and as URLSearchParams, with no problems', () => {
    fc.assert(
      fc.property(statesOverIds, (states) => {
        const query = skillsToQuery(IDS, states);
        expect(parseSkills(IDS, query)).toEqual({ states: stored(states), problems: [] });
        expect(parseSkills(IDS, new URLSearchParams(query))).toEqual({ states: stored(states), problems: [] });
      }),
      { numRuns: 300 },
    );
  });

  it('writes the same link for the same skills, whatever order they were set in', () => {
    fc.assert(
      fc.property(statesOverIds, (states) => {
        const reversed = Object.fromEntries(Object.entries(states).reverse());
        expect(skillsToQuery(IDS, reversed)).toBe(skillsToQuery(IDS, states));
        // Written in the readable form: only ids, commas and the two keys.
        const query = skillsToQuery(IDS, states);
        if (query !== '') for (const part of query.split('&')) expect(part).toMatch(/^(have|learning)=[a-z-]+(,[a-z-]+)*$/);
      }),
      { numRuns: 200 },
    );
  });

  it('names every unknown id once and keeps every known one', () => {
    const unknownWord = fc.stringMatching(/^[a-z0-9-]{1,12}$/).filter((word) => !(IDS as readonly string[]).includes(word));
    fc.assert(
      fc.property(fc.uniqueArray(fc.oneof(fc.constantFrom(...IDS), unknownWord), { maxLength: 12 }), (words) => {
        const { states, problems } = parseSkills(IDS, `have=${words.join(',')}`);
        const known = words.filter((word) => (IDS as readonly string[]).includes(word));
        expect(Object.keys(states).sort()).toEqual([...known].sort());
        expect(problems).toEqual(
          words.filter((word) => !known.includes(word)).map((value) => ({ kind: 'unknown-skill', state: 'have', value })),
        );
      }),
      { numRuns: 300 },
    );
  });
});
