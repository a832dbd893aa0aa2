/**
 * The timeline layout's types: what goes in (data, a scale, sizes) and what comes out (pixels),
 * shared by every step of the layout (index → pack → frame → labels → hit index) and by every
 * renderer. Numbers only: nothing here knows of the DOM.
 */
import type { LaneAssignment } from "../../../derive/assignLanes";
import type { DataEvent, EventKind } from "../../../model";
import type { TimeExtent } from "../../../time/types";
import type { TextMeasurer } from "../../shared/measureText";
import type { AnnotationLayout } from "../annotationsLayout";
import type { TimeTick } from "../ticks";

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
  /**
   * Pixel extent of the certain core of a span, if it has one: from the start day (exact start)
   * or the latest start, to the end day's end (exact end) or the earliest end; at least
   * `metrics.minCore` wide.
   */
  coreLeft?: number;
  coreRight?: number;
  /** The glyph centre (points and milestones) or the span's start edge. */
  cx: number;
  /** The row's centre line. */
  y: number;
  /** Glyph radius, or half the bar height for spans. */
  r: number;
  /**
   * Whether any side of the date is not an exact day (coarser, approximate `~`, uncertain `?` or
   * open): the mark is then drawn uncertain (hatched or faded part, hollow glyph), and only then.
   */
  imprecise: boolean;
  /** Whether the start (the end) of the date is an exact day; the other side is drawn uncertain. */
  exactStart: boolean;
  exactEnd: boolean;
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
  /** The label's centre line when it is on a free row next to its mark's (else `y`). */
  labelY?: number;
  /** Index of the first mark of the same event in `marks` when this one repeats it in another lane. */
  primary: number;
}

/** A lane's box. */
export interface LaneLayout {
  key: string;
  label: string;
  count: number;
  /** Events of the lane with a mark on screen (set when marks are drawn, not density bins). */
  inView?: number;
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

/** An axis tick and where its label goes: centred, or held inside the plot at an edge. */
export interface TickLayout extends TimeTick {
  anchor: "start" | "middle" | "end";
  /** Label x relative to the tick. */
  dx: number;
  /** False for ticks outside the plot (their label would be cut). */
  labelVisible: boolean;
}

/** Events in view in one lane whose labels could not be placed at this zoom ("+N"). */
export interface HiddenLabelCount {
  lane: string;
  count: number;
  eventIds: string[];
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
  ticks: TickLayout[];
  /** Per lane, events in view whose labels could not be placed (the chart draws "+N"). */
  hiddenLabels: HiddenLabelCount[];
  /** Axis breaks of a sequential scale, in pixels. */
  breaks: { left: number; right: number }[];
  mode: "marks" | "density";
  bins: DensityBin[];
  /** Events whose extent intersects the visible window. */
  visibleCount: number;
  /** Rows each lane used, to keep heights stable during a zoom gesture. */
  rowsByLane: Map<string, number>;
  /**
   * How much larger than {@link metrics} the era strip, axis and lane headers are, for type
   * larger than 16 px (presentation mode, slides): `headerScale(fontSize)`. Default 1.
   */
  headerScale?: number;
  /** The dataset's annotations placed on this frame (see `annotationsLayout.ts`), if any. */
  annotations?: AnnotationLayout[];
}

/** What {@link layoutTimeline} needs: data, a scale and sizes. Pure numbers in, numbers out. */
export interface TimelineLayoutInput {
  events: readonly DataEvent[];
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
  /**
   * A cap of rows for some lanes, by lane key, in place of `maxRowsPerLane` (a crowded lane given
   * more rows than a sparse one). Default: every lane `maxRowsPerLane`.
   */
  maxRowsByLane?: Readonly<Record<string, number>>;
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
   * Mid-gesture frames: labels go only where they fit whole beside their mark; leaders to other
   * rows, shortened labels and extra rows wait for the frame drawn when the gesture settles
   * (with hundreds of marks in view they were most of a gesture frame). Default false.
   */
  quickLabels?: boolean;
  /**
   * The bottom of what can be seen (px from the layout's top), when only a band of the layout
   * is drawn (a canvas chart whose plot scrolls): labels are placed in the lanes that start above
   * it, not in the lanes wholly below, which cannot be seen until the plot scrolls and the next
   * frame places them. Lanes above are placed in full, so everything in view lies where a frame
   * with every label placed would put it (a lane below growing moves nothing above it). Default:
   * every lane.
   */
  labelsBottom?: number;
  /**
   * The scale rows are packed with, if not `x`: the chart packs at a power-of-two zoom level at
   * or below the drawn one, so that rows do not change at every frame of a zoom gesture.
   */
  packX?: (t: number) => number;
  /**
   * The pixels the whole dataset spans under the packing scale (e.g. `[0, width]` unzoomed):
   * labels that would run past its far end are packed on the other side of their mark.
   */
  packBounds?: readonly [number, number];
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
  /** Narrowest drawn core of a span: a one-day operation in a chart of decades stays visible. */
  minCore: 3,
} as const;

/**
 * The factor the era strip, the axis and the lane headers grow by with the type: 1 up to 16 px
 * labels, then in proportion, so that 24 px lane names and ticks (a 1080p slide) do not run into
 * the axis line or the first row.
 * @example headerScale(24); // 1.5
 */
export function headerScale(fontSize: number): number {
  return Math.max(1, fontSize / 16);
}

/** Margin, in pixels, around the plot within which marks and eras are still laid out. */
export const PAD = 40;
/** Bin width of the density view, in pixels. */
export const BIN = 6;

/** What {@link indexTimeline} needs: the per-dataset part of {@link TimelineLayoutInput}. */
export type TimelineIndexInput = Pick<
  TimelineLayoutInput,
  | "events"
  | "extents"
  | "assignment"
  | "rtl"
  | "rowHeight"
  | "maxRowsPerLane"
  | "maxRowsByLane"
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
  /** DataEvent indices sorted by earliest start, then latest end, then index. */
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
  /** 1 when the date is not known to the day on both sides (see `markCertainty`). */
  imprecise: Uint8Array;
  /** Per event, 1 when its start is an exact day, | 2 when its end is. */
  exactSides: Uint8Array;
  /** The time each event certainly covers, drawn solid (see `markCertainty`); empty when end ≤ start. */
  coreStart: Float64Array;
  coreEnd: Float64Array;
  label(i: number): string;
  labelWidth(i: number): number;
}

/** Rows of every packing unit at one zoom level; see {@link packTimeline}. */
export interface TimelinePacking {
  /** Row of each unit. */
  row: Int32Array;
  /** Units placed over another because the lane's cap of rows was reached (they lose their labels). */
  overflow: Uint8Array;
  /** Rows each lane of `index.lanes` uses. */
  laneRows: Int32Array;
}

/** The per-frame part of {@link TimelineLayoutInput}. */
export type TimelineFrameInput = Omit<
  TimelineLayoutInput,
  keyof TimelineIndexInput | "packX" | "packBounds"
>;
