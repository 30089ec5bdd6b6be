// The four skill tracks of the skills article. Track names are copied exactly as the
// article prints them; the Must / Nice skills are given as skill catalogue ids, in the
// article's order, and their printed names come from src/content/skills.ts.
import { skillNames } from './skills';
import type { SkillId, Track, TrackId } from './types';

/** A track's Must / Nice lists as ids, with the printed names derived from the catalogue. */
const trackSkills = (mustHaveIds: readonly SkillId[], niceToHaveIds: readonly SkillId[]) => ({
  mustHaveIds,
  niceToHaveIds,
  mustHave: skillNames(mustHaveIds),
  niceToHave: skillNames(niceToHaveIds),
});

export const tracks: Readonly<Record<TrackId, Track>> = {
  'ml-engineering-data-science': {
    id: 'ml-engineering-data-science',
    name: 'ML Engineering / Data Science',
    ...trackSkills(
      ['python-pandas-numpy-scikit-learn', 'sql-at-scale', 'deep-learning-framework', 'statistics-and-probability'],
      ['cloud-ml-platforms', 'mlops-tracking-and-serving'],
    ),
    sourceId: 'skills-article',
  },
  'ai-engineering-llm': {
    id: 'ai-engineering-llm',
    name: 'AI Engineering (LLM / Application)',
    ...trackSkills(
      ['python-llm-api-integration', 'rag-systems', 'prompt-engineering-and-evaluation', 'llm-application-frameworks'],
      ['fine-tuning-lora', 'ai-agents'],
    ),
    sourceId: 'skills-article',
  },
  'ai-product-management': {
    id: 'ai-product-management',
    name: 'AI Product Management',
    ...trackSkills(
      ['ai-ml-literacy-capabilities', 'evaluation-design', 'stakeholder-communication-about-ai-uncertainty', 'standard-pm-skills'],
      ['sql-for-data-analysis', 'prompt-design-for-requirements'],
    ),
    sourceId: 'skills-article',
  },
  'ai-ethics-policy': {
    id: 'ai-ethics-policy',
    name: 'AI Ethics and Policy',
    ...trackSkills(
      ['ai-ml-literacy-risks', 'regulatory-awareness', 'risk-assessment-frameworks', 'domain-expertise'],
      ['python-basics-for-auditing', 'fairness-metrics'],
    ),
    sourceId: 'skills-article',
  },
};
