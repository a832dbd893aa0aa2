import type { EmbedView } from "../views/embedView";
import { timelineView } from "../views/timelineView";
import { loadPart } from "./parts";

/** The chart elements jointline registers, by tag name, with the view each draws. */
export const elementViews = {
  "jointline-timeline": "timeline",
  "jointline-network": "network",
  "jointline-trend": "trend",
  "jointline-dashboard": "dashboard",
  "jointline-presentation": "presentation",
} as const;

/** The name of a chart view: `timeline`, `network`, `trend`, `dashboard`, `presentation`. */
export type ViewName = (typeof elementViews)[keyof typeof elementViews];

/**
 * The view drawing `name`: the timeline is in the core (every page has one); the others come
 * with their part, loaded on first use.
 * @example const view = await loadView("network");
 */
export function loadView(name: ViewName): EmbedView | Promise<EmbedView> {
  if (name === "timeline") return timelineView;
  return loadPart(name).then((part) => part.view);
}
