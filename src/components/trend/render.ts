// Over 400 lines, on purpose for now: one draw of the trend's SVG — bars, axes, captions, notes and
// annotations share its scales, its text measure and one join per frame. The next split is by
// layer (bars / axes / notes), as the timeline's render/ folder does.

import { type Selection, select } from "d3-selection";
import { formatPeriod } from "../../time/formatYear";
import { formatNumber, metricLabel, qualifierText } from "../shared/formatFigure";
import { categoricalVariable, okabeIto } from "../shared/palette";
import type { TrendAnnotation } from "./annotations";
import {
  TREND_FONT_SIZE,
  type TrendBar,
  type TrendLayout,
  type TrendSlot,
  type TrendText,
} from "./layout";
import { tTrend } from "./messages";

const svgNs = "http://www.w3.org/2000/svg";

/** What {@link drawTrend} needs besides the layout. */
export interface TrendRenderOptions {
  /** Accessible name of the chart. */
  title: string;
  /** The metric, for labels ("arrests"). */
  metric: string;
  /** Unique prefix for ids in the SVG (the hatch pattern), one per chart on a page. */
  idPrefix: string;
  /** BCP 47 locale for numbers; default "en". */
  locale?: string;
  /** The selected bar key. */
  selected?: string | null;
  /** Event ids to emphasise: bars containing one are highlighted, the others dimmed. */
  highlighted?: ReadonlySet<string>;
  /** The bar that takes Tab focus; default the first. */
  focusable?: string | null;
  /** How to name a facet value (an actor id → its name); default the value itself. */
  facetName?: (facet: string) => string;
  /** Axis font size in px; default 11. */
  fontSize?: number;
}

/**
 * The fill of the n-th facet: a theme variable with the light theme's colour as fallback.
 * @example facetColor(0); // "var(--jl-cat-1, #0072B2)"
 */
export function facetColor(index: number): string {
  const i = index % okabeIto.length;
  return categoricalVariable(i).replace(")", `, ${okabeIto[i]})`);
}

/**
 * A bar's value in words, with its qualifier: "at least 246 arrests", "184 arrests".
 * @example barValueText(bar, "arrests"); // "at least 246 arrests"
 */
export function barValueText(
  bar: Pick<TrendBar, "value" | "qualifier">,
  metric: string,
  locale = "en",
): string {
  const words = qualifierText(bar.qualifier, locale);
  return `${words ? `${words} ` : ""}${formatNumber(bar.value, locale)} ${metricLabel(metric, bar.value, locale)}`;
}

/** The accessible name of a bar. */
export function barLabel(
  bar: TrendBar,
  metric: string,
  facetName: (f: string) => string,
  locale = "en",
): string {
  const n = bar.events.length;
  const params = {
    period: formatPeriod(bar.period),
    facet: bar.facet === "all" ? "" : facetName(bar.facet),
    value: barValueText(bar, metric, locale),
    n,
  };
  if (bar.facet === "all")
    return tTrend(locale, bar.inexact ? "trend.barLabelInexact" : "trend.barLabel", params);
  return tTrend(locale, bar.inexact ? "trend.barLabelFacetInexact" : "trend.barLabelFacet", params);
}

/**
 * Builds a detached trend SVG for a layout; `document` is passed in so it also runs in Node
 * (linkedom, jsdom) for server-side rendering.
 * @example const svg = renderTrend(document, layoutTrend(rows), { title: "Arrests per year", metric: "arrests", idPrefix: "t1" });
 */
export function renderTrend(
  document: Document,
  layout: TrendLayout,
  options: TrendRenderOptions,
): SVGSVGElement {
  const svg = document.createElementNS(svgNs, "svg") as SVGSVGElement;
  svg.setAttribute("xmlns", svgNs);
  svg.setAttribute("class", "jl-trend-svg");
  svg.setAttribute("role", "group");
  const make = (tag: string, cls?: string) => {
    const node = document.createElementNS(svgNs, tag);
    if (cls) node.setAttribute("class", cls);
    return node;
  };
  const defs = make("defs");
  const pattern = make("pattern");
  pattern.setAttribute("id", `${options.idPrefix}-hatch`);
  pattern.setAttribute("patternUnits", "userSpaceOnUse");
  pattern.setAttribute("width", "6");
  pattern.setAttribute("height", "6");
  pattern.setAttribute("patternTransform", "rotate(45)");
  const stripe = make("rect", "jl-trend-hatch-stripe");
  stripe.setAttribute("width", "2.5");
  stripe.setAttribute("height", "6");
  pattern.append(stripe);
  defs.append(pattern);
  const grid = make("g", "jl-trend-grid");
  grid.setAttribute("aria-hidden", "true");
  const xAxis = make("g", "jl-trend-x");
  xAxis.setAttribute("aria-hidden", "true");
  const captions = make("g", "jl-trend-captions");
  const gaps = make("g", "jl-trend-gaps");
  gaps.setAttribute("aria-hidden", "true");
  svg.append(
    make("title"),
    defs,
    grid,
    gaps,
    make("g", "jl-trend-bars"),
    make("g", "jl-trend-totals"),
    xAxis,
    captions,
  );
  drawTrend(svg, layout, options);
  return svg;
}

/**
 * Updates an SVG made by {@link renderTrend} with keyed joins (bars keep their elements and focus).
 * Inexact bars get a hatch overlay and a dashed outline, and their totals a "≥" or "≈" sign.
 * @example drawTrend(svg, nextLayout, { title, metric: "arrests", idPrefix: "t1", selected: "2011|all" });
 */
export function drawTrend(
  svg: SVGSVGElement,
  layout: TrendLayout,
  options: TrendRenderOptions,
): void {
  const locale = options.locale ?? "en";
  const fontSize = options.fontSize ?? TREND_FONT_SIZE;
  const facetName = options.facetName ?? ((f: string) => f);
  const selected = options.selected ?? null;
  const highlighted =
    options.highlighted && options.highlighted.size > 0 ? options.highlighted : undefined;
  const focusable =
    options.focusable && layout.bars.some((b) => b.key === options.focusable)
      ? options.focusable
      : layout.bars[0]?.key;
  const root = select(svg)
    .attr("viewBox", `0 0 ${layout.width} ${layout.height}`)
    .attr("width", layout.width)
    .attr("height", layout.height)
    .attr("aria-label", options.title);
  root.select("title").text(options.title);
  const plotBottom = layout.plot.y + layout.plot.height;

  const grid = root.select<SVGGElement>("g.jl-trend-grid");
  grid
    .selectAll<SVGLineElement, { value: number; y: number }>("line")
    .data(layout.yTicks, (d) => String(d.value))
    .join("line")
    .attr("x1", layout.plot.x)
    .attr("x2", layout.plot.x + layout.plot.width)
    .attr("y1", (d) => r(d.y))
    .attr("y2", (d) => r(d.y))
    .attr("class", (d) => (d.value === 0 ? "jl-trend-baseline" : "jl-trend-gridline"));
  grid
    .selectAll<SVGTextElement, { value: number; y: number }>("text")
    .data(layout.yTicks, (d) => String(d.value))
    .join("text")
    .attr("x", layout.plot.x - 6)
    .attr("y", (d) => r(d.y))
    .attr("dy", "0.32em")
    .attr("text-anchor", "end")
    .attr("font-size", fontSize)
    .text((d) => formatNumber(d.value, locale));

  const hatch = `url(#${options.idPrefix}-hatch)`;
  const isDimmed = (b: TrendBar) =>
    highlighted ? !b.events.some((id) => highlighted.has(id)) : false;
  root
    .select<SVGGElement>("g.jl-trend-bars")
    .selectAll<SVGGElement, TrendBar>("g.jl-trend-bar")
    .data(layout.bars, (d) => d.key)
    .join((enter) => {
      const g = enter.append("g");
      g.append("rect").attr("class", "jl-trend-fill");
      g.append("rect").attr("class", "jl-trend-overlay");
      return g;
    })
    .attr(
      "class",
      (d) =>
        `jl-trend-bar${d.inexact ? " jl-inexact" : ""}${d.key === selected ? " jl-selected" : ""}${isDimmed(d) ? " jl-dimmed" : ""}${highlighted && !isDimmed(d) ? " jl-highlighted" : ""}`,
    )
    .attr("data-key", (d) => d.key)
    .attr("role", "button")
    .attr("tabindex", (d) => (d.key === focusable ? 0 : -1))
    .attr("aria-pressed", (d) => String(d.key === selected))
    .attr("aria-label", (d) => barLabel(d, options.metric, facetName, locale))
    .each(function (d) {
      const [fill, overlay] = [this.children[0]!, this.children[1]!];
      for (const rect of [fill, overlay]) {
        rect.setAttribute("x", String(r(d.x)));
        rect.setAttribute("y", String(r(d.y)));
        rect.setAttribute("width", String(r(d.width)));
        rect.setAttribute("height", String(r(Math.max(d.height, d.value > 0 ? 1 : 0))));
      }
      fill.setAttribute("fill", facetColor(d.facetIndex));
      fill.setAttribute("stroke", facetColor(d.facetIndex));
      overlay.setAttribute("fill", d.inexact ? hatch : "none");
    });

  // Periods without a reported event: a dotted gap on the baseline, never a zero bar.
  root
    .select<SVGGElement>("g.jl-trend-gaps")
    .selectAll<SVGLineElement, TrendSlot>("line")
    .data(
      layout.slots.filter((s) => s.empty),
      (d) => d.period,
    )
    .join("line")
    .attr("class", "jl-trend-gap")
    .attr("x1", (d) => r(d.x + d.width * 0.2))
    .attr("x2", (d) => r(d.x + d.width * 0.8))
    .attr("y1", r(plotBottom - 3))
    .attr("y2", r(plotBottom - 3));

  // The period's own total above it, with the sign of an inexact total; grouped bars get a line
  // at that total, which is never the sum of bars that count an event under several values.
  const totals = visibleTotals(layout, fontSize, locale);
  const totalGroup = root.select<SVGGElement>("g.jl-trend-totals").attr("aria-hidden", "true");
  totalGroup
    .selectAll<SVGTextElement, PlacedTotal>("text")
    .data(totals, (d) => d.slot.period)
    .join("text")
    .attr("x", (d) => r(d.x))
    .attr("y", ({ slot }) =>
      r(
        Math.min(
          slot.totalY!,
          ...layout.bars.filter((b) => b.period === slot.period).map((b) => b.y),
        ) - 4,
      ),
    )
    .attr("text-anchor", "middle")
    .attr("font-size", fontSize)
    .text(({ slot }) => `${signOf(slot.qualifier)}${compact(slot.total, locale)}`);
  drawTrendAnnotations(select(svg), layout.annotations ?? [], fontSize);
  totalGroup
    .selectAll<SVGLineElement, TrendSlot>("line")
    .data(
      layout.mode === "grouped" ? layout.slots.filter((s) => s.totalY !== null) : [],
      (d) => d.period,
    )
    .join("line")
    .attr("class", "jl-trend-total-line")
    .attr("x1", (d) => r(d.x + 2))
    .attr("x2", (d) => r(d.x + d.width - 2))
    .attr("y1", (d) => r(d.totalY!))
    .attr("y2", (d) => r(d.totalY!));

  const texts: (TrendText & { cls: string; anchor: string; size?: number })[] = [
    ...layout.headline.map((t) => ({
      ...t,
      cls: "jl-trend-headline",
      anchor: "start",
      size: layout.headlineSize,
    })),
    ...layout.notes.map((t) => ({ ...t, cls: "jl-trend-caption", anchor: "start" })),
    ...(layout.yLabel ? [{ ...layout.yLabel, cls: "jl-trend-axis-label", anchor: "start" }] : []),
    ...(layout.xLabel ? [{ ...layout.xLabel, cls: "jl-trend-axis-label", anchor: "middle" }] : []),
  ];
  root
    .select<SVGGElement>("g.jl-trend-captions")
    .selectAll<SVGTextElement, (typeof texts)[number]>("text")
    .data(texts)
    .join("text")
    .attr("class", (d) => d.cls)
    .attr("x", (d) => r(d.x))
    .attr("y", (d) => r(d.y))
    .attr("dy", "0.32em")
    .attr("text-anchor", (d) => d.anchor)
    .attr("font-size", (d) => d.size ?? fontSize)
    .text((d) => d.text);

  root
    .select<SVGGElement>("g.jl-trend-x")
    .selectAll<SVGTextElement, TrendSlot>("text")
    .data(
      layout.slots.filter((s) => s.label !== ""),
      (d) => d.period,
    )
    .join("text")
    .attr("x", (d) => r(d.x + d.width / 2))
    .attr("y", plotBottom + fontSize + 6)
    .attr("text-anchor", "middle")
    .attr("font-size", fontSize)
    .text((d) => d.label);
}

/** A period's total label: its slot, and the centre it is drawn at. */
interface PlacedTotal {
  slot: TrendSlot;
  x: number;
}

/**
 * The slots whose total label fits: every slot with a total where the bands are wide enough,
 * else the tallest first, skipping a label that would overlap one already placed (on a phone,
 * 15 years leave 21 px a band: "≥236" needs 28). A label centred over its bar stays inside the
 * plot: over the first or last band of a narrow chart it would run into the y-axis's numbers
 * ("250≥236" at 375 px), so it moves in by what it overhangs.
 */
function visibleTotals(layout: TrendLayout, fontSize: number, locale: string): PlacedTotal[] {
  const placed: { x0: number; x1: number; y: number }[] = [];
  const out: PlacedTotal[] = [];
  const left = layout.plot.x;
  const right = layout.plot.x + layout.plot.width;
  const candidates = layout.slots
    .filter((s) => s.totalY !== null)
    .sort((a, b) => a.totalY! - b.totalY!);
  for (const slot of candidates) {
    const text = `${signOf(slot.qualifier)}${compact(slot.total, locale)}`;
    const half = (text.length * fontSize * 0.62) / 2 + 1;
    const centre = slot.x + slot.width / 2;
    const cx = Math.max(left + half, Math.min(right - half, centre));
    const box = { x0: cx - half, x1: cx + half, y: slot.totalY! };
    const clash = placed.some(
      (p) => p.x0 < box.x1 && box.x0 < p.x1 && Math.abs(p.y - box.y) < fontSize * 1.2,
    );
    if (clash) continue;
    placed.push(box);
    out.push({ slot, x: cx });
  }
  return out.sort((a, b) => a.slot.x - b.slot.x);
}

/** The notes on the chart: connectors and plain text, each with its whole text as a `<title>`. */
function drawTrendAnnotations(
  root: Selection<SVGSVGElement, unknown, null, undefined>,
  notes: readonly TrendAnnotation[],
  fontSize: number,
): void {
  let group = root.select<SVGGElement>("g.jl-trend-annotations");
  if (notes.length === 0) {
    group.remove();
    return;
  }
  if (group.empty())
    group = root.insert<SVGGElement>("g", "g.jl-trend-x").attr("class", "jl-trend-annotations");
  group.attr("aria-hidden", "true");
  const g = group
    .selectAll<SVGGElement, TrendAnnotation>("g.jl-trend-annotation")
    .data(notes, (d) => d.id)
    .join((enter) => {
      const item = enter.append("g").attr("class", "jl-trend-annotation");
      item.append("path").attr("class", "jl-annotation-line");
      item.append("circle").attr("class", "jl-annotation-marker").attr("r", 7);
      item.append("text").attr("class", "jl-annotation-number").attr("text-anchor", "middle");
      const text = item.append("text").attr("class", "jl-annotation");
      text.append("tspan");
      text.append("title");
      return item;
    })
    .attr("data-annotation", (d) => d.id);
  g.select("path").attr("d", (d) => `M${r(d.line.x)},${r(d.line.y0)}V${r(d.line.y1)}`);
  g.select("circle")
    .attr("display", (d) => (d.marker ? null : "none"))
    .attr("cx", (d) => r(d.marker?.x ?? 0))
    .attr("cy", (d) => r(d.marker?.y ?? 0));
  g.select("text.jl-annotation-number")
    .attr("display", (d) => (d.marker ? null : "none"))
    .attr("x", (d) => r(d.marker?.x ?? 0))
    .attr("y", (d) => r((d.marker?.y ?? 0) + 4))
    .attr("font-size", fontSize)
    .text((d) => (d.marker ? String(d.marker.number) : ""));
  const text = g
    .select("text.jl-annotation")
    .attr("x", (d) => r(d.x))
    .attr("y", (d) => r(d.y))
    .attr("text-anchor", (d) => d.anchor)
    .attr("font-size", fontSize);
  text.select("tspan").text((d) => d.text);
  text.select("title").text((d) => d.fullText);
}

function signOf(qualifier: string): string {
  // The qualifiers' values in the data (model/figure.ts), not words for readers.
  switch (qualifier) {
    case "at least":
    case "more than":
      return "≥";
    case "up to":
      return "≤";
    case "exact":
      return "";
    default:
      return "≈";
  }
}

function compact(value: number, locale: string): string {
  return new Intl.NumberFormat(locale, {
    notation: value >= 10_000 ? "compact" : "standard",
    maximumFractionDigits: 1,
  }).format(value);
}

const r = (v: number) => Math.round(v * 100) / 100;

// `.jl-annotation` is drawn at the weight its placement measures (regular): semibold ran ~10 %
// wider than measured and covered the neighbouring bar (the 2019 bar at 720 px).
/** The trend's own styles, scoped to `.jl-trend` (colours and fonts come from the shared theme). */
export const trendCss = `
.jl-trend .jl-trend-toolbar { display: flex; flex-wrap: wrap; gap: 8px 12px; align-items: center; margin: 0 0 4px; font-size: var(--jl-font-size-small); }
.jl-trend .jl-trend-toolbar label { display: inline-flex; gap: 4px; align-items: center; }
.jl-trend .jl-trend-toolbar select { max-width: 16em; font: inherit; color: var(--jl-color-text); background: var(--jl-color-surface-alt); border: 1px solid var(--jl-color-border); border-radius: 4px; min-height: 28px; }
.jl-trend .jl-trend-svg { display: block; max-width: 100%; height: auto; }
.jl-trend .jl-trend-gridline { stroke: var(--jl-color-grid, #e6e6e6); }
.jl-trend .jl-trend-baseline { stroke: var(--jl-color-text, #1a1a1a); }
.jl-trend .jl-trend-grid text, .jl-trend .jl-trend-x text, .jl-trend .jl-trend-totals text { fill: var(--jl-color-muted, #545454); }
.jl-trend .jl-trend-totals text { fill: var(--jl-color-text, #1a1a1a); }
.jl-trend .jl-trend-caption { fill: var(--jl-color-text, #1a1a1a); }
.jl-trend .jl-trend-headline { fill: var(--jl-color-text, #1a1a1a); font-weight: 600; }
.jl-trend .jl-trend-axis-label { fill: var(--jl-color-muted, #545454); }
.jl-trend .jl-trend-gap { stroke: var(--jl-color-muted, #545454); stroke-width: 1.5px; stroke-dasharray: 1 3; }
.jl-trend .jl-annotation { fill: var(--jl-color-text, #1a1a1a); font-weight: 400; paint-order: stroke; stroke: var(--jl-color-background, #fff); stroke-width: 3px; stroke-linejoin: round; }
.jl-trend .jl-annotation-marker { fill: var(--jl-color-background, #fff); stroke: var(--jl-color-text, #1a1a1a); stroke-width: 1.5px; }
.jl-trend .jl-annotation-number { fill: var(--jl-color-text, #1a1a1a); font-weight: 600; }
.jl-trend .jl-annotation-line { fill: none; stroke: var(--jl-color-text, #1a1a1a); stroke-width: 1px; stroke-dasharray: 2 2; }
.jl-trend .jl-trend-total-line { stroke: var(--jl-color-text, #1a1a1a); stroke-width: 2px; }
.jl-trend .jl-trend-bar { cursor: pointer; outline: none; }
.jl-trend .jl-trend-fill { stroke-width: 0; }
.jl-trend .jl-trend-bar.jl-inexact .jl-trend-fill { fill-opacity: 0.55; stroke-width: 1.5px; stroke-dasharray: 4 2; }
.jl-trend .jl-trend-hatch-stripe { fill: var(--jl-color-background, #fff); fill-opacity: 0.85; }
.jl-trend .jl-trend-bar.jl-selected .jl-trend-fill, .jl-trend .jl-trend-bar:focus-visible .jl-trend-fill { stroke: var(--jl-color-selected, #111); stroke-width: 2.5px; stroke-dasharray: none; }
.jl-trend .jl-trend-bar:focus-visible .jl-trend-fill { stroke: var(--jl-color-focus, #1f5fbf); }
.jl-trend .jl-trend-bar.jl-highlighted .jl-trend-fill { stroke: var(--jl-color-selected, #111); stroke-width: 2px; }
.jl-trend .jl-trend-bar.jl-dimmed { opacity: 0.25; }
.jl-trend .jl-trend-per-event { text-align: start; max-width: 48em; margin: 8px auto 0; padding-inline-start: 1.2em; }
.jl-trend .jl-trend-note { font-size: var(--jl-font-size-small); color: var(--jl-color-muted); margin: 2px 0; }
`;
