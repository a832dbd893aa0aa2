import { geometry, newGeometry } from "./geometry";
import { prepareMarks } from "./indexTimeline";
import type { TimelineIndex, TimelinePacking } from "./types";
import { metrics } from "./types";

/**
 * A row packing made a slice at a time (see {@link packTimelineInSlices}): each `step` works
 * until `more()` turns false (a slice's time is up) and returns the packing once it is complete.
 */
export interface TimelinePacker {
  /**
   * Packs on while `more()` is true (at least a chunk of the index's marks part, or
   * {@link PACK_CHUNK} units, per call) and returns the packing when it is complete, else
   * undefined.
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
 * (any translation of it gives the same rows). O(units × rows); measures every label once. A
 * lane opens at most its cap of rows (`maxRowsByLane[lane key]`, else `maxRowsPerLane`); past
 * it a unit goes over the row that frees up first and is marked in `overflow`.
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
 * index's marks part (see `prepareMarks`), then the units' extents {@link PACK_CHUNK} at a time,
 * then the rows of each lane {@link PACK_CHUNK} units at a time, each `step` going on while its
 * `more()` says there is time. The result is the same as packTimeline's (the same work in the
 * same order); the rows of a lane are packed as `packRows` (derive/packRows.ts) packs them —
 * greedy first fit in order of start, ties by unit, past the lane's cap (`maxRowsByLane`, else
 * `maxRowsPerLane`) the row that frees up first — but resumably (a lane of 2,700 units was one
 * 37 ms step, cold, at 10,000 events).
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
  const { input } = index;
  const rowGap = metrics.markGap;
  const maxRows = input.maxRowsPerLane ?? Number.POSITIVE_INFINITY;
  // Per lane, its own cap where `maxRowsByLane` gives one, else the shared one.
  const capOf = (l: number) => {
    const cap = input.maxRowsByLane?.[index.lanes[l]!.key];
    return cap !== undefined && cap >= 1 ? cap : maxRows;
  };
  let laneCap = maxRows;
  let start = new Float64Array(0);
  let end = new Float64Array(0);
  let row = new Int32Array(0);
  let overflow = new Uint8Array(0);
  const laneRows = new Int32Array(index.lanes.length);
  const g = newGeometry();
  const extent: [number, number] = [0, 0];
  /** The index's marks part, read once it is built (see `prepareMarks`). */
  let unitSlots: TimelineIndex["unitSlots"] = [];
  let units = -1;
  /** The next unit whose extent is to be worked out, then the next lane to pack. */
  let u = 0;
  let lane = 0;
  let byLane: Int32Array[] | undefined;
  /** The lane being packed: its units in order of start, the next one, each row's end. */
  let laneOrder: Int32Array | undefined;
  let at = 0;
  let rowEnds: number[] = [];
  let done: TimelinePacking | undefined;
  return {
    get done() {
      return done;
    },
    step(more) {
      if (done) return done;
      if (units < 0) {
        if (!prepareMarks(index, more)) return undefined;
        unitSlots = index.unitSlots;
        units = unitSlots.length;
        start = new Float64Array(units);
        end = new Float64Array(units);
        row = new Int32Array(units);
        overflow = new Uint8Array(units);
        if (!more()) return undefined;
      }
      while (u < units) {
        const stop = Math.min(units, u + PACK_CHUNK);
        for (; u < stop; u++) {
          unitExtent(index, unitSlots[u]!, packX, bounds, g, extent);
          start[u] = extent[0];
          end[u] = extent[1];
        }
        if (u < units && !more()) return undefined;
      }
      if (!byLane) {
        const { unitLane } = index;
        const counts = new Int32Array(index.lanes.length);
        for (let k = 0; k < units; k++) counts[unitLane[k]!]!++;
        byLane = Array.from(counts, (c) => new Int32Array(c));
        counts.fill(0);
        for (let k = 0; k < units; k++) {
          const l = unitLane[k]!;
          byLane[l]![counts[l]!++] = k;
        }
      }
      while (lane < byLane.length) {
        if (!laneOrder) {
          // In order of start, ties by unit (a stable sort of units listed in order).
          laneOrder = byLane[lane]!.slice().sort((a, b) => start[a]! - start[b]! || a - b);
          at = 0;
          rowEnds = [];
          laneCap = capOf(lane);
        }
        const stop = Math.min(laneOrder.length, at + PACK_CHUNK);
        for (; at < stop; at++) {
          const k = laneOrder[at]!;
          const from = start[k]!;
          let r = -1;
          for (let q = 0; q < rowEnds.length; q++) {
            if (rowEnds[q]! + rowGap <= from) {
              r = q;
              break;
            }
          }
          if (r === -1 && rowEnds.length < laneCap) {
            r = rowEnds.length;
            rowEnds.push(Number.NEGATIVE_INFINITY);
          }
          if (r === -1) {
            // Every row is taken: the one that frees up first, marked as overlapping.
            r = 0;
            for (let q = 1; q < rowEnds.length; q++) if (rowEnds[q]! < rowEnds[r]!) r = q;
            overflow[k] = 1;
          }
          row[k] = r;
          rowEnds[r] = Math.max(rowEnds[r]!, end[k]!);
        }
        if (at < laneOrder.length) {
          if (!more()) return undefined;
          continue;
        }
        laneRows[lane] = rowEnds.length;
        laneOrder = undefined;
        lane++;
        if (lane < byLane.length && !more()) return undefined;
      }
      done = { row, overflow, laneRows };
      return done;
    },
  };
}

/**
 * The pixels a packing unit (one slot, or the slots of an instrument's stages in a lane) takes
 * under `packX`, its marks and their labels on the side the frame will draw them (see
 * {@link packTimeline}'s `bounds`), written into `out` as [left, right].
 *
 * @example
 * const out: [number, number] = [0, 0];
 * unitExtent(index, index.unitSlots[0]!, x, [0, 1200], newGeometry(), out);
 */
export function unitExtent(
  index: TimelineIndex,
  slots: number | readonly number[],
  packX: (t: number) => number,
  bounds: readonly [number, number],
  g: ReturnType<typeof newGeometry>,
  out: [number, number],
): void {
  const rtl = index.input.rtl;
  const gap = metrics.labelGap;
  const slotEvent = index.slotEvent;
  let lo = Number.POSITIVE_INFINITY;
  let hi = Number.NEGATIVE_INFINITY;
  // One slot (an event in a lane) in a plain loop, no closure per unit: a first frame packs a
  // thousand units cold.
  const count = typeof slots === "number" ? 1 : slots.length;
  for (let k = 0; k < count; k++) {
    const i = slotEvent[typeof slots === "number" ? slots : slots[k]!]!;
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
  }
  out[0] = lo;
  out[1] = hi;
}
