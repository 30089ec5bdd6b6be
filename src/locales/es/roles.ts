// La prosa de los roles en español: en nuestras palabras, solo lo que dicen los dos artículos;
// null donde no dicen nada. Nombres, salarios y habilidades están en src/content/roles.ts.
import type { RoleText } from '../../content/text-types';

const ENGINEERING_DEGREE_NOTE =
  'Para los roles de ingeniería y de aplicaciones, el artículo sobre habilidades dice que el título importa menos. Lo que cuenta es el trabajo que puedes enseñar: proyectos en GitHub, contribuciones de código abierto o resultados en Kaggle.';

export const roleText: RoleText = {
  'ml-engineer': {
    summary: 'Construye los sistemas que sacan los modelos de aprendizaje automático de la investigación y los ponen a funcionar en producción.',
    dayToDay:
      'Tomas modelos que los investigadores han creado y probado, y los conviertes en sistemas que funcionan de forma fiable a gran escala. El trabajo está a medio camino entre la investigación y la ingeniería.',
    suits: 'Personas a las que les gusta tanto programar como resolver problemas y que prefieren construir sistemas prácticos que funcionen antes que hacer investigación teórica.',
    breakingIn:
      'Crea proyectos de ML, despliégalos y acostúmbrate a trabajar con servicios en la nube. Los despliegues reales en un portafolio, aunque sean pequeños, cuentan más que un título sin proyectos que lo respalden.',
    differsFrom: null,
    honestNotes: [
      'Según Levels.fyi, citado por el artículo sobre habilidades, la remuneración total mediana de los ingenieros de ML en las grandes tecnológicas de EE. UU. fue de $185K en 2025, un 23% más que en 2022.',
      ENGINEERING_DEGREE_NOTE,
    ],
  },
  'data-scientist': {
    summary: 'Analiza a fondo los datos para encontrar conclusiones que ayuden a una empresa a decidir qué hacer.',
    dayToDay:
      'Conviertes datos en bruto en un conocimiento con el que el negocio puede actuar. Contar la historia que hay detrás de los números es tan parte del trabajo como la parte técnica.',
    suits: 'Personas a las que les gusta investigar y analizar, que se manejan bien con la estadística y saben explicar lo que descubren a quien no tiene formación técnica.',
    breakingIn: null,
    differsFrom:
      'La ciencia de datos se inclina hacia el análisis y la búsqueda de conclusiones; la ingeniería de ML, hacia la construcción y el despliegue de sistemas. En las empresas pequeñas los dos trabajos se solapan mucho; en las grandes están separados.',
    honestNotes: [],
  },
  'ai-research-scientist': {
    summary: 'Hace avanzar el campo diseñando algoritmos, arquitecturas de modelos y métodos nuevos, y publica los resultados en artículos académicos.',
    dayToDay:
      'Ideas métodos nuevos y los pones a prueba con experimentos, muchos de los cuales no saldrán bien. Después redactas lo que has descubierto para publicarlo.',
    suits: 'Personas a las que la investigación les apasiona de verdad, que toleran mucha incertidumbre y quieren enfrentarse a los problemas sin resolver más difíciles.',
    breakingIn:
      'Los puestos de investigación en los grandes laboratorios casi siempre piden un doctorado o un máster exigente. Sin doctorado necesitas una trayectoria sobresaliente de publicaciones o de contribuciones de código abierto.',
    differsFrom: null,
    honestNotes: [
      'Aquí la competencia es la más dura de todos los itinerarios. Los mejores laboratorios reciben miles de candidaturas de doctores de universidades punteras.',
      'Se puede entrar sin doctorado, pero es difícil.',
    ],
  },
  'mlops-engineer': {
    summary: 'Construye y mantiene la infraestructura que hace que los sistemas de ML funcionen de forma fiable a gran escala: en la práctica, DevOps para la IA.',
    dayToDay:
      'Construyes y mantienes las plataformas que llevan los modelos de los experimentos a producción, y haces que sigan funcionando de forma fiable una vez allí.',
    suits: 'Ingenieros de software y de DevOps que buscan entrar en la IA sin tener que dedicarse a la investigación. Aquí importa más una ingeniería sólida que la teoría de ML.',
    breakingIn: null,
    differsFrom: null,
    honestNotes: [
      'Las perspectivas son excelentes. Las empresas están pasando sus modelos de los experimentos a producción, así que las habilidades de MLOps tienen mucha demanda y escasean los perfiles cualificados.',
      ENGINEERING_DEGREE_NOTE,
    ],
  },
  'ai-product-manager': {
    summary: 'Decide qué debe hacer un producto de IA y qué funciones van primero, y después trabaja con ingenieros e investigadores para que se construya.',
    dayToDay:
      'Fijas lo que el producto debe conseguir, priorizas las funciones y trabajas junto a los equipos de ingeniería e investigación. No escribes el código tú: decides qué tiene que conseguir.',
    suits: 'Responsables de producto que quieren pasarse a la IA, o personas con una trayectoria que mezcla negocio y trabajo técnico.',
    breakingIn:
      'Si dominas un campo concreto pero tienes poca base técnica, esta es la vía de entrada más accesible. Se apoya en la estrategia, la comunicación y el olfato de producto, junto con la comprensión de la IA, y no en una gran destreza de ingeniería.',
    differsFrom: null,
    honestNotes: [
      'Para los roles de producto, un título en un campo afín, como derecho, medicina o empresa, suele valer más que uno de informática, siempre que también demuestres alfabetización en IA.',
    ],
  },
  'prompt-engineer': {
    summary: 'Un rol reciente que llegó con los grandes modelos de lenguaje: diseñar, probar y pulir prompts para que los sistemas de IA den de forma fiable el resultado que buscas.',
    dayToDay:
      'Escribes prompts, los pruebas y los mejoras hasta que el sistema de IA se comporta de forma coherente. En puestos más sénior diseñas flujos de trabajo completos en torno a la IA.',
    suits: 'Personas con mentalidad técnica que no se dedican a programar, como escritores, analistas y especialistas de un sector que manejan con mucha soltura las herramientas de IA.',
    breakingIn: null,
    differsFrom: null,
    honestNotes: [
      'El rol todavía se está definiendo. Hay quien cree que acabará integrándose en la ingeniería de software a medida que mejore la IA; otros creen que crecerá la necesidad de personas que diseñen cómo interactúan las personas y la IA.',
      'La guía de carreras lo ve como un buen primer paso hacia una carrera en IA.',
    ],
  },
  'ai-engineer-llm': {
    summary: 'Crea aplicaciones sobre grandes modelos de lenguaje con APIs de LLM, generación aumentada por recuperación (RAG), bases de datos vectoriales y agentes.',
    dayToDay: null,
    suits: 'Personas dispuestas a aprender Python que quieren construir con IA. El camino de las aplicaciones con LLM pide menos matemáticas que el ML tradicional.',
    breakingIn:
      'Tu mejor vía de entrada es un portafolio de proyectos que funcionen de verdad, aunque sean personales. En los roles de ingeniería y de aplicaciones eso cuenta más que un título: muchos buenos ingenieros de IA aprendieron por su cuenta o pasaron por bootcamps de informática.',
    differsFrom: null,
    honestNotes: [
      'El artículo sobre habilidades dice que el camino de las aplicaciones con LLM tiene mucha demanda en el mercado laboral.',
      'Lo que más buscan los responsables de contratación son ingenieros de IA capaces de llevar lo que un modelo sabe hacer hasta un sistema desplegado y fiable, porque entienden cómo se comportan los LLM en lugar de limitarse a llamar a sus APIs.',
    ],
  },
  'ai-ethics-policy': {
    summary: 'La vertiente de políticas y gobernanza de la ética y la seguridad de la IA: evaluar los riesgos de los sistemas de IA y cómo deberían gobernarse.',
    dayToDay:
      'Trabajas para que los sistemas de IA sean seguros y justos, estén alineados con los valores humanos y no causen daños imprevistos. Lo haces desde las políticas y la gobernanza, no desde la investigación técnica.',
    suits: 'Personas que quieren que su trabajo importe más allá del éxito comercial y a las que les preocupa lo que la IA significa para la sociedad. Encajan bien juristas, profesionales de políticas públicas y especialistas en ética.',
    breakingIn:
      'La guía pide habilidades de investigación, análisis de políticas y comunicación, a menudo con formación en derecho o ciencias sociales. Parte de la experiencia que ya tienes y súmale alfabetización en IA.',
    differsFrom: null,
    honestNotes: [
      'Para los roles de políticas, un título en un campo afín, como derecho, suele valer más que uno de informática, siempre que también demuestres alfabetización en IA.',
    ],
  },
  'ai-safety-researcher': {
    summary: 'Se ocupa de la vertiente de investigación técnica de la seguridad de la IA, como el alineamiento y la interpretabilidad.',
    dayToDay:
      'Tu trabajo es la investigación técnica en seguridad, como el alineamiento y la interpretabilidad, para lograr sistemas de IA seguros, justos y que no causen daños imprevistos.',
    suits: 'Personas que quieren que su trabajo importe más allá del éxito comercial, a las que les preocupa cómo afecta la IA a la sociedad y a las que atraen los problemas de investigación abiertos.',
    breakingIn: null,
    differsFrom: null,
    honestNotes: [],
  },
  'ai-solutions-specialist': {
    summary:
      'La guía de carreras menciona este rol una sola vez, en su autoevaluación, como opción para quien disfruta trabajando con las áreas de negocio. Ninguna de las dos fuentes lo describe más.',
    dayToDay: null,
    suits: null,
    breakingIn: null,
    differsFrom: null,
    honestNotes: [],
  },
};
