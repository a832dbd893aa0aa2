import type { TimelineIndex } from "./types";

// Finding and counting the events in a window of time, by binary search in the index's sorted
// starts and ends.

/** First position p in a sorted array with a[p] > v (or ≥ v when `inclusive` is false). */
export function upper(a: Float64Array, v: number, strict = true): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const m = (lo + hi) >>> 1;
    if (strict ? a[m]! <= v : a[m]! < v) lo = m + 1;
    else hi = m;
  }
  return lo;
}

/**
 * Calls `visit` with the index of each event whose extent intersects the times [a, b], in
 * order of start, found by binary search; `visit` returns false to stop.
 *
 * @example
 * eventsInWindow(index, Date.UTC(2016, 0), Date.UTC(2017, 0), (i) => (ids.push(i), true));
 */
export function eventsInWindow(
  index: TimelineIndex,
  a: number,
  b: number,
  visit: (i: number) => boolean,
): void {
  const hi = upper(index.sortedStarts, b);
  const ends = index.input.extents;
  for (let p = upper(index.runningMaxEnd, a, false); p < hi; p++) {
    const i = index.order[p]!;
    if (ends[i]!.latestEnd >= a && !visit(i)) return;
  }
}

/** Events of a lane (or all) intersecting [a, b]: starts ≤ b minus ends < a. */
export function countIn(starts: Float64Array, ends: Float64Array, a: number, b: number): number {
  return upper(starts, b) - upper(ends, a, false);
}
