const counts = new Map<string, number>();

/**
 * A document-unique id for `aria-describedby`, `aria-controls` and the like: the prefix and a
 * per-prefix counter. Deterministic (no `Math.random`), so the same page and the same calls give
 * the same ids — snapshots stay stable, and two charts on one page never share an id.
 *
 * @example uniqueId("jl-trend") // "jl-trend-1", then "jl-trend-2"
 */
export function uniqueId(prefix: string): string {
  const next = (counts.get(prefix) ?? 0) + 1;
  counts.set(prefix, next);
  return `${prefix}-${next}`;
}
