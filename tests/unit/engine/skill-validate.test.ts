// The skills catalogue check over small hand-made catalogues: each problem it exists to catch.
import { describe, it, expect } from 'vitest';
import { describeSkillProblem, skillNameKey, validateSkills, type SkillListToCheck, type SkillProblem } from '../../../src/engine';

const CATALOGUE = [
  { id: 'python', name: 'Python' },
  { id: 'sql', name: 'SQL' },
  { id: 'cloud-aws-gcp', name: 'cloud (AWS/GCP)' },
];

const LISTS: SkillListToCheck[] = [
  { where: 'core skills of one-role', ids: ['python', 'cloud-aws-gcp'], printed: ['Python', 'cloud (AWS/GCP)'] },
  { where: 'must-have skills of one-track', ids: ['sql', 'python'], printed: ['SQL', 'Python'] },
];

describe('validateSkills', () => {
  it('passes a sound catalogue', () => {
    expect(validateSkills(CATALOGUE, LISTS, ['code', 'research'])).toEqual([]);
  });

  it('fails on a printed skill name without an id behind it', () => {
    const lists = [...LISTS, { where: 'nice-to-have skills of one-track', ids: ['sql'], printed: ['SQL', 'Docker'] }];
    expect(validateSkills(CATALOGUE, lists)).toEqual([{ kind: 'skill-name-without-id', name: 'Docker', where: 'nice-to-have skills of one-track' }]);
  });

  it('fails on a printed name that is not the name of the id in its place', () => {
    const lists = [{ where: 'core skills of one-role', ids: ['python', 'sql', 'cloud-aws-gcp'], printed: ['SQL', 'Python', 'cloud (AWS/GCP)'] }];
    expect(validateSkills(CATALOGUE, lists)).toEqual([
      { kind: 'skill-name-without-id', name: 'SQL', where: 'core skills of one-role' },
      { kind: 'skill-name-without-id', name: 'Python', where: 'core skills of one-role' },
    ]);
  });

  it('fails on an id that no list prints (an id without a source)', () => {
    expect(validateSkills([...CATALOGUE, { id: 'docker', name: 'Docker' }], LISTS)).toEqual([{ kind: 'skill-without-source', id: 'docker' }]);
  });

  it('fails on a list naming an id the catalogue does not hold', () => {
    const lists = [...LISTS, { where: 'core skills of other-role', ids: ['rust'], printed: ['Rust'] }];
    expect(validateSkills(CATALOGUE, lists)).toEqual([
      { kind: 'unknown-skill-id', id: 'rust', where: 'core skills of other-role' },
      { kind: 'skill-name-without-id', name: 'Rust', where: 'core skills of other-role' },
    ]);
  });

  it('fails on a skill in the catalogue twice, by id or by a name equal but for case and punctuation', () => {
    expect(validateSkills([...CATALOGUE, { id: 'python', name: 'Python 3' }], LISTS)).toEqual([{ kind: 'duplicate-skill-id', id: 'python' }]);
    const twice = [...CATALOGUE, { id: 'cloud-aws-gcp-again', name: 'Cloud (AWS / GCP)' }];
    const lists = [...LISTS, { where: 'core skills of other-role', ids: ['cloud-aws-gcp-again'], printed: ['Cloud (AWS / GCP)'] }];
    expect(validateSkills(twice, lists)).toEqual([{ kind: 'same-skill-twice', ids: ['cloud-aws-gcp', 'cloud-aws-gcp-again'], name: 'Cloud (AWS / GCP)' }]);
  });

  it('fails on an id that is not kebab-case, and on an empty name', () => {
    const catalogue = [{ id: 'Python_3', name: 'Python 3' }, { id: '__proto__', name: 'Prototype' }, { id: 'blank', name: '  ' }];
    const lists = [{ where: 'core skills of one-role', ids: ['Python_3', '__proto__', 'blank'], printed: ['Python 3', 'Prototype', '  '] }];
    expect(validateSkills(catalogue, lists)).toEqual([
      { kind: 'bad-skill-id', id: 'Python_3' },
      { kind: 'bad-skill-id', id: '__proto__' },
      { kind: 'empty-skill-name', id: 'blank' },
    ]);
  });

  it('fails when a question id is a key the skills use in the link', () => {
    expect(validateSkills(CATALOGUE, LISTS, ['code', 'Have', 'learning'])).toEqual([
      { kind: 'skill-key-clash', key: 'have' },
      { kind: 'skill-key-clash', key: 'learning' },
    ]);
  });
});

describe('skillNameKey', () => {
  it('ignores only case, spacing and punctuation', () => {
    expect(skillNameKey('Cloud (AWS / GCP)')).toBe(skillNameKey('cloud (AWS/GCP)'));
    expect(skillNameKey('cloud')).not.toBe(skillNameKey('cloud (AWS/GCP)'));
    expect(skillNameKey('Python basics')).not.toBe(skillNameKey('Python basics — enough to audit model outputs independently'));
  });
});

describe('describeSkillProblem', () => {
  it('gives a sentence naming what is wrong for every kind of problem', () => {
    const problems: SkillProblem[] = [
      { kind: 'duplicate-skill-id', id: 'python' },
      { kind: 'bad-skill-id', id: 'Python_3' },
      { kind: 'empty-skill-name', id: 'blank' },
      { kind: 'same-skill-twice', ids: ['a-one', 'a-two'], name: 'A' },
      { kind: 'unknown-skill-id', id: 'rust', where: 'core skills of r' },
      { kind: 'skill-name-without-id', name: 'Docker', where: 'core skills of r' },
      { kind: 'skill-without-source', id: 'docker' },
      { kind: 'skill-key-clash', key: 'have' },
    ];
    const named = ['python', 'Python_3', 'blank', 'a-two', 'rust', 'Docker', 'docker', 'have'];
    problems.forEach((problem, index) => expect(describeSkillProblem(problem)).toContain(`"${named[index]}"`));
    expect(new Set(problems.map(describeSkillProblem)).size).toBe(problems.length);
  });
});
