import type { EmbedView } from "../embed/embedView";
import { networkView } from "../embed/views/networkView";
import { timelineView } from "../embed/views/timelineView";
import { trendView } from "../embed/views/trendView";

/** The views the CLI and {@link renderSvgInNode} know, by the name `--view` takes. */
export type ServerViewName = "timeline" | "network" | "trend";

/** The charts that render without a browser (a view not listed here is not built yet). */
export const serverViews: Partial<Record<ServerViewName, EmbedView>> = {
  timeline: timelineView,
  network: networkView,
  trend: trendView,
};
