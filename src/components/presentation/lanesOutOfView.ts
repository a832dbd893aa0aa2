import { tPresentation } from "./messages";
import { plotBand } from "./plotBand";

/**
 * The lanes of a scrolling timeline plot that lie beyond its visible part, by name, and where;
 * a lane the plot cuts in two only when no lane lies wholly beyond that edge.
 */
export interface LanesOutOfView {
  /** Lanes that start below the plot's visible bottom (else the one it cuts there). */
  below: string[];
  /** Lanes that end above the visible top, under the axis kept in view (else the one cut there). */
  above: string[];
}

/**
 * Reads from a drawn timeline which lanes its scrolled plot cuts off (the plot of a timeline
 * with `maxHeight`): each lane's background band against the visible part of the plot, under
 * the axis that stays in view. Lanes are named by their labels ("Legislation & policy (13)").
 *
 * @example
 * const { below } = lanesOutOfView(timeline.element.querySelector(".jl-plot")!);
 */
export function lanesOutOfView(plot: HTMLElement, locale?: string): LanesOutOfView {
  const result: LanesOutOfView = { below: [], above: [] };
  if (plot.scrollHeight <= plot.clientHeight + 1) return result;
  const { top, bottom } = plotBand(plot);
  const bands = plot.querySelectorAll(".jl-lane-bg");
  const labels = plot.querySelectorAll(".jl-lane-label");
  // A lane cut by an edge whose other end is in view is named only when no lane lies wholly
  // beyond that edge: "2 more lanes below" must not count the lane the reader is looking at.
  const cut: LanesOutOfView = { below: [], above: [] };
  bands.forEach((band, i) => {
    const lane = band.getBoundingClientRect();
    const name =
      labels[i]?.textContent?.trim() ||
      tPresentation(locale, "presentation.laneNumber", { n: i + 1 });
    if (lane.bottom > bottom + 2) (lane.top >= bottom - 2 ? result : cut).below.push(name);
    else if (lane.top < top - 2) (lane.bottom <= top + 2 ? result : cut).above.push(name);
  });
  if (result.below.length === 0) result.below = cut.below;
  if (result.above.length === 0) result.above = cut.above;
  return result;
}
