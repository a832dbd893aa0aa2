// The one module of jointline with a side effect: importing it registers the custom elements.

import { dashboardView } from "../views/dashboardView";
import { networkView } from "../views/networkView";
import { presentationView } from "../views/presentationView";
import { timelineView } from "../views/timelineView";
import { trendView } from "../views/trendView";
import { defineElement } from "./defineElement";
import { JointlineFrame } from "./JointlineFrame";

/** The chart elements jointline registers, by tag name. */
export const elementViews = {
  "jointline-timeline": timelineView,
  "jointline-network": networkView,
  "jointline-trend": trendView,
  "jointline-dashboard": dashboardView,
  "jointline-presentation": presentationView,
} as const;

for (const [tag, view] of Object.entries(elementViews)) defineElement(tag, view);
if (globalThis.customElements && !customElements.get("jointline-frame")) {
  customElements.define("jointline-frame", JointlineFrame);
}
