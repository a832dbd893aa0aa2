import type { EmbedView } from "./embedView";
import { networkView } from "./networkView";
import { timelineView } from "./timelineView";
import { trendView } from "./trendView";

/** The views the CLI and {@link renderSvgInNode} know, by the name `--view` takes. */
export type ServerViewName = "timeline" | "network" | "trend";

/** The charts that render without a browser (a view not listed here is not built yet). */
export const serverViews: Partial<Record<ServerViewName, EmbedView>> = {
  timeline: timelineView,
  network: networkView,
  trend: trendView,
};
