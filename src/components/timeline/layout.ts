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
  labels: readonly string[];
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

/**
 * Lays out a timeline: lanes, rows packed so that no two marks — nor their labels — overlap,
 * label visibility, instrument lines, multi-lane connectors, eras stacked in rows, axis ticks,
 * and density bins when too many events are visible. Pure: the same input gives the same numbers.
 *
 * Row packing depends only on the zoom scale, not on panning, since it runs over every event
 * (not only visible ones): marks keep their rows while the reader pans.
 *
 * @example
 * const layout = layoutTimeline({ events, extents, assignment, x, invert, width: 800, … });
 */
export function layoutTimeline(input: TimelineLayoutInput): TimelineLayout {
  const { events, extents, assignment, x, width, rtl, rowHeight, fontSize, measure } = input;
  const eraLayouts = layoutEras(input);
  const eraRows = eraLayouts.reduce((m, e) => Math.max(m, e.row + 1), 0);
  const eraStripHeight = eraRows * metrics.eraRow;
  const axisY = eraStripHeight;
  const lanesTop = axisY + metrics.axis;

  // Visible events, to choose between marks and density.
  let visibleCount = 0;
  const visible = new Uint8Array(events.length);
  for (let i = 0; i < events.length; i++) {
    const e = extents[i]!;
    const a = x(e.earliestStart);
    const b = x(e.latestEnd);
    const l = Math.min(a, b);
    const r = Math.max(a, b);
    if (r >= -PAD && l <= width + PAD) {
      visible[i] = 1;
      visibleCount++;
    }
  }
  const density =
    input.density ?? visibleCount > (input.densityThreshold ?? Number.POSITIVE_INFINITY);

  const laneIndex = new Map(assignment.lanes.map((lane, i) => [lane.key, i]));
  const marks: MarkLayout[] = [];
  const instrumentLines: InstrumentLine[] = [];
  const rowsByLane = new Map<string, number>();
  const lanes: LaneLayout[] = [];
  const bins: DensityBin[] = [];
  const rowOfMark: number[] = [];

  if (density) {
    let top = lanesTop;
    const binWidth = 6;
    const count = Math.max(1, Math.ceil(width / binWidth));
    for (const lane of assignment.lanes) {
      const counts = new Float64Array(count);
      for (let i = 0; i < events.length; i++) {
        if (!visible[i] || !assignment.membership[i]!.includes(lane.key)) continue;
        const e = extents[i]!;
        const a = x(e.earliestStart);
        const b = x(e.latestEnd);
        const from = Math.max(0, Math.floor(Math.min(a, b) / binWidth));
        const to = Math.min(count - 1, Math.floor(Math.max(a, b) / binWidth));
        for (let j = from; j <= to; j++) counts[j]! += 1;
      }
      for (let j = 0; j < count; j++) {
        if (!counts[j]) continue;
        const left = j * binWidth;
        const right = Math.min(width, left + binWidth);
        const ta = input.invert(left);
        const tb = input.invert(right);
        bins.push({
          lane: lane.key,
          left,
          right,
          count: counts[j]!,
          start: Math.min(ta, tb),
          end: Math.max(ta, tb),
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
    }
    return {
      width,
      height: top,
      axisY,
      lanesTop,
      eraStripHeight,
      lanes,
      marks,
      instrumentLines,
      connectors: [],
      eras: eraLayouts,
      ticks: input.ticks,
      breaks: (input.breaks ?? []).map((b) => ({
        left: Math.min(x(b.start), x(b.end)),
        right: Math.max(x(b.start), x(b.end)),
      })),
      mode: "density",
      bins,
      visibleCount,
      rowsByLane,
    };
  }

  // 1. One packing unit per (event, lane); legislation stages of one instrument in one lane form
  //    one unit so they share a row and can be joined by a line.
  interface Unit {
    lane: string;
    marks: number[];
    start: number;
    end: number;
  }
  const unitsByLane = new Map<string, Unit[]>();
  const instrumentUnits = new Map<string, Unit>();
  const firstMarkOfEvent = new Map<number, number>();
  const half = rowHeight / 2;

  for (let i = 0; i < events.length; i++) {
    const event = events[i]!;
    const e = extents[i]!;
    const shape = shapeOfKind[event.kind];
    const xa = x(e.earliestStart);
    const xb = x(e.latestEnd);
    const left = Math.min(xa, xb);
    const right = Math.max(xa, xb);
    const radius = input.radii?.[i];
    const noSize = radius !== undefined && Number.isNaN(radius);
    const r =
      shape === "span"
        ? Math.min(7, half - 4)
        : Math.min(half - 1, noSize || radius === undefined ? metrics.defaultRadius : radius);
    const imprecise =
      e.startPrecision !== "day" || e.endPrecision !== "day" || e.approximate || e.uncertain;
    const label = input.labels[i] ?? event.title;
    const labelText = e.approximate ? `~ ${label}` : label;
    const labelWidth = measure(labelText, fontSize);
    let coreLeft: number | undefined;
    let coreRight: number | undefined;
    if (shape === "span" && e.earliestEnd > e.latestStart) {
      const ca = x(e.latestStart);
      const cb = x(e.earliestEnd);
      coreLeft = Math.min(ca, cb);
      coreRight = Math.max(ca, cb);
    }
    const cx = shape === "span" ? (rtl ? right : left) : (left + right) / 2;
    // Occupied extent: the mark, its open-end tail, and its label on the reading side.
    let occLeft: number;
    let occRight: number;
    let labelX: number;
    let labelAnchor: "start" | "end" = rtl ? "end" : "start";
    // The mark's own extent, then the label on the reading side — or on the other side when
    // the reading side would run off the plot.
    const tail = shape === "span" && e.openEnd ? metrics.fadeTail : 0;
    const markLeft = shape === "span" ? left - (rtl ? tail : 0) : Math.min(cx - r, left);
    const markRight = shape === "span" ? right + (rtl ? 0 : tail) : Math.max(cx + r, right);
    if (shape === "span") {
      labelX = rtl ? right - metrics.labelGap : left + metrics.labelGap;
    } else {
      labelX = rtl ? markLeft - metrics.labelGap : markRight + metrics.labelGap;
    }
    // Rows are packed with the label on the reading side, so they depend on the zoom only and
    // marks keep their rows while the reader pans; a label that would run off the plot is
    // flipped afterwards (and hidden if the flip collides).
    if (labelAnchor === "start") {
      occLeft = Math.min(markLeft, labelX);
      occRight = Math.max(markRight, labelX + labelWidth);
    } else {
      occLeft = Math.min(markLeft, labelX - labelWidth);
      occRight = Math.max(markRight, labelX);
    }
    if (!rtl && labelX + labelWidth > width && markLeft - metrics.labelGap - labelWidth >= 0) {
      labelAnchor = "end";
      labelX = markLeft - metrics.labelGap;
    } else if (
      rtl &&
      labelX - labelWidth < 0 &&
      markRight + metrics.labelGap + labelWidth <= width
    ) {
      labelAnchor = "start";
      labelX = markRight + metrics.labelGap;
    }
    for (const laneKey of assignment.membership[i] ?? []) {
      if (!laneIndex.has(laneKey)) continue;
      const markIndex = marks.length;
      const primary = firstMarkOfEvent.get(i);
      if (primary === undefined) firstMarkOfEvent.set(i, markIndex);
      marks.push({
        key: primary === undefined ? event.id : `${event.id}@${laneKey}`,
        eventId: event.id,
        index: i,
        lane: laneKey,
        row: 0,
        kind: event.kind,
        shape,
        left,
        right,
        ...(coreLeft !== undefined ? { coreLeft, coreRight: coreRight! } : {}),
        cx,
        y: 0,
        r,
        imprecise,
        approximate: e.approximate,
        openEnd: e.openEnd,
        openStart: e.openStart,
        noSize,
        colorIndex: input.colorIndices[i] ?? 0,
        label: labelText,
        labelX,
        labelAnchor,
        labelVisible: true,
        primary: primary ?? markIndex,
      });
      rowOfMark.push(0);
      let unit: Unit | undefined;
      if (event.kind === "legislation") {
        const key = `${event.instrument}\u0000${laneKey}`;
        unit = instrumentUnits.get(key);
        if (unit) {
          unit.marks.push(markIndex);
          unit.start = Math.min(unit.start, occLeft);
          unit.end = Math.max(unit.end, occRight);
          continue;
        }
        unit = { lane: laneKey, marks: [markIndex], start: occLeft, end: occRight };
        instrumentUnits.set(key, unit);
      } else {
        unit = { lane: laneKey, marks: [markIndex], start: occLeft, end: occRight };
      }
      const list = unitsByLane.get(laneKey);
      if (list) list.push(unit);
      else unitsByLane.set(laneKey, [unit]);
    }
  }

  // 2. Pack units into rows per lane; past maxRowsPerLane, overflowing units lose their labels.
  let top = lanesTop;
  for (const lane of assignment.lanes) {
    const units = unitsByLane.get(lane.key) ?? [];
    if (units.length === 0) continue;
    const packed = packRows(
      units.map((u) => ({ start: u.start, end: u.end })),
      { gap: metrics.markGap, maxRows: input.maxRowsPerLane },
    );
    const overflow = new Set(packed.overflow);
    units.forEach((unit, u) => {
      for (const m of unit.marks) {
        marks[m]!.row = packed.rows[u]!;
        if (overflow.has(u)) marks[m]!.labelVisible = false;
      }
    });
    const rows = Math.max(packed.rowCount, input.minRows?.get(lane.key) ?? 0, 1);
    rowsByLane.set(lane.key, rows);
    const height = metrics.laneHeader + rows * rowHeight;
    lanes.push({ key: lane.key, label: lane.label, count: lane.count, top, height, rows });
    for (const unit of units) {
      for (const m of unit.marks)
        marks[m]!.y = top + metrics.laneHeader + marks[m]!.row * rowHeight + half;
    }
    top += height + metrics.laneGap;
  }

  // 3. Instrument stages: join with a line. The line runs where inner stages' labels would be,
  //    so only the last stage is labelled — after it, or before the first stage when there is
  //    no room after it (the tooltip and table name every stage).
  for (const [key, unit] of instrumentUnits) {
    if (unit.marks.length < 2) continue;
    const list = unit.marks.map((m) => marks[m]!).sort((a, b) => (rtl ? b.cx - a.cx : a.cx - b.cx));
    for (let j = 0; j < list.length - 1; j++) list[j]!.labelVisible = false;
    const first = list[0]!;
    const last = list[list.length - 1]!;
    const flipped = last.labelAnchor !== (rtl ? "end" : "start");
    if (flipped) {
      last.labelAnchor = rtl ? "start" : "end";
      last.labelX = rtl
        ? first.cx + first.r + metrics.labelGap
        : first.cx - first.r - metrics.labelGap;
    }
    const event = events[list[0]!.index]!;
    instrumentLines.push({
      key,
      instrument: event.kind === "legislation" ? event.instrument : key,
      lane: unit.lane,
      points: list.map((m) => [m.cx, m.y] as [number, number]),
    });
  }

  // 4. Hide labels run over by overflowing marks in the same row (only past maxRowsPerLane).
  hideCollidingLabels(marks, measure, fontSize, rtl);

  // 5. Connectors between the lanes of one event.
  const connectors: Connector[] = [];
  const occurrences = new Map<string, MarkLayout[]>();
  for (const mark of marks) {
    const list = occurrences.get(mark.eventId);
    if (list) list.push(mark);
    else occurrences.set(mark.eventId, [mark]);
  }
  for (const [eventId, list] of occurrences) {
    if (list.length < 2) continue;
    let y0 = Number.POSITIVE_INFINITY;
    let y1 = Number.NEGATIVE_INFINITY;
    for (const m of list) {
      y0 = Math.min(y0, m.y);
      y1 = Math.max(y1, m.y);
    }
    connectors.push({ eventId, x: list[0]!.cx, y0, y1 });
  }

  return {
    width,
    height: top,
    axisY,
    lanesTop,
    eraStripHeight,
    lanes,
    marks,
    instrumentLines,
    connectors,
    eras: eraLayouts,
    ticks: input.ticks,
    breaks: (input.breaks ?? []).map((b) => ({
      left: Math.min(x(b.start), x(b.end)),
      right: Math.max(x(b.start), x(b.end)),
    })),
    mode: "marks",
    bins,
    visibleCount,
    rowsByLane,
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
  measure: TextMeasurer,
  fontSize: number,
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
      const [la, lb] = labelExtent(m, measure, fontSize);
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

function layoutEras(input: TimelineLayoutInput): EraLayout[] {
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
