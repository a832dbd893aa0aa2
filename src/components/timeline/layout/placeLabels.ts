import { free, hitsRow, type Interval, insert, markExtent, remove, rowMarks } from "./labelRows";
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
  // Written for a first frame, whose code runs cold (interpreted): marks are numbered, their
  // extents and lanes kept in arrays and rows in arrays per lane, and the hot tests take plain
  // numbers — no Map keyed by mark, no tuple or closure per place tried (placing 1,000 labels
  // was 13 ms of a first render, 4.5 of it making the lists of places).
  const n = marks.length;
  const lo = new Float64Array(n);
  const hi = new Float64Array(n);
  const laneOf = new Int32Array(n);
  const laneIds = new Map<string, number>();
  // Per lane, per row: the placed labels, and the marks as obstacles.
  const labelRows: Interval[][][] = [];
  const markLists: { m: MarkLayout; e: Interval }[][][] = [];
  for (let i = 0; i < n; i++) {
    const m = marks[i]!;
    const e = markExtent(m, rtl);
    lo[i] = e[0];
    hi[i] = e[1];
    let lane = laneIds.get(m.lane);
    if (lane === undefined) {
      lane = laneIds.size;
      laneIds.set(m.lane, lane);
      labelRows.push([]);
      markLists.push([]);
    }
    laneOf[i] = lane;
    const lists = markLists[lane]!;
    const list = lists[m.row];
    if (list) list.push({ m, e });
    else lists[m.row] = [{ m, e }];
  }
  // Marks are obstacles for every label but their own: a label's own mark is left out of the
  // check by testing against the row without it (marks of one event never share a row).
  const markRows = markLists.map((rows) => rows.map((list) => rowMarks(list)));
  const labelsOn = (lane: number, row: number) => {
    const rows = labelRows[lane]!;
    let list = rows[row];
    if (!list) {
      list = [];
      rows[row] = list;
    }
    return list;
  };
  /** Whether a label of mark `i` fits on [a, b] of `row` of its lane. */
  const fits = (i: number, a: number, b: number, row: number): boolean =>
    a >= 0 &&
    b <= width &&
    !hitsRow(markRows[laneOf[i]!]![row], marks[i]!.eventId, a - CLEAR, b + CLEAR) &&
    free(labelsOn(laneOf[i]!, row), a - CLEAR, b + CLEAR);
  /** {@link fits} for a label of width `w` anchored at `x`. */
  const fitsAt = (i: number, x: number, start: boolean, w: number, row: number) =>
    start ? fits(i, x, x + w, row) : fits(i, x - w, x, row);

  const inView: number[] = [];
  for (let i = 0; i < n; i++) {
    const m = marks[i]!;
    m.labelVisible = false;
    if (m.labelY !== undefined) delete m.labelY;
    if (input.labelOf) m.label = input.labelOf(m);
    if (hi[i]! < 0 || lo[i]! > width || !m.label || input.skip?.(m)) continue;
    inView.push(i);
  }
  // Reading order, so that ties go to the earlier event (a stable sort: input order next).
  inView.sort(rtl ? (a, b) => hi[b]! - hi[a]! : (a, b) => marks[a]!.cx - marks[b]!.cx);

  /** Where each shortened label lies (its row and interval), so a whole placement can free it. */
  const shortened = new Map<number, { row: number; box: Interval }>();
  const place = (i: number, x: number, start: boolean, w: number, row: number, text?: string) => {
    const m = marks[i]!;
    m.labelX = x;
    m.labelAnchor = start ? "start" : "end";
    m.labelVisible = true;
    if (text !== undefined) m.label = text;
    if (row !== m.row) m.labelY = m.y + (row - m.row) * rowHeight;
    else if (m.labelY !== undefined) delete m.labelY;
    const box: Interval = start ? [x, x + w] : [x - w, x];
    insert(labelsOn(laneOf[i]!, row), box[0], box[1]);
    return box;
  };

  // The whole-label places of a mark, best first (at most three), written into `placeX` and
  // `placeStart`; returns how many.
  const placeX = new Float64Array(3);
  const placeStart = new Uint8Array(3);
  const candidates = (i: number): number => {
    const m = marks[i]!;
    let count = 0;
    const add = (x: number, start: boolean) => {
      placeX[count] = x;
      placeStart[count++] = start ? 1 : 0;
    };
    if (m.shape === "span") {
      // From the span's visible start (at the plot's edge when it starts before it).
      if (!rtl) add(Math.max(m.left, 0) + gap, true);
      else add(Math.min(m.right, width) - gap, false);
    }
    if (!rtl) {
      add(hi[i]! + gap, true);
      add(lo[i]! - gap, false);
    } else {
      add(lo[i]! - gap, false);
      add(hi[i]! + gap, true);
    }
    if (input.before?.(m)) {
      placeX.subarray(0, count).reverse();
      placeStart.subarray(0, count).reverse();
    }
    return count;
  };
  /**
   * Places `i`'s whole label on `row` of its lane if it fits there: starting at its mark's start,
   * else ending at its end (the other way round right to left).
   */
  const onRow = (i: number, row: number, w: number): boolean => {
    const a = Math.max(lo[i]!, 0);
    const b = Math.min(hi[i]!, width);
    const first = rtl ? b : a;
    const second = rtl ? a : b;
    if (fitsAt(i, first, !rtl, w, row)) place(i, first, !rtl, w, row);
    else if (fitsAt(i, second, rtl, w, row)) place(i, second, rtl, w, row);
    else return false;
    return true;
  };
  // A span's own label may lie on its bar: only other marks are obstacles (hitsRow skips it).

  // Pass 1: whole labels at the first place that fits.
  const left: number[] = [];
  for (const i of inView) {
    const m = marks[i]!;
    const w = widthOf(m);
    const count = candidates(i);
    let c = 0;
    while (c < count && !fitsAt(i, placeX[c]!, placeStart[c] === 1, w, m.row)) c++;
    if (c < count) place(i, placeX[c]!, placeStart[c] === 1, w, m.row);
    else left.push(i);
  }
  // Pass 2: whole labels on the nearest free row of the lane within MAX_LEADER_ROWS (above first
  // at equal distance); the renderer joins such a label to its mark with a leader.
  const rest: number[] = [];
  for (const i of input.quick ? [] : left) {
    const m = marks[i]!;
    const count = rowsOf(m.lane);
    const w = widthOf(m);
    let done = false;
    const reach = rowHeight ? Math.min(count, MAX_LEADER_ROWS + 1) : 0;
    for (let k = 1; !done && k < reach; k++) {
      if (m.row - k >= 0) done = onRow(i, m.row - k, w);
      if (!done && m.row + k < count) done = onRow(i, m.row + k, w);
    }
    if (!done) rest.push(i);
  }

  // Pass 3: shortened to the room on either side, never below the first word.
  /** Per lane, the marks whose label is shortened or hidden, in reading order. */
  const leftOver = new Map<string, number[]>();
  for (const i of input.quick ? left : rest) {
    const m = marks[i]!;
    const list = leftOver.get(m.lane);
    if (list) list.push(i);
    else leftOver.set(m.lane, [i]);
    if (input.quick) continue;
    const text = m.label;
    const firstWord = text.split(/\s+/).find((s) => s && s !== "~") ?? text;
    const minText = text.startsWith("~ ") ? `~ ${firstWord}` : firstWord;
    const minWidth = measure(`${minText}…`);
    const count = candidates(i);
    for (let c = 0; c < count; c++) {
      const x = placeX[c]!;
      const start = placeStart[c] === 1;
      // The room from x to the nearest obstacle or edge on the label's side.
      let room = start ? width - x : x;
      if (room < minWidth) continue;
      // Shrink until it fits (obstacles are few per row).
      let low = minWidth;
      let high = room;
      if (!fitsAt(i, x, start, low, m.row)) continue;
      while (high - low > 2) {
        const mid = (low + high) / 2;
        if (fitsAt(i, x, start, mid, m.row)) low = mid;
        else high = mid;
      }
      room = low;
      const short = shorten(text, room);
      if (!short || short.length < minText.length) continue;
      shortened.set(i, {
        row: m.row,
        box: place(i, x, start, Math.min(room, measure(short)), m.row, short),
      });
      break;
    }
  }

  return {
    hidden() {
      const out: HiddenLabels[] = [];
      for (const [lane, list] of leftOver) {
        const hidden = list
          .map((i) => marks[i]!)
          .filter((m) => !m.labelVisible && m.key === m.eventId);
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
      const still: number[] = [];
      for (const i of list) {
        const m = marks[i]!;
        if (row - m.row > MAX_LEADER_ROWS || m.row >= row) {
          still.push(i);
          continue;
        }
        // Tried whole on the new row with its shortened form out of the way.
        const short = shortened.get(i);
        const whole = input.labelOf?.(m) ?? m.label;
        const before = {
          label: m.label,
          labelX: m.labelX,
          labelAnchor: m.labelAnchor,
          labelVisible: m.labelVisible,
          labelY: m.labelY,
        };
        if (short) remove(labelsOn(laneOf[i]!, short.row), short.box);
        m.label = whole;
        if (onRow(i, row, widthOf(m))) {
          shortened.delete(i);
          continue;
        }
        Object.assign(m, before);
        if (before.labelY === undefined) delete m.labelY;
        if (short) insert(labelsOn(laneOf[i]!, short.row), ...short.box);
        still.push(i);
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
