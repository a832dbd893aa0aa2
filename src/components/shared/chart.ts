import type { Dataset } from "../../model/dataset.ts";
import type { ReadResult } from "../../model/issue.ts";

/**
 * What every chart's `setData` accepts: a validated dataset, or a reader's `{ data, issues }`
 * (a result with errors shows the error report in place of the chart).
 */
export type ChartData = Dataset | ReadResult<Dataset>;

/**
 * The one contract of every jointline chart (timeline, network, trend, presentation, dashboard):
 * `createX(container, data, options?)` returns this handle, plus a few verbs of its own
 * (`zoomTo`, `next`…). Events are bubbling `CustomEvent`s on `element` (`timeline-select`…), and
 * the current selection is `element.value`.
 *
 * - `update(partial)` merges the given options into the current ones (an `undefined` value keeps
 *   the current option) and redraws only what they touch.
 * - `setData(data)` replaces the data, keeping options, zoom and selection where they still apply.
 * - `select(id)` selects an item (an event for the timeline and trend, an actor for the network),
 *   or clears the selection with `null`; it dispatches no event (the caller made the change).
 * - `highlight(ids)` emphasises a set of items and fades the rest; `null` clears it.
 * - `focus(id)` brings an item into view and moves keyboard focus to it.
 * - `destroy()` removes every node, listener, observer, timer and simulation the chart made.
 *
 * @typeParam Options - the chart's options interface (`TimelineOptions`…).
 * @typeParam Value - what `element.value` holds (the selected item, or `null`).
 */
export interface Chart<Options, Value> {
  /** The chart's root element, inside the container; events are dispatched on it. */
  readonly element: HTMLElement & { readonly value: Value };
  /** Merge `partial` into the options and redraw what they touch. */
  update(partial: Partial<Options>): void;
  /** Replace the data (a dataset or a reader's result). */
  setData(data: ChartData): void;
  /** Select an item by id, or clear the selection with `null`. */
  select(id: string | null): void;
  /** Emphasise these items and fade the rest; `null` clears the highlight. */
  highlight(ids: Iterable<string> | null): void;
  /** Bring an item into view and give it keyboard focus. */
  focus(id: string): void;
  /** Remove everything the chart made: nodes, listeners, observers, timers. */
  destroy(): void;
}

/** The method names of {@link Chart}, for tests that check every chart follows the contract. */
export const chartMethods = [
  "update",
  "setData",
  "select",
  "highlight",
  "focus",
  "destroy",
] as const;
