import { metrics, type TimelineLayout } from "../layout";

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
