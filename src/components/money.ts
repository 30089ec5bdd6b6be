// Money exactly as the sources print it: "£65K", "$250K+", with Intl.NumberFormat
// (en-GB for £, en-US for $). Every source figure is a whole number of thousands, so
// "K" is the thousands count formatted as currency: exact, never rounded. (Intl's compact
// notation differs between ICU versions, "£65K" in one and "£65.0k" in another, and
// would make the prerendered HTML disagree with the browser.)
// Formatters are created on first use: building them costs tens of milliseconds on a slow
// phone, which pages without money should not pay.
import type { Currency, SalaryRange } from '../content/types';

const LOCALE: Record<Currency, string> = { GBP: 'en-GB', USD: 'en-US' };
const formatters = new Map<string, Intl.NumberFormat>();

function formatter(currency: Currency): Intl.NumberFormat {
  let format = formatters.get(currency);
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[currency], { style: 'currency', currency, maximumFractionDigits: 0 });
    formatters.set(currency, format);
  }
  return format;
}

/** "£65K" for 65000; a figure that is not whole thousands is written in full ("£65,500"). */
export function formatAmount(amount: number, currency: Currency): string {
  return amount % 1000 === 0 ? `${formatter(currency).format(amount / 1000)}K` : formatter(currency).format(amount);
}

/** "£65K–£120K", or "£80K–£150K+" when the source leaves the top open. */
export function formatRange(range: SalaryRange): string {
  return `${formatAmount(range.lower, range.currency)}–${formatAmount(range.upper, range.currency)}${range.upperOpen ? '+' : ''}`;
}

/** The same range in full words for screen readers: "£65,000 to £120,000 a year". */
export function describeRange(range: SalaryRange): string {
  const format = formatter(range.currency);
  const upper = range.upperOpen ? `${format.format(range.upper)} or more` : format.format(range.upper);
  return `${format.format(range.lower)} to ${upper} a year`;
}
