import { highestClaimValue } from "../../derive/figureGroups";
import type { DataEvent } from "../../model";
import type { SizeStep } from "./encode";
import type { ResolvedTimelineOptions } from "./options";

/**
 * Radii of points and milestones sized by a figure (area proportional to the value; NaN where
 * the event reports none) and the three steps of their legend; nothing without `sizeBy`.
 *
 * @example
 * encodeSizes(events, { sizeBy: "arrests", rowHeight: 26 }).sizeLegend; // [{ value: 30, r: … }, …]
 */
export function encodeSizes(
  events: readonly DataEvent[],
  opts: Pick<ResolvedTimelineOptions, "sizeBy" | "rowHeight">,
): { radii: number[] | undefined; sizeLegend: SizeStep[] } {
  const sizeBy = opts.sizeBy;
  if (sizeBy === undefined) return { radii: undefined, sizeLegend: [] };
  const values = events.map((e) => {
    if (typeof sizeBy === "function") return sizeBy(e);
    // The largest value any source reports for the metric: a claim, never a sum.
    return highestClaimValue(e, sizeBy);
  });
  // A loop, not Math.max(...values): a spread of 100,000 arguments overflows the stack.
  let max = 0;
  for (const v of values) if (typeof v === "number" && Number.isFinite(v) && v > max) max = v;
  const rMax = Math.max(4, opts.rowHeight / 2 - 2);
  const rOf = (v: number) => 2.5 + (rMax - 2.5) * Math.sqrt(v / (max || 1));
  const radii = values.map((v) =>
    typeof v === "number" && Number.isFinite(v) ? rOf(v) : Number.NaN,
  );
  const sizeLegend =
    max > 0
      ? [max / 10, max / 2, max].map((v) => ({ value: niceRound(v), r: rOf(niceRound(v)) }))
      : [];
  return { radii, sizeLegend };
}

/**
 * A legend value: one significant digit (at least 1), so a legend reads 30, 200, 300.
 *
 * @example
 * niceRound(148); // 100
 */
export function niceRound(v: number): number {
  if (v <= 0) return 0;
  const p = 10 ** Math.floor(Math.log10(v));
  return Math.max(1, Math.round(v / p) * p);
}
