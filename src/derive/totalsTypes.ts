// The options and results of the totals (totalsReport, totalsByPeriod), apart from the code
// that computes them so that charts and views can name them without importing it.
import type { Figure, Issue, Metrics, Qualifier, Source } from "../model";
import type { Period } from "./periodOf";

export type { Period } from "./periodOf";

/**
 * Which date of an event its figures count at: "announced" (their `asOf` date where given, else
 * the end, when an operation's results are usually published), "end" or "start".
 * @example const attribute: Attribute = "start";
 */
export type Attribute = "announced" | "end" | "start";

/** What a total is split by. @example const facet: TotalsFacet = "country"; */
export type TotalsFacet = "kind" | "leadActor" | "country" | "tag" | "none";

/** The facet value of rows with `facet: "none"`. @example rows.filter((r) => r.facet === allFacet) */
export const allFacet = "all";
/** The facet value of events that have no lead actor, no country or no tag. @example rows.filter((r) => r.facet !== noFacet) */
export const noFacet = "(none)";
/** The facet value of events with several facet values, with `several: "together"`. @example rows.find((r) => r.facet === severalFacet) */
export const severalFacet = "(several)";

/**
 * Options for {@link totalsByPeriod}.
 * @example
 * const options: TotalsByPeriodOptions = { metric: "arrests", period: "year", facet: "kind" };
 */
export interface TotalsByPeriodOptions {
  /**
   * The metric to total, e.g. "arrests". Required: summing different metrics means nothing.
   * @example { metric: "arrests" }
   */
  metric: string;
  /** The length of a period; default "year". @example { metric: "arrests", period: "quarter" } */
  period?: Period;
  /**
   * What to split each period's total by; default "none" (one row per period, facet "all").
   * "leadActor", "country" and "tag" can give one event several facet values: each of them
   * gets the event's full value (see {@link PeriodTotal.shared}).
   * @example { metric: "arrests", facet: "kind" }
   */
  facet?: TotalsFacet;
  /**
   * Where an event with several facet values (an operation in 17 countries, two lead agencies)
   * counts: "each" (the default) gives every value the event's full figure, so a country's row
   * means "arrests in operations that involved this country", not arrests made there, and the
   * facet rows of a period add up to more than its total (flagged in `shared`); "together" puts
   * the event under {@link severalFacet} once, so the facet rows add up to the total and can be
   * stacked; "parts" (with `facet: "country"`) splits the event by its own country-level
   * figures (`arrests_gb`, or a metric declared with a `country` in the dataset's `metrics`)
   * where it has them and puts the rest under {@link severalFacet}, so the rows still add up.
   * A figure is never divided in any other way: the data does not say how.
   * @example { metric: "arrests", facet: "country", several: "together" }
   */
  several?: "each" | "together" | "parts";
  /**
   * Which date of an event counts (see {@link Attribute}); default "announced".
   * @example { metric: "arrests", attribute: "start" }
   */
  attribute?: Attribute;
  /**
   * What the metrics are (kinds and families), for a bare list of events; default the
   * dataset's `metrics`, else the defaults by name (see `metricInfo`).
   * @example { metric: "seizures", metrics: { seizures: { kind: "count" } } }
   */
  metrics?: Metrics;
  /**
   * Which value of an event whose sources disagree counts: "low" (the default, so totals are
   * lower bounds), "high", or "preferred" (the figure picked by `preferSources`/`prefer`,
   * falling back to "low" when none is picked). Agreeing sources give one value in every case.
   * @example { metric: "arrests", claim: "preferred", preferSources: ["s61"] }
   */
  claim?: "low" | "high" | "preferred";
  /** Source ids in order of preference, for `claim: "preferred"` (see `figureClaims`). */
  preferSources?: readonly string[];
  /** Scores figures, for `claim: "preferred"` (see `figureClaims`). */
  prefer?: (figure: Figure, source: Source | undefined) => number;
  /** Sources for `prefer` when the input is a bare list of events. */
  sources?: readonly Source[];
  /**
   * The instant ongoing spans run to; default: the dataset's `updated` date, or none.
   */
  now?: number;
  /**
   * The language of the issues' words (why a metric is not added up…); default English. Codes
   * are the same in every language.
   * @example { metric: "countries", locale: "fr" }
   */
  locale?: string;
}

/**
 * One period's total of one facet value.
 * @example
 * // { period: "2011", start: Date.UTC(2011, 0, 1), end: Date.UTC(2012, 0, 1), facet: "all", value: 236,
 * //   qualifier: "at least", approximate: false, events: ["operation-rescue-2011", "operation-delego-2011"],
 * //   values: [184, 52], sources: ["s02", "s08"], shared: [], coarse: [] }
 */
export interface PeriodTotal {
  /** "2025", "2025-Q2" or "2025-04". */
  period: string;
  /** First instant of the period (UTC midnight), ms since the epoch. */
  start: number;
  /** First instant after the period, exclusive. */
  end: number;
  /** The facet value: a kind, actor id, country code, tag, {@link allFacet} or {@link noFacet}. */
  facet: string;
  /** The sum of one value per contributing event. */
  value: number;
  /** The qualifier of the sum (see `combineQualifiers`): "at least" when any part is a floor. */
  qualifier: Qualifier;
  /** Whether any part is an estimate ("approximately", "nearly", "up to"), even when `qualifier` is a bound. */
  approximate: boolean;
  /** Ids of the events summed, in data order. */
  events: string[];
  /**
   * The value each of `events` contributed, in the same order: what merging rows needs so that
   * an event counted under two merged facet values (two countries put together as "other")
   * counts once.
   */
  values: number[];
  /** Ids of the sources of the figures summed, for hover-to-source. */
  sources: string[];
  /**
   * Ids of contributing events also counted under another facet value of this period (an
   * operation in several countries): when non-empty, the facet rows of the period add up to
   * more than the period's total and must not be stacked as if they were parts of it.
   */
  shared: string[];
  /**
   * Ids of contributing events whose figure is split between facet values by their own
   * country-level figures (`several: "parts"`): their parts in the rows of a period add up to
   * the event's figure, so merging two such rows adds both parts.
   */
  split?: string[];
  /**
   * Ids of contributing events whose date is coarser than the period ("2014" in monthly totals):
   * they are counted in the first period their date allows, which is not a known month.
   */
  coarse: string[];
}

/**
 * A figure of a related metric (a variant or a part of the one totalled, or the same metric
 * with a narrower `scope`) on an event that has no figure of the metric itself: not counted,
 * and named so a chart can say so ("870 arrests or convictions (Operation Pacifier) not counted").
 * @example
 * // { event: "operation-pacifier-2015-2017", period: "2017", metric: "arrests_or_convictions_worldwide",
 * //   label: "arrests or convictions worldwide", value: 870, qualifier: "exact", sources: ["s27"] }
 */
export interface UncountedFigure {
  event: string;
  /** The period the event would have counted in. */
  period: string;
  metric: string;
  /** The figure's `scope`, when it is the metric itself with a narrower scope. */
  scope?: string;
  /** The metric's label (see `metricInfo`), with the scope when there is one. */
  label: string;
  /** The claim's value (its low end when sources disagree) and qualifier. */
  value: number;
  qualifier: Qualifier;
  sources: string[];
}

/**
 * What {@link totalsReport} gives: the rows, the figures left out, and why nothing was summed
 * when it refuses.
 */
export interface TotalsReport {
  /** The totals; empty when an error issue refuses the sum. */
  rows: PeriodTotal[];
  /**
   * `not_summable` (error): the metric is not a count that adds up (countries, registered users…);
   * `sum_not_finite` (error): a period's figures add up past the largest number (its rows are
   * left out).
   */
  issues: Issue[];
  /**
   * Figures of related metrics on events without a figure of the metric itself, one per event
   * and related metric (see {@link UncountedFigure}), in data order.
   */
  uncounted: UncountedFigure[];
}
