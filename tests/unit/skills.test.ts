// The real skills catalogue against the two source articles, and readiness over every
// real role and track.
import { describe, it, expect } from 'vitest';
import { readSeed } from '../support/seeds';
import {
  SKILL_GROUPS,
  SKILL_IDS,
  getRole,
  getSkill,
  isSkillId,
  questionTree,
  roleSkillRequirements,
  roleSkills,
  roles,
  skillListsToCheck,
  skillUses,
  skills,
  tracks,
  usesOfSkill,
} from '../../src/content';
import {
  SKILL_QUERY_KEYS,
  closestToReady,
  describeSkillProblem,
  parseSkills,
  readiness,
  skillNameKey,
  skillsToQuery,
  validateSkills,
  type SkillStates,
} from '../../src/engine';
import { contentProblems } from '../../scripts/content-check';


/**
 * Ids already published in share links. A link saved today must still mean the same
 * tomorrow: ids may be added to the catalogue, never renamed or removed.
 */
const PUBLISHED_IDS = [
  'python', 'python-basics', 'python-basics-for-auditing', 'python-pandas-numpy-scikit-learn', 'pandas-sklearn', 'sql',
  'sql-at-scale', 'sql-for-data-analysis', 'ml-fundamentals', 'model-training', 'pytorch-tensorflow', 'deep-learning-framework',
  'statistics', 'statistics-and-probability', 'visualisation', 'phd-level-maths', 'deep-learning-theory', 'research-publication',
  'ml-background-philosophical-grounding', 'llm-apis', 'python-llm-api-integration', 'rag', 'rag-systems', 'vector-databases',
  'agents', 'ai-agents', 'llm-application-frameworks', 'fine-tuning-lora', 'llm-behaviour', 'prompt-engineering',
  'prompt-engineering-and-evaluation', 'prompt-design', 'prompt-design-for-requirements', 'systematic-evaluation', 'evals',
  'evaluation', 'evaluation-design', 'mlops', 'mlops-tracking-and-serving', 'model-deployment', 'monitoring',
  'ci-cd-for-ml-pipelines', 'devops', 'cloud', 'cloud-aws-gcp', 'cloud-ml-platforms', 'generalist-pm-skills-ai-ml-literacy',
  'standard-pm-skills', 'stakeholder-management', 'stakeholder-communication-about-ai-uncertainty', 'stakeholder-communication',
  'ai-literacy', 'ai-ml-literacy-capabilities', 'ai-ml-literacy-risks', 'policy-legal-background', 'domain-expertise',
  'regulatory-awareness', 'risk-assessment', 'risk-assessment-frameworks', 'fairness-metrics',
];

/** Every printed list entry of the content, as [name, where], before any merging. */
const printedEntries = skillListsToCheck.flatMap((list) => list.printed.map((name) => [name, list.where] as const));

const role = (id: string) => {
  const found = getRole(id);
  if (!found) throw new Error(`No role "${id}".`);
  return found;
};

describe('the skills catalogue', () => {
  it('passes the build-time check', () => {
    const questionIds = questionTree.questions.map((question) => question.id);
    expect(validateSkills(skills, skillListsToCheck, questionIds).map(describeSkillProblem)).toEqual([]);
    expect(contentProblems()).toEqual([]);
  });

  it('would fail the build on a skill no list prints', () => {
    const unused = [...skills, { id: 'docker', name: 'Docker' }];
    expect(validateSkills(unused, skillListsToCheck).map(describeSkillProblem)).toEqual(['Skill "docker" is in no role\'s or track\'s list.']);
  });

  it('holds one skill per printed form: as many as the distinct names in all lists, ignoring case and punctuation', () => {
    const distinct = new Set(printedEntries.map(([name]) => skillNameKey(name)));
    expect(skills.length).toBe(distinct.size);
    expect(new Set(printedEntries.map(([name]) => name)).size).toBe(distinct.size);
    expect(printedEntries.length).toBeGreaterThan(skills.length);
  });

  it('keeps every id published in a share link, with unique kebab-case ids in SKILL_IDS order', () => {
    for (const id of PUBLISHED_IDS) expect(isSkillId(id), id).toBe(true);
    expect(skills.map((skill) => skill.id)).toEqual([...SKILL_IDS]);
    expect(new Set(SKILL_IDS).size).toBe(SKILL_IDS.length);
    for (const id of SKILL_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it('prints each skill exactly as its sources do', () => {
    for (const skill of skills) {
      const uses = usesOfSkill(skill.id);
      expect(uses.length, skill.id).toBeGreaterThan(0);
      for (const use of uses) {
        const seed = readSeed(use.sourceId);
        // Tracks print each skill straight after its "Must" / "Nice" label; the role table
        // and the career guide print them in a comma list.
        const printed = use.list === 'must-have' ? `Must${skill.name}` : use.list === 'nice-to-have' ? `Nice${skill.name}` : skill.name;
        expect(seed, `${skill.id} in ${use.list}`).toContain(printed);
      }
    }
  });

  it('takes the AI Safety Researcher\'s skills from the career guide\'s "Skills needed (technical)"', () => {
    const guide = readSeed('career-guide');
    const names = role('ai-safety-researcher').coreSkills;
    expect(names).toEqual([getSkill('ml-background-philosophical-grounding')!.name]);
    expect(guide).toContain(`Skills needed (technical): ${names[0]} Skills needed (policy)`);
  });

  it('merges lists only on Python, printed alike in four rows of the role table', () => {
    const shared = skills.filter((skill) => usesOfSkill(skill.id).length > 1);
    expect(shared.map((skill) => skill.id)).toEqual(['python']);
    expect(usesOfSkill('python').map((use) => (use.list === 'core' ? use.roleId : use.trackId))).toEqual([
      'ml-engineer',
      'data-scientist',
      'ai-research-scientist',
      'ai-engineer-llm',
    ]);
    const article = readSeed('skills-article');
    for (const roleId of ['ml-engineer', 'data-scientist', 'ai-research-scientist', 'ai-engineer-llm']) {
      const { name, coreSkills } = role(roleId);
      expect(article, roleId).toContain(`${name}${coreSkills.join(', ')}`);
      expect(coreSkills, roleId).toContain('Python');
    }
  });

  it('puts every skill in one of the groups, and leaves no group empty', () => {
    const groupIds = SKILL_GROUPS.map((group) => group.id);
    expect(new Set(groupIds).size).toBe(groupIds.length);
    for (const skill of skills) expect(groupIds, skill.id).toContain(skill.group);
    for (const group of SKILL_GROUPS) expect(skills.some((skill) => skill.group === group.id), group.id).toBe(true);
    // Grouped in display order, so the checklist can be read straight down.
    const order = skills.map((skill) => groupIds.indexOf(skill.group));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('derives every printed list from the ids, in the same order', () => {
    for (const item of roles) expect(item.coreSkills, item.id).toEqual(item.coreSkillIds.map((id) => getSkill(id)!.name));
    for (const track of Object.values(tracks)) {
      expect(track.mustHave, track.id).toEqual(track.mustHaveIds.map((id) => getSkill(id)!.name));
      expect(track.niceToHave, track.id).toEqual(track.niceToHaveIds.map((id) => getSkill(id)!.name));
    }
    expect(skillUses.length).toBe(printedEntries.length);
  });

  it('uses link keys no question uses', () => {
    for (const key of SKILL_QUERY_KEYS) expect(questionTree.questions.map((question) => question.id)).not.toContain(key);
  });
});

describe('readiness over every real role and track', () => {
  it('starts Prompt Engineer’s “Learn next” with its own core skills, Python basics among them, before the borrowed track', () => {
    const prompt = roleSkills.find((role) => role.roleId === 'prompt-engineer')!;
    const { learnNext } = readiness(prompt.requirements, {});
    expect(learnNext.slice(0, 3).map((item) => [item.skillId, item.tier])).toEqual([
      ['llm-behaviour', 'core'],
      ['systematic-evaluation', 'core'],
      ['python-basics', 'core'],
    ]);
    expect(learnNext[3]).toEqual({ skillId: 'python-llm-api-integration', tier: 'must-have', state: 'missing' });
  });

  it('gives each role its track\'s Must / Nice lists and its own core skills', () => {
    for (const item of roles) {
      const requirements = roleSkillRequirements(item);
      const track = item.track ? tracks[item.track.trackId] : null;
      expect(requirements, item.id).toEqual({
        mustHave: track?.mustHaveIds ?? [],
        core: item.coreSkillIds,
        niceToHave: track?.niceToHaveIds ?? [],
        trackIsNearest: item.track?.fit === 'nearest',
      });
      const result = readiness(requirements, {});
      expect(result.mustHave.total, item.id).toBe(track ? 4 : 0);
      expect(result.niceToHave.total, item.id).toBe(track ? 2 : 0);
      expect(result.core.total, item.id).toBe(item.coreSkills.length);
      expect(result.hasListedSkills, item.id).toBe(item.id !== 'ai-solutions-specialist');
    }
  });

  it('with nothing ticked, lists every skill of the role to learn: must-haves first, or its own core skills first where the track is only the nearest', () => {
    for (const { roleId, requirements } of roleSkills) {
      const { learnNext } = readiness(requirements, {});
      const leading = requirements.trackIsNearest ? [...requirements.core, ...requirements.mustHave] : [...requirements.mustHave, ...requirements.core];
      const expected = [...new Set([...leading, ...requirements.niceToHave])];
      expect(learnNext.map((item) => item.skillId), roleId).toEqual(expected);
      expect(learnNext.every((item) => item.state === 'missing'), roleId).toBe(true);
    }
  });

  it('moves exactly one skill from "Learn next" into the right tallies when it is ticked, for every skill of every role', () => {
    for (const { roleId, requirements } of roleSkills) {
      const before = readiness(requirements, {});
      for (const skillId of new Set([...requirements.mustHave, ...requirements.core, ...requirements.niceToHave])) {
        for (const state of ['have', 'learning'] as const) {
          const after = readiness(requirements, { [skillId]: state });
          const label = `${roleId} ${skillId} ${state}`;
          for (const [list, ids] of [
            ['mustHave', requirements.mustHave],
            ['core', requirements.core],
            ['niceToHave', requirements.niceToHave],
          ] as const) {
            const bump = ids.includes(skillId) ? 1 : 0;
            expect(after[list], `${label} ${list}`).toEqual({
              have: before[list].have + (state === 'have' ? bump : 0),
              learning: before[list].learning + (state === 'learning' ? bump : 0),
              total: before[list].total,
            });
          }
          const expectedNext = before.learnNext
            .filter((item) => state === 'learning' || item.skillId !== skillId)
            .map((item) => (item.skillId === skillId ? { ...item, state } : item));
          expect(after.learnNext, label).toEqual(expectedNext);
        }
      }
    }
  });

  it('shows a full track once its must-haves are ticked, on every role of that track', () => {
    for (const track of Object.values(tracks)) {
      const states: SkillStates = Object.fromEntries(track.mustHaveIds.map((id) => [id, 'have']));
      const onTrack = roles.filter((item) => item.track?.trackId === track.id);
      expect(onTrack.length, track.id).toBeGreaterThan(0);
      for (const item of onTrack) {
        const result = readiness(roleSkillRequirements(item), states);
        expect(result.mustHave, `${track.id} ${item.id}`).toEqual({ have: 4, learning: 0, total: 4 });
        expect(result.learnNext.some((next) => next.tier === 'must-have'), item.id).toBe(false);
      }
    }
  });

  it('puts a role first in "closest to ready" once all its must-have and core skills are ticked', () => {
    for (const { roleId, requirements } of roleSkills) {
      if (requirements.mustHave.length + requirements.core.length === 0) continue;
      const states: SkillStates = Object.fromEntries([...requirements.mustHave, ...requirements.core].map((id) => [id, 'have']));
      const [first] = closestToReady(roleSkills, states);
      expect(first!.roleId, roleId).toBe(roleId);
      expect(first!.required.have, roleId).toBe(first!.required.total);
    }
  });

  it('puts the role with no listed skills last, and counts nothing for it', () => {
    const everything: SkillStates = Object.fromEntries(SKILL_IDS.map((id) => [id, 'have']));
    for (const states of [{}, everything]) {
      const ordered = closestToReady(roleSkills, states);
      expect(ordered.at(-1)).toMatchObject({ roleId: 'ai-solutions-specialist', hasListedSkills: false, learnNext: [] });
      expect(ordered.at(-1)!.required.total).toBe(0);
    }
  });

  it('round-trips every skill of the catalogue through the link in catalogue order', () => {
    const states: SkillStates = Object.fromEntries(SKILL_IDS.map((id, index) => [id, index % 2 === 0 ? 'have' : 'learning']));
    const query = skillsToQuery(SKILL_IDS, states);
    const inState = (state: string) => SKILL_IDS.filter((id) => states[id] === state).join(',');
    expect(query).toBe(`have=${inState('have')}&learning=${inState('learning')}`);
    expect(parseSkills(SKILL_IDS, query)).toEqual({ states, problems: [] });
  });
});
