// Las palabras del ranking en español: por qué cada respuesta apunta a un rol (bajo «Por qué
// este rol») y qué dicen los resultados cuando una respuesta relega un rol o trae una advertencia.
// Claves «pregunta.opción.rol»; los pesos y las fuentes están en src/content/question-tree.ts.
import type { CaveatText, HoldBackText, WeightReasonText } from '../../content/text-types';

export const weightReasonText: WeightReasonText = {
  'code.yes.ml-engineer':
    'Te encanta programar: los ingenieros de ML dedican sus días a construir y poner en marcha sistemas de ML.',
  'code.yes.mlops-engineer':
    'Te encanta programar: los ingenieros de MLOps construyen la infraestructura que ejecuta los modelos en producción.',
  'code.yes.ai-engineer-llm':
    'Te encanta programar: los ingenieros de LLM crean aplicaciones sobre modelos de lenguaje.',
  'code.no.ai-product-manager':
    'Prefieres no programar por gusto: quien dirige un producto de IA decide qué debe hacer el código, no lo escribe.',
  'code.no.prompt-engineer':
    'Prefieres no programar por gusto: la ingeniería de prompts encaja con mentes técnicas que no son programadores de corazón.',
  'code.no.ai-ethics-policy':
    'Prefieres no programar por gusto: la vertiente de políticas de la ética y la seguridad de la IA trata de análisis y gobernanza, no de código.',
  'research.yes.ai-research-scientist':
    'Te atraen los problemas abiertos: los científicos de investigación diseñan métodos nuevos y los publican.',
  'research.yes.ai-safety-researcher':
    'Te atraen los problemas abiertos: la investigación técnica en seguridad trabaja en alineamiento e interpretabilidad.',
  'research.no.ml-engineer':
    'Prefieres el trabajo práctico a la investigación abierta: los ingenieros de ML construyen sistemas que funcionan, no teoría.',
  'research.no.data-scientist':
    'Prefieres el trabajo práctico a la investigación abierta: los científicos de datos responden con datos a preguntas concretas del negocio.',
  'research.no.mlops-engineer':
    'Prefieres el trabajo práctico a la investigación abierta: en MLOps pesa más la destreza en ingeniería que la teoría de ML.',
  'stakeholders.yes.data-scientist':
    'Te gusta trabajar con las áreas de negocio: los científicos de datos convierten los datos en decisiones para ellas.',
  'stakeholders.yes.ai-product-manager':
    'Te gusta trabajar con las áreas de negocio: quien dirige un producto de IA hace de puente entre el negocio y el equipo de ingeniería.',
  'stakeholders.yes.ai-solutions-specialist':
    'Te gusta trabajar con las áreas de negocio: la guía orienta a perfiles como el tuyo hacia roles de soluciones de IA.',
  'stakeholders.no.ai-research-scientist':
    'Prefieres no trabajar con las áreas de negocio: los científicos de investigación trabajan sobre todo con otros investigadores.',
  'stakeholders.no.mlops-engineer':
    'Prefieres no trabajar con las áreas de negocio: en MLOps se trabaja sobre todo con ingenieros y sistemas.',
  'stakeholders.no.ml-engineer':
    'Prefieres no trabajar con las áreas de negocio: para ti, la guía propone la ingeniería de ML pura.',
  'python.yes.ai-engineer-llm':
    'Aprenderías Python: el camino de las aplicaciones con LLM (APIs, RAG, agentes) pide menos matemáticas que el ML tradicional y tiene mucha demanda.',
  'python.yes.prompt-engineer':
    'Aprenderías Python: la ingeniería de prompts pide nociones básicas de Python y un conocimiento profundo de cómo se comportan los LLM.',
  'python.no.ai-product-manager':
    'Prefieres no aprender Python: la gestión de producto de IA es la puerta de entrada más accesible si no tienes una base de ingeniería sólida.',
  'python.no.ai-ethics-policy':
    'Prefieres no aprender Python: los roles de ética y políticas se apoyan en habilidades de políticas públicas, derecho y comunicación.',
  'phd.yes.ai-research-scientist':
    'Tienes o piensas obtener un doctorado o un máster exigente, lo que piden los puestos de investigación de los grandes laboratorios.',
  'phd.yes.ai-safety-researcher':
    'Tienes o piensas obtener un doctorado o un máster exigente, una base sólida para la investigación técnica en seguridad.',
  'background.student.prompt-engineer':
    'Eres estudiante: la guía considera la ingeniería de prompts una buena puerta de entrada a una carrera en IA.',
  'background.student.ai-engineer-llm':
    'Eres estudiante: en los roles de ingeniería y de aplicaciones, un portafolio de proyectos cuenta más que un título.',
  'background.software.mlops-engineer':
    'Vienes del software, DevOps o la informática: la guía señala a estos ingenieros como los candidatos naturales para MLOps.',
  'background.software.ml-engineer':
    'Vienes del software: la ingeniería de ML une la investigación con una ingeniería fiable a gran escala.',
  'background.software.ai-engineer-llm':
    'Vienes del software: la ingeniería de LLM se apoya en APIs y en código de aplicaciones que ya conoces.',
  'background.data.data-scientist':
    'Vienes del análisis de datos o la estadística: el núcleo de la ciencia de datos.',
  'background.data.prompt-engineer':
    'Vienes del análisis: la guía menciona a los analistas que dominan las herramientas de IA como buenos candidatos para la ingeniería de prompts.',
  'background.academic.ai-research-scientist':
    'Vienes de la investigación académica: los puestos de investigación de los grandes laboratorios piden un doctorado o un máster exigente.',
  'background.academic.ai-safety-researcher':
    'Vienes de la investigación académica: el trabajo técnico en seguridad es, en el fondo, investigación.',
  'background.product.ai-product-manager':
    'Vienes del producto o del negocio: según la guía, quienes ya gestionan productos dan bien el salto a los roles de producto de IA.',
  'background.product.ai-solutions-specialist':
    'Vienes del mundo de la empresa: la guía incluye los roles de soluciones de IA entre los indicados para quien trabaja con las áreas de negocio.',
  'background.law-policy.ai-ethics-policy':
    'Vienes del derecho, las políticas públicas o la ética: el artículo sobre habilidades señala a juristas, profesionales de políticas públicas y especialistas en ética como buenos candidatos.',
  'background.domain.ai-product-manager':
    'Tienes experiencia en un campo concreto: la gestión de producto de IA es la puerta de entrada más accesible para quien domina un sector.',
  'background.domain.prompt-engineer':
    'Tienes experiencia en un campo concreto: la guía menciona a quienes dominan un sector y manejan con soltura las herramientas de IA como buenos candidatos para la ingeniería de prompts.',
  'background.domain.ai-ethics-policy':
    'Tienes experiencia en un campo concreto: los roles de ética y políticas piden como imprescindible una formación en derecho, políticas públicas, salud o finanzas.',
  'background.non-technical.prompt-engineer':
    'Vienes de la escritura u otro trabajo no técnico: la guía menciona a los escritores que manejan con soltura las herramientas de IA como buenos candidatos para la ingeniería de prompts.',
  'background.non-technical.ai-product-manager':
    'Vienes de un trabajo no técnico: la gestión de producto de IA se apoya en la estrategia, la comunicación y el olfato de producto.',
};

const NO_PYTHON = 'Dijiste que prefieres no aprender Python';
const FOR_CODE_LOVERS = {
  text: 'Dijiste que no te encanta programar por gusto, y la guía de carreras propone este rol a quienes sí.',
  brief: 'Relegado: la guía lo propone a quien ama programar.',
};
const PYTHON_IS_CORE = {
  text: `${NO_PYTHON}, y el artículo sobre habilidades incluye Python entre las habilidades clave de este rol.`,
  brief: 'Relegado: Python es una de sus habilidades clave.',
};

export const holdBackText: HoldBackText = {
  'code.no.ml-engineer': FOR_CODE_LOVERS,
  'code.no.mlops-engineer': FOR_CODE_LOVERS,
  'python.no.ml-engineer': PYTHON_IS_CORE,
  'python.no.data-scientist': PYTHON_IS_CORE,
  'python.no.ai-research-scientist': PYTHON_IS_CORE,
  'python.no.ai-engineer-llm': {
    text: `${NO_PYTHON}: el artículo sobre habilidades ofrece este camino a quien se anime a aprenderlo, y Python es la primera de sus habilidades clave.`,
    brief: 'Relegado: este camino es para quien aprenda Python.',
  },
};

export const caveatText: CaveatText = {
  'python.no.prompt-engineer': {
    text: `${NO_PYTHON}. Este rol lo necesita menos que los de ingeniería, pero el artículo sobre habilidades incluye nociones básicas de Python entre sus habilidades clave.`,
    brief: 'Aun así, pide nociones básicas de Python.',
  },
  'phd.no.ai-research-scientist': {
    text: 'Los puestos de investigación en los grandes laboratorios casi siempre piden un doctorado o un máster exigente. Entrar sin ellos es posible pero difícil: hace falta una trayectoria excepcional de publicaciones o de contribuciones de código abierto.',
    brief: 'Los grandes laboratorios casi siempre piden doctorado o máster exigente.',
  },
  'phd.no.ai-safety-researcher': {
    text: 'La investigación técnica en seguridad es trabajo de investigación: cuenta con que te pidan una base sólida de ML, que los laboratorios suelen medir por un doctorado o un máster exigente.',
    brief: 'Se suele pedir doctorado o máster exigente.',
  },
  'research.yes.ai-research-scientist': {
    text: 'Es el itinerario más competitivo: los mejores laboratorios reciben miles de solicitudes de doctores de las mejores universidades.',
    brief: 'El itinerario más competitivo.',
  },
};
