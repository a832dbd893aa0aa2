import { select } from "d3-selection";
import { categoricalCount, categoricalVariable } from "../../shared/palette";
import { type MarkLayout, metrics, type TimelineLayout } from "../layout";
import { densityBars } from "./density";
import {
  axisLine,
  defsOf,
  ensureColourDefs,
  eraLabelX,
  eraLabelY,
  layer,
  r1,
  rect,
  type Sel,
  set,
  svgNs,
  tickLabelY,
  type Written,
} from "./svgParts";

/** What {@link renderTimeline} needs besides the layout. */
export interface RenderContext {
  /** A prefix unique in the page for pattern and gradient ids. */
  id: string;
  /** The accessible name of an event, by its index in the layout input. */
  ariaLabel: (index: number) => string;
  selected: string | null;
  /** The event that has keyboard focus (roving tabindex), if any. */
  focused: string | null;
  rtl: boolean;
  /** When false, marks are left to a canvas layer (only lanes, axis and eras are drawn). */
  drawMarks: boolean;
  /** An accessible name for the whole SVG. */
  title: string;
}

/**
 * Draws a timeline layout as SVG: eras, lanes, grid and axis, sequential-scale breaks,
 * instrument lines, connectors, marks (spans with hatched imprecise ends and a fading open end;
 * points and milestones hollow when imprecise) with labels, or density bins. Updates `svg` in
 * place with keyed joins when given one, else creates it. Uses only `document`, so it runs in
 * Node under linkedom or jsdom for server-side rendering.
 *
 * @example
 * const svg = renderTimeline(document, null, layout, context);
 */
export function renderTimeline(
  document: Document,
  target: SVGSVGElement | null,
  layout: TimelineLayout,
  context: RenderContext,
): SVGSVGElement {
  const node = target ?? (document.createElementNS(svgNs, "svg") as SVGSVGElement);
  const svg = select(node) as unknown as Sel<SVGSVGElement>;
  svg
    .attr("width", layout.width)
    .attr("height", layout.height)
    .attr("viewBox", `0 0 ${layout.width} ${layout.height}`)
    .attr("class", "jl-svg")
    .attr("role", "group")
    .attr("aria-label", context.title);
  const defs = defsOf(node);
  const lanesG = layer(svg, "jl-lanes");
  const erasG = layer(svg, "jl-eras");
  const gridG = layer(svg, "jl-grid");
  const breaksG = layer(svg, "jl-breaks");
  // Above the breaks of a sequential scale, whose bands would otherwise cover them.
  const laneLabelsG = layer(svg, "jl-lane-labels");
  const linesG = layer(svg, "jl-instruments");
  const connectorsG = layer(svg, "jl-connectors");
  const marksG = layer(svg, "jl-marks").attr("role", "list").attr("aria-label", "Events");
  const binsG = layer(svg, "jl-bins");
  const ringsG = layer(svg, "jl-focus-rings");
  const { width, height } = layout;

  // Lanes: alternate backgrounds, a label at the reading start of each lane.
  lanesG
    .selectAll<SVGGElement, (typeof layout.lanes)[number]>("g.jl-lane")
    .data(layout.lanes, (d) => d.key)
    .join((enter) => {
      const g = enter.append("g").attr("class", "jl-lane");
      g.append("rect").attr("class", "jl-lane-bg");
      return g;
    })
    .select("rect")
    .attr("class", (_, i) => (i % 2 ? "jl-lane-bg jl-odd" : "jl-lane-bg"))
    .attr("x", 0)
    .attr("y", (d) => d.top)
    .attr("width", width)
    .attr("height", (d) => d.height);
  laneLabelsG
    .selectAll<SVGTextElement, (typeof layout.lanes)[number]>("text.jl-lane-label")
    .data(layout.lanes, (d) => d.key)
    .join("text")
    .attr("class", "jl-lane-label")
    .attr("x", context.rtl ? width - 4 : 4)
    .attr("y", (d) => d.top + 13)
    .attr("text-anchor", context.rtl ? "end" : "start")
    .text((d) => (d.label ? `${d.label} (${d.count})` : ""));

  // Eras: background bands over the whole plot, labels stacked in the strip above the axis.
  const eras = erasG
    .selectAll<SVGGElement, (typeof layout.eras)[number]>("g.jl-era")
    .data(layout.eras, (d) => d.id)
    .join((enter) => {
      const g = enter.append("g").attr("class", "jl-era");
      g.append("rect");
      g.append("text");
      g.append("title");
      return g;
    });
  eras
    .select("rect")
    .attr("x", (d) => r1(d.left))
    .attr("width", (d) => r1(Math.max(1, d.right - d.left)))
    .attr("y", (d) => d.row * metrics.eraRow)
    .attr("height", (d) => height - d.row * metrics.eraRow);
  eras
    .select("text")
    .attr("x", (d) => eraLabelX(d, width, context.rtl))
    .attr("y", eraLabelY)
    .attr("text-anchor", context.rtl ? "end" : "start")
    .attr("display", (d) => (d.labelVisible ? null : "none"))
    .text((d) => d.label);
  eras.select("title").text((d) => d.label);

  // Grid and axis labels.
  axisLine(gridG, layout);
  const ticks = gridG
    .selectAll<SVGGElement, (typeof layout.ticks)[number]>("g.jl-tick")
    .data(layout.ticks, (d) => String(d.t))
    .join((enter) => {
      const g = enter.append("g").attr("class", "jl-tick");
      g.append("line");
      g.append("text");
      return g;
    })
    .attr("class", (d) => (d.major ? "jl-tick jl-major" : "jl-tick"))
    .attr("transform", (d) => `translate(${r1(d.x)},0)`);
  ticks
    .select("line")
    .attr("y1", layout.axisY + 18)
    .attr("y2", height);
  ticks
    .select("text")
    .attr("y", tickLabelY(layout))
    .attr("text-anchor", "middle")
    .text((d) => d.label);

  breaksG
    .selectAll<SVGGElement, (typeof layout.breaks)[number]>("g.jl-break")
    .data(layout.breaks)
    .join((enter) => {
      const g = enter.append("g").attr("class", "jl-break");
      g.append("rect");
      g.append("path");
      return g;
    })
    .call((g) =>
      g
        .select("rect")
        .attr("x", (d) => r1(d.left))
        .attr("width", (d) => r1(Math.max(0, d.right - d.left)))
        .attr("y", layout.lanesTop)
        .attr("height", Math.max(0, height - layout.lanesTop)),
    )
    .call((g) =>
      g.select("path").attr("d", (d) => {
        const m = (d.left + d.right) / 2;
        const y = layout.lanesTop;
        return `M${r1(m - 5)},${y + 6}l4,-12M${r1(m + 1)},${y + 6}l4,-12`;
      }),
    );

  const marks = context.drawMarks && layout.mode === "marks" ? layout.marks : [];
  linesG
    .selectAll<SVGPolylineElement, (typeof layout.instrumentLines)[number]>("polyline")
    .data(context.drawMarks ? layout.instrumentLines : [], (d) => d.key)
    .join("polyline")
    .attr("class", "jl-instrument")
    .attr("points", (d) => d.points.map(([px, py]) => `${r1(px)},${r1(py)}`).join(" "));
  connectorsG
    .selectAll<SVGLineElement, (typeof layout.connectors)[number]>("line")
    .data(context.drawMarks ? layout.connectors : [], (d) => d.eventId)
    .join("line")
    .attr("class", "jl-connector")
    .attr("data-event", (d) => d.eventId)
    .attr("x1", (d) => r1(d.x))
    .attr("x2", (d) => r1(d.x))
    .attr("y1", (d) => r1(d.y0))
    .attr("y2", (d) => r1(d.y1));

  const selected = context.selected;
  const focused = context.focused;
  marksG
    .selectAll<SVGGElement, MarkLayout>("g.jl-mark")
    .data(marks, (d) => d.key)
    .join((enter) =>
      enter.append((d) => {
        // Built once per mark: only what changes is written afterwards (see `set`).
        const g = document.createElementNS(svgNs, "g") as SVGGElement;
        g.setAttribute("data-id", d.eventId);
        g.setAttribute("data-key", d.key);
        g.setAttribute("role", "listitem");
        const child = (name: string, cls?: string) => {
          const c = document.createElementNS(svgNs, name);
          if (cls) c.setAttribute("class", cls);
          g.appendChild(c);
          return c;
        };
        if (d.shape === "span") {
          child("rect", "jl-fuzz jl-fuzz-start");
          child("rect", "jl-core");
          child("rect", "jl-fuzz jl-fuzz-end");
          child("rect", "jl-tail");
        } else {
          child("rect", "jl-fuzz jl-band");
          child(d.shape === "point" ? "circle" : "path", "jl-glyph");
        }
        child("text");
        return g;
      }),
    )
    .each(function (d) {
      const g = this as Written & SVGGElement;
      ensureColourDefs(defs, context.id, d.colorIndex % categoricalCount);
      set(
        g,
        "class",
        `jl-mark jl-${d.shape}${d.imprecise || d.noSize ? " jl-hollow" : ""}${d.approximate ? " jl-approx" : ""}${d.eventId === selected ? " jl-selected" : ""}${d.eventId === focused ? " jl-focus" : ""}`,
      );
      set(g, "--c", categoricalVariable(d.colorIndex));
      set(g, "aria-label", context.ariaLabel(d.index) || d.label);
      set(g, "aria-current", d.eventId === selected ? "true" : null);
      set(g, "tabindex", d.eventId === focused && d.key === d.eventId ? 0 : -1);
      drawMark(g, d, context);
    });

  // The keyboard focus ring, around each copy of the focused event: drawn over the marks, not
  // one hidden rect in every mark (a hundred marks were a hundred more elements to style).
  ringsG
    .selectAll<SVGRectElement, MarkLayout>("rect.jl-focus-ring")
    .data(focused === null ? [] : marks.filter((d) => d.eventId === focused), (d) => d.key)
    .join((enter) => enter.append("rect").attr("class", "jl-focus-ring").attr("rx", 3))
    .each(function (d) {
      const left = d.shape === "span" ? d.left : Math.min(d.left, d.cx - d.r);
      const right = d.shape === "span" ? d.right : Math.max(d.right, d.cx + d.r);
      set(this, "x", r1(left - 3));
      set(this, "y", r1(d.y - d.r - 3));
      set(this, "width", r1(right - left + 6));
      set(this, "height", r1(d.r * 2 + 6));
    });

  // Density bins: a small histogram per lane, drawn as one path per lane (thousands of rects
  // would each be restyled on every zoom frame). The chart finds the bin under the pointer from
  // the layout (`densityBarAt`), so each bin is still a zoom target with a tooltip.
  const barsByLane = new Map<string, string[]>();
  if (layout.mode === "density") {
    for (const bar of densityBars(layout)) {
      const path = barsByLane.get(bar.bin.lane) ?? [];
      barsByLane.set(bar.bin.lane, path);
      path.push(`M${r1(bar.x)},${r1(bar.y)}h${r1(bar.width)}v${r1(bar.height)}h${r1(-bar.width)}z`);
    }
  }
  binsG
    .selectAll<SVGPathElement, [string, string[]]>("path.jl-bin-lane")
    .data([...barsByLane], (d) => d[0])
    .join((enter) => enter.append("path").attr("class", "jl-bin-lane"))
    .each(function ([lane, path]) {
      set(this, "data-lane", lane);
      set(this, "data-bins", path.length);
      set(this, "d", path.join(""));
    });
  let hover = binsG.select<SVGRectElement>("rect.jl-bin-hover");
  if (hover.empty()) hover = binsG.append("rect").attr("class", "jl-bin-hover");
  hover.attr("display", "none");
  return node;
}

function drawMark(g: Written, d: MarkLayout, context: RenderContext): void {
  const c = d.colorIndex % categoricalCount;
  const hatch = `url(#${context.id}-hatch-${c})`;
  const parts = g.children;
  let next = 0;
  if (d.shape === "span") {
    const hasCore = d.coreLeft !== undefined && d.coreRight !== undefined;
    const fuzzStart = parts[next++]!;
    const core = parts[next++]!;
    const fuzzEnd = parts[next++]!;
    const tail = parts[next++]!;
    set(fuzzStart, "fill", hatch);
    set(fuzzEnd, "fill", hatch);
    if (hasCore) {
      rect(fuzzStart, d.left, d.coreLeft!, d.y, d.r, true);
      // At least a pixel, as on the canvas: a span of a few days in a chart of decades is
      // narrower than that and would otherwise not be drawn at all.
      rect(core, d.coreLeft!, Math.max(d.coreRight!, d.coreLeft! + 1), d.y, d.r, true);
      rect(fuzzEnd, d.coreRight!, d.right, d.y, d.r, true);
    } else {
      rect(fuzzStart, d.left, Math.max(d.right, d.left + 2), d.y, d.r, true);
      rect(core, 0, 0, d.y, d.r, false);
      rect(fuzzEnd, 0, 0, d.y, d.r, false);
    }
    const endsLeft = context.rtl;
    set(tail, "fill", `url(#${context.id}-fade-${endsLeft ? "rtl" : "ltr"}-${c})`);
    if (d.openEnd) {
      if (endsLeft) rect(tail, d.left - metrics.fadeTail, d.left, d.y, d.r, true);
      else rect(tail, d.right, d.right + metrics.fadeTail, d.y, d.r, true);
    } else rect(tail, 0, 0, d.y, d.r, false);
  } else {
    const band = parts[next++]!;
    set(band, "fill", hatch);
    rect(band, d.left, d.right, d.y, d.r, d.imprecise && d.right - d.left > d.r * 2);
    const glyph = parts[next++]!;
    if (d.shape === "point") {
      set(glyph, "cx", r1(d.cx));
      set(glyph, "cy", r1(d.y));
      set(glyph, "r", d.r);
    } else {
      const r = d.r + 1;
      set(glyph, "d", `M${r1(d.cx)},${r1(d.y - r)}l${r},${r}l${-r},${r}l${-r},${-r}Z`);
    }
  }
  const text = parts[next]!;
  set(text, "x", r1(d.labelX));
  set(text, "y", r1(d.y));
  set(text, "dy", "0.35em");
  set(text, "text-anchor", d.labelAnchor);
  set(text, "display", d.labelVisible ? null : "none");
  set(text, "#text", d.label);
}
