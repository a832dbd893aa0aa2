import { type BaseType, type Selection, select } from "d3-selection";
import { categoricalCount, categoricalVariable } from "../shared/palette";
import { type MarkLayout, metrics, type TimelineLayout } from "./layout";

const svgNs = "http://www.w3.org/2000/svg";

/** What {@link renderTimeline} needs besides the layout. */
export interface RenderContext {
  /** A prefix unique in the page for pattern and gradient ids. */
  id: string;
  /** The accessible name of each event (by layout input index). */
  ariaLabels: readonly string[];
  selected: string | null;
  /** The event that has keyboard focus (roving tabindex), if any. */
  focused: string | null;
  rtl: boolean;
  /** When false, marks are left to a canvas layer (only lanes, axis and eras are drawn). */
  drawMarks: boolean;
  /** An accessible name for the whole SVG. */
  title: string;
}

type Sel<E extends BaseType, D = unknown> = Selection<E, D, BaseType, unknown>;

function layer(parent: Sel<SVGSVGElement>, name: string): Sel<SVGGElement> {
  let g = parent.select<SVGGElement>(`g.${name}`);
  if (g.empty()) g = parent.append("g").attr("class", name);
  return g as unknown as Sel<SVGGElement>;
}

function ensureDefs(svg: Sel<SVGSVGElement>, id: string): void {
  if (!svg.select("defs").empty()) return;
  const defs = svg.append("defs");
  for (let c = 0; c < categoricalCount; c++) {
    const colour = categoricalVariable(c);
    const pattern = defs
      .append("pattern")
      .attr("id", `${id}-hatch-${c}`)
      .attr("patternUnits", "userSpaceOnUse")
      .attr("width", 6)
      .attr("height", 6)
      .attr("patternTransform", "rotate(45)");
    pattern
      .append("rect")
      .attr("width", 6)
      .attr("height", 6)
      .attr("style", `fill: ${colour}; fill-opacity: 0.08`);
    pattern
      .append("line")
      .attr("x1", 0)
      .attr("y1", 0)
      .attr("x2", 0)
      .attr("y2", 6)
      .attr("style", `stroke: ${colour}; stroke-width: 2.2; stroke-opacity: 0.75`);
    for (const dir of ["ltr", "rtl"] as const) {
      const gradient = defs
        .append("linearGradient")
        .attr("id", `${id}-fade-${dir}-${c}`)
        .attr("x1", dir === "ltr" ? 0 : 1)
        .attr("x2", dir === "ltr" ? 1 : 0)
        .attr("y1", 0)
        .attr("y2", 0);
      gradient
        .append("stop")
        .attr("offset", 0)
        .attr("style", `stop-color: ${colour}; stop-opacity: 0.5`);
      gradient
        .append("stop")
        .attr("offset", 1)
        .attr("style", `stop-color: ${colour}; stop-opacity: 0`);
    }
  }
}

const r1 = (n: number) => Math.round(n * 10) / 10;

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
  ensureDefs(svg, context.id);
  const lanesG = layer(svg, "jl-lanes");
  const erasG = layer(svg, "jl-eras");
  const gridG = layer(svg, "jl-grid");
  const breaksG = layer(svg, "jl-breaks");
  const linesG = layer(svg, "jl-instruments");
  const connectorsG = layer(svg, "jl-connectors");
  const marksG = layer(svg, "jl-marks").attr("role", "list").attr("aria-label", "Events");
  const binsG = layer(svg, "jl-bins");
  const { width, height } = layout;

  // Lanes: alternate backgrounds, a label at the reading start of each lane.
  const lanes = lanesG
    .selectAll<SVGGElement, (typeof layout.lanes)[number]>("g.jl-lane")
    .data(layout.lanes, (d) => d.key)
    .join((enter) => {
      const g = enter.append("g").attr("class", "jl-lane");
      g.append("rect").attr("class", "jl-lane-bg");
      g.append("text").attr("class", "jl-lane-label");
      return g;
    });
  lanes
    .select("rect")
    .attr("class", (_, i) => (i % 2 ? "jl-lane-bg jl-odd" : "jl-lane-bg"))
    .attr("x", 0)
    .attr("y", (d) => d.top)
    .attr("width", width)
    .attr("height", (d) => d.height);
  lanes
    .select("text")
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
    .attr("x", (d) => (context.rtl ? Math.min(width, d.right) - 4 : Math.max(0, d.left) + 4))
    .attr("y", (d) => d.row * metrics.eraRow + 12)
    .attr("text-anchor", context.rtl ? "end" : "start")
    .attr("display", (d) => (d.labelVisible ? null : "none"))
    .text((d) => d.label);
  eras.select("title").text((d) => d.label);

  // Grid and axis labels.
  gridG
    .selectAll<SVGLineElement, null>("line.jl-axis-line")
    .data([null])
    .join("line")
    .attr("class", "jl-axis-line")
    .attr("x1", 0)
    .attr("x2", width)
    .attr("y1", layout.lanesTop - 0.5)
    .attr("y2", layout.lanesTop - 0.5);
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
    .attr("y", layout.axisY + 14)
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

  const markSel = marksG
    .selectAll<SVGGElement, MarkLayout>("g.jl-mark")
    .data(marks, (d) => d.key)
    .join((enter) => {
      const g = enter
        .append("g")
        .attr("data-id", (d) => d.eventId)
        .attr("data-key", (d) => d.key)
        .attr("role", "listitem");
      g.each(function (d) {
        const s = select(this);
        if (d.shape === "span") {
          s.append("rect").attr("class", "jl-fuzz jl-fuzz-start");
          s.append("rect").attr("class", "jl-core");
          s.append("rect").attr("class", "jl-fuzz jl-fuzz-end");
          s.append("rect").attr("class", "jl-tail");
        } else {
          s.append("rect").attr("class", "jl-fuzz jl-band");
          s.append(d.shape === "point" ? "circle" : "path").attr("class", "jl-glyph");
        }
        s.append("rect").attr("class", "jl-focus-ring");
        s.append("text");
      });
      return g;
    });
  const selected = context.selected;
  const focused = context.focused;
  markSel
    .attr(
      "class",
      (d) =>
        `jl-mark jl-${d.shape}${d.imprecise || d.noSize ? " jl-hollow" : ""}${d.approximate ? " jl-approx" : ""}${d.eventId === selected ? " jl-selected" : ""}${d.eventId === focused ? " jl-focus" : ""}`,
    )
    .attr("style", (d) => `--c: ${categoricalVariable(d.colorIndex)}`)
    .attr("aria-label", (d) => context.ariaLabels[d.index] ?? d.label)
    .attr("aria-current", (d) => (d.eventId === selected ? "true" : null))
    .attr("tabindex", (d) => (d.eventId === focused && d.key === d.eventId ? 0 : -1));
  markSel.each(function (d) {
    drawMark(select(this) as unknown as Sel<SVGGElement, MarkLayout>, d, context);
  });

  // Density bins: a small histogram per lane, each bin a zoom target.
  const maxCount = Math.max(1, ...layout.bins.map((b) => b.count));
  const laneTop = new Map(layout.lanes.map((l) => [l.key, l.top + metrics.laneHeader]));
  binsG
    .selectAll<SVGRectElement, (typeof layout.bins)[number]>("rect.jl-bin")
    .data(layout.mode === "density" ? layout.bins : [], (d) => `${d.lane}|${d.left}`)
    .join("rect")
    .attr("class", "jl-bin")
    .attr("data-start", (d) => d.start)
    .attr("data-end", (d) => d.end)
    .attr("data-count", (d) => d.count)
    .attr("x", (d) => r1(d.left))
    .attr("width", (d) => r1(Math.max(1, d.right - d.left - 1)))
    .attr("y", (d) => {
      const h = Math.max(2, (metrics.densityHeight - 4) * Math.sqrt(d.count / maxCount));
      return r1((laneTop.get(d.lane) ?? 0) + metrics.densityHeight - 2 - h);
    })
    .attr("height", (d) =>
      r1(Math.max(2, (metrics.densityHeight - 4) * Math.sqrt(d.count / maxCount))),
    );
  return node;
}

function rect(
  s: Sel<SVGRectElement, MarkLayout>,
  x0: number,
  x1: number,
  y: number,
  h: number,
  show: boolean,
): void {
  if (!show || x1 - x0 < 0.5) {
    s.attr("display", "none");
    return;
  }
  s.attr("display", null)
    .attr("x", r1(x0))
    .attr("width", r1(x1 - x0))
    .attr("y", r1(y - h))
    .attr("height", r1(h * 2));
}

function drawMark(g: Sel<SVGGElement, MarkLayout>, d: MarkLayout, context: RenderContext): void {
  const c = d.colorIndex % categoricalCount;
  const hatch = `url(#${context.id}-hatch-${c})`;
  if (d.shape === "span") {
    const hasCore = d.coreLeft !== undefined && d.coreRight !== undefined;
    const fuzzStart = g.select<SVGRectElement>(".jl-fuzz-start").attr("fill", hatch);
    const fuzzEnd = g.select<SVGRectElement>(".jl-fuzz-end").attr("fill", hatch);
    const core = g.select<SVGRectElement>(".jl-core");
    if (hasCore) {
      rect(fuzzStart, d.left, d.coreLeft!, d.y, d.r, true);
      rect(core, d.coreLeft!, d.coreRight!, d.y, d.r, true);
      rect(fuzzEnd, d.coreRight!, d.right, d.y, d.r, true);
    } else {
      rect(fuzzStart, d.left, Math.max(d.right, d.left + 2), d.y, d.r, true);
      rect(core, 0, 0, d.y, d.r, false);
      rect(fuzzEnd, 0, 0, d.y, d.r, false);
    }
    const tail = g.select<SVGRectElement>(".jl-tail");
    const endsLeft = context.rtl;
    tail.attr("fill", `url(#${context.id}-fade-${endsLeft ? "rtl" : "ltr"}-${c})`);
    if (d.openEnd) {
      if (endsLeft) rect(tail, d.left - metrics.fadeTail, d.left, d.y, d.r, true);
      else rect(tail, d.right, d.right + metrics.fadeTail, d.y, d.r, true);
    } else rect(tail, 0, 0, d.y, d.r, false);
  } else {
    rect(
      g.select<SVGRectElement>(".jl-band").attr("fill", hatch),
      d.left,
      d.right,
      d.y,
      d.r,
      d.imprecise && d.right - d.left > d.r * 2,
    );
    const glyph = g.select(".jl-glyph");
    if (d.shape === "point") glyph.attr("cx", r1(d.cx)).attr("cy", r1(d.y)).attr("r", d.r);
    else {
      const r = d.r + 1;
      glyph.attr("d", `M${r1(d.cx)},${r1(d.y - r)}l${r},${r}l${-r},${r}l${-r},${-r}Z`);
    }
  }
  const ringLeft = d.shape === "span" ? d.left : Math.min(d.left, d.cx - d.r);
  const ringRight = d.shape === "span" ? d.right : Math.max(d.right, d.cx + d.r);
  g.select(".jl-focus-ring")
    .attr("x", r1(ringLeft - 3))
    .attr("y", r1(d.y - d.r - 3))
    .attr("width", r1(ringRight - ringLeft + 6))
    .attr("height", r1(d.r * 2 + 6))
    .attr("rx", 3);
  g.select("text")
    .attr("x", r1(d.labelX))
    .attr("y", r1(d.y))
    .attr("dy", "0.35em")
    .attr("text-anchor", d.labelAnchor)
    .attr("display", d.labelVisible ? null : "none")
    .text(d.label);
}
