import { createDashboard, type DashboardOptions } from "../components/link/createDashboard";
import { networkCss } from "../components/network/render";
import { chromeCss } from "../components/shared/chrome/style";
import { timelineCss } from "../components/timeline/style";
import { trendCss } from "../components/trend/render";
import type { EmbedView } from "./embedView";
import { networkOptions } from "./networkView";
import { timelineOptions, timelinePicture } from "./timelineView";
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
  css: [timelineCss, networkCss, trendCss, dashboardCss, chromeCss],
  options: (attributes, dataset) => {
    const { width: _w, height: _h, ...rest } = attributes;
    return {
      timeline: { overview: true, ...timelineOptions(attributes, dataset) },
      network: networkOptions(rest),
      trend: trendOptions(rest),
    };
  },
  create: (container, dataset, options) =>
    createDashboard(container, dataset, options as DashboardOptions),
  svgOf: (handle) => handle.element.querySelector(".jl-plot > svg"),
  // Its timeline as a picture (see timelinePicture); the network and trend draw SVG anyway.
  picture: (options, onPage) => ({
    ...options,
    timeline: timelinePicture((options.timeline ?? {}) as Record<string, unknown>, onPage),
  }),
  drawsOffSvg: (handle) => handle.element.querySelector(".jl-plot > canvas") !== null,
};
