// Skills the sources word differently but that name the same thing: "AI/ML literacy —
// understanding capabilities and limitations" (AI Product Management) and "AI/ML literacy —
// enough to evaluate risks and capabilities claims" (AI Ethics and Policy). Compare shows them
// as related, each in its own printed words; it never guesses a relation at run time.
// Each relation is one row of the near-duplicates table in docs/skills-catalogue.md, whose
// source lines it names; only rows where every entry names the same skill are here. "Python"
// and "Python basics" are not related: basics are a different depth, and the advice differs.
// The topics are the language's words: src/locales/<locale>/skill-relations.ts.
import { skillRelationText } from '@locale/skill-relations';
import type { SkillId, SourceId } from './types';

export interface SkillRelation {
  readonly id: SkillRelationId;
  /** What the related entries all name, in our words: "both list AI/ML literacy, worded differently". */
  readonly topic: string;
  /** Catalogue ids; their printed names are the sources' own words. */
  readonly skillIds: readonly SkillId[];
  readonly sourceId: SourceId;
  /** Lines of the skills article (seed 003) that print the entries. */
  readonly sourceLines: readonly number[];
}

const related = <Id extends string>(id: Id, skillIds: readonly SkillId[], sourceLines: readonly number[]) => ({
  id,
  skillIds,
  sourceId: 'skills-article' as const,
  sourceLines,
});

const RELATIONS = [
  related('python', ['python', 'python-pandas-numpy-scikit-learn', 'python-llm-api-integration'], [22, 23, 25, 29, 31, 38]),
  related('python-basics', ['python-basics', 'python-basics-for-auditing'], [26, 56]),
  related('pandas-scikit-learn', ['pandas-sklearn', 'python-pandas-numpy-scikit-learn'], [23, 31]),
  related('sql', ['sql', 'sql-at-scale', 'sql-for-data-analysis'], [23, 32, 49]),
  related('statistics', ['statistics', 'statistics-and-probability'], [23, 34]),
  related('pytorch-tensorflow', ['pytorch-tensorflow', 'deep-learning-framework'], [22, 33]),
  related('cloud', ['cloud', 'cloud-aws-gcp', 'cloud-ml-platforms'], [28, 22, 35]),
  related('mlops', ['mlops', 'mlops-tracking-and-serving'], [22, 36]),
  related('rag-vector-databases', ['rag', 'vector-databases', 'rag-systems'], [25, 39]),
  related('llm-apis', ['llm-apis', 'python-llm-api-integration'], [25, 38]),
  related('ai-agents', ['agents', 'ai-agents'], [25, 43]),
  related('prompt-engineering', ['prompt-engineering', 'prompt-engineering-and-evaluation'], [25, 40]),
  related('systematic-evaluation', ['systematic-evaluation', 'prompt-engineering-and-evaluation'], [26, 40]),
  related('prompt-design', ['prompt-design', 'prompt-design-for-requirements'], [24, 50]),
  related('evaluation', ['evaluation', 'evals', 'evaluation-design'], [24, 25, 46]),
  related('ai-ml-literacy', ['ai-literacy', 'ai-ml-literacy-capabilities', 'ai-ml-literacy-risks', 'generalist-pm-skills-ai-ml-literacy'], [27, 45, 52, 24]),
  related('pm-skills', ['generalist-pm-skills-ai-ml-literacy', 'standard-pm-skills'], [24, 48]),
  related('stakeholder-communication', ['stakeholder-communication', 'stakeholder-communication-about-ai-uncertainty', 'stakeholder-management'], [27, 47, 24]),
  related('risk-assessment', ['risk-assessment', 'risk-assessment-frameworks'], [27, 54]),
  related('law-policy-background', ['policy-legal-background', 'domain-expertise'], [27, 55]),
];

/** The key of each relation's topic in src/locales/<locale>/skill-relations.ts. */
export type SkillRelationId = (typeof RELATIONS)[number]['id'];

export const skillRelations: readonly SkillRelation[] = RELATIONS.map((relation) => ({ ...relation, topic: skillRelationText[relation.id] }));
