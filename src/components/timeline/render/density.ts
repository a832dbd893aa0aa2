import { metrics, type TimelineLayout } from "../layout";
import { r1 } from "./svgParts";

/** One density bin as drawn: its bar's box in plot pixels. */
export interface DensityBar {
  bin: TimelineLayout["bins"][number];
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * The bars of a density layout: per bin, a bar whose height grows with the square root of its
 * count (so a few busy bins do not flatten the rest), bottom-aligned in its lane's band.
 * @example densityBars(layout)[0]; // { bin, x: 0, y: 52.3, width: 5, height: 11.7 }
 */
export function densityBars(layout: TimelineLayout): DensityBar[] {
  let maxCount = 1;
  for (const b of layout.bins) if (b.count > maxCount) maxCount = b.count;
  const header = metrics.laneHeader * (layout.headerScale ?? 1);
  const laneTop = new Map(layout.lanes.map((l) => [l.key, l.top + header]));
  return layout.bins.map((bin) => {
    const height = Math.max(2, (metrics.densityHeight - 4) * Math.sqrt(bin.count / maxCount));
    return {
      bin,
      x: bin.left,
      y: (laneTop.get(bin.lane) ?? 0) + metrics.densityHeight - 2 - height,
      width: Math.max(1, bin.right - bin.left - 1),
      height,
    };
  });
}

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
