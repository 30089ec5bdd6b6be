// Money exactly as the sources print it: "£65K", "$250K+". Intl's compact notation
// gives that form for whole thousands without rounding them (65000 -> "£65K").
// Both use en-US compact patterns: newer ICU (78) writes en-GB thousands as "k", and a
// currency's default minimum of 2 fraction digits made it "£65.0k"; minimumFractionDigits 0
// and one locale keep the server (prerender) and every browser printing the same "£65K".
import type { SalaryRange } from '../content/types';

const compact = (currency: SalaryRange['currency']) =>
  new Intl.NumberFormat('en-US', { style: 'currency', currency, notation: 'compact', minimumFractionDigits: 0, maximumFractionDigits: 1 });

const formatters = {
  GBP: compact('GBP'),
  USD: compact('USD'),
} as const;

const longFormatters = {
  GBP: new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP', maximumFractionDigits: 0 }),
  USD: new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }),
} as const;

export function formatAmount(amount: number, currency: SalaryRange['currency']): string {
  return formatters[currency].format(amount);
}

/** "£65K–£120K", or "£80K–£150K+" when the source leaves the top open. */
export function formatRange(range: SalaryRange): string {
  return `${formatAmount(range.lower, range.currency)}–${formatAmount(range.upper, range.currency)}${range.upperOpen ? '+' : ''}`;
}

/** The same range in full words for screen readers: "£65,000 to £120,000 a year". */
export function describeRange(range: SalaryRange): string {
  const format = longFormatters[range.currency];
  const upper = range.upperOpen ? `${format.format(range.upper)} or more` : format.format(range.upper);
  return `${format.format(range.lower)} to ${upper} a year`;
}
