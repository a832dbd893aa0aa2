/**
 * The part of a drawn timeline's plot where lanes can be seen, in viewport pixels: under its
 * axis (drawn at the top, or kept in view over the lanes once they scroll) and above the plot's
 * visible bottom. `axis` is the axis's height. Read from the lane bands drawn, so it holds
 * whatever the type size and scroll.
 *
 * @example
 * const { top, bottom } = plotBand(timeline.element.querySelector(".jl-plot")!);
 */
export function plotBand(plot: HTMLElement): {
  top: number;
  bottom: number;
  left: number;
  right: number;
  axis: number;
} {
  const box = plot.getBoundingClientRect();
  const first = plot.querySelector(".jl-lane-bg")?.getBoundingClientRect();
  // The first lane starts under the axis: its top at scroll 0 is the axis's height.
  const axis = first ? first.top - box.top + plot.scrollTop : 0;
  return {
    top: box.top + axis,
    bottom: box.top + plot.clientHeight,
    left: box.left,
    right: box.right,
    axis,
  };
}
