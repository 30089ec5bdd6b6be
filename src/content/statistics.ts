// The skills article's three headline figures, as printed, with the source the article cites
// for each. What each figure means is the language's words: src/locales/<locale>/statistics.ts.
import { statisticText } from '@locale/statistics';
import type { SourceId, Statistic } from './types';

const STATISTICS = [
  { id: 'ai-jobs', figure: '97M', sourceId: 'wef-future-of-jobs-2023' },
  { id: 'ml-pay', figure: '$185K', sourceId: 'levels-fyi' },
  { id: 'talent-gap', figure: '3x', sourceId: 'linkedin-jobs-report' },
] as const satisfies readonly { readonly id: string; readonly figure: string; readonly sourceId: SourceId }[];

/** The key of each figure's words in src/locales/<locale>/statistics.ts. */
export type StatisticId = (typeof STATISTICS)[number]['id'];

export const statistics: readonly Statistic[] = STATISTICS.map(({ figure, sourceId, id }) => ({
  figure,
  description: statisticText[id],
  sourceId,
}));
