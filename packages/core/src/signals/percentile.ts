/**
 * Sample quantiles by linear interpolation between order statistics: definition 7 of
 * R. J. Hyndman and Y. Fan, "Sample Quantiles in Statistical Packages", The American
 * Statistician 50(4), 1996, pp. 361–365. It is the default of R's `quantile()`, NumPy's
 * `percentile()` and spreadsheet `PERCENTILE.INC`, so a city's analyst gets the same figure.
 *
 * For sorted x[1..n] and p in [0, 1]: h = (n − 1)·p + 1, and
 *   Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]).
 * The median is Q(0.5).
 */
export const PERCENTILE_METHOD = 'hyndman-fan-7' as const;

/** Q(p) of the values (any order), or null for no values. */
export function quantile(values: readonly number[], p: number): number | null {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`quantile: p must be in [0, 1], got ${p}`);
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const h = (sorted.length - 1) * p; // zero-based h − 1
  const lo = Math.floor(h);
  const hi = Math.min(lo + 1, sorted.length - 1);
  return sorted[lo]! + (h - lo) * (sorted[hi]! - sorted[lo]!);
}

export const median = (values: readonly number[]): number | null => quantile(values, 0.5);
