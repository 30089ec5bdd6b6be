// One shared scale per currency, so bars on different cards compare honestly.
import { roles } from '../content/roles';
import type { Currency } from '../content/types';

function maxUpper(currency: Currency): number {
  let max = 0;
  for (const role of roles) {
    const range = currency === 'GBP' ? role.salary?.uk : role.salary?.us;
    if (range) max = Math.max(max, range.upper);
  }
  return max;
}

/** The top of each scale leaves room past the highest figure for the open "+" ends. */
export const SALARY_SCALE_MAX: Readonly<Record<Currency, number>> = {
  GBP: Math.ceil((maxUpper('GBP') * 1.1) / 10_000) * 10_000,
  USD: Math.ceil((maxUpper('USD') * 1.1) / 10_000) * 10_000,
};
