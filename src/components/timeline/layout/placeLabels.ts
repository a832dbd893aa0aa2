import {
  free,
  hitsRow,
  type Interval,
  insert,
  markExtent,
  type RowMarks,
  remove,
  rowMarks,
} from "./labelRows";
import type { HiddenLabelCount, MarkLayout } from "./types";
import { metrics } from "./types";

/** What {@link placeLabels} needs besides the marks. */
export interface PlaceLabelsInput {
  /** Plot width: labels stay within [0, width]. */
  width: number;
  rtl: boolean;
  /** The whole label of a mark (placing again restores what an earlier pass shortened). */
  labelOf?: (mark: MarkLayout) => string;
  /** Width of a mark's whole label text in pixels. */
  widthOf: (mark: MarkLayout) => number;
  /** The text shortened to `maxWidth` with an ellipsis, or "" when nothing fits. */
  shorten: (text: string, maxWidth: number) => string;
  /** Width of a text in pixels (for the shortened forms). */
  measure: (text: string) => number;
  /**
   * Marks whose label is better before the mark than after it (the inner stages of an
   * instrument, whose line runs on after them), when there is room.
   */
  before?: (mark: MarkLayout) => boolean;
  /** Marks whose labels must not be drawn. */
  skip?: (mark: MarkLayout) => boolean;
  /** Rows of a lane and the height of one: with them, a label may go to a free adjacent row. */
  rowsOf?: (lane: string) => number;
  rowHeight?: number;
  /**
   * Only the first pass: each label whole beside its mark where it fits, else hidden (no
   * leaders, no shortening), for frames in the middle of a gesture.
   */
  quick?: boolean;
}

/** Labels hidden at this zoom, per lane: the chart draws "+N" so that nothing goes silently. */
export type HiddenLabels = HiddenLabelCount;

/**
 * How many rows away from its mark a label may go (joined by a leader): further, a reader cannot
 * tell whose label it is, and in a crowded lane of dozens of rows the search cost a long frame
 * (1,000 events in view: ~50 ms of a 180 ms first frame).
 */
export const MAX_LEADER_ROWS = 3;

/** Space kept between a label and the next label or mark in its row. */
const CLEAR = 4;

/**
 * The labels of one frame as placed by {@link createLabelPlacer}, and the one change the frame
 * may still make to them: a lane gets a row under its last, where left-over labels can go.
 */
export interface LabelPlacer {
  /** Labels hidden at this zoom, per lane, as they stand. */
  hidden(): HiddenLabels[];
  /** The lanes where a label is shortened or hidden, as they stand. */
  crowded(): Set<string>;
  /**
   * Tells the placer that `lane` now has one more row, under its last (the caller has moved the
   * marks' and labels' `y`, and `rowsOf` counts the row): each label of the lane that is
   * shortened or hidden, of a mark within {@link MAX_LEADER_ROWS} of that row, goes there whole
   * if it fits. Only that row is new, and every other row only filled up since the labels were
   * placed, so nothing else can have changed: a round costs the left-over labels of one lane,
   * not all labels again (placing 1,000 labels in view three times was ~120 ms of a first frame).
   */
  addRow(lane: string): void;
}

/**
 * Places the label of every mark in view so that no label overlaps another label or another
 * event's mark, and none runs past the plot's edges: first where the packing made room for it
 * (inside a span from its visible start, or on the reading side of a glyph), then on the other
 * side of the mark, then on a free row of its lane within {@link MAX_LEADER_ROWS} (joined by a
 * leader), then — only when no place fits the whole label — shortened to the room on either
 * side, never to less than its first word. A span that starts before the plot gets its label at
 * the plot's edge. A label that fits nowhere is hidden and counted per lane, for the chart's "+N"
 * cue; zooming in spreads the marks and gives it room. Marks wholly outside the plot lose their
 * labels (their text would be cut by the edge).
 *
 * Greedy passes over the marks in reading order; each test of a place is a binary search in its
 * row's labels and marks, so a thousand marks in view are placed within a frame. Rows are keyed
 * by lane and row number (labels of different rows never meet: a row is taller than text), so
 * growing a lane moves nothing that was placed.
 *
 * @example
 * const placer = createLabelPlacer(layout.marks, { width, rtl, widthOf, shorten, measure });
 * placer.hidden(); // [{ lane: "europol", count: 3, eventIds: [...] }]
 */
export function createLabelPlacer(marks: MarkLayout[], input: PlaceLabelsInput): LabelPlacer {
  const { width, rtl, widthOf, shorten, measure } = input;
  const gap = metrics.labelGap;
  const rowHeight = input.rowHeight ?? 0;
  const rowsOf = (lane: string) => input.rowsOf?.(lane) ?? 1;
  const byLane = <T>(map: Map<string, Map<number, T>>, lane: string) => {
    let rows = map.get(lane);
    if (!rows) {
      rows = new Map();
      map.set(lane, rows);
    }
    return rows;
  };
  // Placed labels per lane and row.
  const rows = new Map<string, Map<number, Interval[]>>();
  const rowOf = (m: MarkLayout, row = m.row) => {
    const lane = byLane(rows, m.lane);
    let list = lane.get(row);
    if (!list) {
      list = [];
      lane.set(row, list);
    }
    return list;
  };
  const extents = new Map<MarkLayout, Interval>();
  // Marks are obstacles for every label but their own: a label's own mark is left out of the
  // check by testing against the row without it (marks of one event never share a row).
  const lists = new Map<string, Map<number, { m: MarkLayout; e: Interval }[]>>();
  for (const m of marks) {
    const e = markExtent(m, rtl);
    extents.set(m, e);
    const lane = byLane(lists, m.lane);
    const list = lane.get(m.row);
    if (list) list.push({ m, e });
    else lane.set(m.row, [{ m, e }]);
  }
  const marksByRow = new Map<string, Map<number, RowMarks>>();
  for (const [lane, laneLists] of lists) {
    const out = byLane(marksByRow, lane);
    for (const [row, list] of laneLists) out.set(row, rowMarks(list));
  }
  const hitsMark = (m: MarkLayout, a: number, b: number, row = m.row) =>
    hitsRow(marksByRow.get(m.lane)?.get(row), m.eventId, a - CLEAR, b + CLEAR);
  const fits = (m: MarkLayout, a: number, b: number, row = m.row) =>
    a >= 0 && b <= width && !hitsMark(m, a, b, row) && free(rowOf(m, row), a - CLEAR, b + CLEAR);

  const inView: MarkLayout[] = [];
  for (const m of marks) {
    const [l, r] = extents.get(m)!;
    m.labelVisible = false;
    delete m.labelY;
    if (input.labelOf) m.label = input.labelOf(m);
    if (r < 0 || l > width || !m.label || input.skip?.(m)) continue;
    inView.push(m);
  }
  // Reading order, so that ties go to the earlier event.
  inView.sort((a, b) => (rtl ? extents.get(b)![1] - extents.get(a)![1] : a.cx - b.cx));

  /** Where each shortened label lies (its row and interval), so a whole placement can free it. */
  const shortened = new Map<MarkLayout, { row: number; box: Interval }>();
  const place = (
    m: MarkLayout,
    x: number,
    anchor: "start" | "end",
    w: number,
    text?: string,
    row = m.row,
  ) => {
    m.labelX = x;
    m.labelAnchor = anchor;
    m.labelVisible = true;
    if (text !== undefined) m.label = text;
    if (row !== m.row) m.labelY = m.y + (row - m.row) * rowHeight;
    else delete m.labelY;
    const [a, b] = anchor === "start" ? [x, x + w] : [x - w, x];
    insert(rowOf(m, row), a, b);
    return [a, b] as Interval;
  };

  /** The whole-label places of a mark, best first. */
  const candidates = (m: MarkLayout): [number, "start" | "end"][] => {
    const [l, r] = extents.get(m)!;
    const list: [number, "start" | "end"][] = [];
    if (m.shape === "span") {
      // From the span's visible start (at the plot's edge when it starts before it).
      if (!rtl) list.push([Math.max(m.left, 0) + gap, "start"]);
      else list.push([Math.min(m.right, width) - gap, "end"]);
    }
    if (!rtl) list.push([r + gap, "start"], [l - gap, "end"]);
    else list.push([l - gap, "end"], [r + gap, "start"]);
    if (input.before?.(m)) list.reverse();
    return list;
  };
  const box = (x: number, anchor: "start" | "end", w: number): Interval =>
    anchor === "start" ? [x, x + w] : [x - w, x];
  /** A label on another row starts at its mark's start (or ends at its end near the far edge). */
  const rowPlaces = (m: MarkLayout): [number, "start" | "end"][] => {
    const [l, r] = extents.get(m)!;
    return rtl
      ? [
          [Math.min(r, width), "end"],
          [Math.max(l, 0), "start"],
        ]
      : [
          [Math.max(l, 0), "start"],
          [Math.min(r, width), "end"],
        ];
  };
  /** Places `m`'s whole label on `row` of its lane if it fits there. */
  const onRow = (m: MarkLayout, row: number, w: number): boolean => {
    const spot = rowPlaces(m).find(([x, anchor]) => fits(m, ...box(x, anchor, w), row));
    if (spot) place(m, spot[0], spot[1], w, undefined, row);
    return spot !== undefined;
  };
  // A span's own label may lie on its bar: only other marks are obstacles (hitsMark skips it).

  // Pass 1: whole labels at the first place that fits.
  const left: MarkLayout[] = [];
  for (const m of inView) {
    const w = widthOf(m);
    const spot = candidates(m).find(([x, anchor]) => fits(m, ...box(x, anchor, w)));
    if (spot) place(m, spot[0], spot[1], w);
    else left.push(m);
  }
  // Pass 2: whole labels on the nearest free row of the lane within MAX_LEADER_ROWS (above first
  // at equal distance); the renderer joins such a label to its mark with a leader.
  const rest: MarkLayout[] = [];
  for (const m of input.quick ? [] : left) {
    const count = rowsOf(m.lane);
    const w = widthOf(m);
    let done = false;
    for (let k = 1; !done && rowHeight && k < Math.min(count, MAX_LEADER_ROWS + 1); k++)
      for (const dr of [-k, k]) {
        const row = m.row + dr;
        if (done || row < 0 || row >= count) continue;
        done = onRow(m, row, w);
      }
    if (!done) rest.push(m);
  }

  // Pass 3: shortened to the room on either side, never below the first word.
  /** Per lane, the marks whose label is shortened or hidden, in reading order. */
  const leftOver = new Map<string, MarkLayout[]>();
  for (const m of input.quick ? left : rest) {
    const list = leftOver.get(m.lane);
    if (list) list.push(m);
    else leftOver.set(m.lane, [m]);
    if (input.quick) continue;
    const text = m.label;
    const firstWord = text.split(/\s+/).find((s) => s && s !== "~") ?? text;
    const minText = text.startsWith("~ ") ? `~ ${firstWord}` : firstWord;
    const minWidth = measure(`${minText}…`);
    for (const [x, anchor] of candidates(m)) {
      // The room from x to the nearest obstacle or edge on the label's side.
      let room = anchor === "start" ? width - x : x;
      if (room < minWidth) continue;
      // Shrink until it fits (obstacles are few per row).
      let lo = minWidth;
      let hi = room;
      if (!fits(m, ...box(x, anchor, lo))) continue;
      while (hi - lo > 2) {
        const mid = (lo + hi) / 2;
        if (fits(m, ...box(x, anchor, mid))) lo = mid;
        else hi = mid;
      }
      room = lo;
      const short = shorten(text, room);
      if (!short || short.length < minText.length) continue;
      shortened.set(m, {
        row: m.row,
        box: place(m, x, anchor, Math.min(room, measure(short)), short),
      });
      break;
    }
  }

  return {
    hidden() {
      const out: HiddenLabels[] = [];
      for (const [lane, list] of leftOver) {
        const hidden = list.filter((m) => !m.labelVisible && m.key === m.eventId);
        if (hidden.length > 0)
          out.push({ lane, count: hidden.length, eventIds: hidden.map((m) => m.eventId) });
      }
      return out;
    },
    crowded: () => new Set(leftOver.keys()),
    addRow(lane) {
      const list = leftOver.get(lane);
      if (!list || !rowHeight) return;
      const row = rowsOf(lane) - 1;
      const still: MarkLayout[] = [];
      for (const m of list) {
        if (row - m.row > MAX_LEADER_ROWS || m.row >= row) {
          still.push(m);
          continue;
        }
        // Tried whole on the new row with its shortened form out of the way.
        const short = shortened.get(m);
        const whole = input.labelOf?.(m) ?? m.label;
        const before = {
          label: m.label,
          labelX: m.labelX,
          labelAnchor: m.labelAnchor,
          labelVisible: m.labelVisible,
          labelY: m.labelY,
        };
        if (short) remove(rowOf(m, short.row), short.box);
        m.label = whole;
        if (onRow(m, row, widthOf(m))) {
          shortened.delete(m);
          continue;
        }
        Object.assign(m, before);
        if (before.labelY === undefined) delete m.labelY;
        if (short) insert(rowOf(m, short.row), ...short.box);
        still.push(m);
      }
      if (still.length > 0) leftOver.set(lane, still);
      else leftOver.delete(lane);
    },
  };
}

/**
 * {@link createLabelPlacer} in one call: places the labels and returns the hidden ones per lane,
 * filling `crowded` with the lanes where a label was shortened or hidden.
 *
 * @example
 * const hidden = placeLabels(layout.marks, { width, rtl, widthOf, shorten, measure });
 */
export function placeLabels(
  marks: MarkLayout[],
  input: PlaceLabelsInput,
  crowded?: Set<string>,
): HiddenLabels[] {
  const placer = createLabelPlacer(marks, input);
  if (crowded) for (const lane of placer.crowded()) crowded.add(lane);
  return placer.hidden();
}
