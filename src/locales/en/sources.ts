// The date note of each source that states no publication date, in English. The sources'
// titles, publishers and stated dates are in src/content/sources.ts.
import type { SourceDateText } from '../../content/text-types';

export const sourceDateText: SourceDateText = {
  // No publication date in the copy; the guide is about careers "in 2026".
  'career-guide': 'not stated (2026)',
  // The skills article cites its compensation data for 2025 but gives no publication date.
  'levels-fyi': 'not stated (data for 2025)',
  'linkedin-jobs-report': 'not stated',
};
