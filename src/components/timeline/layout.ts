import { type Quadtree, quadtree } from "d3-quadtree";
import type { LaneAssignment } from "../../derive/assignLanes";
import { packRows } from "../../derive/packRows";
import type { Event, EventKind } from "../../model";
import type { TimeExtent } from "../../time/types";
import type { TextMeasurer } from "../shared/measureText";
import type { TimeTick } from "./ticks";

/** How an event is drawn: operations as spans, enforcement actions as points, legislation as milestones. */
export type MarkShape = "span" | "point" | "milestone";

/** The shape of each kind. */
export const shapeOfKind: Record<EventKind, MarkShape> = {
  operation: "span",
  arrest: "point",
  legislation: "milestone",
};

/**
 * One drawn mark: an event in one lane. All positions are pixels in plot coordinates; `left ≤
 * right` whatever the direction of time.
 */
export interface MarkLayout {
  /** Unique per mark: `eventId` for the first lane, `eventId@lane` for the others. */
  key: string;
  eventId: string;
  /** Index of the event in the layout input. */
  index: number;
  lane: string;
  row: number;
  kind: EventKind;
  shape: MarkShape;
  /** Pixel extent of everything the date allows (earliest start to latest end). */
  left: number;
  right: number;
  /** Pixel extent of the certain core of a span (latest start to earliest end), if it has one. */
  coreLeft?: number;
  coreRight?: number;
  /** The glyph centre (points and milestones) or the span's start edge. */
  cx: number;
  /** The row's centre line. */
  y: number;
  /** Glyph radius, or half the bar height for spans. */
  r: number;
  /** Whether the date is coarser than a day, or approximate, or uncertain. */
  imprecise: boolean;
  approximate: boolean;
  openEnd: boolean;
  openStart: boolean;
  /** Whether a size was asked for but the event has no such figure (drawn hollow). */
  noSize: boolean;
  colorIndex: number;
  label: string;
  /** Label anchor x and whether there is room for it. */
  labelX: number;
  labelAnchor: "start" | "end";
  labelVisible: boolean;
  /** Index of the first mark of the same event in `marks` when this one repeats it in another lane. */
  primary: number;
}

/** A lane's box. */
export interface LaneLayout {
  key: string;
  label: string;
  count: number;
  top: number;
  height: number;
  rows: number;
}

/** The line joining the stages of one instrument in one lane. */
export interface InstrumentLine {
  key: string;
  instrument: string;
  lane: string;
  points: [number, number][];
}

/** A thin line joining the marks of one event shown in several lanes. */
export interface Connector {
  eventId: string;
  x: number;
  y0: number;
  y1: number;
}

/** An era band and its label row in the era strip. */
export interface EraLayout {
  id: string;
  label: string;
  left: number;
  right: number;
  row: number;
  labelVisible: boolean;
}

/** Counts of events per bin and lane, drawn instead of marks when too many are visible. */
export interface DensityBin {
  lane: string;
  left: number;
  right: number;
  count: number;
  start: number;
  end: number;
}

/** Everything render needs, in pixels. */
export interface TimelineLayout {
  width: number;
  height: number;
  /** Top of the axis line and of the lanes. */
  axisY: number;
  lanesTop: number;
  eraStripHeight: number;
  lanes: LaneLayout[];
  marks: MarkLayout[];
  instrumentLines: InstrumentLine[];
  connectors: Connector[];
  eras: EraLayout[];
  ticks: TimeTick[];
  /** Axis breaks of a sequential scale, in pixels. */
  breaks: { left: number; right: number }[];
  mode: "marks" | "density";
  bins: DensityBin[];
  /** Events whose extent intersects the visible window. */
  visibleCount: number;
  /** Rows each lane used, to keep heights stable during a zoom gesture. */
  rowsByLane: Map<string, number>;
}

/** What {@link layoutTimeline} needs: data, a scale and sizes. Pure numbers in, numbers out. */
export interface TimelineLayoutInput {
  events: readonly Event[];
  extents: readonly TimeExtent[];
  assignment: LaneAssignment;
  /** Time (ms) → plot x (px), already zoomed; may run right to left. */
  x: (t: number) => number;
  /** Plot x (px) → time, to bin densities. */
  invert: (x: number) => number;
  width: number;
  rtl: boolean;
  rowHeight: number;
  maxRowsPerLane: number;
  fontSize: number;
  measure: TextMeasurer;
  /** Label text per event (already truncated), or a function giving it on demand. */
  labels: readonly string[] | ((index: number) => string);
  colorIndices: readonly number[];
  /** Radius per event, or undefined for the default size; `NaN` = size asked but no figure. */
  radii?: readonly (number | undefined)[];
  eras?: readonly { id: string; label: string; start: number; end: number }[];
  ticks: TimeTick[];
  breaks?: readonly { start: number; end: number }[];
  /** Force counts per bin (true), marks (false), or decide from `densityThreshold` (undefined). */
  density?: boolean;
  densityThreshold?: number;
  /** Rows lanes had before (a zoom gesture never shrinks a lane). */
  minRows?: ReadonlyMap<string, number>;
  /**
   * The scale rows are packed with, if not `x`: the chart packs at a power-of-two zoom level at
   * or below the drawn one, so that rows do not change at every frame of a zoom gesture.
   */
  packX?: (t: number) => number;
}

/** Vertical sizes of the chart's parts, in pixels. */
export const metrics = {
  eraRow: 16,
  axis: 26,
  laneHeader: 18,
  laneGap: 6,
  densityHeight: 44,
  labelGap: 4,
  markGap: 6,
  defaultRadius: 5,
  fadeTail: 28,
} as const;

const PAD = 40;
/** Bin width of the density view, in pixels. */
const BIN = 6;

/**
 * Lays out a timeline: lanes, rows packed so that no two marks — nor their labels — overlap,
 * label visibility, instrument lines, multi-lane connectors, eras stacked in rows, axis ticks,
 * and density bins when too many events are visible. Pure: the same input gives the same numbers.
 *
 * Only the marks near the visible window are laid out (the rest cannot be seen); row packing
 * runs over every event with `packX` (default `x`), so marks keep their rows while the reader
 * pans. It is {@link indexTimeline} (per dataset), {@link packTimeline} (per zoom level) and
 * {@link frameTimeline} (per frame) in one call; the chart calls them separately and caches.
 *
 * @example
 * const layout = layoutTimeline({ events, extents, assignment, x, invert, width: 800, … });
 */
export function layoutTimeline(input: TimelineLayoutInput): TimelineLayout {
  const index = indexTimeline(input);
  let packing: TimelinePacking | undefined;
  return frameTimeline(
    index,
    () => (packing ??= packTimeline(index, input.packX ?? input.x)),
    input,
  );
}

/** What {@link indexTimeline} needs: the per-dataset part of {@link TimelineLayoutInput}. */
export type TimelineIndexInput = Pick<
  TimelineLayoutInput,
  | "events"
  | "extents"
  | "assignment"
  | "rtl"
  | "rowHeight"
  | "maxRowsPerLane"
  | "fontSize"
  | "measure"
  | "labels"
  | "colorIndices"
  | "radii"
>;

/**
 * Everything about the events that does not depend on the zoom: shapes, radii, lane slots and
 * packing units, events sorted by start (with the running maximum of ends, to find the visible
 * ones by binary search), per-lane sorted starts and ends (to count events per density bin in
 * O(log n)), and label texts and widths, measured once and only when first needed.
 */
export interface TimelineIndex {
  input: TimelineIndexInput;
  n: number;
  /** Event indices sorted by earliest start, then latest end, then index. */
  order: Int32Array;
  /** Earliest starts in `order`, and the running maximum of latest ends in `order`. */
  sortedStarts: Float64Array;
  runningMaxEnd: Float64Array;
  /** Every latest end, sorted. */
  sortedEnds: Float64Array;
  /** Lanes that hold at least one event (an empty lane is not drawn in the marks view). */
  lanes: { key: string; label: string; count: number }[];
  /** Per lane of `input.assignment.lanes`: sorted starts and ends of its events. */
  laneStarts: Float64Array[];
  laneEnds: Float64Array[];
  /** Slots (event × lane) of event i are `slotStart[i] .. slotStart[i + 1] - 1`. */
  slotStart: Int32Array;
  /** Lane of each slot, as an index into `lanes`. */
  slotLane: Int32Array;
  slotUnit: Int32Array;
  /** Packing units: the lane (index into `lanes`) and the slots of each. */
  unitLane: Int32Array;
  unitSlots: (number | number[])[];
  slotEvent: Int32Array;
  /** Instrument units with two stages or more, stages in time order. */
  instruments: { unit: number; key: string; instrument: string; slots: number[] }[];
  shape: MarkShape[];
  radius: Float64Array;
  noSize: Uint8Array;
  imprecise: Uint8Array;
  label(i: number): string;
  labelWidth(i: number): number;
}

/** Below this many events, three ranks packed into one number stay exact (n³ < 2⁵³). */
const PACKED_SORT_MAX = 200_000;

/**
 * For each distinct value of sorted `values`, the index of its first occurrence: its rank. A
 * Map, not a binary search per event: half the time at 100,000 events.
 */
function ranksOf(sorted: Float64Array): Map<number, number> {
  const rank = new Map<number, number>();
  for (let i = sorted.length - 1; i >= 0; i--) rank.set(sorted[i]!, i);
  return rank;
}

/**
 * Event indices in time order: by start, then end, then index. Up to {@link PACKED_SORT_MAX}
 * events, each event's rank of start and of end and its index are packed into one exact number
 * and sorted natively: a comparator sort of 100,000 indices took ~80 ms in Node, mostly calls.
 * @example timeOrder(Float64Array.of(2, 1), Float64Array.of(3, 4), Float64Array.of(3, 4)); // [1, 0]
 */
export function timeOrder(
  starts: Float64Array,
  ends: Float64Array,
  sortedEnds: Float64Array,
): Int32Array {
  const n = starts.length;
  if (n > PACKED_SORT_MAX) {
    return Int32Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || a - b,
    );
  }
  const startRank = ranksOf(starts.slice().sort());
  const endRank = ranksOf(sortedEnds);
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    // NaN has no rank: such an event goes last (the comparator sort left it anywhere).
    const a = startRank.get(starts[i]!) ?? n - 1;
    const b = endRank.get(ends[i]!) ?? n - 1;
    keys[i] = (a * n + b) * n + i;
  }
  keys.sort();
  const order = new Int32Array(n);
  for (let p = 0; p < n; p++) order[p] = keys[p]! % n;
  return order;
}

/**
 * Indexes a dataset for {@link packTimeline} and {@link frameTimeline}: done once per data or
 * options change, O(n log n). Label widths are measured lazily (the density view needs none).
 *
 * @example
 * const index = indexTimeline({ events, extents, assignment, rtl: false, rowHeight: 26, … });
 */
export function indexTimeline(input: TimelineIndexInput): TimelineIndex {
  const { events, extents, assignment } = input;
  const n = events.length;
  const half = input.rowHeight / 2;
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

  // Lanes: slots per (event, lane), units per slot or per instrument and lane.
  const allLaneIndex = new Map(assignment.lanes.map((lane, i) => [lane.key, i]));
  const laneUsed = new Uint8Array(assignment.lanes.length);
  const slotsAll: number[] = [];
  const slotStart = new Int32Array(n + 1);
  const laneMembers: number[][] = assignment.lanes.map(() => []);
  for (let i = 0; i < n; i++) {
    slotStart[i] = slotsAll.length;
    for (const key of assignment.membership[i] ?? []) {
      const l = allLaneIndex.get(key);
      if (l === undefined) continue;
      slotsAll.push(l);
      laneUsed[l] = 1;
      laneMembers[l]!.push(i);
    }
  }
  slotStart[n] = slotsAll.length;
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

  const slots = slotsAll.length;
  const slotLane = new Int32Array(slots);
  const slotUnit = new Int32Array(slots);
  const slotEvent = new Int32Array(slots);
  const unitLaneList: number[] = [];
  const unitSlots: (number | number[])[] = [];
  /** Per instrument, per lane (index into `lanes`), the unit its stages are joined in. */
  const instrumentUnits = new Map<string, Map<number, number>>();
  const shape: MarkShape[] = new Array(n);
  const radius = new Float64Array(n);
  const noSize = new Uint8Array(n);
  const imprecise = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
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
    imprecise[i] =
      e.startPrecision !== "day" || e.endPrecision !== "day" || e.approximate || e.uncertain
        ? 1
        : 0;
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
  const mid = (s: number) => {
    const i = slotEvent[s]!;
    return (starts[i]! + ends[i]!) / 2;
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

  const labelCache: (string | undefined)[] = new Array(n);
  const widthCache = new Float64Array(n).fill(Number.NaN);
  const labelOf = (i: number): string => {
    let text = labelCache[i];
    if (text === undefined) {
      const given = typeof input.labels === "function" ? input.labels(i) : input.labels[i];
      const base = given ?? events[i]!.title;
      text = extents[i]!.approximate ? `~ ${base}` : base;
      labelCache[i] = text;
    }
    return text;
  };
  return {
    input,
    n,
    order,
    sortedStarts,
    runningMaxEnd,
    sortedEnds,
    lanes,
    laneStarts,
    laneEnds,
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
    label: labelOf,
    labelWidth(i) {
      let w = widthCache[i]!;
      if (Number.isNaN(w)) {
        w = input.measure(labelOf(i), input.fontSize);
        widthCache[i] = w;
      }
      return w;
    },
  };
}

/** Rows of every packing unit at one zoom level; see {@link packTimeline}. */
export interface TimelinePacking {
  /** Row of each unit. */
  row: Int32Array;
  /** Units placed over another because `maxRowsPerLane` was reached (they lose their labels). */
  overflow: Uint8Array;
  /** Rows each lane of `index.lanes` uses. */
  laneRows: Int32Array;
}

/** Pixel geometry of one event's mark under a scale. */
interface Geometry {
  left: number;
  right: number;
  coreLeft: number | undefined;
  coreRight: number | undefined;
  cx: number;
  markLeft: number;
  markRight: number;
  /** Label anchor on the reading side. */
  labelX: number;
}

function geometry(index: TimelineIndex, i: number, x: (t: number) => number, g: Geometry): void {
  const e = index.input.extents[i]!;
  const rtl = index.input.rtl;
  const shape = index.shape[i]!;
  const r = index.radius[i]!;
  const xa = x(e.earliestStart);
  const xb = x(e.latestEnd);
  const left = Math.min(xa, xb);
  const right = Math.max(xa, xb);
  g.left = left;
  g.right = right;
  g.coreLeft = undefined;
  g.coreRight = undefined;
  if (shape === "span" && e.earliestEnd > e.latestStart) {
    const ca = x(e.latestStart);
    const cb = x(e.earliestEnd);
    g.coreLeft = Math.min(ca, cb);
    g.coreRight = Math.max(ca, cb);
  }
  const cx = shape === "span" ? (rtl ? right : left) : (left + right) / 2;
  g.cx = cx;
  const tail = shape === "span" && e.openEnd ? metrics.fadeTail : 0;
  g.markLeft = shape === "span" ? left - (rtl ? tail : 0) : Math.min(cx - r, left);
  g.markRight = shape === "span" ? right + (rtl ? 0 : tail) : Math.max(cx + r, right);
  if (shape === "span") g.labelX = rtl ? right - metrics.labelGap : left + metrics.labelGap;
  else g.labelX = rtl ? g.markLeft - metrics.labelGap : g.markRight + metrics.labelGap;
}

const newGeometry = (): Geometry => ({
  left: 0,
  right: 0,
  coreLeft: undefined,
  coreRight: undefined,
  cx: 0,
  markLeft: 0,
  markRight: 0,
  labelX: 0,
});

/**
 * Packs every unit (an event in a lane, or the stages of one instrument in a lane) into rows so
 * that no two marks nor their reading-side labels overlap under `packX`, a scale without the pan
 * (any translation of it gives the same rows). O(units × rows); measures every label once.
 *
 * Packing at a smaller zoom than the one drawn is safe (marks only move apart, labels keep their
 * width), which lets the chart pack once per power-of-two zoom level.
 *
 * @example
 * const packing = packTimeline(index, (t) => x(t));
 */
export function packTimeline(index: TimelineIndex, packX: (t: number) => number): TimelinePacking {
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
      if (!rtl) {
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

/** First position p in a sorted array with a[p] > v (or ≥ v when `inclusive` is false). */
function upper(a: Float64Array, v: number, strict = true): number {
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
function countIn(starts: Float64Array, ends: Float64Array, a: number, b: number): number {
  return upper(starts, b) - upper(ends, a, false);
}

/** The per-frame part of {@link TimelineLayoutInput}. */
export type TimelineFrameInput = Omit<TimelineLayoutInput, keyof TimelineIndexInput | "packX">;

/**
 * Lays out one frame: the visible window's marks (found by binary search on sorted starts, so
 * O(log n + visible)), their labels, instrument lines and connectors, or counts per bin per lane
 * from the index (O(bins × lanes × log n)) past the density threshold. `packing` is called only
 * when marks are drawn.
 *
 * @example
 * const layout = frameTimeline(index, () => packing, { x, invert, width, ticks, … });
 */
export function frameTimeline(
  index: TimelineIndex,
  packing: () => TimelinePacking,
  input: TimelineFrameInput,
): TimelineLayout {
  const { x, width } = input;
  const { rtl, rowHeight, fontSize, measure, events, extents } = index.input;
  const eraLayouts = layoutEras({ ...input, measure, fontSize });
  const eraRows = eraLayouts.reduce((m, e) => Math.max(m, e.row + 1), 0);
  const eraStripHeight = eraRows * metrics.eraRow;
  const axisY = eraStripHeight;
  const lanesTop = axisY + metrics.axis;
  const window = (lo: number, hi: number): [number, number] => {
    const a = input.invert(lo);
    const b = input.invert(hi);
    return a <= b ? [a, b] : [b, a];
  };
  const [va, vb] = window(-PAD, width + PAD);
  const visibleCount = countIn(index.sortedStarts, index.sortedEnds, va, vb);
  const density =
    input.density ?? visibleCount > (input.densityThreshold ?? Number.POSITIVE_INFINITY);
  const breaks = (input.breaks ?? []).map((b) => ({
    left: Math.min(x(b.start), x(b.end)),
    right: Math.max(x(b.start), x(b.end)),
  }));
  const rowsByLane = new Map<string, number>();
  const lanes: LaneLayout[] = [];
  const common = {
    width,
    axisY,
    lanesTop,
    eraStripHeight,
    eras: eraLayouts,
    ticks: input.ticks,
    breaks,
    visibleCount,
    rowsByLane,
  };

  if (density) {
    const bins: DensityBin[] = [];
    let top = lanesTop;
    const count = Math.max(1, Math.ceil(width / BIN));
    const edges: [number, number][] = [];
    for (let j = 0; j < count; j++) {
      const left = j * BIN;
      edges.push(window(left, Math.min(width, left + BIN)));
    }
    index.input.assignment.lanes.forEach((lane, l) => {
      const starts = index.laneStarts[l]!;
      const ends = index.laneEnds[l]!;
      for (let j = 0; j < count; j++) {
        const [a, b] = edges[j]!;
        const c = countIn(starts, ends, a, b);
        if (!c) continue;
        const left = j * BIN;
        bins.push({
          lane: lane.key,
          left,
          right: Math.min(width, left + BIN),
          count: c,
          start: a,
          end: b,
        });
      }
      lanes.push({
        key: lane.key,
        label: lane.label,
        count: lane.count,
        top,
        height: metrics.laneHeader + metrics.densityHeight,
        rows: 1,
      });
      top += metrics.laneHeader + metrics.densityHeight + metrics.laneGap;
    });
    return {
      ...common,
      height: top,
      lanes,
      marks: [],
      instrumentLines: [],
      connectors: [],
      mode: "density",
      bins,
    };
  }

  const pack = packing();
  const half = rowHeight / 2;
  // Lane boxes: rows as packed, never fewer than a gesture already showed.
  const laneTop = new Float64Array(index.lanes.length);
  let top = lanesTop;
  index.lanes.forEach((lane, l) => {
    const rows = Math.max(pack.laneRows[l]!, input.minRows?.get(lane.key) ?? 0, 1);
    rowsByLane.set(lane.key, rows);
    const height = metrics.laneHeader + rows * rowHeight;
    lanes.push({ key: lane.key, label: lane.label, count: lane.count, top, height, rows });
    laneTop[l] = top;
    top += height + metrics.laneGap;
  });
  const yOfSlot = (s: number) =>
    laneTop[index.slotLane[s]!]! +
    metrics.laneHeader +
    pack.row[index.slotUnit[s]!]! * rowHeight +
    half;

  // Visible events, with a margin for labels reaching in from outside the plot.
  const margin = PAD + metrics.fadeTail + 2 * metrics.labelGap + 240;
  const [ma, mb] = window(-margin, width + margin);
  const hiPos = upper(index.sortedStarts, mb);
  const loPos = upper(index.runningMaxEnd, ma, false);
  const visible: number[] = [];
  for (let p = loPos; p < hiPos; p++) {
    const i = index.order[p]!;
    if (extents[i]!.latestEnd >= ma) visible.push(i);
  }
  visible.sort((a, b) => a - b);

  const marks: MarkLayout[] = [];
  const markOfSlot = new Map<number, number>();
  const g = newGeometry();
  for (const i of visible) {
    const event = events[i]!;
    const e = extents[i]!;
    const shape = index.shape[i]!;
    geometry(index, i, x, g);
    const labelWidth = index.labelWidth(i);
    let labelX = g.labelX;
    let labelAnchor: "start" | "end" = rtl ? "end" : "start";
    // A label that would run off the plot goes to the other side of its mark (hidden below if
    // that collides).
    if (!rtl && labelX + labelWidth > width && g.markLeft - metrics.labelGap - labelWidth >= 0) {
      labelAnchor = "end";
      labelX = g.markLeft - metrics.labelGap;
    } else if (
      rtl &&
      labelX - labelWidth < 0 &&
      g.markRight + metrics.labelGap + labelWidth <= width
    ) {
      labelAnchor = "start";
      labelX = g.markRight + metrics.labelGap;
    }
    const first = marks.length;
    for (let s = index.slotStart[i]!; s < index.slotStart[i + 1]!; s++) {
      const lane = index.lanes[index.slotLane[s]!]!.key;
      markOfSlot.set(s, marks.length);
      // A literal without a spread in it, cores added after: a spread of `{ coreLeft, … }` in
      // the middle made every mark a slow object copy (the hottest lines of a zoom frame).
      const mark: MarkLayout = {
        key: s === index.slotStart[i] ? event.id : `${event.id}@${lane}`,
        eventId: event.id,
        index: i,
        lane,
        row: pack.row[index.slotUnit[s]!]!,
        kind: event.kind,
        shape,
        left: g.left,
        right: g.right,
        cx: g.cx,
        y: yOfSlot(s),
        r: index.radius[i]!,
        imprecise: index.imprecise[i] === 1,
        approximate: e.approximate,
        openEnd: e.openEnd,
        openStart: e.openStart,
        noSize: index.noSize[i] === 1,
        colorIndex: index.input.colorIndices[i] ?? 0,
        label: index.label(i),
        labelX,
        labelAnchor,
        labelVisible: pack.overflow[index.slotUnit[s]!] !== 1,
        primary: first,
      };
      if (g.coreLeft !== undefined) {
        mark.coreLeft = g.coreLeft;
        mark.coreRight = g.coreRight!;
      }
      marks.push(mark);
    }
  }

  // Instrument stages: join with a line. The line runs where inner stages' labels would be,
  // so only the last stage is labelled — after it, or before the first stage when there is
  // no room after it (the tooltip and table name every stage).
  const instrumentLines: InstrumentLine[] = [];
  for (const inst of index.instruments) {
    const firstSlot = inst.slots[0]!;
    const lastSlot = inst.slots[inst.slots.length - 1]!;
    const t0 = extents[index.slotEvent[firstSlot]!]!.earliestStart;
    const t1 = extents[index.slotEvent[lastSlot]!]!.latestEnd;
    const shown = inst.slots.some((s) => markOfSlot.has(s));
    if (!shown && (t1 < ma || t0 > mb)) continue;
    for (let j = 0; j < inst.slots.length - 1; j++) {
      const m = markOfSlot.get(inst.slots[j]!);
      if (m !== undefined) marks[m]!.labelVisible = false;
    }
    const lastMark = markOfSlot.get(lastSlot);
    if (lastMark !== undefined) {
      const last = marks[lastMark]!;
      if (last.labelAnchor !== (rtl ? "end" : "start")) {
        geometry(index, index.slotEvent[firstSlot]!, x, g);
        const r0 = index.radius[index.slotEvent[firstSlot]!]!;
        last.labelAnchor = rtl ? "start" : "end";
        last.labelX = rtl ? g.cx + r0 + metrics.labelGap : g.cx - r0 - metrics.labelGap;
      }
    }
    instrumentLines.push({
      key: inst.key,
      instrument: inst.instrument,
      lane: index.lanes[index.unitLane[inst.unit]!]!.key,
      points: inst.slots.map((s) => {
        geometry(index, index.slotEvent[s]!, x, g);
        return [g.cx, yOfSlot(s)] as [number, number];
      }),
    });
  }

  // A label that fits on neither side of its mark (a narrow chart: a phone) is shortened to
  // the room it has, or hidden, rather than cut off by the plot's edge.
  const shortened = fitLabelsInPlot(
    marks,
    width,
    (m) => index.labelWidth(m.index),
    (text, w) => truncateLabel(text, w, measure, fontSize),
  );

  // Hide labels run over by overflowing marks in the same row (only past maxRowsPerLane), and
  // labels flipped onto a neighbour.
  hideCollidingLabels(marks, (m) => shortened.get(m) ?? index.labelWidth(m.index), rtl);

  // Connectors between the lanes of one event (its slots are consecutive marks).
  const connectors: Connector[] = [];
  for (let m = 0; m < marks.length; ) {
    const first = marks[m]!;
    let y0 = first.y;
    let y1 = first.y;
    let k = m + 1;
    for (; k < marks.length && marks[k]!.primary === m; k++) {
      y0 = Math.min(y0, marks[k]!.y);
      y1 = Math.max(y1, marks[k]!.y);
    }
    if (k - m > 1) connectors.push({ eventId: first.eventId, x: first.cx, y0, y1 });
    m = k;
  }

  return {
    ...common,
    height: top,
    lanes,
    marks,
    instrumentLines,
    connectors,
    mode: "marks",
    bins: [],
  };
}

/**
 * Shortens a label to fit `maxWidth` pixels, ending it with an ellipsis; the full text stays in
 * the tooltip, the accessible name and the table.
 *
 * @example
 * truncateLabel("Operation Rescue: online forum network dismantled", 120, measure, 12); // "Operation Rescue: o…"
 */
export function truncateLabel(
  text: string,
  maxWidth: number,
  measure: TextMeasurer,
  fontSize: number,
): string {
  if (measure(text, fontSize) <= maxWidth) return text;
  const chars = Array.from(text);
  let lo = 0;
  let hi = chars.length;
  while (lo < hi) {
    const mid = Math.ceil((lo + hi) / 2);
    if (measure(`${chars.slice(0, mid).join("").trimEnd()}…`, fontSize) <= maxWidth) lo = mid;
    else hi = mid - 1;
  }
  return lo === 0 ? "" : `${chars.slice(0, lo).join("").trimEnd()}…`;
}

/**
 * The band at the top of a plot scrolled by `scrollTop` that the axis kept in view covers
 * (`renderStickyAxis`): none at the top. Marks under it are neither drawn, hit nor "in view".
 * @example if (y - scrollTop < stickyAxisHeight(layout, scrollTop)) return; // under the axis
 */
export function stickyAxisHeight(layout: TimelineLayout, scrollTop: number): number {
  return scrollTop > 0 ? layout.lanesTop : 0;
}

/** Least room, in pixels, worth a shortened label; with less the label is hidden. */
const MIN_LABEL_ROOM = 48;

/**
 * Shortens the labels of marks inside the plot whose label runs past its edge on the side it
 * was put (both sides were tried: it fits on neither), to the room up to that edge; hides them
 * where that room is under {@link MIN_LABEL_ROOM}. Marks outside the plot are left as they are
 * (their labels slide out of view as the reader pans). Returns the new label widths.
 */
function fitLabelsInPlot(
  marks: MarkLayout[],
  width: number,
  widthOf: (mark: MarkLayout) => number,
  shorten: (text: string, maxWidth: number) => string,
): Map<MarkLayout, number> {
  const shortened = new Map<MarkLayout, number>();
  for (const mark of marks) {
    if (!mark.labelVisible || mark.cx < 0 || mark.cx > width) continue;
    const room = mark.labelAnchor === "start" ? width - mark.labelX : mark.labelX;
    const w = widthOf(mark);
    if (w <= room) continue;
    const label = room >= MIN_LABEL_ROOM ? shorten(mark.label, room) : "";
    if (!label) {
      mark.labelVisible = false;
      continue;
    }
    mark.label = label;
    // The shortened text fits the room by construction; its measured width is at most that.
    shortened.set(mark, room);
  }
  return shortened;
}

/** Label extent of a mark, [left, right] in pixels. */
export function labelExtent(
  mark: MarkLayout,
  measure: TextMeasurer,
  fontSize: number,
): [number, number] {
  const w = measure(mark.label, fontSize);
  return mark.labelAnchor === "start"
    ? [mark.labelX, mark.labelX + w]
    : [mark.labelX - w, mark.labelX];
}

function hideCollidingLabels(
  marks: MarkLayout[],
  widthOf: (mark: MarkLayout) => number,
  rtl: boolean,
): void {
  const byRow = new Map<string, MarkLayout[]>();
  for (const mark of marks) {
    const key = `${mark.lane}\u0000${mark.row}`;
    const list = byRow.get(key);
    if (list) list.push(mark);
    else byRow.set(key, [mark]);
  }
  // Right to left is left to right in a mirror: flip x, run the same sweep.
  for (const list of byRow.values()) {
    if (list.length < 2) continue;
    const boxes = list.map((m) => {
      const w = widthOf(m);
      const la = m.labelAnchor === "start" ? m.labelX : m.labelX - w;
      const lb = m.labelAnchor === "start" ? m.labelX + w : m.labelX;
      const ml = Math.min(m.left, m.cx - m.r);
      const mr = Math.max(m.right, m.cx + m.r);
      return rtl ? { m, la: -lb, lb: -la, ml: -mr, mr: -ml } : { m, la, lb, ml, mr };
    });
    boxes.sort((a, b) => a.ml - b.ml);
    let labelsReach = Number.NEGATIVE_INFINITY;
    for (let i = 0; i < boxes.length; i++) {
      const a = boxes[i]!;
      if (!a.m.labelVisible) continue;
      let hit = labelsReach > a.la;
      // Marks starting before the label ends (sorted, so stop at the first that starts after).
      for (let j = i + 1; !hit && j < boxes.length && boxes[j]!.ml < a.lb; j++) {
        if (boxes[j]!.m.eventId !== a.m.eventId) hit = true;
      }
      // Earlier marks reaching into the label (only overflowed rows have these).
      for (let j = i - 1; !hit && j >= 0 && j >= i - 8; j--) {
        const b = boxes[j]!;
        if (b.m.eventId !== a.m.eventId && b.mr > a.la && b.ml < a.lb) hit = true;
      }
      if (hit) a.m.labelVisible = false;
      else labelsReach = Math.max(labelsReach, a.lb);
    }
  }
}

function layoutEras(
  input: Pick<TimelineLayoutInput, "eras" | "x" | "width" | "measure" | "fontSize">,
): EraLayout[] {
  const eras = input.eras ?? [];
  if (eras.length === 0) return [];
  const boxes = eras.map((era) => {
    const a = input.x(era.start);
    const b = input.x(era.end);
    const left = Math.max(-PAD, Math.min(a, b));
    const right = Math.min(input.width + PAD, Math.max(a, b));
    return { era, left, right };
  });
  const packed = packRows(
    boxes.map((b) => ({ start: b.left, end: b.right })),
    { gap: 2 },
  );
  return boxes.map((b, i) => {
    const visibleWidth = Math.min(b.right, input.width) - Math.max(b.left, 0);
    const label = truncateLabel(b.era.label, visibleWidth - 8, input.measure, input.fontSize - 1);
    return {
      id: b.era.id,
      label,
      left: b.left,
      right: b.right,
      row: packed.rows[i]!,
      labelVisible: visibleWidth > 40 && label !== "",
    };
  });
}

/** A hit-testing index over a layout's marks (d3-quadtree for glyphs, per-row lists for spans). */
export interface HitIndex {
  /** The mark under (px, py) in plot pixels, or undefined. */
  find(px: number, py: number): MarkLayout | undefined;
}

/**
 * Builds a {@link HitIndex} for canvas rendering, where there is no DOM node per mark: glyph
 * centres go in a quadtree searched within the glyph radius plus a margin; spans are found by
 * their row and extent.
 *
 * @example
 * const hit = buildHitIndex(layout, 26);
 * hit.find(120, 64)?.eventId;
 */
export function buildHitIndex(layout: TimelineLayout, rowHeight: number): HitIndex {
  const glyphs: Quadtree<MarkLayout> = quadtree<MarkLayout>()
    .x((m) => m.cx)
    .y((m) => m.y)
    .addAll(layout.marks.filter((m) => m.shape !== "span"));
  const spans = layout.marks.filter((m) => m.shape === "span");
  const half = rowHeight / 2;
  return {
    find(px, py) {
      const glyph = glyphs.find(px, py, 10);
      if (glyph && Math.hypot(glyph.cx - px, glyph.y - py) <= glyph.r + 4) return glyph;
      for (let i = spans.length - 1; i >= 0; i--) {
        const s = spans[i]!;
        if (Math.abs(s.y - py) <= half - 2 && px >= s.left - 2 && px <= s.right + 2) return s;
      }
      return glyph ?? undefined;
    },
  };
}
