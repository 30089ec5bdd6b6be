// Las palabras de la lista de habilidades en español: los títulos de los grupos (nuestros) y una
// breve glosa junto al nombre en inglés de cada habilidad, que es el de las fuentes y no se
// traduce. Sin glosa donde el nombre se explica solo («Python», «SQL»).
import type { SkillGloss, SkillGroupText } from '../../content/text-types';

export const skillGroupText: SkillGroupText = {
  programming: 'Programación y manejo de datos',
  'ml-data': 'Aprendizaje automático, estadística y datos',
  research: 'Investigación',
  'llm-applications': 'Aplicaciones con LLM',
  'prompting-evaluation': 'Prompts y evaluación',
  'mlops-cloud': 'MLOps, despliegue y nube',
  product: 'Producto y áreas de negocio',
  'ethics-policy': 'Alfabetización en IA, ética y políticas',
};

export const skillGloss: SkillGloss = {
  'python-basics': 'nociones básicas de Python',
  'python-basics-for-auditing': 'nociones básicas de Python, lo justo para revisar por tu cuenta lo que produce un modelo',
  'python-pandas-numpy-scikit-learn': 'Python con soltura en pandas, numpy y scikit-learn',
  'sql-at-scale': 'SQL para consultar y manipular datos a gran escala',
  'sql-for-data-analysis': 'SQL para analizar datos e interpretar experimentos',

  'ml-fundamentals': 'fundamentos de aprendizaje automático',
  'model-training': 'entrenamiento de modelos',
  'deep-learning-framework': 'un framework de aprendizaje profundo: PyTorch o TensorFlow',
  statistics: 'estadística',
  'statistics-and-probability': 'fundamentos de estadística y probabilidad',
  visualisation: 'visualización de datos',

  'phd-level-maths': 'matemáticas de nivel de doctorado',
  'deep-learning-theory': 'teoría del aprendizaje profundo',
  'research-publication': 'publicación de investigación',
  'ml-background-philosophical-grounding': 'sólida base en aprendizaje automático y formación filosófica',

  'llm-apis': 'APIs de modelos de lenguaje',
  'python-llm-api-integration': 'Python e integración con APIs de LLM (OpenAI, Anthropic, Hugging Face)',
  rag: 'generación aumentada por recuperación',
  'rag-systems': 'sistemas RAG con bases de datos vectoriales (Pinecone, Chroma, pgvector)',
  'vector-databases': 'bases de datos vectoriales',
  agents: 'agentes de IA',
  'ai-agents': 'agentes de IA: uso de herramientas y frameworks multiagente',
  'llm-application-frameworks': 'frameworks de aplicaciones con LLM: LangChain o LlamaIndex',
  'fine-tuning-lora': 'ajuste fino con LoRA/QLoRA mediante Hugging Face',

  'llm-behaviour': 'conocimiento profundo de cómo se comportan los LLM',
  'prompt-engineering': 'ingeniería de prompts',
  'prompt-engineering-and-evaluation': 'ingeniería de prompts y evaluación sistemática',
  'prompt-design': 'diseño de prompts',
  'prompt-design-for-requirements': 'diseño de prompts, lo justo para especificar con claridad los requisitos de una función',
  'systematic-evaluation': 'evaluación sistemática',
  evals: 'evaluaciones de modelos',
  evaluation: 'evaluación',
  'evaluation-design': 'diseño de evaluaciones: definir métricas de éxito para funciones de IA',

  mlops: 'operaciones de aprendizaje automático',
  'mlops-tracking-and-serving': 'MLOps: seguimiento de experimentos (MLflow) y servicio de modelos (BentoML)',
  'model-deployment': 'despliegue de modelos',
  monitoring: 'monitorización',
  'ci-cd-for-ml-pipelines': 'integración y entrega continuas para flujos de ML',
  devops: 'desarrollo y operaciones de software',
  cloud: 'la nube',
  'cloud-aws-gcp': 'la nube (AWS/GCP)',
  'cloud-ml-platforms': 'plataformas de ML en la nube: AWS SageMaker, Vertex AI, Azure ML',

  'generalist-pm-skills-ai-ml-literacy': 'habilidades generales de gestión de producto y alfabetización en IA/ML',
  'standard-pm-skills': 'habilidades habituales de gestión de producto: descubrimiento, priorización, hoja de ruta',
  'stakeholder-management': 'gestión de las partes interesadas',
  'stakeholder-communication-about-ai-uncertainty': 'comunicar a las partes interesadas la incertidumbre y los límites de la IA',
  'stakeholder-communication': 'comunicación con las partes interesadas',

  'ai-literacy': 'alfabetización en IA',
  'ai-ml-literacy-capabilities': 'alfabetización en IA/ML: entender sus capacidades y sus límites',
  'ai-ml-literacy-risks': 'alfabetización en IA/ML, lo justo para evaluar riesgos y afirmaciones sobre capacidades',
  'policy-legal-background': 'formación en políticas públicas o derecho',
  'domain-expertise': 'dominio de un campo: formación en derecho, políticas públicas, salud o finanzas',
  'regulatory-awareness': 'conocimiento de la normativa: Ley de IA de la UE, reglas de cada sector',
  'risk-assessment': 'evaluación de riesgos',
  'risk-assessment-frameworks': 'marcos de evaluación de riesgos: auditoría de sesgos, evaluación de impacto',
  'fairness-metrics': 'métricas de equidad: entender la paridad demográfica y las probabilidades igualadas',
};
