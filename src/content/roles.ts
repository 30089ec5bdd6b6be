// The ten roles the quiz can recommend.
// Salaries are copied exactly from the skills article's role table (the career guide's
// own salary lists were lost in the copy). Core skills are the table's, given as skill
// catalogue ids; the printed names come from src/content/skills.ts. All prose is our own
// words and says only what the two articles support; null where they say nothing. The prose is
// the language's: src/locales/<locale>/roles.ts; names, salaries and skills stay here.
import { roleText } from '@locale/roles';
import { skillNames } from './skills';
import { ROLE_IDS, type Role, type RoleId, type SalaryRange, type SkillId, type SourceId } from './types';

const gbp = (lower: number, upper: number, upperOpen: boolean, asPrinted: string): SalaryRange => ({
  currency: 'GBP',
  lower,
  upper,
  upperOpen,
  asPrinted,
});

const usd = (lower: number, upper: number, upperOpen: boolean, asPrinted: string): SalaryRange => ({
  currency: 'USD',
  lower,
  upper,
  upperOpen,
  asPrinted,
});

/** A role's core skills as catalogue ids, with the printed names derived from the catalogue. */
const coreSkills = (ids: readonly SkillId[], sourceId: SourceId | null) => ({
  coreSkillIds: ids,
  coreSkills: skillNames(ids),
  coreSkillsSourceId: sourceId,
});

/** A role's words in this build's language, with the role its `differsFrom` text compares it to. */
function prose(id: RoleId, differsFromRoleId: RoleId | null) {
  const { differsFrom, ...words } = roleText[id];
  if ((differsFrom === null) !== (differsFromRoleId === null)) throw new Error(`Role ${id}: differsFrom text and role do not match`);
  return { ...words, differsFrom: differsFrom !== null && differsFromRoleId !== null ? { roleId: differsFromRoleId, text: differsFrom } : null };
}

const byId: Readonly<Record<RoleId, Role>> = {
  'ml-engineer': {
    id: 'ml-engineer',
    name: 'ML Engineer',
    alsoKnownAs: ['Machine Learning Engineer'],
    ...prose('ml-engineer', null),
    ...coreSkills(['python', 'pytorch-tensorflow', 'model-training', 'mlops', 'cloud-aws-gcp'], 'skills-article'),
    track: { trackId: 'ml-engineering-data-science', fit: 'named' },
    salary: {
      uk: gbp(65000, 120000, false, '£65K–£120K'),
      us: usd(140000, 250000, true, '$140K–$250K+'),
      sourceId: 'skills-article',
    },
  },
  'data-scientist': {
    id: 'data-scientist',
    name: 'Data Scientist',
    alsoKnownAs: [],
    ...prose('data-scientist', 'ml-engineer'),
    ...coreSkills(['python', 'sql', 'statistics', 'pandas-sklearn', 'ml-fundamentals', 'visualisation'], 'skills-article'),
    track: { trackId: 'ml-engineering-data-science', fit: 'named' },
    salary: {
      uk: gbp(50000, 95000, false, '£50K–£95K'),
      us: usd(110000, 180000, false, '$110K–$180K'),
      sourceId: 'skills-article',
    },
  },
  'ai-research-scientist': {
    id: 'ai-research-scientist',
    name: 'AI Research Scientist',
    alsoKnownAs: ['Research Scientist', 'AI Researcher'],
    ...prose('ai-research-scientist', null),
    ...coreSkills(['phd-level-maths', 'deep-learning-theory', 'research-publication', 'python'], 'skills-article'),
    track: { trackId: 'ml-engineering-data-science', fit: 'nearest' },
    salary: {
      uk: gbp(80000, 150000, true, '£80K–£150K+'),
      us: usd(180000, 350000, true, '$180K–$350K+'),
      sourceId: 'skills-article',
    },
  },
  'mlops-engineer': {
    id: 'mlops-engineer',
    name: 'MLOps Engineer',
    alsoKnownAs: ['Machine Learning Operations Engineer'],
    ...prose('mlops-engineer', null),
    ...coreSkills(['devops', 'cloud', 'model-deployment', 'monitoring', 'ci-cd-for-ml-pipelines'], 'skills-article'),
    track: { trackId: 'ml-engineering-data-science', fit: 'nearest' },
    salary: {
      uk: gbp(60000, 105000, false, '£60K–£105K'),
      us: usd(130000, 200000, false, '$130K–$200K'),
      sourceId: 'skills-article',
    },
  },
  'ai-product-manager': {
    id: 'ai-product-manager',
    name: 'AI Product Manager',
    alsoKnownAs: ['AI PM'],
    ...prose('ai-product-manager', null),
    ...coreSkills(['generalist-pm-skills-ai-ml-literacy', 'prompt-design', 'evaluation', 'stakeholder-management'], 'skills-article'),
    track: { trackId: 'ai-product-management', fit: 'named' },
    salary: {
      uk: gbp(60000, 110000, false, '£60K–£110K'),
      us: usd(130000, 220000, false, '$130K–$220K'),
      sourceId: 'skills-article',
    },
  },
  'prompt-engineer': {
    id: 'prompt-engineer',
    name: 'Prompt Engineer',
    alsoKnownAs: [],
    ...prose('prompt-engineer', null),
    ...coreSkills(['llm-behaviour', 'systematic-evaluation', 'python-basics'], 'skills-article'),
    track: { trackId: 'ai-engineering-llm', fit: 'nearest' },
    salary: {
      uk: gbp(45000, 85000, false, '£45K–£85K'),
      us: usd(100000, 160000, false, '$100K–$160K'),
      sourceId: 'skills-article',
    },
  },
  'ai-engineer-llm': {
    id: 'ai-engineer-llm',
    name: 'AI Engineer (LLM)',
    alsoKnownAs: ['NLP/LLM Engineer'],
    ...prose('ai-engineer-llm', null),
    ...coreSkills(['python', 'llm-apis', 'rag', 'vector-databases', 'agents', 'prompt-engineering', 'evals'], 'skills-article'),
    track: { trackId: 'ai-engineering-llm', fit: 'named' },
    salary: {
      uk: gbp(55000, 105000, false, '£55K–£105K'),
      us: usd(130000, 220000, false, '$130K–$220K'),
      sourceId: 'skills-article',
    },
  },
  'ai-ethics-policy': {
    id: 'ai-ethics-policy',
    name: 'AI Ethics / Policy',
    alsoKnownAs: ['Ethics/Safety (policy track)'],
    ...prose('ai-ethics-policy', null),
    ...coreSkills(['policy-legal-background', 'ai-literacy', 'risk-assessment', 'stakeholder-communication'], 'skills-article'),
    track: { trackId: 'ai-ethics-policy', fit: 'named' },
    salary: {
      uk: gbp(50000, 90000, false, '£50K–£90K'),
      us: usd(100000, 170000, false, '$100K–$170K'),
      sourceId: 'skills-article',
    },
  },
  'ai-safety-researcher': {
    id: 'ai-safety-researcher',
    name: 'AI Safety Researcher',
    alsoKnownAs: [],
    ...prose('ai-safety-researcher', null),
    ...coreSkills(['ml-background-philosophical-grounding'], 'career-guide'),
    track: { trackId: 'ml-engineering-data-science', fit: 'nearest' },
    salary: null,
  },
  'ai-solutions-specialist': {
    id: 'ai-solutions-specialist',
    name: 'AI Solutions Specialist',
    alsoKnownAs: [],
    ...prose('ai-solutions-specialist', null),
    ...coreSkills([], null),
    track: null,
    salary: null,
  },
};

/** All ten roles, in the order of ROLE_IDS. */
export const roles: readonly Role[] = ROLE_IDS.map((id) => byId[id]);

export function isRoleId(id: string): id is RoleId {
  return (ROLE_IDS as readonly string[]).includes(id);
}

export function getRole(id: string): Role | undefined {
  return isRoleId(id) ? byId[id] : undefined;
}
