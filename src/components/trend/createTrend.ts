import { figureClaims } from "../../derive/figureClaims";
import { filterEvents } from "../../derive/filterEvents";
import {
  allFacet,
  noFacet,
  type PeriodTotal,
  severalFacet,
  totalsReport,
} from "../../derive/totalsByPeriod";
import type { Dataset, Event, Issue } from "../../model";
import { createDisposables, dispatch } from "../shared/dispatch";
import { el } from "../shared/el";
import { formatNumber, metricLabel, qualifierText } from "../shared/formatFigure";
import { canvasTextMeasurer } from "../shared/measureText";
import { renderDataTable } from "../shared/renderDataTable";
import { renderEmptyState } from "../shared/renderEmptyState";
import { countryNames, eventDateText } from "../shared/renderEventDetails";
import { type LegendItem, renderLegend } from "../shared/renderLegend";
import { renderLink } from "../shared/renderLink";
import { renderTextSummary } from "../shared/renderTextSummary";
import { adoptStyle, adoptTheme, rootClass } from "../shared/theme";
import { createTooltip } from "../shared/tooltip";
import { layoutTrend, otherFacet, type TrendBar, type TrendLayout } from "./layout";
import {
  defaultMetric,
  metricsOf,
  type TrendOptions,
  trendAxisLabel,
  trendTitle,
  uncountedNote,
} from "./options";
import { barValueText, drawTrend, facetColor, renderTrend, trendCss } from "./render";

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
 * The handle returned by {@link createTrend}. Verbs called from code dispatch no events; the
 * reader's clicks and keys dispatch `trend-select` and `trend-hover`.
 */
export interface TrendHandle {
  readonly element: TrendElement;
  /** Re-applies options (metric, period, facet, mode, window…). */
  update(options: Partial<TrendOptions>): void;
  /** Replaces the dataset (a filtered one, say). */
  setDataset(dataset: Dataset): void;
  /** Selects a bar by key (`"2011|all"`), or clears with null. */
  select(key: string | null): void;
  /** Emphasises the bars that contain any of these event ids; null or empty clears. */
  highlight(eventIds: Iterable<string> | null): void;
  /** The current layout, for tests and exports. */
  readonly layout: TrendLayout;
  /** Removes every node, listener, observer and timer the chart made. */
  destroy(): void;
}

let trendCount = 0;
const periods = ["year", "quarter", "month"] as const;
const facets = ["none", "kind", "leadActor", "country", "tag"] as const;
const facetWords: Record<(typeof facets)[number], string> = {
  none: "nothing",
  kind: "kind of event",
  leadActor: "lead actor",
  country: "country",
  tag: "tag",
};

/**
 * Draws a figure per period — arrests per year, say — stacked or grouped by a facet, into
 * `container`. Bars that include "at least", "nearly" or "about" figures, or the low end of
 * disagreeing sources, are hatched with a dashed outline, carry "≥"/"≈" on their total, say
 * "at least" in their name, and are explained by the legend. Hovering or focusing a bar lists the
 * events it sums and their sources; selecting it shows them with links (http/https only).
 *
 * @example
 * const trend = createTrend(document.querySelector("#trend")!, dataset, { metric: "arrests", facet: "kind" });
 * trend.element.addEventListener("trend-select", (e) => console.log(e.detail.events));
 * trend.destroy();
 */
export function createTrend(
  container: HTMLElement,
  dataset: Dataset,
  options: TrendOptions = {},
): TrendHandle {
  const document = container.ownerDocument;
  const view = document.defaultView;
  const bag = createDisposables();
  bag.add(adoptTheme(document));
  bag.add(adoptStyle(document, "trend", trendCss));
  const idPrefix = `jl-trend-${++trendCount}`;
  let data = dataset;
  let opts: TrendOptions = { ...options };
  let selected: string | null = null;
  let focusable: string | null = null;
  let highlighted = new Set<string>();

  const root = el(document, "div", `${rootClass} jl-trend`) as TrendElement;
  Object.defineProperty(root, "value", { get: () => selected, configurable: true });
  const toolbar = el(document, "div", "jl-trend-toolbar");
  const control = (label: string, values: readonly string[], words: (v: string) => string) => {
    const wrap = el(document, "label", undefined, `${label} `);
    const selectEl = el(document, "select");
    for (const v of values) {
      const option = el(document, "option", undefined, words(v));
      option.value = v;
      selectEl.append(option);
    }
    wrap.append(selectEl);
    toolbar.append(wrap);
    return selectEl;
  };
  const metricSelect = control("Figure", metricsOf(data), metricLabel);
  const periodSelect = control("per", periods, (v) => v);
  const facetSelect = control("split by", facets, (v) => facetWords[v as (typeof facets)[number]]);
  const modeSelect = control("bars", ["stacked", "grouped"], (v) => v);
  const stage = el(document, "div", "jl-trend-stage");
  const note = el(document, "p", "jl-trend-note");
  const legendSlot = el(document, "div", "jl-trend-legend");
  const details = el(document, "div", "jl-details jl-trend-details");
  details.hidden = true;
  details.setAttribute("aria-live", "polite");
  const dataBlock = el(document, "details", "jl-trend-data");
  const summaryId = `${idPrefix}-summary`;
  let summary = renderTextSummary(document, "", { id: summaryId });
  root.append(toolbar, stage, legendSlot, note, details, dataBlock, summary);
  container.append(root);
  const tooltip = createTooltip(root);
  const measure =
    options.measureText ??
    canvasTextMeasurer(
      document,
      view?.getComputedStyle?.(root).fontFamily || "system-ui, sans-serif",
    );

  let rows: PeriodTotal[] = [];
  let issues: Issue[] = [];
  let layout = compute();
  const svg = renderTrend(document, layout, renderOptions());
  svg.setAttribute("aria-describedby", summaryId);
  stage.append(svg);
  let empty: HTMLElement | null = null;
  refresh();

  function metric(): string {
    return opts.metric ?? defaultMetric(data);
  }
  function mode() {
    return opts.mode ?? "stacked";
  }
  function title(): string {
    const m = metric();
    return (
      opts.title ??
      trendTitle(
        metricLabel(m),
        opts.period ?? "year",
        opts.attribute ?? "announced",
        data.events.filter((e) => e.figures.some((f) => f.metric === m)),
      )
    );
  }

  function compute(): TrendLayout {
    const windowed = opts.window
      ? filterEvents(data, { start: opts.window.start, end: opts.window.end })
      : data.events;
    const facet = opts.facet ?? "none";
    const period = opts.period ?? "year";
    const attribute = opts.attribute ?? "announced";
    const multi = facet === "leadActor" || facet === "country" || facet === "tag";
    const input = { ...data, events: windowed };
    const base = { metric: metric(), period, claim: opts.claim ?? "low", attribute } as const;
    const report = totalsReport(input, {
      ...base,
      facet,
      // Stacks must add up to the period's total: an event in several countries counts once,
      // split only by its own country figures.
      several: mode() === "stacked" ? (facet === "country" ? "parts" : "together") : "each",
    });
    rows = report.rows;
    issues = report.issues;
    const label = metricLabel(metric());
    const facetWord = facetWords[facet];
    const facetPlural = { leadActor: "lead actors", country: "countries", tag: "tags" }[
      facet as "leadActor"
    ];
    const verb = { announced: "was announced", end: "ended", start: "began" }[attribute];
    const notes = [
      `${data.coverage === "selection" ? "The events are a selection of publicised operations, not a measure of enforcement. " : ""}An operation's whole figure counts in the ${period} it ${verb}, not spread over the ${period}s it ran.`,
    ];
    if (multi && mode() === "grouped" && rows.some((r) => r.shared.length > 0))
      notes.push(
        `Bars: ${label} in operations involving this ${facetWord}; an operation with several ${facetPlural} is counted in each, so the bars overlap and do not add up. The line is the ${period}'s total, each operation counted once.`,
      );
    if (multi && mode() === "stacked" && rows.some((r) => r.facet === severalFacet))
      notes.push(
        `An operation with several ${facetPlural} is one segment, “several”, unless its sources give a figure per ${facetWord}: it cannot be split otherwise.`,
      );
    const titles = new Map(data.events.map((e) => [e.id, e.title]));
    const left = uncountedNote(
      report.uncounted,
      (id) => shortTitle(titles.get(id) ?? id),
      (value, qualifier) => {
        const words = qualifierText(qualifier, opts.locale ?? "en");
        return `${words ? `${words} ` : ""}${formatNumber(value, opts.locale ?? "en")}`;
      },
    );
    if (left) notes.push(left);
    return layoutTrend(rows, {
      period,
      mode: mode(),
      maxFacets: opts.maxFacets ?? 7,
      width: opts.width ?? (container.clientWidth || 640),
      height: opts.height ?? 320,
      measureText: measure,
      ...(multi && report.issues.length === 0
        ? { periodTotals: totalsReport(input, { ...base, facet: "none" }).rows }
        : {}),
      headline: title(),
      notes,
      yLabel: `${capitalize(label)} reported`,
      xLabel: trendAxisLabel(period, attribute),
    });
  }

  function actorName(id: string): string | undefined {
    const actor = data.actors.find((a) => a.id === id);
    return actor ? (actor.shortName ?? actor.name) : undefined;
  }
  function facetName(facet: string): string {
    if (facet === allFacet) return "all";
    if (facet === noFacet) return "none given";
    if (facet === severalFacet) return "several";
    if (facet === otherFacet) return "other";
    if (opts.facet === "leadActor") return actorName(facet) ?? facet;
    if (opts.facet === "country") return countryNames([facet])[0] ?? facet;
    if (opts.facet === "kind") return facet === "arrest" ? "enforcement action" : facet;
    return facet;
  }

  function renderOptions() {
    return {
      title: title(),
      metric: metric(),
      idPrefix,
      locale: opts.locale ?? "en",
      selected,
      highlighted,
      focusable,
      facetName,
    };
  }

  function refresh(): void {
    root.dataset.theme = opts.theme ?? "auto";
    metricSelect.value = metric();
    periodSelect.value = opts.period ?? "year";
    facetSelect.value = opts.facet ?? "none";
    modeSelect.value = mode();
    modeSelect.disabled = (opts.facet ?? "none") === "none";
    if (selected && !layout.bars.some((b) => b.key === selected)) selected = null;
    drawTrend(svg, layout, renderOptions());
    empty?.remove();
    empty = null;
    svg.style.display = layout.bars.length === 0 ? "none" : "";
    const refused = issues.find((i) => i.severity === "error");
    if (refused) {
      // Not added up, but still shown: each event's own figure.
      const m = metric();
      empty = renderEmptyState(
        document,
        `${capitalize(metricLabel(m))}: not added up`,
        refused.message,
      );
      const list = el(document, "ul", "jl-trend-per-event");
      for (const claim of figureClaims(data, m)) {
        if (claim.scope !== undefined) continue;
        const event = data.events.find((e) => e.id === claim.event);
        const value = claim.isConflict
          ? `${formatNumber(claim.low, opts.locale)}–${formatNumber(claim.high, opts.locale)}`
          : `${qualifierText(claim.qualifier, opts.locale ?? "en") ?? ""} ${formatNumber(claim.low, opts.locale)}`.trim();
        list.append(
          el(
            document,
            "li",
            undefined,
            `${event ? `${eventDateText(event, opts.locale)} — ${event.title}` : claim.event}: ${value}`,
          ),
        );
      }
      empty.append(list);
      stage.append(empty);
    } else if (layout.bars.length === 0) {
      empty = renderEmptyState(
        document,
        `No ${metricLabel(metric())} reported`,
        opts.window
          ? "No event in this time window reports this figure."
          : "No event reports this figure.",
      );
      stage.append(empty);
    }
    const inexact = layout.bars.filter((b) => b.inexact).length;
    const gaps =
      "A dotted gap marks a period with no reported event: no data, which is not the same as zero.";
    note.textContent = inexact
      ? `${inexact} of ${layout.bars.length} bars are lower bounds or estimates: they include figures reported as “at least”, “more than”, “nearly” or “about”, or the lowest of disagreeing sources. ${gaps}`
      : gaps;
    const items: LegendItem[] =
      layout.facets.length > 1 || (layout.facets[0] && layout.facets[0] !== allFacet)
        ? layout.facets.map((f, i) => ({
            label: facetName(f),
            color: facetColor(i),
            shape: "square" as const,
          }))
        : [];
    items.push({ label: "reported total", color: "var(--jl-color-muted)", shape: "bar" });
    items.push({
      label: "lower bound or estimate (≥, ≈)",
      color: "var(--jl-color-muted)",
      shape: "hatch",
    });
    if (layout.mode === "grouped" && layout.slots.some((s) => s.totalY !== null))
      items.push({
        label: "period total, each event once",
        color: "var(--jl-color-text)",
        shape: "line",
      });
    legendSlot.replaceChildren(renderLegend(document, items, "Trend legend"));
    // A refused sum draws no bars: nothing for the legend and the note to explain.
    legendSlot.hidden = note.hidden = refused !== undefined;
    renderTable();
    const next = renderTextSummary(document, summaryText(), { id: summaryId });
    summary.replaceWith(next);
    summary = next;
    renderDetails();
  }

  function summaryText(): string {
    if (layout.bars.length === 0) return `${title()}: no figures reported.`;
    const top = [...layout.slots].sort((a, b) => b.total - a.total)[0]!;
    const first = layout.slots[0]!.period;
    const last = layout.slots.at(-1)!.period;
    return `${title()}, ${first} to ${last}. The highest is ${top.period} with ${barValueText({ value: top.total, qualifier: top.qualifier }, metric(), opts.locale)}.`;
  }

  function renderTable(): void {
    const open = dataBlock.open;
    const wrap = el(document, "div", "jl-table-wrap");
    wrap.tabIndex = 0;
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", "Trend data");
    const events = new Map(data.events.map((e) => [e.id, e]));
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    wrap.append(
      renderDataTable(document, title(), layout.bars, [
        { label: "Period", cell: (b) => b.period, rowHeader: true },
        { label: "Group", cell: (b) => facetName(b.facet) },
        { label: "Value", cell: (b) => barValueText(b, metric(), opts.locale) },
        {
          label: "Events",
          cell: (b) => b.events.map((id) => events.get(id)?.title ?? id).join("; "),
        },
        {
          label: "Sources",
          cell: (b) => b.sources.map((id) => sources.get(id)?.publisher ?? id).join("; "),
        },
      ]),
    );
    dataBlock.replaceChildren(el(document, "summary", undefined, "Data table"), wrap);
    dataBlock.open = open;
  }

  function eventLines(bar: TrendBar, links: boolean): Node[] {
    const events = new Map(data.events.map((e) => [e.id, e]));
    const sources = new Map(data.sources.map((s) => [s.id, s]));
    const out: Node[] = [];
    out.push(
      el(
        document,
        "p",
        "jl-tooltip-title",
        `${bar.period}${bar.facet === allFacet ? "" : ` · ${facetName(bar.facet)}`}`,
      ),
    );
    out.push(el(document, "p", undefined, barValueText(bar, metric(), opts.locale)));
    if (bar.inexact)
      out.push(
        el(
          document,
          "p",
          "jl-meta",
          "A lower bound or estimate: the sum includes qualified figures or the lowest of disagreeing sources.",
        ),
      );
    out.push(el(document, links ? "h4" : "p", links ? undefined : "jl-tooltip-meta", "Events"));
    const list = el(document, "ul");
    for (const id of bar.events) {
      const event: Event | undefined = events.get(id);
      list.append(
        el(
          document,
          "li",
          undefined,
          event ? `${eventDateText(event, opts.locale)} — ${event.title}` : id,
        ),
      );
    }
    out.push(list);
    out.push(el(document, links ? "h4" : "p", links ? undefined : "jl-tooltip-meta", "Sources"));
    const slist = el(document, "ul");
    for (const id of bar.sources) {
      const source = sources.get(id);
      const li = el(document, "li");
      if (!source) li.textContent = id;
      else if (links)
        li.append(renderLink(document, `${source.publisher}: ${source.title}`, source.url));
      else li.textContent = `${source.publisher}: ${source.title}`;
      slist.append(li);
    }
    out.push(slist);
    return out;
  }

  function renderDetails(): void {
    const bar = layout.bars.find((b) => b.key === selected);
    if (!bar) {
      details.hidden = true;
      details.replaceChildren();
      return;
    }
    const close = el(document, "button", "jl-details-close", "Close");
    close.type = "button";
    close.addEventListener("click", () => userSelect(null));
    const [head, ...rest] = eventLines(bar, true);
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

  function hover(key: string | null, at?: { x: number; y: number }): void {
    const bar = layout.bars.find((b) => b.key === key);
    if (bar && at) tooltip.show(eventLines(bar, false), at.x, at.y);
    else tooltip.hide();
    dispatch<TrendHoverDetail>(root, "trend-hover", detailOf(bar));
  }

  const barOf = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest("g.jl-trend-bar") as SVGGElement | null) : null;
  const at = (x: number, y: number) => {
    const box = root.getBoundingClientRect();
    return { x: x - box.left, y: y - box.top };
  };
  let hovered: string | null = null;
  bag.listen(svg, "pointermove", (event) => {
    const e = event as PointerEvent;
    const g = barOf(e.target);
    const key = g?.dataset.key ?? null;
    if (key !== hovered || key) {
      hovered = key;
      hover(key, at(e.clientX, e.clientY));
    }
  });
  bag.listen(svg, "pointerleave", () => {
    hovered = null;
    hover(null);
  });
  bag.listen(svg, "click", (event) => {
    const g = barOf(event.target);
    if (g?.dataset.key) userSelect(g.dataset.key);
  });
  bag.listen(svg, "focusin", (event) => {
    const g = barOf(event.target);
    if (!g?.dataset.key) return;
    focusable = g.dataset.key;
    for (const other of svg.querySelectorAll("g.jl-trend-bar"))
      other.setAttribute("tabindex", other === g ? "0" : "-1");
    const b = g.getBoundingClientRect();
    hover(g.dataset.key, at(b.left + b.width / 2, b.top));
  });
  bag.listen(svg, "focusout", () => tooltip.hide());
  bag.listen(svg, "keydown", (event) => {
    const e = event as KeyboardEvent;
    const g = barOf(e.target);
    if (!g?.dataset.key) return;
    const keys = layout.bars.map((b) => b.key);
    const i = keys.indexOf(g.dataset.key);
    let next: string | undefined;
    if (e.key === "ArrowRight" || e.key === "ArrowDown")
      next = keys[Math.min(keys.length - 1, i + 1)];
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") next = keys[Math.max(0, i - 1)];
    else if (e.key === "Home") next = keys[0];
    else if (e.key === "End") next = keys.at(-1);
    else if (e.key === "Enter" || e.key === " ") {
      userSelect(g.dataset.key);
      e.preventDefault();
      return;
    } else if (e.key === "Escape") {
      if (selected) userSelect(null);
      tooltip.hide();
      return;
    } else return;
    e.preventDefault();
    if (next) {
      focusable = next;
      drawTrend(svg, layout, renderOptions());
      svg
        .querySelector<SVGGElement>(`g.jl-trend-bar[data-key="${next.replace(/["\\]/g, "\\$&")}"]`)
        ?.focus();
    }
  });
  const onControl = () =>
    handle.update({
      metric: metricSelect.value,
      period: periodSelect.value as (typeof periods)[number],
      facet: facetSelect.value as (typeof facets)[number],
      mode: modeSelect.value as "stacked" | "grouped",
    });
  for (const s of [metricSelect, periodSelect, facetSelect, modeSelect])
    bag.listen(s, "change", onControl);

  if (options.width === undefined && view && "ResizeObserver" in view) {
    let lastWidth = container.clientWidth;
    // Re-lay out in the next frame, not inside the observer: resizing there would loop.
    let frame = 0;
    const observer = new view.ResizeObserver(() => {
      if (frame) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        if (opts.width !== undefined) return;
        const w = container.clientWidth;
        if (w > 0 && Math.abs(w - lastWidth) > 1) {
          lastWidth = w;
          layout = compute();
          refresh();
        }
      });
    });
    observer.observe(container);
    bag.add(() => {
      observer.disconnect();
      if (frame) view.cancelAnimationFrame(frame);
    });
  }

  const handle: TrendHandle = {
    element: root,
    update(partial) {
      opts = { ...opts, ...partial };
      layout = compute();
      refresh();
    },
    setDataset(next) {
      data = next;
      const metrics = metricsOf(data);
      metricSelect.replaceChildren(
        ...metrics.map((m) => {
          const option = el(document, "option", undefined, metricLabel(m));
          option.value = m;
          return option;
        }),
      );
      layout = compute();
      refresh();
    },
    select(key) {
      selected = key !== null && layout.bars.some((b) => b.key === key) ? key : null;
      drawTrend(svg, layout, renderOptions());
      renderDetails();
    },
    highlight(eventIds) {
      highlighted = new Set(eventIds ?? []);
      drawTrend(svg, layout, renderOptions());
    },
    get layout() {
      return layout;
    },
    destroy() {
      bag.dispose();
      tooltip.destroy();
      root.remove();
    },
  };
  return handle;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** An event's title up to its first colon ("Operation Pacifier (Playpen)"), for notes. */
function shortTitle(title: string): string {
  return title.split(":")[0]!.trim();
}

/** The rows behind a layout are `totalsByPeriod`'s; re-exported for users of the handle. */
export type { PeriodTotal, TrendOptions };
