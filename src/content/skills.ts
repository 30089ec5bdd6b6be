// The skills catalogue: every skill the two sources list (the role table's core
// skills, the career guide's skills for the AI Safety Researcher, and the four tracks'
// Must / Nice lists), each once per printed form, with a stable id.
// Names are copied exactly as printed. Two list entries share an id only when their
// printed text is the same (ignoring case and punctuation); near-duplicates such as
// "cloud" and "cloud (AWS/GCP)" stay apart, because merging them would change what a
// source says. The decisions are recorded in docs/skills-catalogue.md.
// Roles and tracks refer to these ids; their printed lists are derived from here.
// The group labels and glosses are the language's: src/locales/<locale>/skills.ts. The names
// are the sources' and stay in English in every language.
import { skillGloss as glosses, skillGroupText } from '@locale/skills';
import { SKILL_IDS, type Skill, type SkillGroup, type SkillGroupId, type SkillId } from './types';

const SKILL_GROUP_IDS: readonly SkillGroupId[] = [
  'programming',
  'ml-data',
  'research',
  'llm-applications',
  'prompting-evaluation',
  'mlops-cloud',
  'product',
  'ethics-policy',
];

/** Checklist groups, in display order. */
export const SKILL_GROUPS: readonly SkillGroup[] = SKILL_GROUP_IDS.map((id) => ({ id, label: skillGroupText[id] }));

const entry = (name: string, group: SkillGroupId) => ({ name, group });

const byId: Readonly<Record<SkillId, Omit<Skill, 'id'>>> = {
  python: entry('Python', 'programming'),
  'python-basics': entry('Python basics', 'programming'),
  'python-basics-for-auditing': entry('Python basics — enough to audit model outputs independently', 'programming'),
  'python-pandas-numpy-scikit-learn': entry('Python — pandas, numpy, scikit-learn fluency', 'programming'),
  'pandas-sklearn': entry('pandas/sklearn', 'programming'),
  sql: entry('SQL', 'programming'),
  'sql-at-scale': entry('SQL — data querying and manipulation at scale', 'programming'),
  'sql-for-data-analysis': entry('SQL for data analysis and experiment interpretation', 'programming'),

  'ml-fundamentals': entry('ML fundamentals', 'ml-data'),
  'model-training': entry('model training', 'ml-data'),
  'pytorch-tensorflow': entry('PyTorch/TensorFlow', 'ml-data'),
  'deep-learning-framework': entry('Deep learning framework — PyTorch or TensorFlow', 'ml-data'),
  statistics: entry('statistics', 'ml-data'),
  'statistics-and-probability': entry('Statistics and probability foundations', 'ml-data'),
  visualisation: entry('visualisation', 'ml-data'),

  'phd-level-maths': entry('PhD-level maths', 'research'),
  'deep-learning-theory': entry('deep learning theory', 'research'),
  'research-publication': entry('research publication', 'research'),
  'ml-background-philosophical-grounding': entry('Strong ML background + philosophical grounding', 'research'),

  'llm-apis': entry('LLM APIs', 'llm-applications'),
  'python-llm-api-integration': entry('Python + LLM API integration (OpenAI, Anthropic, Hugging Face)', 'llm-applications'),
  rag: entry('RAG', 'llm-applications'),
  'rag-systems': entry('RAG systems — vector databases (Pinecone, Chroma, pgvector)', 'llm-applications'),
  'vector-databases': entry('vector databases', 'llm-applications'),
  agents: entry('agents', 'llm-applications'),
  'ai-agents': entry('AI agents — tool use, multi-agent frameworks', 'llm-applications'),
  'llm-application-frameworks': entry('LLM application frameworks — LangChain or LlamaIndex', 'llm-applications'),
  'fine-tuning-lora': entry('Fine-tuning with LoRA/QLoRA via Hugging Face', 'llm-applications'),

  'llm-behaviour': entry('Deep knowledge of LLM behaviour', 'prompting-evaluation'),
  'prompt-engineering': entry('prompt engineering', 'prompting-evaluation'),
  'prompt-engineering-and-evaluation': entry('Prompt engineering and systematic evaluation', 'prompting-evaluation'),
  'prompt-design': entry('prompt design', 'prompting-evaluation'),
  'prompt-design-for-requirements': entry('Prompt design — enough to specify feature requirements clearly', 'prompting-evaluation'),
  'systematic-evaluation': entry('systematic evaluation', 'prompting-evaluation'),
  evals: entry('evals', 'prompting-evaluation'),
  evaluation: entry('evaluation', 'prompting-evaluation'),
  'evaluation-design': entry('Evaluation design — defining success metrics for AI features', 'prompting-evaluation'),

  mlops: entry('MLOps', 'mlops-cloud'),
  'mlops-tracking-and-serving': entry('MLOps — experiment tracking (MLflow), model serving (BentoML)', 'mlops-cloud'),
  'model-deployment': entry('model deployment', 'mlops-cloud'),
  monitoring: entry('monitoring', 'mlops-cloud'),
  'ci-cd-for-ml-pipelines': entry('CI/CD for ML pipelines', 'mlops-cloud'),
  devops: entry('DevOps', 'mlops-cloud'),
  cloud: entry('cloud', 'mlops-cloud'),
  'cloud-aws-gcp': entry('cloud (AWS/GCP)', 'mlops-cloud'),
  'cloud-ml-platforms': entry('Cloud ML platforms — AWS SageMaker, Vertex AI, Azure ML', 'mlops-cloud'),

  'generalist-pm-skills-ai-ml-literacy': entry('Generalist PM skills + AI/ML literacy', 'product'),
  'standard-pm-skills': entry('Standard PM skills — discovery, prioritisation, roadmapping', 'product'),
  'stakeholder-management': entry('stakeholder management', 'product'),
  'stakeholder-communication-about-ai-uncertainty': entry('Stakeholder communication about AI uncertainty and limitations', 'product'),
  'stakeholder-communication': entry('stakeholder communication', 'product'),

  'ai-literacy': entry('AI literacy', 'ethics-policy'),
  'ai-ml-literacy-capabilities': entry('AI/ML literacy — understanding capabilities and limitations', 'ethics-policy'),
  'ai-ml-literacy-risks': entry('AI/ML literacy — enough to evaluate risks and capabilities claims', 'ethics-policy'),
  'policy-legal-background': entry('Policy/legal background', 'ethics-policy'),
  'domain-expertise': entry('Domain expertise — law, policy, healthcare, or finance background', 'ethics-policy'),
  'regulatory-awareness': entry('Regulatory awareness — EU AI Act, sector-specific rules', 'ethics-policy'),
  'risk-assessment': entry('risk assessment', 'ethics-policy'),
  'risk-assessment-frameworks': entry('Risk assessment frameworks — bias auditing, impact evaluation', 'ethics-policy'),
  'fairness-metrics': entry('Fairness metrics — understanding demographic parity, equalised odds', 'ethics-policy'),
};

/** Every skill, in catalogue order (grouped; see SKILL_IDS). */
export const skills: readonly Skill[] = SKILL_IDS.map((id) => ({ id, ...byId[id] }));

const skillById = new Map<string, Skill>(skills.map((skill) => [skill.id, skill]));

export function isSkillId(id: string): id is SkillId {
  return skillById.has(id);
}

export function getSkill(id: string): Skill | undefined {
  return skillById.get(id);
}

/**
 * A few words in this build's language beside a skill's English name ("Python" needs none), or
 * null: English pages have none, and a name that explains itself has none in any language.
 */
export function skillGloss(id: SkillId): string | null {
  return glosses[id] ?? null;
}

/** The printed names of the given skills, in the same order. */
export function skillNames(ids: readonly SkillId[]): string[] {
  return ids.map((id) => byId[id].name);
}
