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

type Interval = [number, number];

/**
 * Whether [a, b] overlaps any interval of the row. The row's intervals are placed labels, which
 * never overlap, so sorted by start they are sorted by end too: only the last one starting
 * before b can reach past a (binary search, as a crowded row holds hundreds).
 */
function free(row: Interval[], a: number, b: number): boolean {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row[mid]![0] < b) lo = mid + 1;
    else hi = mid;
  }
  return lo === 0 || row[lo - 1]![1] <= a;
}

function insert(row: Interval[], a: number, b: number): void {
  let lo = 0;
  let hi = row.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row[mid]![0] <= a) lo = mid + 1;
    else hi = mid;
  }
  row.splice(lo, 0, [a, b]);
}

/** The marks of one row as obstacles, sorted by start, with the running maximum of their ends. */
interface RowMarks {
  starts: number[];
  ends: number[];
  /** maxEnd[i]: the largest end among the first i + 1 marks. */
  maxEnd: number[];
  eventIds: string[];
}

function rowMarks(list: { m: MarkLayout; e: Interval }[]): RowMarks {
  list.sort((x, y) => x.e[0] - y.e[0]);
  const out: RowMarks = { starts: [], ends: [], maxEnd: [], eventIds: [] };
  let max = -Infinity;
  for (const { m, e } of list) {
    max = Math.max(max, e[1]);
    out.starts.push(e[0]);
    out.ends.push(e[1]);
    out.maxEnd.push(max);
    out.eventIds.push(m.eventId);
  }
  return out;
}

/**
 * Whether a mark of another event than `eventId` lies within (a, b): the marks starting before
 * b, walked back from the last while one of them may still end after a.
 */
function hitsRow(row: RowMarks | undefined, eventId: string, a: number, b: number): boolean {
  if (!row) return false;
  let lo = 0;
  let hi = row.starts.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (row.starts[mid]! < b) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && row.maxEnd[i]! > a; i--)
    if (row.ends[i]! > a && row.eventIds[i] !== eventId) return true;
  return false;
}

/** The visible extent of a mark's shape (glyph, bar and open-end tail), in pixels. */
function markExtent(m: MarkLayout, rtl: boolean): Interval {
  if (m.shape === "span") {
    const tail = m.openEnd ? metrics.fadeTail : 0;
    return [m.left - (rtl ? tail : 0), Math.max(m.right + (rtl ? 0 : tail), m.left + 2)];
  }
  return [Math.min(m.cx - m.r - 1, m.left), Math.max(m.cx + m.r + 1, m.right)];
}

/**
 * Places the label of every mark in view so that no label overlaps another label or another
 * event's mark, and none runs past the plot's edges: first where the packing made room for it
 * (inside a span from its visible start, or on the reading side of a glyph), then on the other
 * side of the mark, then — only when no place fits the whole label — shortened to the room on
 * either side, never to less than its first word. A span that starts before the plot gets its
 * label at the plot's edge. A label that fits nowhere is hidden and counted per lane in the
 * result, for the chart's "+N" cue; zooming in spreads the marks and gives it room.
 * Marks wholly outside the plot lose their labels (their text would be cut by the edge).
 *
 * Greedy passes over the marks in reading order; each test of a place is a binary search in its
 * row's labels and marks, so a thousand marks in view are placed within a frame.
 *
 * @example
 * const hidden = placeLabels(layout.marks, { width, rtl, widthOf, shorten, measure });
 */
export function placeLabels(
  marks: MarkLayout[],
  input: PlaceLabelsInput,
  /** Filled with the lanes where a label was shortened or hidden. */
  crowded?: Set<string>,
): HiddenLabels[] {
  const { width, rtl, widthOf, shorten, measure } = input;
  const gap = metrics.labelGap;
  // Rows by their centre line: labels of different rows never meet (a row is taller than text).
  const rows = new Map<number, Interval[]>();
  const extents = new Map<MarkLayout, Interval>();
  const rowOf = (m: MarkLayout, y = m.y) => {
    const key = Math.round(y);
    let row = rows.get(key);
    if (!row) {
      row = [];
      rows.set(key, row);
    }
    return row;
  };
  // Marks are obstacles for every label but their own: a label's own mark is left out of the
  // check by testing against the row without it (marks of one event never share a row).
  const listsByRow = new Map<number, { m: MarkLayout; e: Interval }[]>();
  for (const m of marks) {
    const e = markExtent(m, rtl);
    extents.set(m, e);
    const key = Math.round(m.y);
    const list = listsByRow.get(key);
    if (list) list.push({ m, e });
    else listsByRow.set(key, [{ m, e }]);
  }
  const marksByRow = new Map<number, RowMarks>();
  for (const [key, list] of listsByRow) marksByRow.set(key, rowMarks(list));
  const hitsMark = (m: MarkLayout, a: number, b: number, y = m.y) =>
    hitsRow(marksByRow.get(Math.round(y)), m.eventId, a - CLEAR, b + CLEAR);
  const fits = (m: MarkLayout, a: number, b: number, y = m.y) =>
    a >= 0 && b <= width && !hitsMark(m, a, b, y) && free(rowOf(m, y), a - CLEAR, b + CLEAR);

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

  const place = (
    m: MarkLayout,
    x: number,
    anchor: "start" | "end",
    w: number,
    text?: string,
    y?: number,
  ) => {
    m.labelX = x;
    m.labelAnchor = anchor;
    m.labelVisible = true;
    if (text !== undefined) m.label = text;
    if (y !== undefined && y !== m.y) m.labelY = y;
    const [a, b] = anchor === "start" ? [x, x + w] : [x - w, x];
    insert(rowOf(m, y), a, b);
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
  // at equal distance),
  // from the mark's start (or ending at its end near the far edge); the renderer joins such a
  // label to its mark with a leader.
  const rest: MarkLayout[] = [];
  const rowHeight = input.rowHeight ?? 0;
  for (const m of left) {
    const rows = input.rowsOf?.(m.lane) ?? 1;
    const w = widthOf(m);
    const [l, r] = extents.get(m)!;
    const xs: [number, "start" | "end"][] = rtl
      ? [
          [Math.min(r, width), "end"],
          [Math.max(l, 0), "start"],
        ]
      : [
          [Math.max(l, 0), "start"],
          [Math.min(r, width), "end"],
        ];
    let done = false;
    for (let k = 1; !done && k < Math.min(rows, MAX_LEADER_ROWS + 1); k++)
      for (const dr of [-k, k]) {
        const row = m.row + dr;
        if (done || !rowHeight || row < 0 || row >= rows) continue;
        const y = m.y + dr * rowHeight;
        const spot = xs.find(([x, anchor]) => fits(m, ...box(x, anchor, w), y));
        if (spot) {
          place(m, spot[0], spot[1], w, undefined, y);
          done = true;
        }
      }
    if (!done) rest.push(m);
  }

  // Pass 3: shortened to the room on either side, never below the first word.
  const hiddenByLane = new Map<string, HiddenLabels>();
  for (const m of rest) {
    crowded?.add(m.lane);
    const text = m.label;
    const firstWord = text.split(/\s+/).find((s) => s && s !== "~") ?? text;
    const minText = text.startsWith("~ ") ? `~ ${firstWord}` : firstWord;
    const minWidth = measure(`${minText}…`);
    let done = false;
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
      place(m, x, anchor, Math.min(room, measure(short)), short);
      done = true;
      break;
    }
    if (done || m.key !== m.eventId) continue;
    let h = hiddenByLane.get(m.lane);
    if (!h) {
      h = { lane: m.lane, count: 0, eventIds: [] };
      hiddenByLane.set(m.lane, h);
    }
    h.count++;
    h.eventIds.push(m.eventId);
  }
  return [...hiddenByLane.values()];
}
