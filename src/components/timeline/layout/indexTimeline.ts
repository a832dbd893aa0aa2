import { type MarkCertainty, markCertainty } from "./markCertainty";
import { timeOrder } from "./timeOrder";
import type { MarkShape, TimelineIndex, TimelineIndexInput } from "./types";
import { metrics, shapeOfKind } from "./types";

/** The part of {@link TimelineIndex} that only drawing marks needs (see {@link indexTimeline}). */
type MarksPart = Pick<
  TimelineIndex,
  | "slotStart"
  | "slotLane"
  | "slotUnit"
  | "unitLane"
  | "unitSlots"
  | "slotEvent"
  | "instruments"
  | "shape"
  | "radius"
  | "noSize"
  | "imprecise"
  | "exactSides"
  | "coreStart"
  | "coreEnd"
>;

/**
 * Indexes a dataset for {@link packTimeline} and {@link frameTimeline}: done once per data or
 * options change, O(n log n). What finds and counts events in a window (time order, sorted
 * starts and ends, per lane too) is built at once; what only marks need (lane slots, packing
 * units, shapes, radii, certain cores) on first use, so that counts per bin — the view of a
 * large dataset — never hold it (3–5 MB at 100,000 events). Label widths are measured lazily.
 *
 * @example
 * const index = indexTimeline({ events, extents, assignment, rtl: false, rowHeight: 26, … });
 */
export function indexTimeline(input: TimelineIndexInput): TimelineIndex {
  const { events, extents, assignment } = input;
  const n = events.length;
  const starts = new Float64Array(n);
  const ends = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    starts[i] = extents[i]!.earliestStart;
    ends[i] = extents[i]!.latestEnd;
  }
  const sortedEnds = ends.slice().sort();
  const order = timeOrder(starts, ends, sortedEnds);
  const sortedStarts = new Float64Array(n);
  const runningMaxEnd = new Float64Array(n);
  let maxEnd = Number.NEGATIVE_INFINITY;
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    sortedStarts[p] = starts[i]!;
    maxEnd = Math.max(maxEnd, ends[i]!);
    runningMaxEnd[p] = maxEnd;
  }

  // Lanes: which hold events, and the sorted starts and ends of each (counts per bin).
  const allLaneIndex = new Map(assignment.lanes.map((lane, i) => [lane.key, i]));
  const laneUsed = new Uint8Array(assignment.lanes.length);
  const laneMembers: number[][] = assignment.lanes.map(() => []);
  for (let i = 0; i < n; i++) {
    for (const key of assignment.membership[i] ?? []) {
      const l = allLaneIndex.get(key);
      if (l === undefined) continue;
      laneUsed[l] = 1;
      laneMembers[l]!.push(i);
    }
  }
  const usedIndex = new Int32Array(assignment.lanes.length).fill(-1);
  const lanes: TimelineIndex["lanes"] = [];
  assignment.lanes.forEach((lane, l) => {
    if (!laneUsed[l]) return;
    usedIndex[l] = lanes.length;
    lanes.push({ key: lane.key, label: lane.label, count: lane.count });
  });
  // Loops, not Float64Array.from(list, map): its mapping path is several times slower.
  const valuesOf = (list: readonly number[], values: Float64Array) => {
    const out = new Float64Array(list.length);
    for (let k = 0; k < list.length; k++) out[k] = values[list[k]!]!;
    return out.sort();
  };
  const laneStarts = laneMembers.map((list) => valuesOf(list, starts));
  const laneEnds = laneMembers.map((list) => valuesOf(list, ends));

  let marks: MarksPart | undefined;
  const builder = marksBuilder(input, allLaneIndex, usedIndex, lanes);
  const marksPart = () => {
    marks ??= builder.step(() => true)!;
    return marks;
  };
  // Label widths, measured once each, in an array made on the first measurement.
  let widthCache: Float64Array | undefined;
  const labelOf = (i: number): string => {
    const given = typeof input.labels === "function" ? input.labels(i) : input.labels[i];
    const base = given ?? events[i]!.title;
    // Not cached here: the chart caches its labels (`labelOf` in draw.ts), a second copy of
    // every string would double them.
    return extents[i]!.approximate ? `~ ${base}` : base;
  };
  const index: TimelineIndex = {
    input,
    n,
    order,
    sortedStarts,
    runningMaxEnd,
    sortedEnds,
    lanes,
    laneStarts,
    laneEnds,
    get slotStart() {
      return marksPart().slotStart;
    },
    get slotLane() {
      return marksPart().slotLane;
    },
    get slotUnit() {
      return marksPart().slotUnit;
    },
    get unitLane() {
      return marksPart().unitLane;
    },
    get unitSlots() {
      return marksPart().unitSlots;
    },
    get slotEvent() {
      return marksPart().slotEvent;
    },
    get instruments() {
      return marksPart().instruments;
    },
    get shape() {
      return marksPart().shape;
    },
    get radius() {
      return marksPart().radius;
    },
    get noSize() {
      return marksPart().noSize;
    },
    get imprecise() {
      return marksPart().imprecise;
    },
    get exactSides() {
      return marksPart().exactSides;
    },
    get coreStart() {
      return marksPart().coreStart;
    },
    get coreEnd() {
      return marksPart().coreEnd;
    },
    label: labelOf,
    labelWidth(i) {
      widthCache ??= new Float64Array(n).fill(Number.NaN);
      let w = widthCache[i]!;
      if (Number.isNaN(w)) {
        w = input.measure(labelOf(i), input.fontSize);
        widthCache[i] = w;
      }
      return w;
    },
  };
  builders.set(index, builder);
  return index;
}

/** Events whose lane slots, shapes and certainty a step of {@link marksBuilder} works out between two looks at its clock. */
export const MARKS_CHUNK = 512;

/** Per index, how its marks' part is being built (see {@link prepareMarks}). */
const builders = new WeakMap<TimelineIndex, { step(more: () => boolean): MarksPart | undefined }>();

/**
 * Builds the marks' part of `index` (lane slots, packing units, shapes, radii, certain cores) on
 * while `more()` is true, {@link MARKS_CHUNK} events per look at the clock; true once it is
 * complete. At 10,000 events the whole part is 25–30 ms of one task, cold: a chart's frame or
 * idle slice builds it a piece at a time before it packs rows (see `packTimelineInSlices`).
 * Reading any of those fields of the index finishes it at once.
 *
 * @example
 * if (!prepareMarks(index, () => performance.now() < until)) return; // more next frame
 */
export function prepareMarks(index: TimelineIndex, more: () => boolean): boolean {
  const builder = builders.get(index);
  return builder === undefined || builder.step(more) !== undefined;
}

/**
 * The marks' part of the index: lane slots per event, packing units (an event in a lane, or
 * the stages of one instrument in a lane), shapes, radii and certain cores; made by `step`, a
 * slice of events at a time (the same work in the same order as at once).
 */
function marksBuilder(
  input: TimelineIndexInput,
  allLaneIndex: ReadonlyMap<string, number>,
  usedIndex: Int32Array,
  lanes: TimelineIndex["lanes"],
): { step(more: () => boolean): MarksPart | undefined } {
  const { events, extents, assignment } = input;
  const n = events.length;
  const half = input.rowHeight / 2;
  const slotsAll: number[] = [];
  const slotStart = new Int32Array(n + 1);
  let slotLane = new Int32Array(0);
  let slotUnit = new Int32Array(0);
  let slotEvent = new Int32Array(0);
  const unitLaneList: number[] = [];
  const unitSlots: (number | number[])[] = [];
  /** Per instrument, per lane (index into `lanes`), the unit its stages are joined in. */
  const instrumentUnits = new Map<string, Map<number, number>>();
  const shape: MarkShape[] = new Array(n);
  const radius = new Float64Array(n);
  const noSize = new Uint8Array(n);
  const imprecise = new Uint8Array(n);
  const exactSides = new Uint8Array(n);
  const coreStart = new Float64Array(n);
  const coreEnd = new Float64Array(n);
  // Many events share a date text: its certainty is worked out once.
  const certainties = new Map<string, MarkCertainty>();
  /** The next event whose slots are listed (first pass), then whose marks are indexed (second). */
  let slotted = 0;
  let i = 0;
  let done: MarksPart | undefined;
  const slotsOf = (stop: number) => {
    for (; slotted < stop; slotted++) {
      slotStart[slotted] = slotsAll.length;
      for (const key of assignment.membership[slotted] ?? []) {
        const l = allLaneIndex.get(key);
        if (l !== undefined) slotsAll.push(l);
      }
    }
    if (slotted === n) {
      slotStart[n] = slotsAll.length;
      const slots = slotsAll.length;
      slotLane = new Int32Array(slots);
      slotUnit = new Int32Array(slots);
      slotEvent = new Int32Array(slots);
    }
  };
  const marksOf = (stop: number) => {
    for (; i < stop; i++) {
      const event = events[i]!;
      const e = extents[i]!;
      const sh = shapeOfKind[event.kind];
      shape[i] = sh;
      const rr = input.radii?.[i];
      const ns = rr !== undefined && Number.isNaN(rr);
      noSize[i] = ns ? 1 : 0;
      radius[i] =
        sh === "span"
          ? Math.min(7, half - 4)
          : Math.min(half - 1, ns || rr === undefined ? metrics.defaultRadius : rr);
      const when = typeof event.when === "string" ? event.when : undefined;
      let certainty = when === undefined ? undefined : certainties.get(when);
      if (!certainty) {
        certainty = markCertainty(when, e);
        if (when !== undefined) certainties.set(when, certainty);
      }
      imprecise[i] = certainty.startExact && certainty.endExact ? 0 : 1;
      exactSides[i] = (certainty.startExact ? 1 : 0) | (certainty.endExact ? 2 : 0);
      coreStart[i] = certainty.coreStart;
      coreEnd[i] = certainty.coreEnd;
      for (let s = slotStart[i]!; s < slotStart[i + 1]!; s++) {
        const lane = usedIndex[slotsAll[s]!]!;
        slotLane[s] = lane;
        slotEvent[s] = i;
        if (event.kind === "legislation") {
          // Looked up by instrument, then lane: no key string built per stage.
          let perLane = instrumentUnits.get(event.instrument);
          if (!perLane) {
            perLane = new Map();
            instrumentUnits.set(event.instrument, perLane);
          }
          const u = perLane.get(lane);
          if (u !== undefined) {
            const list = unitSlots[u]!;
            if (Array.isArray(list)) list.push(s);
            else unitSlots[u] = [list, s];
            slotUnit[s] = u;
            continue;
          }
          perLane.set(lane, unitSlots.length);
        }
        slotUnit[s] = unitSlots.length;
        unitSlots.push(s);
        unitLaneList.push(lane);
      }
    }
  };
  const finish = (): MarksPart => {
    const mid = (s: number) => {
      const e = extents[slotEvent[s]!]!;
      return (e.earliestStart + e.latestEnd) / 2;
    };
    const instruments: TimelineIndex["instruments"] = [];
    for (const [instrument, perLane] of instrumentUnits)
      for (const [lane, u] of perLane) {
        const list = unitSlots[u]!;
        if (!Array.isArray(list)) continue;
        const key = `${instrument}\u0000${lanes[lane]!.key}`;
        const sorted = list.slice().sort((a, b) => mid(a) - mid(b) || a - b);
        const event = events[slotEvent[sorted[0]!]!]!;
        instruments.push({
          unit: u,
          key,
          instrument: event.kind === "legislation" ? event.instrument : key,
          slots: sorted,
        });
      }
    // In the order the units were made (first stage of each instrument in each lane).
    instruments.sort((a, b) => a.unit - b.unit);
    return {
      slotStart,
      slotLane,
      slotUnit,
      unitLane: Int32Array.from(unitLaneList),
      unitSlots,
      slotEvent,
      instruments,
      shape,
      radius,
      noSize,
      imprecise,
      exactSides,
      coreStart,
      coreEnd,
    };
  };
  return {
    step(more) {
      if (done) return done;
      while (slotted < n) {
        slotsOf(Math.min(n, slotted + MARKS_CHUNK * 4));
        if (!more()) return undefined;
      }
      if (n === 0) slotsOf(0);
      while (i < n) {
        marksOf(Math.min(n, i + MARKS_CHUNK));
        if (!more()) return undefined;
      }
      done = finish();
      return done;
    },
  };
}
