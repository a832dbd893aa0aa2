import type { ResolvedTimelineOptions } from "../options";

/**
 * Whether a chart of this width is drawn vertically: always with `orientation: "vertical"`,
 * never with `"horizontal"`, and with `"auto"` (the default) below `verticalBelow` pixels.
 *
 * @example
 * isVertical({ orientation: "auto", verticalBelow: 600 }, 375); // true
 */
export function isVertical(
  opts: Pick<ResolvedTimelineOptions, "orientation" | "verticalBelow">,
  width: number,
): boolean {
  if (opts.orientation === "vertical") return true;
  if (opts.orientation === "horizontal") return false;
  return width < opts.verticalBelow;
}
