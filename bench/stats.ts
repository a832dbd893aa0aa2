// Summary statistics of repeated measurements.

/**
 * The q-quantile (0…1) of numbers by linear interpolation between closest ranks; NaN when empty.
 * @example quantile([1, 2, 3, 4], 0.5); // 2.5
 */
export function quantile(values: readonly number[], q: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * q;
  const low = Math.floor(position);
  const high = Math.ceil(position);
  return sorted[low]! + (sorted[high]! - sorted[low]!) * (position - low);
}

/** The median, or NaN when empty. @example median([3, 1, 2]); // 2 */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** Median, spread and count of repeated measurements. */
export interface Summary {
  median: number;
  min: number;
  max: number;
  /** Interquartile range (p75 − p25). */
  iqr: number;
  n: number;
}

/**
 * Median, min, max and IQR of the numbers (NaN fields when empty).
 * @example summarize([10, 12, 11]).median; // 11
 */
export function summarize(values: readonly number[]): Summary {
  return {
    median: median(values),
    min: values.length ? Math.min(...values) : Number.NaN,
    max: values.length ? Math.max(...values) : Number.NaN,
    iqr: quantile(values, 0.75) - quantile(values, 0.25),
    n: values.length,
  };
}
