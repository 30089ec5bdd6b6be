// What the skills article's three headline figures mean, in English (our words). The figures
// and their sources are in src/content/statistics.ts.
import type { StatisticText } from '../../content/text-types';

export const statisticText: StatisticText = {
  'ai-jobs':
    'The World Economic Forum projected 97M new AI-adjacent jobs by 2025. They are concentrated in particular skills rather than spread evenly.',
  'ml-pay':
    'In 2025 the median total compensation of ML engineers at major US tech companies was $185K, according to Levels.fyi: 23% higher than in 2022.',
  'talent-gap':
    'LinkedIn reports three times as many AI/ML job postings as qualified candidates. The skills gap is persistent and is not closing, even with more training programmes.',
};
