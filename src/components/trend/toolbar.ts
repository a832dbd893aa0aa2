import { el } from "../shared/el";
import { metricLabel } from "../shared/formatFigure";

/** The periods the toolbar offers. */
export const trendPeriods = ["year", "quarter", "month"] as const;
/** The facets the toolbar offers. */
export const trendFacets = ["none", "kind", "leadActor", "country", "tag"] as const;
export const facetWords: Record<(typeof trendFacets)[number], string> = {
  none: "nothing",
  kind: "kind of event",
  leadActor: "lead actor",
  country: "country",
  tag: "tag",
};

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
export function renderTrendToolbar(document: Document, metrics: readonly string[]): TrendToolbar {
  const element = el(document, "div", "jl-trend-toolbar");
  const control = (label: string, values: readonly string[], words: (v: string) => string) => {
    const wrap = el(document, "label", undefined, `${label} `);
    const select = el(document, "select");
    select.append(...options(document, values, words));
    wrap.append(select);
    element.append(wrap);
    return select;
  };
  const metric = control("Figure", metrics, metricLabel);
  const period = control("per", trendPeriods, (v) => v);
  const facet = control(
    "split by",
    trendFacets,
    (v) => facetWords[v as (typeof trendFacets)[number]],
  );
  const mode = control("bars", ["stacked", "grouped"], (v) => v);
  return { element, metric, period, facet, mode };
}

/**
 * Replaces the figure picker's choices (after new data).
 * @example setTrendMetrics(toolbar, metricsOf(next))
 */
export function setTrendMetrics(toolbar: TrendToolbar, metrics: readonly string[]): void {
  toolbar.metric.replaceChildren(...options(toolbar.metric.ownerDocument, metrics, metricLabel));
}
