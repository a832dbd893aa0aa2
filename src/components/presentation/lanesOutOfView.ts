import { tPresentation } from "./messages";
import { plotBand } from "./plotBand";

/** The lanes of a scrolling timeline plot that are not wholly in view, by name, and where. */
export interface LanesOutOfView {
  /** Lanes that end below the plot's visible bottom. */
  below: string[];
  /** Lanes that start above the visible top (under the axis kept in view). */
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
  bands.forEach((band, i) => {
    const lane = band.getBoundingClientRect();
    const name =
      labels[i]?.textContent?.trim() ||
      tPresentation(locale, "presentation.laneNumber", { n: i + 1 });
    if (lane.bottom > bottom + 2) result.below.push(name);
    else if (lane.top < top - 2) result.above.push(name);
  });
  return result;
}
