import type { TimelineLayout } from "../layout";
import { type DensityBar, densityBars } from "./density";
import { r1 } from "./svgParts";

// A reader's pointer over a density layout: which bar it is on, and that bar's highlight. Only
// the pointer uses these, so the script-tag build carries them in the `gesture` part with the
// rest of a reader's input (readerInput.ts), apart from density.ts, which the core draws with.

/**
 * The density bar under a point of the plot (its column, anywhere in the lane's band), if any.
 * @example densityBarAt(layout, 120, 80)?.bin.count;
 */
export function densityBarAt(layout: TimelineLayout, x: number, y: number): DensityBar | undefined {
  if (layout.mode !== "density") return undefined;
  const lane = layout.lanes.find((l) => y >= l.top && y < l.top + l.height);
  if (!lane) return undefined;
  return densityBars(layout).find(
    (bar) => bar.bin.lane === lane.key && x >= bar.bin.left && x < bar.bin.right,
  );
}

/**
 * Shows the hover highlight over one density bar, or hides it (`null`).
 * @example showDensityHover(svg, densityBarAt(layout, x, y) ?? null);
 */
export function showDensityHover(svg: SVGSVGElement, bar: DensityBar | null): void {
  const hover = svg.querySelector("rect.jl-bin-hover");
  if (!hover) return;
  if (!bar) {
    hover.setAttribute("display", "none");
    return;
  }
  hover.removeAttribute("display");
  hover.setAttribute("x", String(r1(bar.x)));
  hover.setAttribute("y", String(r1(bar.y)));
  hover.setAttribute("width", String(r1(bar.width)));
  hover.setAttribute("height", String(r1(bar.height)));
}
