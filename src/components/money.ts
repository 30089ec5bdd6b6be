// Money exactly as the sources print it: "£65K", "$250K+", grouped as en-GB prints £ and
// en-US prints $ (the same for whole amounts: "£65,500", "$140,000"). Every source figure is a
// whole number of thousands, so "K" is the thousands count: exact, never rounded. (Intl's
// compact notation differs between ICU versions, "£65K" in one and "£65.0k" in another, and
// would make the prerendered HTML disagree with the browser.)
// Written out rather than with Intl.NumberFormat: the first currency formatter a page builds
// loads locale data, about 0.1 s of one task at 4x CPU on every page that shows a salary.
import type { Currency, SalaryRange } from '../content/types';
import { m } from '../i18n';

const SYMBOL: Record<Currency, string> = { GBP: '£', USD: '$' };

/** A whole amount with its symbol and thousands separators: "£65,500", "-$1,000". */
function formatWhole(amount: number, currency: Currency): string {
  const rounded = Math.round(Math.abs(amount));
  const digits = String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${amount < 0 && rounded !== 0 ? '-' : ''}${SYMBOL[currency]}${digits}`;
}

/** What a salary shows where the sources give no figure: said plainly, never guessed. */
export const NO_SALARY_FIGURE = m.components_money_no_figure();

/** "£65K" for 65000; a figure that is not whole thousands is written in full ("£65,500"). */
export function formatAmount(amount: number, currency: Currency): string {
  return amount % 1000 === 0 ? `${formatWhole(amount / 1000, currency)}K` : formatWhole(amount, currency);
}

/** "£65K–£120K", or "£80K–£150K+" when the source leaves the top open. */
export function formatRange(range: SalaryRange): string {
  return `${formatAmount(range.lower, range.currency)}–${formatAmount(range.upper, range.currency)}${range.upperOpen ? '+' : ''}`;
}

/** The same range in full words for screen readers: "£65,000 to £120,000 a year". */
export function describeRange(range: SalaryRange): string {
  const top = formatWhole(range.upper, range.currency);
  const upper = range.upperOpen ? m.components_money_or_more({ amount: top }) : top;
  return m.components_money_range_words({ lower: formatWhole(range.lower, range.currency), upper });
}
