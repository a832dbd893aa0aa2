import { eventLabel } from "../../derive/eventLabel";
import type { DataEvent } from "../../model";
import { maybeAccessor } from "../shared/accessor";
import type { TextMeasurer } from "../shared/measureText";
import { eventAriaLabel } from "./describe";
import { indexTimeline, type TimelineIndex, truncateLabel } from "./layout";
import type { TimelineState } from "./state";

// What a chart derives once per dataset and options, on first use: the short labels, the
// accessible names, the layout index and the time order (drawn from by every frame).

/** Events up to which every label is measured exactly (see {@link labelMeasureFor}). */
const EXACT_LABELS = 500;

/**
 * How labels of `n` events are measured: exactly (canvas `measureText` per string) for
 * ordinary sizes; past {@link EXACT_LABELS} events, as the sum of per-character advances
 * (each character measured once) with a small margin, so that packing 100,000 labels costs
 * milliseconds, not seconds. Sums of advances ignore kerning, hence the margin: labels may be
 * placed a pixel apart more than needed, never over each other.
 */
export function labelMeasureFor(n: number, exact: TextMeasurer, fontSize: number): TextMeasurer {
  if (n <= EXACT_LABELS) return exact;
  const advances = new Map<string, number>();
  // The chart's own size for the alphabetic scripts (below U+0800) in an array: a first frame
  // sums a thousand labels, cold, and a Map lookup per character was most of it. Other sizes
  // and characters by key.
  const atFontSize = new Float64Array(0x800).fill(Number.NaN);
  const advance = (ch: string, size: number) => {
    const key = size === fontSize ? ch : `${size}\u0000${ch}`;
    let a = advances.get(key);
    if (a === undefined) {
      a = exact(ch, size);
      advances.set(key, a);
    }
    return a;
  };
  return (text, size) => {
    let w = 0;
    for (let k = 0; k < text.length; k++) {
      const code = text.charCodeAt(k);
      if (size !== fontSize || code >= 0x800) {
        const ch = String.fromCodePoint(text.codePointAt(k)!);
        w += advance(ch, size);
        k += ch.length - 1;
        continue;
      }
      let a = atFontSize[code]!;
      if (Number.isNaN(a)) {
        a = advance(text[k]!, size);
        atFontSize[code] = a;
      }
      w += a;
    }
    return w * 1.03 + 1;
  };
}

/** Forgets everything derived from the encoding and the label options (rebuilt on use). */
export function resetCaches(s: TimelineState): void {
  const n = s.enc.events.length;
  s.order = new Int32Array(0);
  s.positionOf = new Int32Array(0);
  // Labels are truncated (measured) only when first drawn or packed: the density view of a
  // large dataset needs none, nor the arrays that keep them (made on the first label).
  s.labels = [];
  s.ariaLabels = [];
  s.index = undefined;
  s.packings = new Map();
  s.labelMeasure = labelMeasureFor(n, s.measure, s.opts.fontSize);
  s.eras = undefined;
  s.notes = undefined;
}

/** The short label of event `i` (truncated to `labelMaxWidth` if set), made on first use. */
export function labelOf(s: TimelineState, i: number): string {
  let text = s.labels[i];
  if (text === undefined) {
    const { opts } = s;
    const e = s.enc.events[i]!;
    const label =
      opts.label === undefined ? undefined : maybeAccessor<DataEvent, string>(opts.label, "")(e, i);
    // The short label (`eventLabel`): the full title stays in tooltips, details and the table.
    text = truncateLabel(
      label === undefined ? eventLabel(e) : String(label ?? eventLabel(e)),
      opts.labelMaxWidth,
      s.labelMeasure,
      opts.fontSize,
    );
    if (s.labels.length === 0) s.labels = new Array(s.enc.events.length);
    s.labels[i] = text;
  }
  return text;
}

/** The accessible name of event `i`, made on first use. */
export function ariaLabelOf(s: TimelineState, i: number): string {
  let text = s.ariaLabels[i];
  if (text === undefined) {
    text = eventAriaLabel(s.enc.events[i]!, s.enc.extents[i]!, s.opts.locale);
    if (s.ariaLabels.length === 0) s.ariaLabels = new Array(s.enc.events.length);
    s.ariaLabels[i] = text;
  }
  return text;
}

/** The layout index of the current data (built on first use), and the time order with it. */
export function getIndex(s: TimelineState): TimelineIndex {
  if (s.index) return s.index;
  const { opts, enc } = s;
  const index = indexTimeline({
    events: enc.events,
    extents: enc.extents,
    assignment: enc.assignment,
    rtl: opts.rtl,
    rowHeight: opts.rowHeight,
    maxRowsPerLane: opts.maxRowsPerLane,
    maxRowsByLane: opts.maxRowsByLane,
    fontSize: opts.fontSize,
    measure: s.labelMeasure,
    labels: (i) => labelOf(s, i),
    colorIndices: enc.colorIndices,
    ...(enc.radii ? { radii: enc.radii } : {}),
  });
  s.index = index;
  // The index's own array, not a copy (400 KB at 100,000 events).
  s.order = index.order;
  s.positionOf = new Int32Array(enc.events.length);
  for (let p = 0; p < index.order.length; p++) s.positionOf[index.order[p]!] = p;
  return index;
}
