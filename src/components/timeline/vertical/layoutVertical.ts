// Over 400 lines on purpose: about a third is the documented shape of the layout (the
// interfaces a renderer reads), and layoutVertical itself is one top-to-bottom flow (rows,
// headings, bars, eras) whose steps share the running position; split, they would pass that
// state between files. wrapText is exported and tested on its own.
/**
 * The vertical (phone) layout of the timeline: time runs down the page, one row per event with
 * its date and its whole short label (wrapped, never cut), spans as vertical bars in a rail
 * beside the rows, eras as bands, a heading at each new year. Plain numbers from the same
 * channels as the horizontal layout (`../encode.ts`): nothing here touches the DOM, so it is
 * tested in Node and drawn by `renderVertical.ts`.
 */
import type { EventKind } from "../../../model";
import type { TimeExtent } from "../../../time/types";
import type { TextMeasurer } from "../../shared/measureText";
import { type MarkShape, shapeOfKind } from "../layout/types";

/** The smallest tap target, in CSS pixels (WCAG 2.5.5, target size). */
export const MIN_TARGET = 44;

/** Sizes of the vertical layout, in pixels. */
export const verticalMetrics = {
  /** Space above and below a row's text. */
  pad: 8,
  /** Width of a span's bar in the rail, and the gap between two bars. */
  bar: 6,
  barGap: 3,
  /** Space before the rail, and after it before the glyph column. */
  railStart: 8,
  /** The glyph column: the glyph is centred in it. */
  glyph: 22,
  /** Space after the text, at the far edge. */
  end: 10,
  /** The most bars side by side in the rail (more overlap in the last column). */
  maxColumns: 6,
  /** A year heading's height. */
  heading: 34,
  /** Length of the faded tail of an open (ongoing) end. */
  fadeTail: 28,
} as const;

/** What {@link layoutVertical} needs: the encoded events and how to word and measure them. */
export interface VerticalLayoutInput {
  /** Event ids, kinds, extents and palette indices, in the encoding's order. */
  ids: readonly string[];
  kinds: readonly EventKind[];
  extents: readonly TimeExtent[];
  colorIndices: readonly number[];
  /** Event indices in time order (the layout index's `order`). */
  order: ArrayLike<number>;
  /** The whole short label of event `i` (wrapped, never cut). */
  label: (i: number) => string;
  /** The date of event `i` as a reader says it (`formatWhen`), with its lane when useful. */
  meta: (i: number) => string;
  /** The year heading of an instant (ms since the epoch), e.g. "2014". */
  yearOf: (t: number) => string;
  /** Eras as bands. */
  eras: readonly { id: string; label: string; start: number; end: number }[];
  width: number;
  rtl: boolean;
  measure: TextMeasurer;
  /** Size of the date line; the label is 3 px larger. */
  fontSize: number;
  /** A space left open below one event's row: where its details are shown in place. */
  gap?: { eventId: string; height: number };
}

/** A line of text: its start x (at its reading start), its baseline y. */
export interface VerticalLine {
  text: string;
  x: number;
  y: number;
}

/** A span's bar in the rail: its column x, and the ys of its parts (top to bottom). */
export interface VerticalBar {
  /** Left edge of the bar. */
  x: number;
  width: number;
  /** Earliest start, latest start, earliest end, latest end (top ≤ … ≤ bottom). */
  y0: number;
  coreTop: number;
  coreBottom: number;
  y1: number;
  /** Whether the certain core exists (an exact start before an exact end). */
  hasCore: boolean;
  openEnd: boolean;
}

/** One event's row. */
export interface VerticalRow {
  eventId: string;
  index: number;
  kind: EventKind;
  shape: MarkShape;
  colorIndex: number;
  /** The row's box: the tap target (full width, at least {@link MIN_TARGET} tall). */
  top: number;
  height: number;
  /** The glyph's centre. */
  cx: number;
  cy: number;
  /** Whether the date is less than certain (coarser than a day, approximate, uncertain, open). */
  imprecise: boolean;
  approximate: boolean;
  /** Date (and lane) lines, then label lines. */
  meta: VerticalLine[];
  label: VerticalLine[];
  /** The full short label, for checks. */
  labelText: string;
  /** The x where text starts (its reading start) and the anchor to draw it with. */
  textX: number;
  anchor: "start";
  /** Most width a line of text may take. */
  textWidth: number;
  bar: VerticalBar | undefined;
}

/** A year heading. */
export interface VerticalHeading {
  text: string;
  top: number;
  height: number;
  x: number;
  y: number;
}

/** An era band with its label lines at its top. */
export interface VerticalEra {
  id: string;
  label: VerticalLine[];
  top: number;
  bottom: number;
}

/** The whole vertical layout. */
export interface VerticalLayout {
  width: number;
  height: number;
  rtl: boolean;
  rows: VerticalRow[];
  headings: VerticalHeading[];
  eras: VerticalEra[];
  /** Text anchor for every line (with `direction: rtl` right to left, the right edge). */
  anchor: "start";
  /** The top of the space left for details (see `gap`), when there is one. */
  gapTop: number | undefined;
  /** Sizes of the lines, for the renderer. */
  metaSize: number;
  labelSize: number;
}

/**
 * Splits `text` into lines no wider than `width`: greedily by words, and a word wider than a
 * line by characters, so no text is ever cut.
 *
 * @example
 * wrapText("Operation Rescue", 80, (t) => t.length * 7, 12); // ["Operation", "Rescue"]
 */
export function wrapText(
  text: string,
  width: number,
  measure: TextMeasurer,
  size: number,
): string[] {
  const lines: string[] = [];
  let line = "";
  const fits = (t: string) => measure(t, size) <= width;
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const candidate = line ? `${line} ${word}` : word;
    if (fits(candidate)) {
      line = candidate;
      continue;
    }
    if (line) lines.push(line);
    line = "";
    if (fits(word)) {
      line = word;
      continue;
    }
    // A word longer than a line: break it by characters (at least one per line).
    let part = "";
    for (const ch of word) {
      if (part && !fits(part + ch)) {
        lines.push(part);
        part = "";
      }
      part += ch;
    }
    line = part;
  }
  if (line || lines.length === 0) lines.push(line);
  return lines;
}

const DAYISH = new Set(["day", "hour", "minute", "second", "time"]);

/** Whether an extent's start (or end) is known to the day, neither approximate nor uncertain. */
function exactEdge(x: TimeExtent, edge: "start" | "end"): boolean {
  if (x.approximate || x.uncertain) return false;
  if (edge === "start") return !x.openStart && DAYISH.has(x.startPrecision);
  return !x.openEnd && DAYISH.has(x.endPrecision);
}

interface Flow {
  t: number;
  kind: 0 | 1 | 2;
  i: number;
}

/**
 * Lays out events top to bottom in time order: a year heading before the first event of each
 * year, an era's label where it begins, then one row per event (date above the wrapped label,
 * glyph beside it, never less than {@link MIN_TARGET} tall). Span bars run in a rail from
 * their row down to the row where they end (time between rows is interpolated), at least a row
 * long, packed side by side when they overlap. Right to left, everything is mirrored.
 *
 * @example
 * const layout = layoutVertical({ ids, kinds, extents, colorIndices, order, label, meta, yearOf, eras: [], width: 375, rtl: false, measure, fontSize: 12 });
 */
export function layoutVertical(input: VerticalLayoutInput): VerticalLayout {
  const { width, rtl, measure, fontSize, extents, order } = input;
  const m = verticalMetrics;
  const metaSize = fontSize;
  const labelSize = fontSize + 3;
  const metaLine = Math.round(metaSize * 1.35);
  const labelLine = Math.round(labelSize * 1.3);
  const n = order.length;

  // Bars first need the rows' ys, and the rows' text needs the rail's width: pack the columns
  // on time (start to end) first, which orders the same way as the ys do.
  const spans: number[] = [];
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    if (shapeOfKind[input.kinds[i]!] === "span") spans.push(i);
  }
  const columnOf = new Map<number, number>();
  const columnEnds: number[] = [];
  // The row of each column's last bar: a bar is at least a row long, so a bar in the very
  // next row would touch it.
  const columnRows: number[] = [];
  const rowOf = new Map<number, number>();
  for (let p = 0; p < n; p++) rowOf.set(order[p]!, p);
  for (const i of spans) {
    const x = extents[i]!;
    const p = rowOf.get(i)!;
    let col = columnEnds.findIndex((end, c) => end < x.earliestStart && columnRows[c]! < p - 1);
    if (col === -1) {
      if (columnEnds.length < m.maxColumns) col = columnEnds.length;
      else col = columnEnds.indexOf(Math.min(...columnEnds));
    }
    columnEnds[col] = Math.max(columnEnds[col] ?? -Infinity, x.latestEnd);
    columnRows[col] = p;
    columnOf.set(i, col);
  }
  const columns = columnEnds.length;
  const railEnd = m.railStart + columns * (m.bar + m.barGap);
  const glyphX = railEnd + m.glyph / 2;
  const textX = railEnd + m.glyph + 4;
  const textWidth = Math.max(40, width - textX - m.end);
  // Headings and era labels start after the rail, so that no bar crosses them.
  const headX = railEnd + 2;
  const mirror = (x: number) => (rtl ? width - x : x);
  // Text is anchored at its reading start; right to left, the renderer sets `direction: rtl`,
  // so that start is the right edge and mixed runs (a Hebrew month, a year) read in order.
  const anchor = "start";

  // The flow: era labels (0), year headings (1), events (2), in time order.
  const flow: Flow[] = [];
  let lastYear = "";
  for (let p = 0; p < n; p++) {
    const i = order[p]!;
    const t = extents[i]!.earliestStart;
    const year = input.yearOf(t);
    if (year !== lastYear) {
      flow.push({ t, kind: 1, i: p });
      lastYear = year;
    }
    flow.push({ t, kind: 2, i });
  }
  const first = n ? extents[order[0]!]!.earliestStart : 0;
  input.eras.forEach((era, e) => {
    flow.push({ t: Math.max(era.start, first), kind: 0, i: e });
  });
  flow.sort((a, b) => a.t - b.t || a.kind - b.kind);

  const rows: VerticalRow[] = [];
  const headings: VerticalHeading[] = [];
  const eraTops = new Map<number, { top: number; label: VerticalLine[] }>();
  const anchors: { t: number; y: number }[] = [];
  let y = 0;
  let gapTop: number | undefined;
  for (const item of flow) {
    if (item.kind === 0) {
      const era = input.eras[item.i]!;
      const lines = wrapText(era.label, width - headX - m.end, measure, metaSize);
      const top = y;
      const label = lines.map((text, k) => ({
        text,
        x: mirror(headX),
        y: top + 6 + metaLine * (k + 1) - 4,
      }));
      eraTops.set(item.i, { top, label });
      y += 10 + lines.length * metaLine;
      anchors.push({ t: era.start, y: top });
      continue;
    }
    if (item.kind === 1) {
      const t = extents[order[item.i]!]!.earliestStart;
      const top = y;
      headings.push({
        text: input.yearOf(t),
        top,
        height: m.heading,
        x: mirror(headX),
        y: top + m.heading - 10,
      });
      y += m.heading;
      continue;
    }
    const i = item.i;
    const x = extents[i]!;
    const metaLines = wrapText(input.meta(i), textWidth, measure, metaSize);
    const labelText = input.label(i);
    const labelLines = wrapText(labelText, textWidth, measure, labelSize);
    const top = y;
    const textH = metaLines.length * metaLine + labelLines.length * labelLine;
    const height = Math.max(MIN_TARGET, Math.ceil(m.pad * 2 + textH));
    let ty = top + m.pad;
    const meta = metaLines.map((text) => {
      ty += metaLine;
      return { text, x: mirror(textX), y: ty - Math.round(metaLine * 0.28) };
    });
    const firstLabelTop = ty;
    const label = labelLines.map((text) => {
      ty += labelLine;
      return { text, x: mirror(textX), y: ty - Math.round(labelLine * 0.26) };
    });
    const cy = firstLabelTop + labelLine / 2;
    const kind = input.kinds[i]!;
    const exact = exactEdge(x, "start") && exactEdge(x, "end");
    rows.push({
      eventId: input.ids[i]!,
      index: i,
      kind,
      shape: shapeOfKind[kind],
      colorIndex: input.colorIndices[i] ?? 0,
      top,
      height,
      cx: mirror(glyphX),
      cy,
      imprecise: !exact,
      approximate: x.approximate,
      meta,
      label,
      labelText,
      textX: mirror(textX),
      anchor,
      textWidth,
      bar: undefined,
    });
    anchors.push({ t: x.earliestStart, y: cy });
    y += height;
    if (input.gap && input.gap.eventId === input.ids[i]) {
      gapTop = y;
      y += input.gap.height;
    }
  }
  let height = Math.ceil(y + m.pad);

  // Time → y between the anchors (rows and era starts), on to the bottom after the last one.
  anchors.sort((a, b) => a.t - b.t || a.y - b.y);
  let lastT = anchors.length ? anchors[anchors.length - 1]!.t : 0;
  for (const x of extents) lastT = Math.max(lastT, x.latestEnd);
  const lastEventT = lastT;
  for (const era of input.eras) lastT = Math.max(lastT, era.end);
  const yOf = (t: number): number => {
    if (anchors.length === 0) return 0;
    if (t <= anchors[0]!.t) return anchors[0]!.y;
    let lo = 0;
    let hi = anchors.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (anchors[mid]!.t <= t) lo = mid;
      else hi = mid - 1;
    }
    const a = anchors[lo]!;
    let k = lo + 1;
    while (k < anchors.length && anchors[k]!.t === a.t) k++;
    const b = k < anchors.length ? anchors[k]! : { t: lastT, y: height - m.pad };
    if (b.t <= a.t) return Math.max(a.y, anchors[lo]!.y);
    return anchors[lo]!.y + ((t - a.t) / (b.t - a.t)) * (b.y - anchors[lo]!.y);
  };

  for (const row of rows) {
    if (row.shape !== "span") continue;
    const x = extents[row.index]!;
    const col = columnOf.get(row.index) ?? 0;
    const y0 = row.cy;
    let coreTop = Math.max(y0, yOf(x.latestStart));
    let coreBottom = Math.max(coreTop, yOf(x.earliestEnd));
    let y1 = Math.max(coreBottom, yOf(x.latestEnd));
    const exactStart = exactEdge(x, "start");
    const exactEnd = exactEdge(x, "end");
    if (exactStart) coreTop = y0;
    if (exactEnd) {
      coreBottom = Math.max(coreBottom, y1);
      y1 = coreBottom;
    }
    // At least a row long (less a gap before the next bar), the parts kept in proportion.
    const min = row.height - 6;
    if (y1 - y0 < min) {
      const f = y1 > y0 ? min / (y1 - y0) : 0;
      coreTop = f ? y0 + (coreTop - y0) * f : y0;
      coreBottom = f ? y0 + (coreBottom - y0) * f : y0 + (exactStart && exactEnd ? min : 0);
      y1 = y0 + min;
      if (!f && exactEnd) coreBottom = y1;
    }
    const barLeft = m.railStart + col * (m.bar + m.barGap);
    row.bar = {
      x: rtl ? width - barLeft - m.bar : barLeft,
      width: m.bar,
      y0,
      coreTop,
      coreBottom,
      y1,
      hasCore: coreBottom > coreTop,
      openEnd: x.openEnd,
    };
  }

  // The last bars may run past the last row: the layout grows to hold them.
  const rowsBottom = height;
  for (const row of rows) {
    if (row.bar)
      height = Math.max(height, Math.ceil(row.bar.y1 + (row.bar.openEnd ? m.fadeTail : 0) + 2));
  }
  const eras: VerticalEra[] = [];
  input.eras.forEach((era, e) => {
    const start = eraTops.get(e);
    if (!start) return;
    eras.push({
      id: era.id,
      label: start.label,
      top: start.top,
      // An era lasting past every event reaches the layout's bottom, under the bars that run
      // past the last row (else they stick out of its band).
      bottom: Math.max(
        start.top + 1,
        era.end >= lastEventT ? height : Math.min(rowsBottom, yOf(era.end)),
      ),
    });
  });

  return {
    width,
    height,
    rtl,
    rows,
    headings,
    eras,
    anchor,
    gapTop,
    metaSize,
    labelSize,
  };
}
