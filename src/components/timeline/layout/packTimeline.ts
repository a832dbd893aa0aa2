import { packRows } from "../../../derive/packRows";
import { geometry, newGeometry } from "./geometry";
import type { TimelineIndex, TimelinePacking } from "./types";
import { metrics } from "./types";

/**
 * A row packing made a slice at a time (see {@link packTimelineInSlices}): each `step` works
 * until `more()` turns false (a slice's time is up) and returns the packing once it is complete.
 */
export interface TimelinePacker {
  /**
   * Packs on while `more()` is true (at least {@link PACK_CHUNK} units, or one lane, per call)
   * and returns the packing when it is complete, else undefined.
   */
  step(more: () => boolean): TimelinePacking | undefined;
  /** The packing once complete. */
  readonly done: TimelinePacking | undefined;
}

/**
 * Units measured and placed between two looks at the slice's clock: at 10,000 events a whole
 * packing is 20–100 ms of one task (labels measured, every unit's extent, rows per lane);
 * 256 units are well under a millisecond.
 */
export const PACK_CHUNK = 256;

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
  return packTimelineInSlices(index, packX, bounds).step(() => true)!;
}

/**
 * {@link packTimeline} cut into slices, for a chart that must not spend a long task on it: the
 * units' extents {@link PACK_CHUNK} at a time, then the rows one lane at a time, each `step`
 * going on while its `more()` says there is time. The result is the same as packTimeline's
 * (the same work in the same order).
 *
 * @example
 * const packer = packTimelineInSlices(index, x, [0, width * 4]);
 * const until = performance.now() + 8;
 * const packing = packer.step(() => performance.now() < until); // undefined until complete
 */
export function packTimelineInSlices(
  index: TimelineIndex,
  packX: (t: number) => number,
  bounds: readonly [number, number] = [Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY],
): TimelinePacker {
  const { input, unitSlots, unitLane, slotEvent } = index;
  const rtl = input.rtl;
  const units = unitSlots.length;
  const start = new Float64Array(units);
  const end = new Float64Array(units);
  const row = new Int32Array(units);
  const overflow = new Uint8Array(units);
  const laneRows = new Int32Array(index.lanes.length);
  const g = newGeometry();
  const gap = metrics.labelGap;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  const each = (s: number) => {
    const i = slotEvent[s]!;
    geometry(index, i, packX, g);
    const w = index.labelWidth(i);
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
  /** The next unit whose extent is to be worked out, then the next lane to pack. */
  let u = 0;
  let lane = 0;
  let byLane: number[][] | undefined;
  let done: TimelinePacking | undefined;
  return {
    get done() {
      return done;
    },
    step(more) {
      if (done) return done;
      while (u < units) {
        const stop = Math.min(units, u + PACK_CHUNK);
        for (; u < stop; u++) {
          const list = unitSlots[u]!;
          lo = Number.POSITIVE_INFINITY;
          hi = Number.NEGATIVE_INFINITY;
          if (Array.isArray(list)) for (const s of list) each(s);
          else each(list);
          start[u] = lo;
          end[u] = hi;
        }
        if (u < units && !more()) return undefined;
      }
      if (!byLane) {
        byLane = index.lanes.map(() => []);
        for (let k = 0; k < units; k++) byLane[unitLane[k]!]!.push(k);
      }
      for (; lane < byLane.length; ) {
        const list = byLane[lane]!;
        const packed = packRows(
          list.map((k) => ({ start: start[k]!, end: end[k]! })),
          { gap: metrics.markGap, maxRows: input.maxRowsPerLane },
        );
        list.forEach((k, j) => {
          row[k] = packed.rows[j]!;
        });
        for (const j of packed.overflow) overflow[list[j]!] = 1;
        laneRows[lane] = packed.rowCount;
        lane++;
        if (lane < byLane.length && !more()) return undefined;
      }
      done = { row, overflow, laneRows };
      return done;
    },
  };
}
