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
  const t0 = index.coreStart[i]!;
  const t1 = index.coreEnd[i]!;
  if (shape === "span" && t1 > t0) {
    const ca = x(t0);
    const cb = x(t1);
    let cl = Math.min(ca, cb);
    let cr = Math.max(ca, cb);
    // A certain day stays a visible solid mark at any zoom, grown about its middle.
    if (cr - cl < metrics.minCore) {
      const mid = (cl + cr) / 2;
      cl = mid - metrics.minCore / 2;
      cr = mid + metrics.minCore / 2;
      if (cl < g.left) g.left = cl;
      if (cr > g.right) g.right = cr;
    }
    g.coreLeft = cl;
    g.coreRight = cr;
  }
  const cx = shape === "span" ? (rtl ? g.right : g.left) : (left + right) / 2;
  g.cx = cx;
  // Open sides fade out past the mark (an ongoing end, an unknown start).
  const tailEnd = shape === "span" && e.openEnd ? metrics.fadeTail : 0;
  const tailStart = shape === "span" && e.openStart ? metrics.fadeTail : 0;
  g.markLeft = shape === "span" ? g.left - (rtl ? tailEnd : tailStart) : Math.min(cx - r, left);
  g.markRight = shape === "span" ? g.right + (rtl ? tailStart : tailEnd) : Math.max(cx + r, right);
  if (shape === "span") g.labelX = rtl ? g.right - metrics.labelGap : g.left + metrics.labelGap;
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
