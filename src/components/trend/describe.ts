import { allFacet, noFacet, severalFacet } from "../../derive/totalsByPeriod";
import type { DataEvent, Dataset } from "../../model";
import { formatPeriod } from "../../time/formatYear";
import { tDetails } from "../shared/detailsMessages";
import { el } from "../shared/el";
import { renderDataTable } from "../shared/renderDataTable";
import { countryNames, eventDateText } from "../shared/renderEventDetails";
import type { LegendItem } from "../shared/renderLegend";
import { renderLink } from "../shared/renderLink";
import { otherFacet, type TrendBar, type TrendLayout } from "./layout";
import { tTrend } from "./messages";
import type { TrendOptions } from "./options";
import { barValueText, facetColor } from "./render";

// What the trend says in words: facet names, summary, note, legend, table, tooltip and details.

/**
 * Names a facet value for readers: "all", "none given", "several", "other", an actor's short
 * name, a country's name in English, "enforcement action" for `arrest`.
 * @example trendFacetNamer(dataset, "country")("FR"); // "France"
 */
export function trendFacetNamer(
  data: Dataset,
  facet: TrendOptions["facet"],
  locale = "en",
): (value: string) => string {
  return (value) => {
    if (value === allFacet) return tTrend(locale, "trend.all");
    if (value === noFacet) return tTrend(locale, "trend.noneGiven");
    if (value === severalFacet) return tTrend(locale, "trend.several");
    if (value === otherFacet) return tTrend(locale, "trend.other");
    if (facet === "leadActor") {
      const actor = data.actors.find((a) => a.id === value);
      return actor ? (actor.shortName ?? actor.name) : value;
    }
    if (facet === "country") return countryNames([value], locale)[0] ?? value;
    if (facet === "kind")
      return value === "arrest" || value === "operation" || value === "legislation"
        ? tTrend(locale, `facet.${value}`)
        : value;
    return value;
  };
}

/**
 * The one-paragraph text summary: the title, the periods covered and the highest total.
 * @example trendSummary(layout, "Arrests per year", "arrests", "en")
 */
export function trendSummary(
  layout: TrendLayout,
  title: string,
  metric: string,
  locale?: string,
): string {
  if (layout.bars.length === 0) return tTrend(locale, "trend.summaryEmpty", { title });
  const top = [...layout.slots].sort((a, b) => b.total - a.total)[0]!;
  const first = formatPeriod(layout.slots[0]!.period, locale);
  const last = formatPeriod(layout.slots.at(-1)!.period, locale);
  return tTrend(locale, "trend.summary", {
    title,
    first,
    last,
    top: formatPeriod(top.period, locale),
    value: barValueText({ value: top.total, qualifier: top.qualifier }, metric, locale),
  });
}

/**
 * The note under the chart: how many bars are lower bounds or estimates, and that a period
 * without a bar has no reported figure (not zero).
 * @example trendNote(layout)
 */
export function trendNote(layout: TrendLayout, locale = "en"): string {
  const inexact = layout.bars.filter((b) => b.inexact).length;
  const gapsNote = tTrend(locale, "trend.gapsNote");
  return inexact
    ? `${tTrend(locale, "trend.inexactNote", { n: inexact, total: layout.bars.length })} ${gapsNote}`
    : gapsNote;
}

/**
 * The legend: a swatch per facet value (when bars are split), the reported total and the
 * hatching of lower bounds.
 * @example renderLegend(document, trendLegendItems(layout, name), "Trend legend")
 */
export function trendLegendItems(
  layout: TrendLayout,
  facetName: (value: string) => string,
  locale = "en",
): LegendItem[] {
  const items: LegendItem[] =
    layout.facets.length > 1 || (layout.facets[0] && layout.facets[0] !== allFacet)
      ? layout.facets.map((f, i) => ({
          label: facetName(f),
          color: facetColor(i),
          shape: "square" as const,
        }))
      : [];
  items.push({
    label: tTrend(locale, "trend.reportedTotal"),
    color: "var(--jl-color-muted)",
    shape: "bar",
  });
  items.push({
    label: tTrend(locale, "trend.lowerBound"),
    color: "var(--jl-color-muted)",
    shape: "hatch",
  });
  if (layout.mode === "grouped" && layout.slots.some((slot) => slot.totalY !== null))
    items.push({
      label: tTrend(locale, "trend.periodTotal"),
      color: "var(--jl-color-text)",
      shape: "line",
    });
  return items;
}

/** What the trend's words need to know; see {@link renderTrendTable} and {@link barLines}. */
export interface TrendWords {
  data: Dataset;
  title: string;
  metric: string;
  locale?: string | undefined;
  facetName(value: string): string;
}

/**
 * The bars as an accessible table (period, group, value, events, sources) in a
 * keyboard-scrollable region.
 * @example dataBlock.append(renderTrendTable(document, layout, words))
 */
export function renderTrendTable(
  document: Document,
  layout: TrendLayout,
  w: TrendWords,
): HTMLElement {
  const wrap = el(document, "div", "jl-table-wrap");
  wrap.tabIndex = 0;
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-label", tTrend(w.locale, "trend.data"));
  const events = new Map(w.data.events.map((e) => [e.id, e]));
  const sources = new Map(w.data.sources.map((s) => [s.id, s]));
  wrap.append(
    renderDataTable(document, w.title, layout.bars, [
      {
        label: tDetails(w.locale, "table.period"),
        cell: (b) => formatPeriod(b.period, w.locale),
        rowHeader: true,
      },
      { label: tDetails(w.locale, "table.group"), cell: (b) => w.facetName(b.facet) },
      {
        label: tDetails(w.locale, "table.value"),
        cell: (b) => barValueText(b, w.metric, w.locale),
      },
      {
        label: tDetails(w.locale, "table.events"),
        cell: (b) => b.events.map((id) => events.get(id)?.title ?? id).join("; "),
      },
      {
        label: tDetails(w.locale, "table.sources"),
        cell: (b) => b.sources.map((id) => sources.get(id)?.publisher ?? id).join("; "),
      },
    ]),
  );
  return wrap;
}

/**
 * A bar in words: period and group, value, whether it is a lower bound, its events and
 * sources — as plain lines for the tooltip, or with headings and links (http/https only) for
 * the details panel.
 * @example tooltip.show(barLines(document, bar, words, false), x, y)
 */
export function barLines(document: Document, bar: TrendBar, w: TrendWords, links: boolean): Node[] {
  const events = new Map(w.data.events.map((e) => [e.id, e]));
  const sources = new Map(w.data.sources.map((s) => [s.id, s]));
  const out: Node[] = [];
  out.push(
    el(
      document,
      "p",
      "jl-tooltip-title",
      `${formatPeriod(bar.period, w.locale)}${bar.facet === allFacet ? "" : ` · ${w.facetName(bar.facet)}`}`,
    ),
  );
  out.push(el(document, "p", undefined, barValueText(bar, w.metric, w.locale)));
  if (bar.inexact) out.push(el(document, "p", "jl-meta", tTrend(w.locale, "trend.lowerBoundBar")));
  const heading = (text: string) =>
    el(document, links ? "h4" : "p", links ? undefined : "jl-tooltip-meta", text);
  out.push(heading(tDetails(w.locale, "table.events")));
  const list = el(document, "ul");
  for (const id of bar.events) {
    const event: DataEvent | undefined = events.get(id);
    list.append(
      el(
        document,
        "li",
        undefined,
        event ? `${eventDateText(event, w.locale)} — ${event.title}` : id,
      ),
    );
  }
  out.push(list);
  out.push(heading(tDetails(w.locale, "table.sources")));
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
