// Small statistics and formatting helpers for the benchmark.

/** Median of the finite numbers in `values` (mean of the middle two for an even count); null when none. */
export function median(values) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** Nearest-rank percentile (0–100) of the finite numbers in `values`; null when none. */
export function percentile(values, p) {
  const sorted = values.filter((value) => typeof value === 'number' && Number.isFinite(value)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

export const ms = (value) => (value === null || value === undefined ? '–' : `${Math.round(value)} ms`);
export const ms1 = (value) => (value === null || value === undefined ? '–' : `${value.toFixed(1)} ms`);
export const score = (value) => (value === null || value === undefined ? '–' : String(Math.round(value * 100)));
/** Three decimals; a shift too small for that is still shown, since the budget is exactly 0. */
export const cls = (value) => {
  if (value === null || value === undefined) return '–';
  const fixed = value.toFixed(3);
  return value > 0 && Number(fixed) === 0 ? `${fixed} (${value.toPrecision(2)})` : fixed;
};
export const ratio = (value) => (value === null || value === undefined ? '–' : `${value.toFixed(2)}×`);
export const kb = (bytes) => (bytes === null || bytes === undefined ? '–' : `${(bytes / 1024).toFixed(1)} KB`);
