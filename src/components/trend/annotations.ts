/**
 * Where the dataset's annotations go on a trend chart: pure numbers, no DOM. Each note names a
 * period (its date's, or the period whose bar counts its event) and is written above that
 * period's bar, with a connector down to the bar's top (or to the axis where the period has no
 * bar), at the first height where it covers no bar, no total label and no other note. A note
 * with no such place gets a numbered marker above the bar and its text under the chart, as a
 * footnote (see {@link TrendAnnotation}); `footHeight` is the room those lines need.
 */
import type { Annotation, DataEvent } from "../../model";
import { parseWhen } from "../../time/parseWhen";
import { toExtent } from "../../time/toExtent";
import type { TextMeasurer } from "../shared/measureText";
import type { TrendLayout } from "./layout";

/**
 * One annotation as drawn on the trend, in SVG pixels. Where its text has no room above the bar
 * (a phone, a tall neighbour), the bar gets a numbered `marker` and the text goes under the
 * chart after the same number (`x`, `y` are then that line's).
 */
export interface TrendAnnotation {
  id: string;
  marker?: { number: number; x: number; y: number };
  /** The text drawn (shortened with an ellipsis when needed) and the whole note for its title. */
  text: string;
  fullText: string;
  x: number;
  y: number;
  anchor: "start" | "end";
  /** The connector: from under the text to the top of the period's bar. */
  line: { x: number; y0: number; y1: number };
  box: { left: number; right: number; top: number; bottom: number };
}

type Box = TrendAnnotation["box"];
const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/** A text shortened to `max` pixels with an ellipsis ("" when not even one character fits). */
function shorten(text: string, max: number, measure: TextMeasurer, size: number): string {
  if (measure(text, size) <= max) return text;
  const chars = Array.from(text);
  let n = chars.length;
  while (n > 0 && measure(`${chars.slice(0, n).join("").trimEnd()}…`, size) > max) n--;
  return n === 0 ? "" : `${chars.slice(0, n).join("").trimEnd()}…`;
}

/**
 * Places the notes on a trend layout.
 * @example const { annotations, footHeight } = layoutTrendAnnotations(dataset.annotations ?? [], dataset.events, layout, { measure, fontSize: 11 });
 */
export function layoutTrendAnnotations(
  notes: readonly Annotation[],
  events: readonly DataEvent[],
  layout: TrendLayout,
  options: { measure: TextMeasurer; fontSize: number; now?: number },
): { annotations: TrendAnnotation[]; footHeight: number } {
  const { measure, fontSize } = options;
  const { plot, slots, bars } = layout;
  if (slots.length === 0) return { annotations: [], footHeight: 0 };
  const obstacles: Box[] = bars.map((b) => ({
    left: b.x,
    right: b.x + b.width,
    top: b.y,
    bottom: b.y + b.height,
  }));
  for (const s of slots) {
    if (s.totalY === null) continue;
    const top = Math.min(s.totalY, ...bars.filter((b) => b.period === s.period).map((b) => b.y));
    // The total label above the bar, as wide as its longest likely text.
    const half = 4 * fontSize * 0.62 + 2;
    const cx = s.x + s.width / 2;
    obstacles.push({ left: cx - half, right: cx + half, top: top - 4 - fontSize, bottom: top });
  }
  const slotOfTime = (t: number) => {
    let found: (typeof slots)[number] | undefined;
    for (const s of slots) if (s.start <= t) found = s;
    const last = slots[slots.length - 1]!;
    // Past the last period's end (one slot width of time is not known here): only its own year.
    return found === last && t - last.start > 366 * 864e5 ? undefined : found;
  };
  const placed: TrendAnnotation[] = [];
  const maxText = Math.max(60, Math.min(260, plot.width * 0.5));
  const lineHeight = fontSize + 5;
  for (const note of notes) {
    let slot: (typeof slots)[number] | undefined;
    if (note.event !== undefined) {
      const bar = bars.find((b) => b.events.includes(note.event!));
      slot = bar ? slots.find((s) => s.period === bar.period) : undefined;
      if (!slot) {
        const event = events.find((e) => e.id === note.event);
        const parsed = event ? parseWhen(event.when) : undefined;
        if (parsed?.ok) slot = slotOfTime(toExtent(parsed.value).earliestStart);
      }
    } else if (note.when !== undefined) {
      const parsed = parseWhen(note.when);
      if (parsed.ok) slot = slotOfTime(toExtent(parsed.value).earliestStart);
    }
    if (!slot) continue;
    const text = shorten(note.text, maxText, measure, fontSize);
    if (text === "") continue;
    const w = measure(text, fontSize);
    const cx = slot.x + slot.width / 2;
    const ownBars = bars.filter((b) => b.period === slot.period);
    let top = Math.min(plot.y + plot.height, ...ownBars.map((b) => b.y));
    if (slot.totalY !== null) top = Math.min(top, slot.totalY) - 4 - fontSize;
    const anchors: ("start" | "end")[] =
      note.placement === "start" ? ["end", "start"] : ["start", "end"];
    let done = false;
    for (let y = top - 8; y - fontSize >= plot.y - 12 && !done; y -= lineHeight) {
      for (const anchor of anchors) {
        const left = anchor === "start" ? cx - 2 : cx + 2 - w;
        const box: Box = { left, right: left + w, top: y - fontSize, bottom: y + 3 };
        if (box.left < plot.x || box.right > layout.width - 2) continue;
        const stem: Box = { left: cx - 1, right: cx + 1, top: box.bottom, bottom: top - 1 };
        const clear = (b: Box) =>
          !obstacles.some((o) => overlaps(o, b)) && !placed.some((p) => overlaps(p.box, b));
        if (!clear(box) || (stem.bottom > stem.top && !clear(stem))) continue;
        placed.push({
          id: note.id,
          text,
          fullText: note.text,
          x: anchor === "start" ? box.left : box.right,
          y,
          anchor,
          line: { x: cx, y0: box.bottom, y1: top - 1 },
          box,
        });
        done = true;
        break;
      }
    }
    if (done) continue;
    // A footnote: a numbered marker over the bar, the text under the chart.
    const number = placed.filter((p) => p.marker).length + 1;
    // The marker as low as it can be, above what other notes hold over this bar.
    let markerY = top - 10;
    for (let y = top - 10; y >= plot.y - 6; y -= 4) {
      const disc: Box = { left: cx - 8, right: cx + 8, top: y - 8, bottom: y + 8 };
      markerY = y;
      if (!placed.some((p) => overlaps(p.box, disc))) break;
    }
    // Its stem down to the bar, unless that would cross another note (the marker then stands
    // alone in its period's column).
    const stem: Box = { left: cx - 1, right: cx + 1, top: markerY + 7, bottom: top - 1 };
    const stemClear = !placed.some((p) => overlaps(p.box, stem));
    const full = shorten(`${number} ${note.text}`, layout.width - 8, measure, fontSize);
    const y = layout.height + 4 + number * lineHeight - 4;
    placed.push({
      id: note.id,
      marker: { number, x: cx, y: markerY },
      text: full,
      fullText: note.text,
      x: 4,
      y,
      anchor: "start",
      line: { x: cx, y0: markerY + 7, y1: stemClear ? top - 1 : markerY + 7 },
      box: { left: cx - 7, right: cx + 7, top: markerY - 7, bottom: markerY + 7 },
    });
  }
  const footnotes = placed.filter((p) => p.marker).length;
  return { annotations: placed, footHeight: footnotes > 0 ? footnotes * lineHeight + 8 : 0 };
}
