// Shapes of the content taken from the two source articles.
// Figures are carried over exactly; prose is our own words.

export const ROLE_IDS = [
  'ml-engineer',
  'data-scientist',
  'ai-research-scientist',
  'mlops-engineer',
  'ai-product-manager',
  'prompt-engineer',
  'ai-engineer-llm',
  'ai-ethics-policy',
  'ai-safety-researcher',
  'ai-solutions-specialist',
] as const;

export type RoleId = (typeof ROLE_IDS)[number];

export type SourceId = 'career-guide' | 'skills-article' | 'wef-future-of-jobs-2023' | 'levels-fyi' | 'linkedin-jobs-report';

export interface Source {
  readonly id: SourceId;
  readonly title: string;
  readonly publisher: string;
  /** As the source gives it (ISO date where known, else a year or a note). */
  readonly date: string;
  /** True for the two articles the app is built from; false for what they cite. */
  readonly primary: boolean;
}

export type Currency = 'GBP' | 'USD';

/** A salary range exactly as the source prints it, in whole currency units (65K -> 65000). */
export interface SalaryRange {
  readonly currency: Currency;
  readonly lower: number;
  readonly upper: number;
  /** The source prints the upper bound with a "+" (e.g. "£150K+"). */
  readonly upperOpen: boolean;
  /** The text as printed in the source, for audit (e.g. "£80K–£150K+"). */
  readonly asPrinted: string;
}

export interface Salary {
  readonly uk: SalaryRange | null;
  readonly us: SalaryRange | null;
  readonly sourceId: SourceId;
}

/**
 * Every skill the two sources list, once per printed form (see src/content/skills.ts).
 * The ids are the share link's contract (`have=python,sql`): never rename one.
 * Catalogue order: grouped (see SKILL_GROUPS), related skills side by side.
 */
export const SKILL_IDS = [
  // programming
  'python',
  'python-basics',
  'python-basics-for-auditing',
  'python-pandas-numpy-scikit-learn',
  'pandas-sklearn',
  'sql',
  'sql-at-scale',
  'sql-for-data-analysis',
  // ml-data
  'ml-fundamentals',
  'model-training',
  'pytorch-tensorflow',
  'deep-learning-framework',
  'statistics',
  'statistics-and-probability',
  'visualisation',
  // research
  'phd-level-maths',
  'deep-learning-theory',
  'research-publication',
  'ml-background-philosophical-grounding',
  // llm-applications
  'llm-apis',
  'python-llm-api-integration',
  'rag',
  'rag-systems',
  'vector-databases',
  'agents',
  'ai-agents',
  'llm-application-frameworks',
  'fine-tuning-lora',
  // prompting-evaluation
  'llm-behaviour',
  'prompt-engineering',
  'prompt-engineering-and-evaluation',
  'prompt-design',
  'prompt-design-for-requirements',
  'systematic-evaluation',
  'evals',
  'evaluation',
  'evaluation-design',
  // mlops-cloud
  'mlops',
  'mlops-tracking-and-serving',
  'model-deployment',
  'monitoring',
  'ci-cd-for-ml-pipelines',
  'devops',
  'cloud',
  'cloud-aws-gcp',
  'cloud-ml-platforms',
  // product
  'generalist-pm-skills-ai-ml-literacy',
  'standard-pm-skills',
  'stakeholder-management',
  'stakeholder-communication-about-ai-uncertainty',
  'stakeholder-communication',
  // ethics-policy
  'ai-literacy',
  'ai-ml-literacy-capabilities',
  'ai-ml-literacy-risks',
  'policy-legal-background',
  'domain-expertise',
  'regulatory-awareness',
  'risk-assessment',
  'risk-assessment-frameworks',
  'fairness-metrics',
] as const;

export type SkillId = (typeof SKILL_IDS)[number];

/** Our labels for grouping the checklist; the skill names inside are the sources'. */
export type SkillGroupId =
  | 'programming'
  | 'ml-data'
  | 'research'
  | 'llm-applications'
  | 'prompting-evaluation'
  | 'mlops-cloud'
  | 'product'
  | 'ethics-policy';

export interface SkillGroup {
  readonly id: SkillGroupId;
  /** Our words. */
  readonly label: string;
}

export interface Skill {
  readonly id: SkillId;
  /** Exactly as the source prints it (lower-case starts and em dashes included). */
  readonly name: string;
  readonly group: SkillGroupId;
}

export type TrackId = 'ml-engineering-data-science' | 'ai-engineering-llm' | 'ai-product-management' | 'ai-ethics-policy';

export interface Track {
  readonly id: TrackId;
  /** The track heading as the skills article prints it. */
  readonly name: string;
  readonly mustHaveIds: readonly SkillId[];
  readonly niceToHaveIds: readonly SkillId[];
  /** The names of `mustHaveIds` / `niceToHaveIds`, as printed; derived from the skill catalogue. */
  readonly mustHave: readonly string[];
  readonly niceToHave: readonly string[];
  readonly sourceId: SourceId;
}

export interface RoleTrack {
  readonly trackId: TrackId;
  /** 'named': the article lists this role under the track. 'nearest': it does not, and this is the closest track (the UI says so). */
  readonly fit: 'named' | 'nearest';
}

export interface Role {
  readonly id: RoleId;
  readonly name: string;
  /** Other names the sources use, e.g. "NLP/LLM Engineer". */
  readonly alsoKnownAs: readonly string[];
  /** One line, our words. */
  readonly summary: string;
  /** What the day looks like; null where the sources say nothing. */
  readonly dayToDay: string | null;
  readonly suits: string | null;
  readonly breakingIn: string | null;
  /** How it differs from its nearest neighbour, where the guide says. */
  readonly differsFrom: { readonly roleId: RoleId; readonly text: string } | null;
  /** Competitiveness, degree expectations, outlook: only where the sources give them. */
  readonly honestNotes: readonly string[];
  /** The role table's "Core skills" as catalogue ids, in the table's order; empty where the sources list none. */
  readonly coreSkillIds: readonly SkillId[];
  /** The names of `coreSkillIds`, exactly as printed; derived from the skill catalogue. */
  readonly coreSkills: readonly string[];
  /** Which source the core skills come from; null when there are none. */
  readonly coreSkillsSourceId: SourceId | null;
  readonly track: RoleTrack | null;
  /** null where the sources give no figure. */
  readonly salary: Salary | null;
}

export interface Statistic {
  /** As printed: "97M", "$185K", "3x". */
  readonly figure: string;
  /** Our words for what the figure means. */
  readonly description: string;
  readonly sourceId: SourceId;
}

export interface FaqEntry {
  readonly question: string;
  /** Our words; each item is one fact the article states. */
  readonly answer: readonly string[];
  readonly sourceId: SourceId;
}
