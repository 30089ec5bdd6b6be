// La nota de fecha de cada fuente que no indica fecha de publicación, en español. Títulos,
// editores y fechas indicadas están en src/content/sources.ts.
import type { SourceDateText } from '../../content/text-types';

export const sourceDateText: SourceDateText = {
  'career-guide': 'sin fecha (2026)',
  'levels-fyi': 'sin fecha (datos de 2025)',
  'linkedin-jobs-report': 'sin fecha',
};
