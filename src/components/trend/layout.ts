import { combineQualifiers, isApproximate } from "../../derive/combineQualifiers";
import { type Period, type PeriodTotal, periodOf } from "../../derive/totalsByPeriod";
import type { Qualifier } from "../../model";
import { formatPeriod } from "../../time/formatYear";
import { linearScale } from "../shared/linearScale";
import { semibold } from "../shared/measureText";
import type { TrendAnnotation } from "./annotations";

/** The label of the bucket that collects facet values past `maxFacets`. */
export const otherFacet = "(other)";

/**
 * The trend's text size (ticks, values, notes) by default, px: DESIGN.md's smallest for a chart
 * on a page. 24 on a projected slide (`fontSize`).
 */
export const TREND_FONT_SIZE = 12;

/** Options for {@link layoutTrend}. */
export interface TrendLayoutOptions {
  /** Length of a period, as given to `totalsByPeriod`; default "year". */
  period?: Period;
  /** "stacked" (default) or "grouped". */
  mode?: "stacked" | "grouped";
  /** Facet values past this many (by total, descending) are merged into {@link otherFacet}; default 7. */
  maxFacets?: number;
  /** Width in px; default 640. */
  width?: number;
  /** Height in px without the notes and axis captions (which add to it); default 320. */
  height?: number;
  /** Margins around the plot; default { top: 16, right: 12, bottom: 28, left: 48 }. */
  margin?: { top: number; right: number; bottom: number; left: number };
  /** Label width measure, used to thin period labels; default 7 px per character. */
  measureText?: (text: string, fontSize: number) => number;
  /** Font size of axis labels; default 11. */
  fontSize?: number;
  /**
   * The period totals with each event counted once (`totalsByPeriod` with `facet: "none"`):
   * with them, each slot's `total` is the period's own total, never the sum of bars that count
   * an event under several facet values; default the bars' sum (stacked) or none (grouped).
   */
  periodTotals?: readonly PeriodTotal[];
  /**
   * Notes drawn on the chart, above the plot (what grouped bars are, which figures were not
   * counted), wrapped to the width; default none.
   */
  notes?: readonly string[];
  /**
   * A headline drawn above everything, wrapped, at 1.3 × `fontSize` (so an exported image says
   * what it shows); default none.
   */
  headline?: string;
  /** The y axis's caption, above its labels ("Arrests reported"); default none. */
  yLabel?: string;
  /** The x axis's caption, below its labels ("Year of announcement…"); default none. */
  xLabel?: string;
}

/** A line of text placed by the layout (a wrapped note, an axis caption). */
export interface TrendText {
  text: string;
  x: number;
  y: number;
}

/** One bar (or one segment of a stacked bar). */
export interface TrendBar {
  /** `${period}|${facet}`, stable across updates. */
  key: string;
  period: string;
  facet: string;
  /** Index of the facet in {@link TrendLayout.facets}: its colour. */
  facetIndex: number;
  x: number;
  y: number;
  width: number;
  height: number;
  value: number;
  qualifier: Qualifier;
  approximate: boolean;
  /**
   * Whether the bar is only a bound or an estimate (a part was "at least", "nearly", "about", or
   * the low end of disagreeing sources): drawn hatched with an open top, and said so in words.
   */
  inexact: boolean;
  events: string[];
  sources: string[];
  /** Events also counted under another facet value of this period (grouped mode). */
  shared: string[];
  /** Events whose date is coarser than the period. */
  coarse: string[];
}

/** A period slot on the x axis (shown even when it has no bar: no row is not a zero). */
export interface TrendSlot {
  period: string;
  start: number;
  x: number;
  width: number;
  /** The axis label, or "" where labels are thinned out. */
  label: string;
  /**
   * The period's total: from `periodTotals` when given (each event once), else the sum of the
   * segments when stacked, else 0 (grouped bars without `periodTotals` have no total).
   */
  total: number;
  qualifier: Qualifier;
  /** Whether no event reports the figure in this period: drawn as a gap, never a zero bar. */
  empty: boolean;
  /** The y of the total's line and label, or null when the slot has no total. */
  totalY: number | null;
}

/** The result of {@link layoutTrend}: plain numbers. */
export interface TrendLayout {
  /** "stacked" or "grouped", as asked. */
  mode: "stacked" | "grouped";
  width: number;
  height: number;
  plot: { x: number; y: number; width: number; height: number };
  slots: TrendSlot[];
  bars: TrendBar[];
  /** Facet values in colour order (largest total first, `(other)` last). */
  facets: string[];
  yTicks: { value: number; y: number }[];
  maxValue: number;
  /** The headline's lines, wrapped, at the top. */
  headline: TrendText[];
  /** The headline's font size. */
  headlineSize: number;
  /** The notes' lines, wrapped, above the plot. */
  notes: TrendText[];
  /** The axis captions, when asked for. */
  xLabel: TrendText | null;
  yLabel: TrendText | null;
  /** The dataset's annotations placed on the chart (see `annotations.ts`), if any. */
  annotations?: TrendAnnotation[];
}

/**
 * Splits text into lines no wider than `width` (by `measure`), at spaces; a word longer than a
 * line stays whole on its own line.
 * @example wrapText("a b c", 20, (t) => t.length * 7, 11); // ["a b", "c"]
 */
export function wrapText(
  text: string,
  width: number,
  measure: (text: string, fontSize: number) => number,
  fontSize: number,
): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const next = line ? `${line} ${word}` : word;
    if (line && measure(next, fontSize) > width) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/**
 * Lays out totals per period as bars, stacked or grouped by facet: every period between the first
 * and last row gets a slot (an empty slot is no data, not a zero), facets beyond `maxFacets` are
 * totalled as "other" with their qualifiers combined (a sum with an "at least" part stays "at
 * least"), and every bar that is a lower bound or an estimate is flagged `inexact`. Pure.
 *
 * @example
 * const layout = layoutTrend(totalsByPeriod(dataset, { metric: "arrests", facet: "kind", several: "together" }));
 */
export function layoutTrend(
  rows: readonly PeriodTotal[],
  options: TrendLayoutOptions = {},
): TrendLayout {
  const width = Math.max(1, options.width ?? 640);
  const mode = options.mode ?? "stacked";
  const period = options.period ?? "year";
  const maxFacets = Math.max(1, options.maxFacets ?? 7);
  const fontSize = options.fontSize ?? TREND_FONT_SIZE;
  const measure = options.measureText ?? ((t: string) => t.length * 7);
  // The axis margins hold tick labels: they grow with the text (24 px on a slide).
  const grow = Math.max(1, fontSize / TREND_FONT_SIZE);
  const base = options.margin ?? {
    top: 16,
    right: Math.round(12 * grow),
    bottom: Math.round(28 * grow),
    left: Math.round(48 * grow),
  };
  const lineHeight = Math.round(fontSize * 1.4);
  const noteLines = (options.notes ?? []).flatMap((note) =>
    wrapText(note, Math.max(40, width - 8), measure, fontSize),
  );
  const headSize = Math.round(fontSize * 1.3);
  const headHeight = Math.round(headSize * 1.35);
  const headLines = options.headline
    ? wrapText(options.headline, Math.max(40, width - 8), semibold(measure), headSize)
    : [];
  const captionTop =
    headLines.length * headHeight +
    (options.yLabel ? lineHeight : 0) +
    noteLines.length * lineHeight;
  const margin = {
    ...base,
    top: base.top + captionTop,
    bottom: base.bottom + (options.xLabel ? lineHeight : 0),
  };
  // The notes and captions add to the chart's height: they never squeeze the plot.
  const height =
    Math.max(1, options.height ?? 320) + margin.top - base.top + margin.bottom - base.bottom;
  const plot = {
    x: margin.left,
    y: margin.top,
    width: Math.max(1, width - margin.left - margin.right),
    height: Math.max(1, height - margin.top - margin.bottom),
  };

  // Facets by total (descending, then name); the tail merges into "other".
  const totals = new Map<string, number>();
  for (const r of rows) totals.set(r.facet, (totals.get(r.facet) ?? 0) + r.value);
  const ranked = [...totals].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([f]) => f);
  const kept = ranked.length > maxFacets ? ranked.slice(0, maxFacets - 1) : ranked;
  const keptSet = new Set(kept);
  const merged = new Map<string, PeriodTotal & { parts: Qualifier[] }>();
  for (const r of rows) {
    const facet = keptSet.has(r.facet) ? r.facet : otherFacet;
    const key = `${r.period}|${facet}`;
    const m = merged.get(key);
    if (!m)
      merged.set(key, {
        ...r,
        facet,
        events: [...r.events],
        values: [...r.values],
        sources: [...r.sources],
        shared: [...r.shared],
        split: [...(r.split ?? [])],
        coarse: [...r.coarse],
        parts: [r.qualifier],
      });
    else {
      // An event already in this bar (an operation in two countries both put under "other")
      // counts once: its figure is not the sum of its countries'.
      r.events.forEach((id, k) => {
        // An event split by its own country figures adds each part; others count once.
        if (m.events.includes(id) && !r.split?.includes(id)) return;
        m.events.push(id);
        m.values.push(r.values[k]!);
        m.value += r.values[k]!;
      });
      m.parts.push(r.qualifier);
      m.approximate ||= r.approximate;
      for (const id of r.sources) if (!m.sources.includes(id)) m.sources.push(id);
      for (const id of r.shared) if (!m.shared.includes(id)) m.shared.push(id);
      for (const id of r.coarse) if (!m.coarse.includes(id)) m.coarse.push(id);
    }
  }
  const facets = ranked.length > maxFacets ? [...kept, otherFacet] : kept;
  const facetIndex = new Map(facets.map((f, i) => [f, i]));
  const items = [...merged.values()].map(({ parts, ...r }) => ({
    ...r,
    qualifier: combineQualifiers(parts),
  }));

  // Every period from the first to the last, so gaps show as gaps.
  const periods: { key: string; start: number }[] = [];
  if (items.length > 0) {
    const first = Math.min(...items.map((r) => r.start));
    const last = Math.max(...items.map((r) => r.start));
    for (let p = periodOf(first, period); p.start <= last; p = periodOf(p.end, period))
      periods.push({ key: p.period, start: p.start });
  }
  const band = plot.width / Math.max(1, periods.length);
  const padding = Math.min(0.2 * band, 8);

  const byPeriod = new Map<string, typeof items>();
  for (const r of items) byPeriod.set(r.period, [...(byPeriod.get(r.period) ?? []), r]);
  for (const list of byPeriod.values())
    list.sort((a, b) => facetIndex.get(a.facet)! - facetIndex.get(b.facet)!);
  const stackTotal = (list: typeof items) => list.reduce((s, r) => s + r.value, 0);
  const ownTotals = options.periodTotals
    ? new Map(options.periodTotals.map((r) => [r.period, r]))
    : undefined;
  const totalOf = (period: string, list: typeof items) => {
    const own = ownTotals?.get(period);
    if (own) return { value: own.value, qualifier: own.qualifier };
    if (ownTotals || mode !== "stacked") return { value: 0, qualifier: "exact" as Qualifier };
    return {
      value: stackTotal(list),
      qualifier: combineQualifiers(list.map((r) => r.qualifier)),
    };
  };
  const maxValue = Math.max(
    0,
    ...(mode === "stacked" ? [...byPeriod.values()].map(stackTotal) : items.map((r) => r.value)),
    ...[...byPeriod].map(([p, list]) => totalOf(p, list).value),
  );
  const y = linearScale([0, maxValue || 1], [plot.y + plot.height, plot.y]).nice(5);

  // Thin labels so that they never overlap: every k-th period.
  const labelWidth = Math.max(0, ...periods.map((p) => measure(formatPeriod(p.key), fontSize)));
  const every = Math.max(1, Math.ceil((labelWidth + 6) / band));
  const slots: TrendSlot[] = periods.map((p, i) => {
    const list = byPeriod.get(p.key) ?? [];
    const total = totalOf(p.key, list);
    return {
      period: p.key,
      start: p.start,
      x: plot.x + i * band,
      width: band,
      label: i % every === 0 ? formatPeriod(p.key) : "",
      total: total.value,
      qualifier: total.qualifier,
      empty: list.length === 0,
      totalY: list.length > 0 && total.value > 0 ? y(total.value) : null,
    };
  });

  const bars: TrendBar[] = [];
  for (const slot of slots) {
    const list = byPeriod.get(slot.period) ?? [];
    let base = 0;
    const inner = slot.width - 2 * padding;
    const groupWidth = inner / Math.max(1, facets.length);
    for (const r of list) {
      const fi = facetIndex.get(r.facet)!;
      const x = mode === "stacked" ? slot.x + padding : slot.x + padding + fi * groupWidth;
      const w = mode === "stacked" ? inner : Math.max(1, groupWidth - (facets.length > 1 ? 1 : 0));
      const y0 = y(base);
      const y1 = y(mode === "stacked" ? base + r.value : r.value);
      if (mode === "stacked") base += r.value;
      bars.push({
        key: `${r.period}|${r.facet}`,
        period: r.period,
        facet: r.facet,
        facetIndex: fi,
        x,
        y: Math.min(y0, y1),
        width: Math.max(1, w),
        height: Math.abs((mode === "stacked" ? y0 : y(0)) - y1),
        value: r.value,
        qualifier: r.qualifier,
        approximate: r.approximate,
        inexact: r.qualifier !== "exact" || r.approximate || isApproximate(r.qualifier),
        events: r.events,
        sources: r.sources,
        shared: r.shared,
        coarse: r.coarse,
      });
    }
  }
  const headline = headLines.map((text, i) => ({
    text,
    x: 4,
    y: base.top - 4 + i * headHeight + headHeight / 2,
  }));
  const notesTop = base.top - 4 + headLines.length * headHeight;
  const notes = noteLines.map((text, i) => ({
    text,
    x: 4,
    y: notesTop + i * lineHeight + lineHeight / 2,
  }));
  return {
    mode,
    width,
    height,
    plot,
    slots,
    bars,
    facets,
    yTicks: y.ticks(5).map((value) => ({ value, y: y(value) })),
    maxValue,
    headline,
    headlineSize: headSize,
    notes,
    yLabel: options.yLabel ? { text: options.yLabel, x: 4, y: plot.y - lineHeight + 2 } : null,
    xLabel: options.xLabel
      ? {
          text: options.xLabel,
          x: plot.x + plot.width / 2,
          // Centred on the caption's line (6 px up at the default 12 px text).
          y:
            plot.y +
            plot.height +
            base.bottom +
            lineHeight -
            Math.max(6, Math.round(lineHeight / 2) - 2),
        }
      : null,
  };
}
