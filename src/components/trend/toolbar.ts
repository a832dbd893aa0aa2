import { el } from "../shared/el";
import { metricLabel } from "../shared/formatFigure";
import { tTrend } from "./messages";

/** The periods the toolbar offers. */
export const trendPeriods = ["year", "quarter", "month"] as const;
/** The facets the toolbar offers. */
export const trendFacets = ["none", "kind", "leadActor", "country", "tag"] as const;
/** A facet in words, as the picker and the notes say it: "lead actor", "kind of event"… */
export function facetWord(facet: string, locale?: string): string {
  switch (facet) {
    case "none":
      return tTrend(locale, "trend.facet.none");
    case "kind":
      return tTrend(locale, "trend.facet.kind");
    case "leadActor":
      return tTrend(locale, "trend.facet.leadActor");
    case "country":
      return tTrend(locale, "trend.facet.country");
    case "tag":
      return tTrend(locale, "trend.facet.tag");
    default:
      return facet;
  }
}

/** A period in words: "year", "quarter", "month". */
export function periodWord(period: string, locale?: string): string {
  if (period === "quarter") return tTrend(locale, "trend.period.quarter");
  if (period === "month") return tTrend(locale, "trend.period.month");
  return period === "year" ? tTrend(locale, "trend.period.year") : period;
}

/** The trend's toolbar and its four pickers; see {@link renderTrendToolbar}. */
export interface TrendToolbar {
  element: HTMLDivElement;
  metric: HTMLSelectElement;
  period: HTMLSelectElement;
  facet: HTMLSelectElement;
  mode: HTMLSelectElement;
}

function options(document: Document, values: readonly string[], words: (v: string) => string) {
  return values.map((v) => {
    const option = el(document, "option", undefined, words(v));
    option.value = v;
    return option;
  });
}

/**
 * The pickers of the figure, the period, the facet the bars are split by, and stacked or
 * grouped bars.
 * @example const toolbar = renderTrendToolbar(document, metricsOf(dataset));
 */
export function renderTrendToolbar(
  document: Document,
  metrics: readonly string[],
  locale?: string,
): TrendToolbar {
  const element = el(document, "div", "jl-trend-toolbar");
  const control = (label: string, values: readonly string[], words: (v: string) => string) => {
    const wrap = el(document, "label", undefined, `${label} `);
    const select = el(document, "select");
    select.append(...options(document, values, words));
    wrap.append(select);
    element.append(wrap);
    return select;
  };
  const metric = control(tTrend(locale, "trend.figure"), metrics, (v) =>
    metricLabel(v, undefined, locale),
  );
  const period = control(tTrend(locale, "trend.per"), trendPeriods, (v) => periodWord(v, locale));
  const facet = control(tTrend(locale, "trend.splitBy"), trendFacets, (v) => facetWord(v, locale));
  const mode = control(tTrend(locale, "trend.bars"), ["stacked", "grouped"], (v) =>
    tTrend(locale, v === "grouped" ? "trend.mode.grouped" : "trend.mode.stacked"),
  );
  return { element, metric, period, facet, mode };
}

/**
 * Replaces the figure picker's choices (after new data).
 * @example setTrendMetrics(toolbar, metricsOf(next))
 */
export function setTrendMetrics(
  toolbar: TrendToolbar,
  metrics: readonly string[],
  locale?: string,
): void {
  toolbar.metric.replaceChildren(
    ...options(toolbar.metric.ownerDocument, metrics, (v) => metricLabel(v, undefined, locale)),
  );
}
