import { geometry, newGeometry } from "./geometry";
import { truncateLabel } from "./labels";
import { layoutEras } from "./layoutEras";
import { layoutTicks } from "./layoutTicks";
import { createLabelPlacer, MAX_LEADER_ROWS } from "./placeLabels";
import type {
  Connector,
  DensityBin,
  InstrumentLine,
  LaneLayout,
  MarkLayout,
  TimelineFrameInput,
  TimelineIndex,
  TimelineLayout,
  TimelinePacking,
} from "./types";
import { BIN, headerScale, metrics, PAD } from "./types";
import { countIn, upper } from "./windowQueries";

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
  const k = headerScale(fontSize);
  const laneHeader = metrics.laneHeader * k;
  const eraStripHeight = eraRows * metrics.eraRow * k;
  const axisY = eraStripHeight;
  const lanesTop = axisY + metrics.axis * k;
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
    ticks: layoutTicks(input.ticks, width, (t) => measure(t, fontSize) * TICK_TEXT_SCALE),
    breaks,
    visibleCount,
    rowsByLane,
    ...(k === 1 ? {} : { headerScale: k }),
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
        height: laneHeader + metrics.densityHeight,
        rows: 1,
      });
      top += laneHeader + metrics.densityHeight + metrics.laneGap;
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
      hiddenLabels: [],
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
    const height = laneHeader + rows * rowHeight;
    lanes.push({ key: lane.key, label: lane.label, count: lane.count, top, height, rows });
    laneTop[l] = top;
    top += height + metrics.laneGap;
  });
  const yOfSlot = (s: number) =>
    laneTop[index.slotLane[s]!]! + laneHeader + pack.row[index.slotUnit[s]!]! * rowHeight + half;

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
        exactStart: (index.exactSides[i]! & 1) === 1,
        exactEnd: (index.exactSides[i]! & 2) === 2,
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

  // Instrument stages: join with a line. Every stage is labelled (placeLabels); an inner
  // stage's label goes before it where there is room, so that it does not sit on the line.
  const instrumentLines: InstrumentLine[] = [];
  // Inner stages, whose labels go before them where there is room (not over the line).
  const innerStages = new Set<number>();
  for (const inst of index.instruments) {
    const firstSlot = inst.slots[0]!;
    const lastSlot = inst.slots[inst.slots.length - 1]!;
    const t0 = extents[index.slotEvent[firstSlot]!]!.earliestStart;
    const t1 = extents[index.slotEvent[lastSlot]!]!.latestEnd;
    const shown = inst.slots.some((s) => markOfSlot.has(s));
    if (!shown && (t1 < ma || t0 > mb)) continue;
    for (let j = 0; j < inst.slots.length - 1; j++) {
      const m = markOfSlot.get(inst.slots[j]!);
      if (m !== undefined) innerStages.add(m);
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

  // Every label in view placed where it fits whole (its packed place, the other side of its
  // mark, a free row near it), else shortened to no less than its first word, else hidden and
  // counted per lane ("+N"). Instrument lines run under the stages' labels, which have a halo.
  // Marks are numbered for the inner stages only (a Map of every mark in view was a cold
  // first frame's cost in a chart without instruments).
  const innerMarks = new Set<MarkLayout>();
  for (const k of innerStages) innerMarks.add(marks[k]!);
  const placement = {
    width,
    rtl,
    labelOf: (m: MarkLayout) => index.label(m.index),
    widthOf: (m: MarkLayout) => index.labelWidth(m.index),
    shorten: (text: string, w: number) => truncateLabel(text, w, measure, fontSize),
    measure: (text: string) => measure(text, fontSize),
    rowsOf: (lane: string) => rowsByLane.get(lane) ?? 1,
    rowHeight,
    ...(innerMarks.size > 0 ? { before: (m: MarkLayout) => innerMarks.has(m) } : {}),
    quick: input.quickLabels === true,
  };
  // Lanes wholly below what can be seen keep their marks unlabelled (see `labelsBottom`): at
  // 1,000 events in a plot showing a fifth of its lanes, placing them was most of a first frame.
  const bottom = input.labelsBottom ?? Number.POSITIVE_INFINITY;
  const unseen = new Set(lanes.filter((lane) => lane.top >= bottom).map((lane) => lane.key));
  const placed =
    unseen.size === 0
      ? marks
      : marks.filter((m) => {
          const seen = !unseen.has(m.lane);
          if (!seen) m.labelVisible = false;
          return seen;
        });
  const placer = createLabelPlacer(placed, placement);
  // A lane with labels left over (shortened or hidden) gets one more row (twice at most), free
  // for them (under its last row): the single row of an instrument's stages, close in time, has
  // no other room. Lanes never shrink within a gesture, so the row stays while zooming.
  const packedRows = new Map(index.lanes.map((lane, l) => [lane.key, pack.laneRows[l]!]));
  for (let round = 0; round < (input.quickLabels ? 0 : MAX_LABEL_ROWS); round++) {
    const crowded = placer.crowded();
    if (crowded.size === 0) break;
    // At most MAX_LABEL_ROWS rows past the packed ones (lanes keep them through a gesture). A
    // lane grows only when the rows it may still gain can hold the labels left over: in a lane
    // of hundreds of marks in view they cannot, and the "+N" stays either way. The new row goes
    // under the lane's last one: only labels of marks within MAX_LEADER_ROWS of it can use it.
    const leftOver = leftOverLabelWidths(placed, crowded, width, (m) => ({
      whole: index.label(m.index),
      width: index.labelWidth(m.index),
      reachesNewRow: (rowsByLane.get(m.lane) ?? 1) - m.row <= MAX_LEADER_ROWS,
    }));
    const grow = new Set(
      [...crowded].filter((key) => {
        const room = (packedRows.get(key) ?? 0) + MAX_LABEL_ROWS - (rowsByLane.get(key) ?? 0);
        const wanted = leftOver.get(key) ?? 0;
        return room > 0 && wanted > 0 && wanted <= room * width;
      }),
    );
    if (grow.size === 0) break;
    const shiftOf = new Map<string, number>();
    let shift = 0;
    for (const lane of lanes) {
      lane.top += shift;
      shiftOf.set(lane.key, shift);
      if (grow.has(lane.key)) {
        lane.rows += 1;
        lane.height += rowHeight;
        rowsByLane.set(lane.key, lane.rows);
        shift += rowHeight;
      }
    }
    top += shift;
    for (const m of marks) {
      const dy = shiftOf.get(m.lane) ?? 0;
      m.y += dy;
      if (m.labelY !== undefined) m.labelY += dy;
    }
    for (const line of instrumentLines) {
      const dy = shiftOf.get(line.lane) ?? 0;
      if (dy) line.points = line.points.map(([px, py]) => [px, py + dy] as [number, number]);
    }
    // Only the new rows are free space: the labels left over in those lanes try them.
    for (const key of grow) placer.addRow(key);
  }
  const hiddenLabels = placer.hidden();

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

  // Events of each lane with a mark on screen, for the lane titles ("5 of 17 in view").
  const laneOf = new Map(lanes.map((lane, l) => [lane.key, l]));
  const inView = new Int32Array(lanes.length);
  for (const m of marks) {
    const left = m.shape === "span" ? m.left : Math.min(m.left, m.cx - m.r);
    const right = m.shape === "span" ? m.right : Math.max(m.right, m.cx + m.r);
    if (right >= 0 && left <= width) inView[laneOf.get(m.lane)!]!++;
  }
  lanes.forEach((lane, l) => {
    lane.inView = inView[l]!;
  });

  return {
    ...common,
    height: top,
    lanes,
    marks,
    instrumentLines,
    connectors,
    mode: "marks",
    bins: [],
    hiddenLabels,
  };
}

/**
 * Per crowded lane, the width the labels left over by placeLabels would take whole (the hidden
 * and the shortened ones of marks in view that a new row under the lane could hold), each with
 * the room kept around a label.
 */
function leftOverLabelWidths(
  marks: readonly MarkLayout[],
  crowded: ReadonlySet<string>,
  width: number,
  labelOf: (m: MarkLayout) => { whole: string; width: number; reachesNewRow: boolean },
): Map<string, number> {
  const out = new Map<string, number>();
  for (const m of marks) {
    if (!crowded.has(m.lane) || m.key !== m.eventId || m.right < 0 || m.left > width) continue;
    const label = labelOf(m);
    if (!label.whole || !label.reachesNewRow || (m.labelVisible && m.label === label.whole))
      continue;
    out.set(m.lane, (out.get(m.lane) ?? 0) + label.width + 2 * metrics.labelGap);
  }
  return out;
}

/**
 * Tick labels are in the axis font (11–17 px by theme) where labels are measured at `fontSize`
 * (12 px): their widths are over-estimated by this factor, so a label near an edge is anchored
 * to the edge a little early rather than cut.
 */
const TICK_TEXT_SCALE = 1.5;
/** Rows a lane may grow past its packed rows to hold labels that found no other room. */
const MAX_LABEL_ROWS = 2;
