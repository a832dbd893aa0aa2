import { select } from "d3-selection";
import { loadOverviewCode, overviewCode } from "./overviewCode";
import type { TimelineState } from "./state";

/** What the overview's brush asks of the chart. */
export interface OverviewActions {
  /** Show this window (from the brush), or everything (`null`). */
  showWindow(window: [number, number] | null): void;
}

/**
 * Draws the mini-overview under the chart and its brush, which shows and sets the visible window
 * (overviewDraw.ts). In the script-tag build that code is a part, `overview`, which an element
 * loads before drawing a timeline with `overview: true` (the dashboard part carries it); a chart
 * made from code before it is here draws its overview when it arrives, with a console warning
 * if it cannot load.
 */
export function buildOverview(s: TimelineState, actions: OverviewActions): void {
  const code = overviewCode();
  if (code) {
    code.drawOverview(s, actions);
    return;
  }
  const dom = s.dom;
  loadOverviewCode().then(
    (loaded) => {
      if (s.dom === dom && dom?.overviewSvg) loaded.drawOverview(s, actions);
    },
    (error: unknown) => console.warn("jointline: the timeline's overview could not load.", error),
  );
}

/** Shows the visible window on the overview (once its code is here; before, it has no brush). */
export function updateOverviewBrush(s: TimelineState): void {
  overviewCode()?.moveOverviewBrush(s);
}

/** Removes the overview's brush and marks. */
export function clearOverview(s: TimelineState): void {
  s.dom?.overviewBrush?.destroy();
  if (s.dom?.overviewSvg) select(s.dom.overviewSvg).selectAll("*").remove();
}
