// The four skill tracks of the skills article. Track names and the Must / Nice
// skills are copied exactly as the article prints them (em dashes included).
import type { Track, TrackId } from './types';

export const tracks: Readonly<Record<TrackId, Track>> = {
  'ml-engineering-data-science': {
    id: 'ml-engineering-data-science',
    name: 'ML Engineering / Data Science',
    mustHave: [
      'Python — pandas, numpy, scikit-learn fluency',
      'SQL — data querying and manipulation at scale',
      'Deep learning framework — PyTorch or TensorFlow',
      'Statistics and probability foundations',
    ],
    niceToHave: [
      'Cloud ML platforms — AWS SageMaker, Vertex AI, Azure ML',
      'MLOps — experiment tracking (MLflow), model serving (BentoML)',
    ],
    sourceId: 'skills-article',
  },
  'ai-engineering-llm': {
    id: 'ai-engineering-llm',
    name: 'AI Engineering (LLM / Application)',
    mustHave: [
      'Python + LLM API integration (OpenAI, Anthropic, Hugging Face)',
      'RAG systems — vector databases (Pinecone, Chroma, pgvector)',
      'Prompt engineering and systematic evaluation',
      'LLM application frameworks — LangChain or LlamaIndex',
    ],
    niceToHave: ['Fine-tuning with LoRA/QLoRA via Hugging Face', 'AI agents — tool use, multi-agent frameworks'],
    sourceId: 'skills-article',
  },
  'ai-product-management': {
    id: 'ai-product-management',
    name: 'AI Product Management',
    mustHave: [
      'AI/ML literacy — understanding capabilities and limitations',
      'Evaluation design — defining success metrics for AI features',
      'Stakeholder communication about AI uncertainty and limitations',
      'Standard PM skills — discovery, prioritisation, roadmapping',
    ],
    niceToHave: [
      'SQL for data analysis and experiment interpretation',
      'Prompt design — enough to specify feature requirements clearly',
    ],
    sourceId: 'skills-article',
  },
  'ai-ethics-policy': {
    id: 'ai-ethics-policy',
    name: 'AI Ethics and Policy',
    mustHave: [
      'AI/ML literacy — enough to evaluate risks and capabilities claims',
      'Regulatory awareness — EU AI Act, sector-specific rules',
      'Risk assessment frameworks — bias auditing, impact evaluation',
      'Domain expertise — law, policy, healthcare, or finance background',
    ],
    niceToHave: [
      'Python basics — enough to audit model outputs independently',
      'Fairness metrics — understanding demographic parity, equalised odds',
    ],
    sourceId: 'skills-article',
  },
};
