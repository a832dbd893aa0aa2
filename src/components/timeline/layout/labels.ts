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
  // No limit (the default): nothing to measure; the packing measures each label once anyway.
  if (maxWidth === Number.POSITIVE_INFINITY || measure(text, fontSize) <= maxWidth) return text;
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
