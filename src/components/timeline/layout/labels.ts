import type { TextMeasurer } from "../../shared/measureText";
import type { MarkLayout } from "./types";

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

/** Least room, in pixels, worth a shortened label; with less the label is hidden. */
const MIN_LABEL_ROOM = 48;

/**
 * Shortens the labels of marks inside the plot whose label runs past its edge on the side it
 * was put (both sides were tried: it fits on neither), to the room up to that edge; hides them
 * where that room is under {@link MIN_LABEL_ROOM}. Marks outside the plot are left as they are
 * (their labels slide out of view as the reader pans). Returns the new label widths.
 */
export function fitLabelsInPlot(
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

/**
 * Hides the labels that run into another mark or a label placed before them in the same row
 * (only rows past `maxRowsPerLane`, or labels flipped onto a neighbour, have such).
 */
export function hideCollidingLabels(
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
