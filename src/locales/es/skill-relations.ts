// Lo que nombran todas las entradas relacionadas, en español (nuestras palabras): Comparar dice
// «A y B mencionan {tema}, con otras palabras». Las relaciones están en src/content/skill-relations.ts.
import type { SkillRelationText } from '../../content/text-types';

export const skillRelationText: SkillRelationText = {
  python: 'Python',
  'python-basics': 'nociones básicas de Python',
  'pandas-scikit-learn': 'pandas y scikit-learn',
  sql: 'SQL',
  statistics: 'estadística',
  'pytorch-tensorflow': 'PyTorch o TensorFlow',
  cloud: 'la nube',
  mlops: 'MLOps',
  'rag-vector-databases': 'RAG y bases de datos vectoriales',
  'llm-apis': 'APIs de LLM',
  'ai-agents': 'agentes de IA',
  'prompt-engineering': 'ingeniería de prompts',
  'systematic-evaluation': 'evaluación sistemática',
  'prompt-design': 'diseño de prompts',
  evaluation: 'evaluación',
  'ai-ml-literacy': 'alfabetización en IA/ML',
  'pm-skills': 'habilidades de gestión de producto',
  'stakeholder-communication': 'comunicación con las partes interesadas',
  'risk-assessment': 'evaluación de riesgos',
  'law-policy-background': 'formación en derecho o políticas públicas',
};
