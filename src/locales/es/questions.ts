// Las palabras del cuestionario en español: el enunciado y la pista de cada pregunta, y sus opciones.
import type { QuestionText } from '../../content/text-types';

const yesNo = { yes: { label: 'Sí' }, no: { label: 'No' } } as const;

export const questionText: QuestionText = {
  code: {
    prompt: '¿Te encanta programar por el simple gusto de hacerlo?',
    hint: 'No importa si hoy sabes programar, sino si crear software es algo que harías por diversión.',
    options: yesNo,
  },
  python: {
    prompt: '¿Te animarías a aprender Python?',
    hint: 'Lo justo para usar servicios de IA e integrarlos en una aplicación, no para dedicarte a la ingeniería de software.',
    options: yesNo,
  },
  research: {
    prompt: '¿Te atraen la investigación y los problemas abiertos?',
    hint: 'Un trabajo en el que los experimentos fallan a menudo y nadie sabe todavía la respuesta.',
    options: yesNo,
  },
  phd: {
    prompt: '¿Tienes, o piensas obtener, un doctorado o un máster exigente?',
    hint: 'Los puestos de investigación en los grandes laboratorios de IA casi siempre lo piden.',
    options: yesNo,
  },
  stakeholders: {
    prompt: '¿Te gusta trabajar con las áreas de negocio?',
    hint: 'Explicar resultados, acordar prioridades y convertir las preguntas del negocio en trabajo concreto.',
    options: yesNo,
  },
  background: {
    prompt: '¿Cuál es tu perfil actual?',
    hint: 'Elige el más cercano a tu trabajo actual o a lo que acabas de estudiar.',
    options: {
      student: { label: 'Estudiante', hint: 'En el instituto, una escuela superior o la universidad' },
      software: { label: 'Software, DevOps o informática' },
      data: { label: 'Análisis de datos, estadística o BI' },
      academic: { label: 'Investigación académica o un doctorado' },
      product: { label: 'Producto, proyectos o negocio' },
      'law-policy': { label: 'Derecho, políticas públicas o ética' },
      domain: { label: 'Medicina, finanzas u otro campo especializado' },
      'non-technical': { label: 'Escritura, docencia u otro trabajo no técnico' },
    },
  },
};
