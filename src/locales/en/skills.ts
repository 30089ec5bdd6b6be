// The skills checklist's words in English: the group headings (our labels). Skill names are the
// sources' own, in src/content/skills.ts; English pages need no gloss beside them.
import type { SkillGloss, SkillGroupText } from '../../content/text-types';

export const skillGroupText: SkillGroupText = {
  programming: 'Programming and data handling',
  'ml-data': 'Machine learning, statistics and data',
  research: 'Research',
  'llm-applications': 'LLM applications',
  'prompting-evaluation': 'Prompting and evaluation',
  'mlops-cloud': 'MLOps, deployment and cloud',
  product: 'Product and stakeholders',
  'ethics-policy': 'AI literacy, ethics and policy',
};

/** None: the names are English already. */
export const skillGloss: SkillGloss = {};
