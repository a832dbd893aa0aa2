import type { Dataset } from "../../model";
import { createNetwork, type NetworkHandle } from "../network/createNetwork";
import type { NetworkOptions } from "../network/options";
import { el } from "../shared/el";
import { adoptStyle } from "../shared/theme";
import { createTimeline, type Timeline } from "../timeline/createTimeline";
import type { TimelineOptions } from "../timeline/options";
import { createTrend, type TrendHandle } from "../trend/createTrend";
import type { TrendOptions } from "../trend/options";
import { type Link, link } from "./link";

/** Options for {@link createDashboard}: one options object per view, and the link's delay. */
export interface DashboardOptions {
  /** Timeline options; default `{ overview: true }` (the brush that filters the others). */
  timeline?: TimelineOptions;
  /** Network options; default none. */
  network?: NetworkOptions;
  /** Trend options; default none (the most reported metric per year). */
  trend?: TrendOptions;
  /** See `LinkOptions.delay`; default 150 ms. */
  delay?: number;
}

/** The handle of a dashboard: its views, their link, and one `destroy`. */
export interface Dashboard {
  readonly element: HTMLDivElement;
  readonly timeline: Timeline;
  readonly network: NetworkHandle;
  readonly trend: TrendHandle;
  readonly link: Link;
  /** Gives every view (and the link) a new dataset — a filtered one, say. */
  setDataset(dataset: Dataset): void;
  /** Destroys the link, the three views and the dashboard's own nodes. */
  destroy(): void;
}

const dashboardCss = `
.jl-dashboard { display: grid; gap: 16px; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); }
.jl-dashboard > .jl-dashboard-timeline { grid-column: 1 / -1; }
.jl-dashboard h2 { font: 600 1rem system-ui, sans-serif; margin: 0 0 4px; }
@media (max-width: 800px) { .jl-dashboard { grid-template-columns: minmax(0, 1fr); } }
`;

/**
 * A timeline over a network and a trend, linked (see {@link link}): brushing the timeline's
 * overview filters the others, selecting in one highlights in the others.
 * @example
 * const dashboard = createDashboard(document.querySelector("#app")!, dataset, { trend: { metric: "arrests" } });
 * dashboard.link.store.subscribe((s) => console.log(s.window));
 */
export function createDashboard(
  container: HTMLElement,
  dataset: Dataset,
  options: DashboardOptions = {},
): Dashboard {
  const document = container.ownerDocument;
  const releaseStyle = adoptStyle(document, "dashboard", dashboardCss);
  const root = el(document, "div", "jl-dashboard");
  const slot = (name: string, heading: string) => {
    const section = el(document, "section", `jl-dashboard-${name}`);
    section.setAttribute("aria-label", heading);
    section.append(el(document, "h2", undefined, heading));
    const inner = el(document, "div");
    section.append(inner);
    root.append(section);
    return inner;
  };
  const timelineSlot = slot("timeline", "Timeline");
  const networkSlot = slot("network", "Who worked with whom");
  const trendSlot = slot("trend", "Figures per period");
  container.append(root);
  const timeline = createTimeline(timelineSlot, dataset, { overview: true, ...options.timeline });
  const network = createNetwork(networkSlot, dataset, { height: 420, ...options.network });
  const trend = createTrend(trendSlot, dataset, { height: 300, ...options.trend });
  const linked = link(
    { timeline, network, trend },
    { dataset, ...(options.delay !== undefined ? { delay: options.delay } : {}) },
  );
  return {
    element: root,
    timeline,
    network,
    trend,
    link: linked,
    setDataset(next) {
      linked.setDataset(next);
      timeline.setData(next);
      network.setDataset(next);
      trend.setDataset(next);
    },
    destroy() {
      linked.destroy();
      timeline.destroy();
      network.destroy();
      trend.destroy();
      root.remove();
      releaseStyle();
    },
  };
}
