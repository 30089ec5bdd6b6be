// Qué significan las tres cifras destacadas del artículo sobre habilidades, en español (nuestras
// palabras). Las cifras y sus fuentes están en src/content/statistics.ts.
import type { StatisticText } from '../../content/text-types';

export const statisticText: StatisticText = {
  'ai-jobs':
    'El Foro Económico Mundial preveía 97M de empleos nuevos relacionados con la IA para 2025. Se concentran en habilidades concretas en lugar de repartirse por igual.',
  'ml-pay':
    'En 2025, la remuneración total mediana de los ingenieros de ML en las grandes tecnológicas de EE. UU. fue de $185K, según Levels.fyi: un 23% más que en 2022.',
  'talent-gap':
    'LinkedIn registra el triple de ofertas de empleo en IA/ML que de candidatos cualificados. La brecha de habilidades persiste y no se cierra, ni siquiera con más programas de formación.',
};
