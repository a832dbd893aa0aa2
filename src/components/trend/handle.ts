import type { Dataset } from "../../model";
import type { Chart } from "../shared/chart";
import type { TrendLayout } from "./layout";
import type { TrendOptions } from "./options";

/** `detail` of `trend-select` and `trend-hover`: the bar, or nulls when cleared. */
export interface TrendSelectDetail {
  /** `${period}|${facet}`, or null. */
  key: string | null;
  period: string | null;
  facet: string | null;
  /** Ids of the events the bar sums. */
  events: string[];
  /** Ids of the sources of the figures summed. */
  sources: string[];
}
/** `detail` of `trend-hover`. */
export type TrendHoverDetail = TrendSelectDetail;

/** The trend's root element; `value` is the selected bar's key (or null). */
export type TrendElement = HTMLDivElement & { readonly value: string | null };

/**
 * The handle returned by `createTrend`: the {@link Chart} contract, where the ids of `select`
 * and `focus` are bar keys (`"2011|all"`, `"2019|arrest"`) and those of `highlight` are event
 * ids (the bars that sum any of them are emphasised). Verbs called from code dispatch no events;
 * the reader's clicks and keys dispatch `trend-select` and `trend-hover` on `element`.
 */
export interface TrendHandle extends Chart<TrendOptions, string | null> {
  readonly element: TrendElement;
  /** Re-applies options (metric, period, facet, mode, window…). */
  update(options: Partial<TrendOptions>): void;
  /** @deprecated Use {@link Chart.setData}, which also takes a reader's result. */
  setDataset(dataset: Dataset): void;
  /** Selects a bar by key (`"2011|all"`), or clears with null. */
  select(key: string | null): void;
  /** Emphasises the bars that contain any of these event ids; null or empty clears. */
  highlight(eventIds: Iterable<string> | null): void;
  /** Moves keyboard focus to a bar by key. */
  focus(key: string): void;
  /** The current layout, for tests and exports. */
  readonly layout: TrendLayout;
}
