import type { CooperationGraphOptions, GraphNode } from "../../derive/cooperationGraph";
import { mergeOptions } from "../shared/accessor";
import { approximateTextWidth, type TextMeasurer } from "../shared/measureText";
import { tNetwork } from "./messages";

/** A node measure the network can size nodes by. */
export type NodeMeasure = "operations" | "degree" | "weightedDegree";

/** @deprecated The shared {@link TextMeasurer}, under its old name. */
export type MeasureText = TextMeasurer;

/**
 * Options for {@link createNetwork}: the graph options of `cooperationGraph` (facet, kinds,
 * window, roles, bipartite, now) plus how to draw it. Every option has a default, so
 * `createNetwork(container, dataset)` works with none.
 */
export interface NetworkOptions extends CooperationGraphOptions {
  /**
   * Width of the drawing in px; default the container's width (640 when it has none).
   * @example createNetwork(el, dataset, { width: 800 })
   */
  width?: number;
  /**
   * Height of the drawing in px; default 480.
   * @example createNetwork(el, dataset, { height: 600 })
   */
  height?: number;
  /**
   * The measure that sizes nodes; default `"weightedDegree"` (shared operations in the window).
   * @example createNetwork(el, dataset, { sizeBy: "operations" })
   */
  sizeBy?: NodeMeasure;
  /**
   * Seed of the layout's random source: the same data, options and seed give the same picture.
   * Default 1.
   * @example createNetwork(el, dataset, { seed: 42 })
   */
  seed?: number;
  /**
   * Number of simulation ticks the layout runs before it is drawn (no live simulation, so the
   * picture never jitters); default `"auto"` (300, fewer past 150 nodes).
   * @example createNetwork(el, dataset, { ticks: 150 })
   */
  ticks?: number | "auto";
  /**
   * At most this many labels, given to the most important nodes first, and only where they do
   * not collide; default 40.
   * @example createNetwork(el, dataset, { maxLabels: 10 })
   */
  maxLabels?: number;
  /**
   * A dense graph (more nodes than this, or more ties than `maxEdges`) is drawn reduced to its
   * this-many most connected nodes and their strongest ties, with a notice ("Showing the 40 most
   * connected of 58") and a button to show all; default 40.
   * @example createNetwork(el, dataset, { maxNodes: 25 })
   */
  maxNodes?: number;
  /**
   * At most this many ties drawn in the reduced view of a dense graph (the strongest); default 300.
   * @example createNetwork(el, dataset, { maxEdges: 150 })
   */
  maxEdges?: number;
  /**
   * Draw every node and tie of a dense graph instead of the reduced view; default false.
   * @example createNetwork(el, dataset, { showAll: true })
   */
  showAll?: boolean;
  /**
   * Label font size in px; default 12.
   * @example createNetwork(el, dataset, { fontSize: 16 })
   */
  fontSize?: number;
  /**
   * Text width measure; default the shared estimate `approximateTextWidth` (in a browser the
   * network measures with a canvas instead).
   * @example createNetwork(el, dataset, { measureText: (t, s) => t.length * s * 0.6 })
   */
  measureText?: TextMeasurer;
  /**
   * Length in ms of the easing when the window changes; default 450, and 0 when the reader
   * prefers reduced motion.
   * @example createNetwork(el, dataset, { duration: 0 })
   */
  duration?: number;
  /**
   * Accessible name of the chart; default "Cooperation network".
   * @example createNetwork(el, dataset, { title: "Who worked with whom, 2017–2020" })
   */
  title?: string;
  /**
   * Theme set as `data-theme` on the root: "auto" (default), "light", "dark", "high-contrast".
   * @example createNetwork(el, dataset, { theme: "dark" })
   */
  theme?: "auto" | "light" | "dark" | "high-contrast";
  /**
   * BCP 47 locale of the chart's words and numbers; default `"en"`.
   * @example createNetwork(el, dataset, { locale: "fr" })
   */
  locale?: string;
  /**
   * Show the playback control (slides the window year by year); default true.
   * @example createNetwork(el, dataset, { playback: false })
   */
  playback?: boolean;
  /**
   * Width in years of the window that playback slides; default 3.
   * @example createNetwork(el, dataset, { playbackSpan: 1 })
   */
  playbackSpan?: number;
  /**
   * Milliseconds per year while playing; default 1200.
   * @example createNetwork(el, dataset, { playbackInterval: 800 })
   */
  playbackInterval?: number;
}

/** The options with every default filled in (width may still depend on the container). */
export type ResolvedNetworkOptions = Required<
  Omit<NetworkOptions, "window" | "roles" | "now" | "width">
> &
  Pick<NetworkOptions, "window" | "roles" | "now" | "width">;

/**
 * The defaults of {@link NetworkOptions}.
 * @example resolveNetworkOptions({}).seed; // 1
 */
export const defaultNetworkOptions = {
  facet: "actor",
  kinds: ["operation"],
  bipartite: false,
  height: 480,
  sizeBy: "weightedDegree",
  seed: 1,
  ticks: "auto",
  maxLabels: 40,
  maxNodes: 40,
  maxEdges: 300,
  showAll: false,
  fontSize: 12,
  measureText: approximateTextWidth,
  duration: 450,
  title: tNetwork("en", "network.title"),
  theme: "auto",
  locale: "en",
  playback: true,
  playbackSpan: 3,
  playbackInterval: 1200,
} as const satisfies Partial<ResolvedNetworkOptions>;

/**
 * Fills in the defaults with the shared `mergeOptions`; `undefined` values count as unset.
 * @example resolveNetworkOptions({ sizeBy: "degree" }).seed; // 1
 */
export function resolveNetworkOptions(options: NetworkOptions = {}): ResolvedNetworkOptions {
  const resolved = mergeOptions(
    defaultNetworkOptions as ResolvedNetworkOptions,
    options as ResolvedNetworkOptions,
  );
  // The default title in the chart's language.
  return options.title === undefined
    ? { ...resolved, title: tNetwork(resolved.locale, "network.title") }
    : resolved;
}

/**
 * The options whose change lays the graph out afresh; a change of any other (a new `window`,
 * say) keeps the nodes that stay where they were.
 */
export const relayoutKeys = [
  "facet",
  "kinds",
  "roles",
  "bipartite",
  "sizeBy",
  "seed",
  "ticks",
  "now",
  "height",
  "width",
] as const satisfies readonly (keyof NetworkOptions)[];

/**
 * The value of a node measure.
 * @example measureOf(node, "degree"); // 3
 */
export function measureOf(node: GraphNode, measure: NodeMeasure): number {
  return node[measure];
}
