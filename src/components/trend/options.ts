import type { TimeWindow } from "../../derive/cooperationGraph";
import type { Attribute, Period, TotalsFacet, UncountedFigure } from "../../derive/totalsByPeriod";
import type { DataEvent, Dataset, Qualifier } from "../../model";
import { isSummable } from "../../model/metricInfo";
import { formatPeriod } from "../../time/formatYear";
import { withLocale } from "../../time/normalizeLocale";
import { mergeOptions } from "../shared/accessor";
import type { TextMeasurer } from "../shared/measureText";
import { tTrend } from "./messages";
import { periodWord } from "./toolbar";

/**
 * Options for {@link createTrend}. Every option has a default, so
 * `createTrend(container, dataset)` works with none.
 */
export interface TrendOptions {
  /**
   * The figure to total per period, e.g. "arrests"; default the metric reported for the most
   * events (see {@link defaultMetric}).
   * @example createTrend(el, dataset, { metric: "suspects_identified" })
   */
  metric?: string;
  /**
   * Length of a period: "year" (default), "quarter" or "month".
   * @example createTrend(el, dataset, { period: "quarter" })
   */
  period?: Period;
  /**
   * What bars are split by: "none" (default), "kind", "leadActor", "country" or "tag".
   * @example createTrend(el, dataset, { facet: "leadActor" })
   */
  facet?: TotalsFacet;
  /**
   * "stacked" (default) or "grouped". Stacked bars count an event with several facet values
   * once, under "several", so the stack adds up to the period's total; grouped bars give each
   * value the event's full figure (the bars of a period then overlap and are never summed).
   * @example createTrend(el, dataset, { facet: "country", mode: "grouped" })
   */
  mode?: "stacked" | "grouped";
  /**
   * Which value of an event whose sources disagree counts: "low" (default: the bar is then a
   * lower bound), "high" or "preferred".
   * @example createTrend(el, dataset, { claim: "high" })
   */
  claim?: "low" | "high" | "preferred";
  /**
   * At most this many facet values get their own colour; the rest are totalled as "other".
   * Default 7.
   * @example createTrend(el, dataset, { facet: "country", maxFacets: 5 })
   */
  maxFacets?: number;
  /**
   * Only events overlapping this window count (linked views set it from the timeline's brush);
   * default none.
   * @example createTrend(el, dataset, { window: { start: Date.UTC(2015, 0, 1), end: Date.UTC(2020, 0, 1) } })
   */
  window?: TimeWindow;
  /**
   * Draw the dataset's annotations above the bars of their periods, each with a connector;
   * default true. They are in the table and the summary either way.
   * @example createTrend(el, dataset, { annotations: false })
   */
  annotations?: boolean;
  /** Width in px; default the container's width (640 when it has none). @example { width: 800 } */
  width?: number;
  /** Height in px of the plot; default 320. @example { height: 240 } */
  height?: number;
  /**
   * Size in px of the chart's text (ticks, values, notes; the headline is 1.3 times it);
   * default 12 (`TREND_FONT_SIZE`). 24 on a projected slide. @example { fontSize: 24 }
   */
  fontSize?: number;
  /**
   * Which date of an event its figures count at: "announced" (default: the figures' `asOf`
   * date, else the event's end, when results are usually published), "end" or "start". An
   * operation's whole figure counts in one period, never spread over the years it ran.
   * @example createTrend(el, dataset, { attribute: "start" })
   */
  attribute?: Attribute;
  /**
   * Accessible name; default what the bars are, e.g. "Arrests reported in operations, by year
   * of announcement" (see {@link trendTitle}).
   * @example { title: "Arrests per year" }
   */
  title?: string;
  /** BCP 47 locale for numbers; default "en". @example { locale: "de" } */
  locale?: string;
  /** Theme set as `data-theme`; default "auto". @example { theme: "dark" } */
  theme?: "auto" | "light" | "dark" | "high-contrast";
  /** Label width measure; default canvas in browsers, an estimate elsewhere. */
  measureText?: TextMeasurer;
}

/** The options with every default filled in (metric, width and title may depend on the data). */
export type ResolvedTrendOptions = Required<
  Omit<TrendOptions, "metric" | "window" | "width" | "title" | "measureText" | "fontSize">
> &
  Pick<TrendOptions, "metric" | "window" | "width" | "title" | "measureText" | "fontSize">;

/**
 * The defaults of {@link TrendOptions} that do not depend on the data.
 * @example defaultTrendOptions.period; // "year"
 */
export const defaultTrendOptions = {
  period: "year",
  facet: "none",
  mode: "stacked",
  claim: "low",
  attribute: "announced",
  maxFacets: 7,
  annotations: true,
  height: 320,
  locale: "en",
  theme: "auto",
} as const satisfies Partial<ResolvedTrendOptions>;

/**
 * Fills in the defaults with the shared `mergeOptions`; `undefined` values count as unset.
 * @example resolveTrendOptions({ period: "quarter" }).height; // 320
 */
export function resolveTrendOptions(options: TrendOptions = {}): ResolvedTrendOptions {
  return withLocale(
    mergeOptions(defaultTrendOptions as ResolvedTrendOptions, options as ResolvedTrendOptions),
  );
}

/** Counts that mean something when added up over events, in order of preference as a default. */
const summableDefaults = [
  "arrests",
  "suspects_identified",
  "victims_identified",
  "victims_safeguarded",
  "convictions",
  "charged",
  "sites_taken_down",
];

/**
 * The first of arrests, suspects identified, victims identified… that the dataset reports (these
 * add up over events; "countries involved" does not), else the summable metric reported for the
 * most events (ties: alphabetical), else "arrests".
 * @example defaultMetric(dataset); // "arrests"
 */
export function defaultMetric(dataset: Pick<Dataset, "events"> & Partial<Dataset>): string {
  const reported = new Set(dataset.events.flatMap((e) => e.figures.map((f) => f.metric)));
  const preferred = summableDefaults.find((m) => reported.has(m));
  if (preferred) return preferred;
  const counts = new Map<string, number>();
  for (const event of dataset.events) {
    for (const metric of new Set(event.figures.map((f) => f.metric)))
      if (isSummable(metric, (dataset as Partial<Dataset>).metrics))
        counts.set(metric, (counts.get(metric) ?? 0) + 1);
  }
  let best = "arrests";
  let bestCount = 0;
  for (const [metric, count] of counts) {
    if (count > bestCount || (count === bestCount && metric < best)) {
      best = metric;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The metrics a dataset reports, most reported first.
 * @example metricsOf(dataset).slice(0, 3); // ["countries", "arrests", "suspects_identified"]
 */
export function metricsOf(dataset: Pick<Dataset, "events">): string[] {
  const counts = new Map<string, number>();
  for (const event of dataset.events)
    for (const metric of new Set(event.figures.map((f) => f.metric)))
      counts.set(metric, (counts.get(metric) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([m]) => m);
}

/** "year of announcement": a period and the date an event counts by, in words. */
function periodOf(period: Period, attribute: Attribute, locale?: string): string {
  const word = periodWord(period, locale);
  if (attribute === "end") return tTrend(locale, "trend.periodOfEnd", { period: word });
  if (attribute === "start") return tTrend(locale, "trend.periodOfStart", { period: word });
  return tTrend(locale, "trend.periodOfAnnouncement", { period: word });
}

/**
 * What the bars of a trend are, as its default title: "Arrests reported in operations, by year
 * of announcement" (operations and enforcement actions), "… reported in events, …" otherwise.
 * @example trendTitle("arrests", "year", "announced", dataset.events); // "Arrests reported in operations, by year of announcement"
 */
export function trendTitle(
  metricLabel: string,
  period: Period,
  attribute: Attribute,
  events: readonly Pick<DataEvent, "kind">[],
  locale?: string,
): string {
  const params = { metric: capitalize(metricLabel), by: periodOf(period, attribute, locale) };
  return events.every((e) => e.kind !== "legislation")
    ? tTrend(locale, "trend.titleOperations", params)
    : tTrend(locale, "trend.titleEvents", params);
}

/**
 * The x axis's caption: "Year of announcement".
 * @example trendAxisLabel("year", "announced"); // "Year of announcement"
 */
export function trendAxisLabel(period: Period, attribute: Attribute, locale?: string): string {
  return capitalize(periodOf(period, attribute, locale));
}

/**
 * The note on a chart that names the related figures it did not count, one per event (its
 * largest, with how many more), e.g. "Not counted (other definitions): about 100 arrested or
 * charged (Operations Historia…, 2013); 870 arrests or convictions worldwide (Operation
 * Pacifier…, 2017; 3 more figures)". Empty when nothing was left out.
 * @example uncountedNote(report.uncounted, (id) => titles.get(id) ?? id, formatValue)
 */
export function uncountedNote(
  uncounted: readonly UncountedFigure[],
  eventName: (id: string) => string,
  valueText: (value: number, qualifier: Qualifier) => string,
  locale?: string,
): string {
  if (uncounted.length === 0) return "";
  const byEvent = new Map<string, UncountedFigure[]>();
  for (const u of uncounted) byEvent.set(u.event, [...(byEvent.get(u.event) ?? []), u]);
  const parts = [...byEvent.values()].map((list) => {
    const top = [...list].sort((a, b) => b.value - a.value)[0]!;
    const more = list.length - 1;
    const params = {
      value: valueText(top.value, top.qualifier),
      label: top.label,
      event: eventName(top.event),
      period: formatPeriod(top.period),
      more,
    };
    return more > 0
      ? tTrend(locale, "trend.uncountedFigureMore", params)
      : tTrend(locale, "trend.uncountedFigure", params);
  });
  return tTrend(locale, "trend.uncounted", { n: byEvent.size, list: parts.join("; ") });
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
