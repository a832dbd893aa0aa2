import { packRows } from "../../../derive/packRows";
import { geometry, newGeometry } from "./geometry";
import type { TimelineIndex, TimelinePacking } from "./types";
import { metrics } from "./types";

/**
 * Packs every unit (an event in a lane, or the stages of one instrument in a lane) into rows so
 * that no two marks nor their reading-side labels overlap under `packX`, a scale without the pan
 * (any translation of it gives the same rows). O(units × rows); measures every label once.
 *
 * Packing at a smaller zoom than the one drawn is safe (marks only move apart, labels keep their
 * width), which lets the chart pack once per power-of-two zoom level.
 *
 * `bounds`, the pixels the whole dataset spans under `packX` (the plot at zoom 1, `[0, width ×
 * 2^level]` deeper), keeps labels inside: a label that would run past the far end is packed on
 * the other side of its mark, where the frame will draw it (the most recent events of a
 * dataset are at the right edge of the first view).
 *
 * @example
 * const packing = packTimeline(index, (t) => x(t), [0, width]);
 */
export function packTimeline(
  index: TimelineIndex,
  packX: (t: number) => number,
  bounds: readonly [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
): TimelinePacking {
  const { input, unitSlots, unitLane, slotEvent } = index;
  const rtl = input.rtl;
  const units = unitSlots.length;
  const start = new Float64Array(units);
  const end = new Float64Array(units);
  const g = newGeometry();
  for (let u = 0; u < units; u++) {
    const list = unitSlots[u]!;
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    const each = (s: number) => {
      const i = slotEvent[s]!;
      geometry(index, i, packX, g);
      const w = index.labelWidth(i);
      const gap = metrics.labelGap;
      if (!rtl && g.labelX + w > bounds[1] && g.markLeft - gap - w >= bounds[0]) {
        lo = Math.min(lo, g.markLeft - gap - w);
        hi = Math.max(hi, g.markRight);
      } else if (rtl && g.labelX - w < bounds[0] && g.markRight + gap + w <= bounds[1]) {
        lo = Math.min(lo, g.markLeft);
        hi = Math.max(hi, g.markRight + gap + w);
      } else if (!rtl) {
        lo = Math.min(lo, g.markLeft, g.labelX);
        hi = Math.max(hi, g.markRight, g.labelX + w);
      } else {
        lo = Math.min(lo, g.markLeft, g.labelX - w);
        hi = Math.max(hi, g.markRight, g.labelX);
      }
    };
    if (Array.isArray(list)) for (const s of list) each(s);
    else each(list);
    start[u] = lo;
    end[u] = hi;
  }
  const row = new Int32Array(units);
  const overflow = new Uint8Array(units);
  const laneRows = new Int32Array(index.lanes.length);
  const byLane: number[][] = index.lanes.map(() => []);
  for (let u = 0; u < units; u++) byLane[unitLane[u]!]!.push(u);
  byLane.forEach((list, l) => {
    const packed = packRows(
      list.map((u) => ({ start: start[u]!, end: end[u]! })),
      { gap: metrics.markGap, maxRows: input.maxRowsPerLane },
    );
    list.forEach((u, k) => {
      row[u] = packed.rows[k]!;
    });
    for (const k of packed.overflow) overflow[list[k]!] = 1;
    laneRows[l] = packed.rowCount;
  });
  return { row, overflow, laneRows };
}
