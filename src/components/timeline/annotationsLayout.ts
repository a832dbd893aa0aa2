/**
 * Where the dataset's annotations go on a timeline frame: pure numbers, no DOM. A note on an
 * event goes next to its mark when a free row there has room for it; otherwise — and always for
 * a note on a date or a period — it goes to a strip of rows under the lanes, with a connector up
 * to what it points at. The obstacles are the frame's marks and the labels `placeLabels` kept,
 * so a note never covers either; notes never overlap each other; a note that fits nowhere (more
 * than `maxRows` rows would be needed) is left out of the drawing and stays in the table.
 */
import { semibold, type TextMeasurer } from "../shared/measureText";
import { truncateLabel } from "./layout/labels";
import type { MarkLayout } from "./layout/types";
import { headerScale, metrics } from "./layout/types";

/** One annotation in time: the interval it points at (ms), and the event it follows, if any. */
export interface TimelineNote {
  id: string;
  text: string;
  start: number;
  end: number;
  eventId?: string;
  placement?: "auto" | "above" | "below" | "start" | "end";
}

/** One annotation as drawn, in plot pixels. */
export interface AnnotationLayout {
  id: string;
  /** The text drawn (shortened with an ellipsis when it is wider than the room); `fullText` in its title. */
  text: string;
  fullText: string;
  /** Text anchor point and side. */
  x: number;
  y: number;
  anchor: "start" | "end";
  /** Box of the drawn text (for tests and hit checks). */
  box: Box;
  /** The connector, from the text to what the note points at. */
  line: { x: number; y0: number; y1: number };
  /** A period's bracket under the lanes, when it spans more than a few pixels. */
  bracket?: { left: number; right: number; y: number };
  /** Where it went: next to its mark, or in the strip under the lanes. */
  inPlot: boolean;
}

/** An axis-aligned box, in pixels. */
export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** What {@link layoutAnnotations} needs. */
export interface AnnotationLayoutInput {
  /** Time (ms) → plot x (px), as the frame's marks. */
  x: (t: number) => number;
  width: number;
  /** Top of the lanes (under the axis) and bottom of the last lane: the strip starts there. */
  lanesTop: number;
  lanesBottom: number;
  /** The frame's marks, their labels placed (the obstacles). */
  marks: readonly MarkLayout[];
  /** The lanes' boxes, so that a note next to its mark stays inside its lane. */
  lanes: readonly { key: string; top: number; height: number }[];
  rowHeight: number;
  rtl: boolean;
  measure: TextMeasurer;
  fontSize: number;
  /** Rows of the strip at most; default 4. */
  maxRows?: number;
}

/**
 * Height of one row of the strip (for labels up to 16 px: it grows with the type, as the lane
 * headers do, so that 24 px notes on a slide do not run into each other), and the room kept
 * around a note's text.
 */
export const NOTE_ROW = 18;
const PAD_X = 4;
const STRIP_PAD = 6;

const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** The boxes of every mark and every visible label of a frame: what a note must not cover. */
export function obstacleBoxes(
  marks: readonly MarkLayout[],
  measure: TextMeasurer,
  fontSize: number,
  rtl: boolean,
): Box[] {
  const boxes: Box[] = [];
  for (const m of marks) {
    const tail = m.shape === "span" && m.openEnd ? metrics.fadeTail : 0;
    const left = Math.min(m.left, m.cx - m.r) - (rtl ? tail : 0) - 1;
    const right = Math.max(m.right, m.cx + m.r) + (rtl ? 0 : tail) + 1;
    boxes.push({ left, right, top: m.y - m.r - 1, bottom: m.y + m.r + 1 });
    if (m.labelVisible && m.label) {
      const w = measure(m.label, fontSize);
      const y = m.labelY ?? m.y;
      const [l, r] =
        m.labelAnchor === "start" ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
      boxes.push({
        left: l - 1,
        right: r + 1,
        top: y - fontSize * 0.7,
        bottom: y + fontSize * 0.7,
      });
    }
  }
  return boxes;
}

/**
 * Places the notes of one frame. Notes outside the plot are left out; the rest are placed in
 * time order, each on the first free place: beside its event's mark (the row above, then the
 * row below, or the other way round with `placement: "below"`), else the first strip row under
 * the lanes where it overlaps no other note. Returns the notes drawn and the strip's height.
 *
 * @example
 * const { annotations, height } = layoutAnnotations(notes, { x, width, lanesTop, lanesBottom, marks, lanes, rowHeight: 26, rtl: false, measure, fontSize: 12 });
 */
export function layoutAnnotations(
  notes: readonly TimelineNote[],
  input: AnnotationLayoutInput,
): { annotations: AnnotationLayout[]; height: number } {
  const { x, width, rtl, measure, fontSize, lanesTop, lanesBottom } = input;
  // Notes are drawn semibold (style.ts, `.jl-annotation`): wider than `measure`'s regular text.
  const measureNote = semibold(measure);
  const maxRows = input.maxRows ?? 4;
  const obstacles = obstacleBoxes(input.marks, measure, fontSize, rtl);
  const placed: AnnotationLayout[] = [];
  const rows: Box[][] = [];
  const stripTop = lanesBottom + STRIP_PAD;
  const noteRow = NOTE_ROW * headerScale(fontSize);
  // As many characters as 280 px of regular text hold at 12 px, whatever the type size (a
  // slide's 24 px notes were cut after 20 characters).
  const maxText = Math.max(40, Math.min((280 * Math.max(12, fontSize)) / 12, width - 2 * PAD_X));
  const items = notes
    .map((note) => {
      const a = x(note.start);
      const b = x(note.end);
      const mark =
        note.eventId === undefined
          ? undefined
          : input.marks.find((m) => m.eventId === note.eventId);
      const left = Math.max(0, Math.min(a, b));
      const right = Math.min(width, Math.max(a, b));
      // The point it names: its event's glyph or span start, else the start of its date in view.
      const at = mark ? Math.min(Math.max(mark.cx, 0), width) : rtl ? right : left;
      let text = truncateLabel(note.text, maxText, measure, fontSize);
      let w = measureNote(text, fontSize);
      // Room on neither side of the point (a narrow chart): shortened to the wider side's room.
      const room = Math.max(width - at - PAD_X, at - PAD_X);
      if (w > room) {
        text = truncateLabel(note.text, Math.max(0, room), measureNote, fontSize);
        w = measureNote(text, fontSize);
      }
      // The reading side of the point, or the other when it would run off the plot.
      const fits = (side: "start" | "end") =>
        side === "start" ? at + PAD_X + w <= width : at - PAD_X - w >= 0;
      let anchor: "start" | "end" = !rtl !== (note.placement === "start") ? "start" : "end";
      if (!fits(anchor) && fits(anchor === "start" ? "end" : "start"))
        anchor = anchor === "start" ? "end" : "start";
      const visible = right >= 0 && left <= width && right >= left && text !== "";
      return { note, mark, left, right, at, text, w, fits, anchor, visible };
    })
    .filter((item) => item.visible)
    // Texts running left first, from the left; then texts running right, from the right: each
    // text then runs away from the connectors of the notes placed before it.
    .sort(
      (p, q) =>
        (p.anchor === q.anchor ? 0 : p.anchor === "end" ? -1 : 1) ||
        (p.anchor === "end" ? p.at - q.at : q.at - p.at) ||
        (p.note.id < q.note.id ? -1 : 1),
    );

  for (const { note, mark, left, right, at, text, w, anchor } of items) {
    const clamp = (box: { left: number; right: number }) => {
      const shift = Math.max(0, -box.left) - Math.max(0, box.right - width);
      return { left: box.left + shift, right: box.right + shift };
    };
    const spanOf = (side: "start" | "end") =>
      clamp(
        side === "start"
          ? { left: at + PAD_X, right: at + PAD_X + w }
          : { left: at - PAD_X - w, right: at - PAD_X },
      );
    const horizontal = spanOf(anchor);
    const tx = anchor === "start" ? horizontal.left : horizontal.right;
    const free = (box: Box) =>
      !obstacles.some((o) => overlaps(o, box)) && !placed.some((p) => overlaps(p.box, box));

    let done = false;
    if (mark && note.placement !== "end") {
      const lane = input.lanes.find((l) => l.key === mark.lane);
      const order = note.placement === "below" ? [1, -1] : [-1, 1];
      for (const dir of order) {
        const cy = mark.y + dir * input.rowHeight;
        const box: Box = {
          ...horizontal,
          top: cy - fontSize * 0.7,
          bottom: cy + fontSize * 0.7,
        };
        const inLane =
          lane !== undefined &&
          box.top >= lane.top + metrics.laneHeader &&
          box.bottom <= lane.top + lane.height;
        if (!inLane || !free(box)) continue;
        const y0 = dir < 0 ? mark.y - mark.r : mark.y + mark.r;
        placed.push({
          id: note.id,
          text,
          fullText: note.text,
          x: tx,
          y: cy + fontSize * 0.35,
          anchor,
          box,
          line: { x: at, y0: dir < 0 ? box.bottom : box.top, y1: y0 },
          inPlot: true,
        });
        done = true;
        break;
      }
    }
    if (done) continue;
    // The strip: the first row, then the first side, where the text covers no other note nor
    // another note's connector, and its own connector runs through no other note's text.
    const footOf = (x: number, top: number): Box => ({
      left: x - 1,
      right: x + 1,
      top: stripTop - STRIP_PAD,
      bottom: top,
    });
    // One side only: switching sides here would undo the order that keeps connectors clear.
    const sides: ("start" | "end")[] = [anchor];
    for (let r = 0; r < maxRows && !done; r++) {
      const top = stripTop + r * noteRow;
      const row = rows[r] ?? [];
      const foot = footOf(at, top);
      if (placed.some((p) => overlaps(p.box, foot))) continue;
      for (const side of sides) {
        const span = spanOf(side);
        const box: Box = { ...span, top, bottom: top + noteRow - 2 };
        const crosses = placed.some((p) => !p.inPlot && overlaps(box, footOf(p.line.x, p.box.top)));
        if (row.some((o) => overlaps(o, box)) || crosses) continue;
        rows[r] = [...row, box];
        const y1 = mark ? mark.y + mark.r : lanesTop;
        placed.push({
          id: note.id,
          text,
          fullText: note.text,
          x: side === "start" ? span.left : span.right,
          y: top + noteRow / 2 + fontSize * 0.35,
          anchor: side,
          box,
          line: { x: at, y0: top + 2, y1 },
          ...(mark === undefined && right - left > 4
            ? { bracket: { left, right, y: stripTop - STRIP_PAD / 2 } }
            : {}),
          inPlot: false,
        });
        done = true;
        break;
      }
    }
  }
  const used = rows.length;
  return { annotations: placed, height: used > 0 ? STRIP_PAD + used * noteRow : 0 };
}
