import type { TimelineIndex } from "./types";
import { metrics } from "./types";

/** Pixel geometry of one event's mark under a scale. */
export interface Geometry {
  left: number;
  right: number;
  coreLeft: number | undefined;
  coreRight: number | undefined;
  cx: number;
  markLeft: number;
  markRight: number;
  /** Label anchor on the reading side. */
  labelX: number;
}

/** Writes into `g` the pixel geometry of event `i` under the scale `x` (no allocation per mark). */
export function geometry(
  index: TimelineIndex,
  i: number,
  x: (t: number) => number,
  g: Geometry,
): void {
  const e = index.input.extents[i]!;
  const rtl = index.input.rtl;
  const shape = index.shape[i]!;
  const r = index.radius[i]!;
  const xa = x(e.earliestStart);
  const xb = x(e.latestEnd);
  const left = Math.min(xa, xb);
  const right = Math.max(xa, xb);
  g.left = left;
  g.right = right;
  g.coreLeft = undefined;
  g.coreRight = undefined;
  if (shape === "span" && e.earliestEnd > e.latestStart) {
    const ca = x(e.latestStart);
    const cb = x(e.earliestEnd);
    g.coreLeft = Math.min(ca, cb);
    g.coreRight = Math.max(ca, cb);
  }
  const cx = shape === "span" ? (rtl ? right : left) : (left + right) / 2;
  g.cx = cx;
  const tail = shape === "span" && e.openEnd ? metrics.fadeTail : 0;
  g.markLeft = shape === "span" ? left - (rtl ? tail : 0) : Math.min(cx - r, left);
  g.markRight = shape === "span" ? right + (rtl ? 0 : tail) : Math.max(cx + r, right);
  if (shape === "span") g.labelX = rtl ? right - metrics.labelGap : left + metrics.labelGap;
  else g.labelX = rtl ? g.markLeft - metrics.labelGap : g.markRight + metrics.labelGap;
}

export const newGeometry = (): Geometry => ({
  left: 0,
  right: 0,
  coreLeft: undefined,
  coreRight: undefined,
  cx: 0,
  markLeft: 0,
  markRight: 0,
  labelX: 0,
});
