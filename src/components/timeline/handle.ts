import type { DataEvent } from "../../model";
import type { Chart } from "../shared/chart";
import type { TimelineOptions } from "./options";
import type { TimelineElement } from "./state";

/**
 * A live timeline: the shared {@link Chart} contract (documented once, in
 * `components/shared/chart.ts`) plus `zoomTo`. Each method in one line, as uPlot documents its API:
 *
 * - `element` — the root `<div>`; listen here for `timeline-select`, `timeline-hover`,
 *   `timeline-zoom`; `element.value` is the selected event.
 * - `update(partial)` — merges options (an `undefined` value goes back to the default) and
 *   rebuilds only what they touch, keeping the selection and the visible window.
 * - `setData(data)` — replaces the dataset (or a `ReadResult`), keeping options.
 * - `zoomTo([start, end])` — shows a time window (ms since the epoch); `zoomTo(null)` resets.
 * - `focus(id)` — moves keyboard focus to an event (panning to it) and shows its tooltip.
 * - `select(id)` — selects an event (or clears with null), as a click does.
 * - `highlight(ids)` — emphasises these events and dims the others (null clears); dispatches
 *   nothing, so linked views can mirror each other's selections without echoes.
 * - `destroy()` — removes every node, listener, observer, timer and stylesheet it added.
 *
 * @example
 * const chart = createTimeline(document.querySelector("#chart")!, dataset);
 * chart.element.addEventListener("timeline-select", (e) => console.log(e.detail.id));
 */
export interface Timeline extends Chart<TimelineOptions, DataEvent | null> {
  readonly element: TimelineElement;
  /** Shows a time window, `[start, end]` in ms since the epoch, or everything with `null`. */
  zoomTo(interval: readonly [number, number] | null): void;
}
