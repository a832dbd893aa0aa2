import type { Dataset } from "../../model";
import { createNetwork, type NetworkHandle } from "../network/createNetwork";
import type { NetworkOptions } from "../network/options";
import { mergeOptions } from "../shared/accessor";
import type { Chart, ChartData } from "../shared/chart";
import { createIssueReport, emptyDataset, readChartData } from "../shared/chartData";
import { el } from "../shared/el";
import { adoptStyle } from "../shared/theme";
import { createTimeline, type Timeline } from "../timeline/createTimeline";
import type { TimelineOptions } from "../timeline/options";
import { createTrend, type TrendHandle } from "../trend/createTrend";
import type { TrendOptions } from "../trend/options";
import { type Link, link } from "./link";
import { tDashboard } from "./messages";

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

/** The dashboard's root element; `value` is the selected event's id (or null). */
export type DashboardElement = HTMLDivElement & { readonly value: string | null };

/**
 * The handle of a dashboard: the {@link Chart} contract over its three views, where ids are
 * event ids — `select(id)` selects the event in the timeline and highlights its actors and bar
 * in the others (as a reader's click would), `highlight(ids)` emphasises those events and
 * their actors everywhere, `focus(id)` focuses the event in the timeline, `update` passes each
 * view its own options and `setData` gives all three (and the link) new data. Plus the views
 * and their link.
 */
export interface Dashboard extends Chart<DashboardOptions, string | null> {
  readonly element: DashboardElement;
  readonly timeline: Timeline;
  readonly network: NetworkHandle;
  readonly trend: TrendHandle;
  readonly link: Link;
  /** @deprecated Use {@link Chart.setData}, which also takes a reader's result. */
  setDataset(dataset: Dataset): void;
}

/** The dashboard's options with each view's defaults filled in. */
export type ResolvedDashboardOptions = Required<DashboardOptions>;

/**
 * Fills in each view's defaults (the timeline's overview brush, the network's and trend's
 * heights) and the link's delay with the shared `mergeOptions`.
 * @example resolveDashboardOptions({}).network.height; // 420
 */
export function resolveDashboardOptions(options: DashboardOptions = {}): ResolvedDashboardOptions {
  return {
    timeline: mergeOptions<TimelineOptions>({ overview: true }, options.timeline),
    network: mergeOptions<NetworkOptions>({ height: 420 }, options.network),
    trend: mergeOptions<TrendOptions>({ height: 300 }, options.trend),
    delay: options.delay ?? 150,
  };
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
  input: ChartData,
  options: DashboardOptions = {},
): Dashboard {
  const document = container.ownerDocument;
  const releaseStyle = adoptStyle(document, "dashboard", dashboardCss);
  let { dataset: loaded, issues } = readChartData(input);
  let dataset: Dataset = loaded ?? emptyDataset();
  const root = el(document, "div", "jl-dashboard") as DashboardElement;
  const slot = (name: string, heading: string) => {
    const section = el(document, "section", `jl-dashboard-${name}`);
    section.setAttribute("aria-label", heading);
    section.append(el(document, "h2", undefined, heading));
    const inner = el(document, "div");
    section.append(inner);
    root.append(section);
    return inner;
  };
  const locale = options.timeline?.locale;
  const timelineSlot = slot("timeline", tDashboard(locale, "dashboard.timeline"));
  const networkSlot = slot("network", tDashboard(locale, "dashboard.network"));
  const trendSlot = slot("trend", tDashboard(locale, "dashboard.trend"));
  container.append(root);
  const opts = resolveDashboardOptions(options);
  const timeline = createTimeline(timelineSlot, dataset, opts.timeline);
  const network = createNetwork(networkSlot, dataset, opts.network);
  const trend = createTrend(trendSlot, dataset, opts.trend);
  const linked = link({ timeline, network, trend }, { dataset, delay: opts.delay });
  Object.defineProperty(root, "value", {
    get: () => linked.store.get().event,
    configurable: true,
  });
  const report = createIssueReport(root);
  report.show(issues);

  /** The network's members (actors or countries) of these events. */
  const membersOf = (ids: Iterable<string>): string[] => {
    const wanted = new Set(ids);
    const members = new Set<string>();
    for (const event of dataset.events) {
      if (!wanted.has(event.id)) continue;
      const of =
        network.graph.facet === "country" ? event.countries : event.actors.map((a) => a.actor);
      for (const m of of) members.add(m);
    }
    return [...members];
  };

  function setData(next: ChartData): void {
    ({ dataset: loaded, issues } = readChartData(next));
    dataset = loaded ?? emptyDataset();
    report.show(null);
    linked.setDataset(dataset);
    timeline.setData(dataset);
    network.setData(dataset);
    trend.setData(dataset);
    report.show(issues);
  }

  return {
    element: root,
    timeline,
    network,
    trend,
    link: linked,
    update(partial) {
      if (partial.timeline) timeline.update(partial.timeline);
      if (partial.network) network.update(partial.network);
      if (partial.trend) trend.update(partial.trend);
    },
    setData,
    setDataset: setData,
    select(id) {
      const known = id !== null && dataset.events.some((e) => e.id === id);
      timeline.select(known ? id : null);
      if (!known || id === null) linked.store.clear("dashboard");
      else linked.store.set({ event: id, actors: membersOf([id]), events: [id] }, "dashboard");
    },
    highlight(ids) {
      const events = ids ? [...ids] : [];
      if (events.length === 0) linked.store.clear("dashboard");
      else linked.store.set({ event: null, actors: membersOf(events), events }, "dashboard");
    },
    focus(id) {
      timeline.focus(id);
    },
    destroy() {
      linked.destroy();
      timeline.destroy();
      network.destroy();
      trend.destroy();
      report.show(null);
      root.remove();
      releaseStyle();
    },
  };
}
