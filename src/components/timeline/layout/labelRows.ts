import type { MarkLayout } from "./types";
import { metrics } from "./types";

// The rows the label placer tests places in (placeLabels.ts): placed labels and marks as sorted
// intervals per row, each test a binary search, as a crowded row holds hundreds.

export type Interval = [number, number];

/**
 * Whether [a, b] overlaps any interval of the row. The row's intervals are placed labels, which
 * never overlap, so sorted by start they are sorted by end too: only the last one starting
 * before b can reach past a (binary search, as a crowded row holds hundreds).
 */
export function free(row: Interval[], a: number, b: number): boolean {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row[mid]![0] < b) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 || row[lo - 1]![1] <= a;
}

export function remove(row: Interval[], [a, b]: Interval): void {
  const at = row.findIndex(([x, y]) => x === a && y === b);
  if (at >= 0) row.splice(at, 1);
}

export function insert(row: Interval[], a: number, b: number): void {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row[mid]![0] <= a) lo = mid + 1;
    else hi = mid;
  }
  row.splice(lo, 0, [a, b]);
}

/** The marks of one row as obstacles, sorted by start, with the running maximum of their ends. */
export interface RowMarks {
  starts: number[];
  ends: number[];
  /** maxEnd[i]: the largest end among the first i + 1 marks. */
  maxEnd: number[];
  eventIds: string[];
}

export function rowMarks(list: { m: MarkLayout; e: Interval }[]): RowMarks {
  list.sort((x, y) => x.e[0] - y.e[0]);
  const out: RowMarks = { starts: [], ends: [], maxEnd: [], eventIds: [] };
  let max = -Infinity;
  for (const { m, e } of list) {
    max = Math.max(max, e[1]);
    out.starts.push(e[0]);
    out.ends.push(e[1]);
    out.maxEnd.push(max);
    out.eventIds.push(m.eventId);
  }
  return out;
}

/**
 * Whether a mark of another event than `eventId` lies within (a, b): the marks starting before
 * b, walked back from the last while one of them may still end after a.
 */
export function hitsRow(row: RowMarks | undefined, eventId: string, a: number, b: number): boolean {
  if (!row) return false;
  let lo = 0;
  let hi = row.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row.starts[mid]! < b) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && row.maxEnd[i]! > a; i--)
    if (row.ends[i]! > a && row.eventIds[i] !== eventId) return true;
  return false;
}

/** The visible extent of a mark's shape (glyph, bar and open-end tail), in pixels. */
export function markExtent(m: MarkLayout, rtl: boolean): Interval {
  if (m.shape === "span") {
    const tail = m.openEnd ? metrics.fadeTail : 0;
    return [m.left - (rtl ? tail : 0), Math.max(m.right + (rtl ? 0 : tail), m.left + 2)];
  }
  return [Math.min(m.cx - m.r - 1, m.left), Math.max(m.cx + m.r + 1, m.right)];
}
