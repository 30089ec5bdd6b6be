// Readiness over small hand-made skill lists: tallies, "Learn next" and "closest to ready".
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  closestToReady,
  readiness,
  skillStateOf,
  type LearnNextItem,
  type RoleSkills,
  type SkillRequirements,
  type SkillState,
  type SkillStates,
} from '../../../src/engine';

/** A role whose lists overlap: "a" is a must-have and core, "d" is core and nice-to-have. */
const OVERLAPPING: SkillRequirements = { mustHave: ['a', 'b', 'c'], core: ['d', 'a', 'e'], niceToHave: ['f', 'd'] };

/** OVERLAPPING's skills in "Learn next" order, each once under its highest list, by hand. */
const LEARN_ORDER: readonly Omit<LearnNextItem, 'state'>[] = [
  { skillId: 'a', tier: 'must-have' },
  { skillId: 'b', tier: 'must-have' },
  { skillId: 'c', tier: 'must-have' },
  { skillId: 'd', tier: 'core' },
  { skillId: 'e', tier: 'core' },
  { skillId: 'f', tier: 'nice-to-have' },
];

const EMPTY: SkillRequirements = { mustHave: [], core: [], niceToHave: [] };

describe('skillStateOf', () => {
  it('reads have and learning, and treats anything else as missing', () => {
    const states = { a: 'have', b: 'learning', c: 'missing', d: 'expert' } as unknown as SkillStates;
    expect(['a', 'b', 'c', 'd', 'z'].map((id) => skillStateOf(states, id))).toEqual(['have', 'learning', 'missing', 'missing', 'missing']);
  });

  it('never reads Object.prototype', () => {
    for (const id of ['constructor', 'toString', '__proto__', 'hasOwnProperty']) expect(skillStateOf({}, id)).toBe('missing');
  });
});

describe('readiness of one role', () => {
  it('with nothing ticked: every list at zero, everything to learn in tier order', () => {
    expect(readiness(OVERLAPPING, {})).toEqual({
      mustHave: { have: 0, learning: 0, total: 3 },
      core: { have: 0, learning: 0, total: 3 },
      niceToHave: { have: 0, learning: 0, total: 2 },
      required: { have: 0, learning: 0, total: 5 },
      learnNext: LEARN_ORDER.map((item) => ({ ...item, state: 'missing' })),
      hasListedSkills: true,
    });
  });

  it('counts a skill in every list that prints it, but lists it once in Learn next', () => {
    const result = readiness(OVERLAPPING, { a: 'have', d: 'learning', f: 'have' });
    expect(result.mustHave).toEqual({ have: 1, learning: 0, total: 3 });
    expect(result.core).toEqual({ have: 1, learning: 1, total: 3 });
    expect(result.niceToHave).toEqual({ have: 1, learning: 1, total: 2 });
    expect(result.required).toEqual({ have: 1, learning: 1, total: 5 });
    expect(result.learnNext).toEqual([
      { skillId: 'b', tier: 'must-have', state: 'missing' },
      { skillId: 'c', tier: 'must-have', state: 'missing' },
      { skillId: 'd', tier: 'core', state: 'learning' },
      { skillId: 'e', tier: 'core', state: 'missing' },
    ]);
  });

  it('puts the role’s own core skills first when the track is only the nearest one, a skill in both under core', () => {
    const nearest = readiness({ ...OVERLAPPING, trackIsNearest: true }, {});
    expect(nearest.learnNext.map((item) => [item.skillId, item.tier])).toEqual([
      ['d', 'core'],
      ['a', 'core'],
      ['e', 'core'],
      ['b', 'must-have'],
      ['c', 'must-have'],
      ['f', 'nice-to-have'],
    ]);
    // The tallies do not depend on the order.
    const own = readiness(OVERLAPPING, {});
    expect([nearest.mustHave, nearest.core, nearest.required]).toEqual([own.mustHave, own.core, own.required]);
  });

  it('keeps each list in its source order, not alphabetical', () => {
    const result = readiness({ mustHave: ['z', 'y'], core: ['x', 'w'], niceToHave: ['v', 'u'] }, {});
    expect(result.learnNext.map((item) => item.skillId)).toEqual(['z', 'y', 'x', 'w', 'v', 'u']);
  });

  it('counts a skill repeated inside one list once', () => {
    expect(readiness({ mustHave: ['a', 'a', 'b'], core: [], niceToHave: [] }, { a: 'have' }).mustHave).toEqual({ have: 1, learning: 0, total: 2 });
  });

  it('with everything had: full tallies and nothing to learn', () => {
    const all: SkillStates = Object.fromEntries(LEARN_ORDER.map(({ skillId }) => [skillId, 'have']));
    const result = readiness(OVERLAPPING, all);
    expect(result.required).toEqual({ have: 5, learning: 0, total: 5 });
    expect(result.niceToHave).toEqual({ have: 2, learning: 0, total: 2 });
    expect(result.learnNext).toEqual([]);
  });

  it('says so when a role has no skills listed at all', () => {
    expect(readiness(EMPTY, { a: 'have' })).toEqual({
      mustHave: { have: 0, learning: 0, total: 0 },
      core: { have: 0, learning: 0, total: 0 },
      niceToHave: { have: 0, learning: 0, total: 0 },
      required: { have: 0, learning: 0, total: 0 },
      learnNext: [],
      hasListedSkills: false,
    });
  });

  it('handles a role with core skills but no track, and one with a track but no core skills', () => {
    const coreOnly = readiness({ mustHave: [], core: ['p', 'q'], niceToHave: [] }, { q: 'have' });
    expect(coreOnly.hasListedSkills).toBe(true);
    expect(coreOnly.mustHave.total).toBe(0);
    expect(coreOnly.learnNext).toEqual([{ skillId: 'p', tier: 'core', state: 'missing' }]);
    const trackOnly = readiness({ mustHave: ['m'], core: [], niceToHave: ['n'] }, {});
    expect(trackOnly.core.total).toBe(0);
    expect(trackOnly.learnNext.map((item) => item.tier)).toEqual(['must-have', 'nice-to-have']);
  });

  it('matches the hand-written rules for every one of the 3^6 states of the fixture skills', () => {
    const ids = LEARN_ORDER.map((item) => item.skillId);
    const states: SkillState[] = ['have', 'learning', 'missing'];
    for (let code = 0; code < 3 ** ids.length; code++) {
      const assignment: Record<string, SkillState> = {};
      ids.forEach((id, index) => (assignment[id] = states[Math.floor(code / 3 ** index) % 3]!));
      const count = (list: readonly string[], state: SkillState) => [...new Set(list)].filter((id) => assignment[id] === state).length;
      const result = readiness(OVERLAPPING, assignment);
      for (const [name, list] of [
        ['mustHave', OVERLAPPING.mustHave],
        ['core', OVERLAPPING.core],
        ['niceToHave', OVERLAPPING.niceToHave],
        ['required', ['a', 'b', 'c', 'd', 'e']],
      ] as const) {
        expect(result[name], `${name} ${JSON.stringify(assignment)}`).toEqual({
          have: count(list, 'have'),
          learning: count(list, 'learning'),
          total: new Set(list).size,
        });
      }
      expect(result.learnNext).toEqual(
        LEARN_ORDER.filter(({ skillId }) => assignment[skillId] !== 'have').map((item) => ({ ...item, state: assignment[item.skillId] })),
      );
    }
  });
});

describe('closestToReady', () => {
  const ROLES: readonly RoleSkills[] = [
    { roleId: 'three-required', requirements: { mustHave: ['a', 'b'], core: ['c'], niceToHave: ['x'] } },
    { roleId: 'one-required', requirements: { mustHave: ['a'], core: [], niceToHave: [] } },
    { roleId: 'only-nice', requirements: { mustHave: [], core: [], niceToHave: ['x'] } },
    { roleId: 'four-required', requirements: { mustHave: ['a', 'b', 'c', 'd'], core: [], niceToHave: [] } },
    { roleId: 'nothing-listed', requirements: EMPTY },
  ];
  const order = (states: SkillStates, roles = ROLES) => closestToReady(roles, states).map((role) => role.roleId);

  it('puts the most must-have and core skills had first', () => {
    expect(order({ a: 'have', b: 'have' })).toEqual(['three-required', 'four-required', 'one-required', 'only-nice', 'nothing-listed']);
    expect(order({ a: 'have', b: 'have', c: 'have', d: 'have' })).toEqual([
      'four-required',
      'three-required',
      'one-required',
      'only-nice',
      'nothing-listed',
    ]);
  });

  it('breaks a tie on skills had by the smaller gap', () => {
    expect(order({ a: 'have' })).toEqual(['one-required', 'three-required', 'four-required', 'only-nice', 'nothing-listed']);
    expect(order({})).toEqual(['one-required', 'three-required', 'four-required', 'only-nice', 'nothing-listed']);
  });

  it('does not count nice-to-haves, and puts roles without must-have or core skills last, in the given order', () => {
    expect(order({ x: 'have' })).toEqual(order({}));
    const reversed = [...ROLES].reverse();
    expect(order({}, reversed).slice(-2)).toEqual(['nothing-listed', 'only-nice']);
  });

  it('breaks a remaining tie by more skills being learnt, then by the given order', () => {
    const twins: RoleSkills[] = [
      { roleId: 'first', requirements: { mustHave: ['p', 'q'], core: [], niceToHave: [] } },
      { roleId: 'second', requirements: { mustHave: ['r', 's'], core: [], niceToHave: [] } },
    ];
    expect(order({}, twins)).toEqual(['first', 'second']);
    expect(order({}, [...twins].reverse())).toEqual(['second', 'first']);
    expect(order({ s: 'learning' }, twins)).toEqual(['second', 'first']);
    expect(order({ p: 'have', s: 'have', q: 'learning' }, twins)).toEqual(['first', 'second']);
  });

  it('gives each role its own readiness', () => {
    const [first] = closestToReady(ROLES, { a: 'have', b: 'have' });
    expect(first).toEqual({ roleId: 'three-required', ...readiness(ROLES[0]!.requirements, { a: 'have', b: 'have' }) });
  });

  it('orders any roles totally and deterministically by the documented keys (property)', () => {
    const skill = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f');
    const list = fc.array(skill, { maxLength: 4 });
    const roles = fc
      .array(fc.record({ mustHave: list, core: list, niceToHave: list }), { maxLength: 8 })
      .map((lists) => lists.map((requirements, index) => ({ roleId: `role-${index}`, requirements })));
    const states = fc.dictionary(skill, fc.constantFrom<SkillState>('have', 'learning', 'missing'));
    fc.assert(
      fc.property(roles, states, (given, skillStates) => {
        const result = closestToReady(given, skillStates);
        expect(result.map((role) => role.roleId).sort()).toEqual(given.map((role) => role.roleId).sort());
        expect(closestToReady(given, skillStates)).toEqual(result);
        const position = (id: string) => given.findIndex((role) => role.roleId === id);
        for (let i = 1; i < result.length; i++) {
          const [before, after] = [result[i - 1]!, result[i]!];
          const rank = (role: typeof before) => [
            role.required.total === 0 ? 1 : 0,
            -role.required.have,
            role.required.total - role.required.have,
            -role.required.learning,
            position(role.roleId),
          ];
          const [x, y] = [rank(before), rank(after)];
          const firstDifference = x.findIndex((value, index) => value !== y[index]);
          expect(firstDifference).not.toBe(-1);
          expect(x[firstDifference]!).toBeLessThan(y[firstDifference]!);
        }
      }),
      { numRuns: 300 },
    );
  });
});
