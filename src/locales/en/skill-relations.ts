// What related skill entries all name, in English (our words): Compare says "A and B both list
// {topic}, worded differently". The relations themselves are in src/content/skill-relations.ts.
import type { SkillRelationText } from '../../content/text-types';

export const skillRelationText: SkillRelationText = {
  'python': 'Python',
  'python-basics': 'Python basics',
  'pandas-scikit-learn': 'pandas and scikit-learn',
  'sql': 'SQL',
  'statistics': 'statistics',
  'pytorch-tensorflow': 'PyTorch or TensorFlow',
  'cloud': 'cloud',
  'mlops': 'MLOps',
  'rag-vector-databases': 'RAG and vector databases',
  'llm-apis': 'LLM APIs',
  'ai-agents': 'AI agents',
  'prompt-engineering': 'prompt engineering',
  'systematic-evaluation': 'systematic evaluation',
  'prompt-design': 'prompt design',
  'evaluation': 'evaluation',
  'ai-ml-literacy': 'AI/ML literacy',
  'pm-skills': 'PM skills',
  'stakeholder-communication': 'stakeholder communication',
  'risk-assessment': 'risk assessment',
  'law-policy-background': 'a law or policy background',
};
