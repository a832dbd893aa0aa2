import { createDashboard } from "../components/link/createDashboard";
import type { NetworkOptions } from "../components/network/options";
import { networkCss } from "../components/network/render";
import type { TimelineOptions } from "../components/timeline/options";
import { timelineCss } from "../components/timeline/style";
import type { TrendOptions } from "../components/trend/options";
import { trendCss } from "../components/trend/render";
import type { EmbedView } from "./embedView";
import { networkOptions } from "./networkView";
import { timelineOptions } from "./timelineView";
import { trendOptions } from "./trendView";

// createDashboard puts its grid CSS in the page's head, which a shadow root does not see.
const dashboardCss = `
.jl-dashboard { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
.jl-dashboard > .jl-dashboard-timeline { grid-column: 1 / -1; }
.jl-dashboard h2 { font: 600 var(--jl-font-size-large) var(--jl-font-family); margin: 0 0 4px; }
@media (max-width: 800px) { .jl-dashboard { grid-template-columns: minmax(0, 1fr); } }
`;

/**
 * `<jointline-dashboard>`: the linked timeline, network and trend of `createDashboard` —
 * brushing the timeline's overview filters the others, selecting in one highlights in the others.
 */
export const dashboardView: EmbedView = {
  name: "dashboard",
  css: [timelineCss, networkCss, trendCss, dashboardCss],
  options: (attributes, dataset) => {
    const { width: _w, height: _h, ...rest } = attributes;
    return {
      timeline: { overview: true, ...timelineOptions(attributes, dataset) },
      network: networkOptions(rest),
      trend: trendOptions(rest),
    };
  },
  create(container, dataset, options) {
    const o = options as {
      timeline: TimelineOptions;
      network: NetworkOptions;
      trend: TrendOptions;
    };
    const dashboard = createDashboard(container, dataset, o);
    return {
      element: dashboard.element,
      update(next) {
        const n = next as typeof o;
        dashboard.timeline.update(n.timeline);
        dashboard.network.update(n.network);
        dashboard.trend.update(n.trend);
      },
      destroy: () => dashboard.destroy(),
    };
  },
  svgOf: (handle) => handle.element.querySelector(".jl-plot > svg"),
};
