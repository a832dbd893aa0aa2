import type { CooperationGraph, GraphNode, TimeWindow } from "../../derive/cooperationGraph";
import type { Dataset } from "../../model";
import type { Chart } from "../shared/chart";
import type { NetworkLayout } from "./layout";
import type { NetworkOptions } from "./options";

/** `detail` of `network-select`: the selected node, or null when the selection is cleared. */
export interface NetworkSelectDetail {
  id: string | null;
  node: GraphNode | null;
  /** The ids of the node's events in the current window (empty when cleared). */
  events: string[];
}

/** `detail` of `network-hover`: the node under the pointer or focus, or null. */
export interface NetworkHoverDetail {
  id: string | null;
  node: GraphNode | null;
}

/** `detail` of `network-window`: the time window the playback control moved to. */
export interface NetworkWindowDetail {
  window: TimeWindow | null;
  playing: boolean;
}

/** The network's root element; `value` is the selected node id (or null). */
export type NetworkElement = HTMLDivElement & { readonly value: string | null };

/**
 * The handle returned by `createNetwork`: the {@link Chart} contract (ids are node ids: actor
 * ids, or country codes with `facet: "country"`) plus zoom, playback and the current layout.
 * Verbs called from code change the view without dispatching events (as setting an input's value
 * fires no `input`); the reader's own clicks, keys and playback dispatch `network-select`,
 * `network-hover` and `network-window` on `element`.
 */
export interface NetworkHandle extends Chart<NetworkOptions, string | null> {
  readonly element: NetworkElement;
  /** Re-applies options; a new `window` keeps the nodes that stay where they were. */
  update(options: Partial<NetworkOptions>): void;
  /** @deprecated Use {@link Chart.setData}, which also takes a reader's result. */
  setDataset(dataset: Dataset): void;
  /**
   * Zooms to a scale factor around the centre: 1 is the whole network fitted to the drawing,
   * 2 twice as large; clamped to 0.5–8. (The timeline's `zoomTo` takes a time interval.)
   * @example network.zoomTo(2)
   */
  zoomTo(scale: number): void;
  /** Back to scale 1, no pan. */
  resetZoom(): void;
  /** Starts playback: the window slides year by year from the first active year. */
  play(): void;
  /** Stops playback where it is. */
  pause(): void;
  /** Whether playback is running. */
  readonly playing: boolean;
  /** The current layout (positions in drawing coordinates), for tests and exports. */
  readonly layout: NetworkLayout;
  /** The current graph. */
  readonly graph: CooperationGraph;
}
