// Draws one view of a dataset with the library's create* functions, from the builder's options,
// translated the way the embed translates its attributes (src/embed/views/*), so the preview
// and the pasted embed code draw the same chart.
import {
  createDashboard,
  createNetwork,
  createPresentation,
  createTimeline,
  createTrend,
  type Dataset,
  datasetNow,
  type NetworkOptions,
  parseWhen,
  type TimelineOptions,
  type TrendOptions,
  timeExtent,
  toExtent,
} from "../../src/index.ts";
import type { BuilderOptions } from "./builderOptions.ts";

/** What the preview needs of a drawn chart. */
export interface DrawnChart {
  element: HTMLElement;
  destroy(): void;
}

/** Size and look overrides for a drawing (the phone preview, a 1920 × 1080 export). */
export interface DrawOverrides {
  width?: number;
  height?: number;
  /**
   * The timeline's orientation: the desktop preview shows what a desktop reader sees (horizontal,
   * whatever the preview column's width), the phone preview what a phone shows ("auto").
   */
  orientation?: TimelineOptions["orientation"];
}

type Theme = "auto" | "light" | "dark" | "high-contrast";

function bound(text: string, edge: "start" | "end"): number | undefined {
  if (text.trim() === "") return undefined;
  const parsed = parseWhen(text.trim());
  if (!parsed.ok) return undefined;
  const extent = toExtent(parsed.value);
  return edge === "start" ? extent.earliestStart : extent.latestEnd;
}

/** The window `[start, end]` in ms the options ask for, open sides at the data's own edges. */
export function windowOf(options: BuilderOptions, dataset: Dataset): [number, number] | undefined {
  const start = bound(options.start, "start");
  const end = bound(options.end, "end");
  if (start === undefined && end === undefined) return undefined;
  const now = datasetNow(dataset);
  const extent = timeExtent(dataset.events, now === undefined ? {} : { now });
  const from = start ?? extent?.[0];
  const to = end ?? extent?.[1];
  if (from === undefined || to === undefined || !(from < to)) return undefined;
  return [from, to];
}

const positive = (text: string) => {
  const n = Number.parseFloat(text);
  return Number.isFinite(n) && n > 0 ? n : undefined;
};

/** The timeline's options, as `timelineView` makes them from the same attributes. */
export function timelineOptions(
  options: BuilderOptions,
  dataset: Dataset,
  size: DrawOverrides = {},
): TimelineOptions {
  const slide = options.theme === "slide";
  const result: TimelineOptions = {
    theme: (slide ? "light" : options.theme || "auto") as Theme,
    lanes: (options.lanes || "kind") as TimelineOptions["lanes"],
  };
  if (slide) {
    result.fontSize = 20;
    result.rowHeight = 40;
  }
  if (options.locale) result.locale = options.locale;
  const height = size.height ?? positive(options.height);
  if (height) result.maxHeight = height;
  if (size.width) result.width = size.width;
  if (size.orientation) result.orientation = size.orientation;
  const window = windowOf(options, dataset);
  if (window) result.initialWindow = window;
  return result;
}

function networkOptions(
  options: BuilderOptions,
  dataset: Dataset,
  size: DrawOverrides,
): NetworkOptions {
  const result: NetworkOptions = {
    theme: (options.theme === "slide" ? "light" : options.theme || "auto") as Theme,
  };
  if (options.theme === "slide") result.fontSize = 20;
  const window = windowOf(options, dataset);
  if (window) result.window = { start: window[0], end: window[1] };
  const height = size.height ?? positive(options.height);
  if (height) result.height = height;
  if (size.width) result.width = size.width;
  return result;
}

function trendOptions(
  options: BuilderOptions,
  dataset: Dataset,
  size: DrawOverrides,
): TrendOptions {
  const result: TrendOptions = {
    theme: (options.theme === "slide" ? "light" : options.theme || "auto") as Theme,
  };
  if (options.locale) result.locale = options.locale;
  const window = windowOf(options, dataset);
  if (window) result.window = { start: window[0], end: window[1] };
  const height = size.height ?? positive(options.height);
  if (height) result.height = height;
  if (size.width) result.width = size.width;
  return result;
}

/**
 * Draws the chosen view into `container` and returns its handle.
 * @example drawChart(box, dataset, { ...defaultOptions, view: "trend" })
 */
export function drawChart(
  container: HTMLElement,
  dataset: Dataset,
  options: BuilderOptions,
  size: DrawOverrides = {},
): DrawnChart {
  switch (options.view) {
    case "network":
      return createNetwork(container, dataset, networkOptions(options, dataset, size));
    case "trend":
      return createTrend(container, dataset, trendOptions(options, dataset, size));
    case "dashboard": {
      const { width: _w, height: _h, ...rest } = size;
      const noSize = { ...options, height: "" };
      const dashboard = createDashboard(container, dataset, {
        timeline: { overview: true, ...timelineOptions(options, dataset, size) },
        network: networkOptions(noSize, dataset, rest),
        trend: trendOptions(noSize, dataset, rest),
      });
      return { element: dashboard.element, destroy: () => dashboard.destroy() };
    }
    case "presentation": {
      const height = size.height ?? positive(options.height);
      return createPresentation(container, dataset, {
        theme: (options.theme === "auto" ? "slide" : options.theme) as "slide",
        timeline: { lanes: (options.lanes || "kind") as TimelineOptions["lanes"] },
        ...(options.locale ? { locale: options.locale } : {}),
        ...(height ? { stageHeight: height } : {}),
        // The builder's grid uses the arrow keys: the deck moves only when it has focus.
        globalKeys: false,
      });
    }
    default:
      return createTimeline(container, dataset, timelineOptions(options, dataset, size));
  }
}

/** The chart's main picture, for SVG and PNG export. */
export function chartSvg(chart: DrawnChart): SVGSVGElement | null {
  return chart.element.querySelector<SVGSVGElement>(
    ".jl-plot > svg, svg.jl-network-svg, svg.jl-trend-svg",
  );
}
