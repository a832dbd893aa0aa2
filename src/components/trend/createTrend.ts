import { filterEvents } from "../../derive/filterEvents";
import { type PeriodTotal, totalsReport } from "../../derive/totalsByPeriod";
import { t } from "../../i18n/catalog";
import type { Dataset, Issue } from "../../model";
import type { ChartData } from "../shared/chart";
import { createIssueReport, emptyDataset, readChartData } from "../shared/chartData";
import { describeAnnotations } from "../shared/describeAnnotations";
import { createDisposables, dispatch } from "../shared/dispatch";
import { el } from "../shared/el";
import { metricLabel } from "../shared/formatFigure";
import { canvasTextMeasurer } from "../shared/measureText";
import { observeWidth } from "../shared/observeWidth";
import { renderAnnotationTable } from "../shared/renderAnnotationTable";
import { renderEmptyState } from "../shared/renderEmptyState";
import { renderLegend } from "../shared/renderLegend";
import { renderTextSummary } from "../shared/renderTextSummary";
import { sameSet } from "../shared/sameSet";
import { adoptStyle, adoptTheme, rootClass } from "../shared/theme";
import { createTooltip } from "../shared/tooltip";
import { uniqueId } from "../shared/uniqueId";
import { layoutTrendAnnotations } from "./annotations";
import {
  barLines,
  renderTrendTable,
  type TrendWords,
  trendFacetNamer,
  trendLegendItems,
  trendNote,
  trendSummary,
} from "./describe";
import type { TrendElement, TrendHandle, TrendHoverDetail, TrendSelectDetail } from "./handle";
import { attachTrendInteraction, barGroup } from "./interaction";
import { layoutTrend, TREND_FONT_SIZE, type TrendBar, type TrendLayout } from "./layout";
import { tTrend } from "./messages";
import { isMultiValuedFacet, trendNotes } from "./notes";
import {
  defaultMetric,
  metricsOf,
  type ResolvedTrendOptions,
  resolveTrendOptions,
  type TrendOptions,
  trendAxisLabel,
  trendTitle,
} from "./options";
import { capitalize, renderRefusedSum } from "./refusedSum";
import { drawTrend, renderTrend, trendCss } from "./render";
import {
  renderTrendToolbar,
  setTrendMetrics,
  type trendFacets,
  type trendPeriods,
} from "./toolbar";

export type { TrendElement, TrendHandle, TrendHoverDetail, TrendSelectDetail } from "./handle";

/**
 * Draws a figure per period — arrests per year, say — stacked or grouped by a facet, into
 * `container`. Bars that include "at least", "nearly" or "about" figures, or the low end of
 * disagreeing sources, are hatched with a dashed outline, carry "≥"/"≈" on their total, say
 * "at least" in their name, and are explained by the legend. Hovering or focusing a bar lists the
 * events it sums and their sources; selecting it shows them with links (http/https only). Given
 * a reader's result with errors, it shows the error report instead. The handle follows the
 * {@link TrendHandle} contract shared by every chart.
 *
 * @example
 * const trend = createTrend(document.querySelector("#trend")!, dataset, { metric: "arrests", facet: "kind" });
 * trend.element.addEventListener("trend-select", (e) => console.log(e.detail.events));
 * trend.destroy();
 */
export function createTrend(
  container: HTMLElement,
  input: ChartData,
  options: TrendOptions = {},
): TrendHandle {
  const document = container.ownerDocument;
  const view = document.defaultView;
  const bag = createDisposables();
  bag.add(adoptTheme(document));
  bag.add(adoptStyle(document, "trend", trendCss));
  const idPrefix = uniqueId("jl-trend");
  let { dataset, issues } = readChartData(input, options.locale);
  let data: Dataset = dataset ?? emptyDataset();
  let given: TrendOptions = { ...options };
  let opts: ResolvedTrendOptions = resolveTrendOptions(given);
  let selected: string | null = null;
  let focusable: string | null = null;
  let highlighted = new Set<string>();

  const root = el(document, "div", `${rootClass} jl-trend`) as TrendElement;
  Object.defineProperty(root, "value", { get: () => selected, configurable: true });
  const toolbar = renderTrendToolbar(document, metricsOf(data), opts.locale);
  const stage = el(document, "div", "jl-trend-stage");
  const note = el(document, "p", "jl-trend-note");
  const legendSlot = el(document, "div", "jl-trend-legend");
  const details = el(document, "div", "jl-details jl-trend-details");
  details.hidden = true;
  details.setAttribute("aria-live", "polite");
  const dataBlock = el(document, "details", "jl-trend-data");
  const summaryId = `${idPrefix}-summary`;
  const summary = renderTextSummary(document, "", { id: summaryId });
  root.append(toolbar.element, stage, legendSlot, note, details, dataBlock, summary);
  container.append(root);
  const tooltip = createTooltip(root);
  const report = createIssueReport(root, opts.locale);
  const measure =
    options.measureText ??
    canvasTextMeasurer(
      document,
      view?.getComputedStyle?.(root).fontFamily || "system-ui, sans-serif",
    );

  /** Issues of the sum itself (a metric that does not add up): the chart then lists, not sums. */
  let sumIssues: Issue[] = [];
  let layout = compute();
  const svg = renderTrend(document, layout, renderOptions());
  svg.setAttribute("aria-describedby", summaryId);
  stage.append(svg);
  let empty: HTMLElement | null = null;
  refresh();
  report.show(issues);

  function metric(): string {
    return opts.metric ?? defaultMetric(data);
  }
  function title(): string {
    const m = metric();
    return (
      opts.title ??
      trendTitle(
        metricLabel(m, undefined, opts.locale),
        opts.period,
        opts.attribute,
        data.events.filter((e) => e.figures.some((f) => f.metric === m)),
        opts.locale,
      )
    );
  }
  function words(): TrendWords {
    return {
      data,
      title: title(),
      metric: metric(),
      locale: opts.locale,
      facetName: trendFacetNamer(data, opts.facet, opts.locale),
    };
  }

  function compute(): TrendLayout {
    const windowed = opts.window
      ? filterEvents(data, { start: opts.window.start, end: opts.window.end })
      : data.events;
    const { period, attribute, facet, mode } = opts;
    const input = { ...data, events: windowed };
    const base = {
      metric: metric(),
      period,
      claim: opts.claim,
      attribute,
      locale: opts.locale,
    } as const;
    const report = totalsReport(input, {
      ...base,
      facet,
      // Stacks must add up to the period's total: an event in several countries counts once,
      // split only by its own country figures.
      several: mode === "stacked" ? (facet === "country" ? "parts" : "together") : "each",
    });
    sumIssues = report.issues;
    const label = metricLabel(metric(), undefined, opts.locale);
    const notes = trendNotes({
      data,
      rows: report.rows,
      uncounted: report.uncounted,
      metricLabel: label,
      period,
      attribute,
      facet,
      mode,
      locale: opts.locale,
    });
    const layout = layoutTrend(report.rows, {
      period,
      mode,
      maxFacets: opts.maxFacets,
      width: opts.width ?? (container.clientWidth || 640),
      height: opts.height,
      ...(opts.fontSize !== undefined ? { fontSize: opts.fontSize } : {}),
      measureText: opts.measureText ?? measure,
      // The line of a multi-valued facet's grouped bars is the period's total, each event once.
      ...(isMultiValuedFacet(facet) && report.issues.length === 0
        ? { periodTotals: totalsReport(input, { ...base, facet: "none" }).rows }
        : {}),
      headline: title(),
      notes,
      yLabel: tTrend(opts.locale, "trend.yLabel", { metric: capitalize(label) }),
      xLabel: trendAxisLabel(period, attribute, opts.locale),
    });
    if (opts.annotations && (data.annotations?.length ?? 0) > 0) {
      const placed = layoutTrendAnnotations(data.annotations ?? [], data.events, layout, {
        measure: opts.measureText ?? measure,
        fontSize: opts.fontSize ?? TREND_FONT_SIZE,
      });
      layout.annotations = placed.annotations;
      layout.height += placed.footHeight;
    }
    return layout;
  }

  function renderOptions() {
    return {
      title: title(),
      metric: metric(),
      ...(opts.fontSize !== undefined ? { fontSize: opts.fontSize } : {}),
      idPrefix,
      locale: opts.locale,
      selected,
      highlighted,
      focusable,
      facetName: trendFacetNamer(data, opts.facet, opts.locale),
    };
  }

  function refresh(): void {
    root.dataset.theme = opts.theme;
    toolbar.metric.value = metric();
    toolbar.period.value = opts.period;
    toolbar.facet.value = opts.facet;
    toolbar.mode.value = opts.mode;
    toolbar.mode.disabled = opts.facet === "none";
    if (selected && !layout.bars.some((b) => b.key === selected)) selected = null;
    drawTrend(svg, layout, renderOptions());
    empty?.remove();
    empty = null;
    svg.style.display = layout.bars.length === 0 ? "none" : "";
    const refused = sumIssues.find((i) => i.severity === "error");
    if (refused) {
      empty = renderRefusedSum(document, data, metric(), refused, opts.locale);
      stage.append(empty);
    } else if (layout.bars.length === 0) {
      empty = renderEmptyState(
        document,
        tTrend(opts.locale, "trend.noFigure", {
          metric: metricLabel(metric(), undefined, opts.locale),
        }),
        tTrend(opts.locale, opts.window ? "trend.noFigureInWindow" : "trend.noFigureAtAll"),
      );
      stage.append(empty);
    }
    note.textContent = trendNote(layout, opts.locale);
    const w = words();
    legendSlot.replaceChildren(
      renderLegend(
        document,
        trendLegendItems(layout, w.facetName, opts.locale),
        tTrend(opts.locale, "trend.legend"),
      ),
    );
    // A refused sum draws no bars: nothing for the legend and the note to explain.
    legendSlot.hidden = note.hidden = refused !== undefined;
    const open = dataBlock.open;
    const notesTable = renderAnnotationTable(document, data, opts.locale);
    dataBlock.replaceChildren(
      el(document, "summary", undefined, t(opts.locale, "chart.dataTable")),
      renderTrendTable(document, layout, w),
      ...(notesTable ? [notesTable] : []),
    );
    dataBlock.open = open;
    summary.textContent =
      `${trendSummary(layout, w.title, w.metric, opts.locale)} ${describeAnnotations(data, opts.locale)}`.trimEnd();
    renderDetails();
  }

  function renderDetails(): void {
    const bar = layout.bars.find((b) => b.key === selected);
    if (!bar) {
      details.hidden = true;
      details.replaceChildren();
      return;
    }
    const close = el(document, "button", "jl-details-close", t(opts.locale, "chart.close"));
    close.type = "button";
    close.addEventListener("click", () => userSelect(null));
    const [head, ...rest] = barLines(document, bar, words(), true);
    const h3 = el(document, "h3", undefined, head?.textContent ?? "");
    details.replaceChildren(close, h3, ...rest);
    details.hidden = false;
  }

  const detailOf = (bar: TrendBar | undefined): TrendSelectDetail =>
    bar
      ? {
          key: bar.key,
          period: bar.period,
          facet: bar.facet,
          events: [...bar.events],
          sources: [...bar.sources],
        }
      : { key: null, period: null, facet: null, events: [], sources: [] };

  function userSelect(key: string | null): void {
    const next = key !== null && key === selected ? null : key;
    handle.select(next);
    dispatch<TrendSelectDetail>(
      root,
      "trend-select",
      detailOf(layout.bars.find((b) => b.key === next)),
    );
  }

  attachTrendInteraction(bag, {
    root,
    svg,
    tooltip,
    layout: () => layout,
    selected: () => selected,
    setFocusable: (key) => {
      focusable = key;
    },
    userSelect,
    hover(key, at) {
      const bar = layout.bars.find((b) => b.key === key);
      if (bar && at) tooltip.show(barLines(document, bar, words(), false), at.x, at.y);
      else tooltip.hide();
      dispatch<TrendHoverDetail>(root, "trend-hover", detailOf(bar));
    },
    focus: (key) => handle.focus(key),
  });
  const onControl = () =>
    handle.update({
      metric: toolbar.metric.value,
      period: toolbar.period.value as (typeof trendPeriods)[number],
      facet: toolbar.facet.value as (typeof trendFacets)[number],
      mode: toolbar.mode.value as "stacked" | "grouped",
    });
  for (const s of [toolbar.metric, toolbar.period, toolbar.facet, toolbar.mode])
    bag.listen(s, "change", onControl);

  observeWidth(bag, container, () => {
    if (opts.width !== undefined) return;
    layout = compute();
    refresh();
  });

  function setData(next: ChartData): void {
    ({ dataset, issues } = readChartData(next));
    data = dataset ?? emptyDataset();
    report.show(null);
    setTrendMetrics(toolbar, metricsOf(data), opts.locale);
    layout = compute();
    refresh();
    report.show(issues);
  }

  const handle: TrendHandle = {
    element: root,
    update(partial) {
      given = { ...given, ...partial };
      opts = resolveTrendOptions(given);
      layout = compute();
      refresh();
    },
    setData,
    setDataset: setData,
    select(key) {
      const next = key !== null && layout.bars.some((b) => b.key === key) ? key : null;
      // A linked view tells every chart of every selection: nothing to redraw when it is ours.
      if (next === selected) return;
      selected = next;
      drawTrend(svg, layout, renderOptions());
      renderDetails();
    },
    highlight(eventIds) {
      const next = new Set(eventIds ?? []);
      if (sameSet(next, highlighted)) return;
      highlighted = next;
      drawTrend(svg, layout, renderOptions());
    },
    focus(key) {
      if (!layout.bars.some((b) => b.key === key)) return;
      focusable = key;
      drawTrend(svg, layout, renderOptions());
      barGroup(svg, key)?.focus();
    },
    get layout() {
      return layout;
    },
    destroy() {
      bag.dispose();
      tooltip.destroy();
      report.show(null);
      root.remove();
    },
  };
  return handle;
}

/** The rows behind a layout are `totalsByPeriod`'s; re-exported for users of the handle. */
export type { PeriodTotal, TrendOptions };
