// The skills article's three headline figures, as printed, with our own words
// for what each means and the source the article cites for it.
import type { Statistic } from './types';

export const statistics: readonly Statistic[] = [
  {
    figure: '97M',
    description:
      'The World Economic Forum projected 97M new AI-adjacent jobs by 2025. They are concentrated in particular skills rather than spread evenly.',
    sourceId: 'wef-future-of-jobs-2023',
  },
  {
    figure: '$185K',
    description:
      'In 2025 the median total compensation of ML engineers at major US tech companies was $185K, according to Levels.fyi: 23% higher than in 2022.',
    sourceId: 'levels-fyi',
  },
  {
    figure: '3x',
    description:
      'LinkedIn reports three times as many AI/ML job postings as qualified candidates. The skills gap is persistent and is not closing, even with more training programmes.',
    sourceId: 'linkedin-jobs-report',
  },
];
