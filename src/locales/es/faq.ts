// Las preguntas frecuentes del artículo sobre habilidades y la visión de su responsable de
// contratación, en español. Cada punto de una respuesta es un hecho que afirma el artículo.
import type { FaqText, HiringManagerText } from '../../content/text-types';

export const faqText: FaqText = {
  degree: {
    question: '¿Necesito un título para trabajar en IA?',
    answer: [
      'Los puestos de investigación en ML de los grandes laboratorios casi siempre piden un doctorado o un máster exigente.',
      'Los roles de ingeniería y de aplicaciones dependen menos del título. Muchos de los mejores ingenieros de IA aprendieron por su cuenta o pasaron por bootcamps de informática.',
      'En esos roles cuenta el trabajo que puedes enseñar: proyectos en GitHub, contribuciones de código abierto y resultados en competiciones de Kaggle.',
      'En producto, políticas y roles afines, un título en un campo relacionado, como derecho, medicina o empresa, suele valer más que uno de informática, junto con una alfabetización en IA demostrada.',
    ],
  },
  'fastest-path': {
    question: '¿Cuál es el camino más rápido hacia un rol en IA si no vienes de un perfil técnico?',
    answer: [
      'La gestión de producto de IA es la vía de entrada más accesible si dominas un campo pero tienes poca base técnica. Se apoya en la estrategia, la comunicación y el olfato de producto, más alfabetización en IA, no en una ingeniería profunda.',
      'Los roles de ética y políticas de IA encajan con juristas, profesionales de políticas públicas y especialistas en ética.',
      'Si te animas a aprender Python, el camino de las aplicaciones con LLM (APIs, RAG, agentes) pide menos matemáticas que el ML tradicional y tiene mucha demanda.',
      'La ruta más rápida siempre pasa por sumar alfabetización en IA a la experiencia que ya tienes, en lugar de empezar de cero como especialista puro en IA.',
    ],
  },
};

export const hiringManagerText: HiringManagerText = {
  bridge:
    'Los ingenieros de IA más buscados en 2026 saben unir lo que un modelo puede hacer con su funcionamiento en producción. Entienden cómo se comportan los LLM lo bastante a fondo para construir sistemas fiables, no solo llamar a APIs.',
  'domain-experts':
    'Les siguen las personas con un conocimiento profundo de un campo, como la medicina, el derecho o las finanzas, más alfabetización en IA. La IA en campos complejos necesita a alguien capaz de juzgar la calidad de su trabajo, no solo sus resultados en pruebas de referencia.',
  generalists:
    'Los puestos de «generalista en IA» puro son cada vez más difíciles de cubrir con quienes salen de bootcamps de seis semanas. Las empresas buscan o bien una gran destreza técnica en ML, o bien un conocimiento profundo de un campo más la habilidad de aplicar la IA.',
  portfolio: 'Tu mejor vía de entrada sigue siendo un portafolio de proyectos que funcionen de verdad, aunque sean personales.',
};
