// Over 400 lines, on purpose for now: the one SVG draw of a frame. Marks (built a bounded number
// per frame, issue 16), labels, leaders, lane headers and annotations share the set of marks
// already built and the decision whether the frame is complete; split by layer next.
import { select } from "d3-selection";
import { t } from "../../../i18n/catalog";
import { categoricalCount, categoricalVariable } from "../../shared/palette";
import { renderTimelineAnnotations } from "../annotationsRender";
import { type MarkLayout, metrics, type TimelineLayout } from "../layout";
import { densityBars } from "./density";
import {
  axisLine,
  defsOf,
  ensureColourDefs,
  eraLabelX,
  eraLabelY,
  laneLabelY,
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
  /**
   * Whether lanes say how many labels found no place ("+3") when the marks are on a canvas; SVG
   * marks always do. The chart asks for it in settled frames, not mid-gesture, whose quick label
   * pass would make the counts flicker.
   */
  cues?: boolean;
  /**
   * The most marks this call may create (default: all). Marks already in the SVG are kept and
   * moved; past the budget the rest wait for later calls: until every mark of the layout is
   * there, the marks layer stays hidden (`visibility`), says how many wait in `data-pending`,
   * and connectors, leaders and focus rings are left out — the caller shows another drawing
   * (the canvas) meanwhile and calls again in the next frame. A chart in the browser builds a
   * few hundred marks per frame this way instead of all in one long frame.
   */
  markBudget?: number;

  /** An accessible name for the whole SVG. */
  title: string;
  /** The language of the lanes' counts and hidden-label notes; default `"en"`. */
  locale?: string;
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
/** A mark's class and `aria-current`, which say its shape, certainty, selection and focus. */
function markState(
  g: Written & SVGGElement,
  d: MarkLayout,
  selected: string | null,
  focused: string | null,
): void {
  set(
    g,
    "class",
    `jl-mark jl-${d.shape}${d.imprecise || d.noSize ? " jl-hollow" : ""}${d.approximate ? " jl-approx" : ""}${d.eventId === selected ? " jl-selected" : ""}${d.eventId === focused ? " jl-focus" : ""}`,
  );
  set(g, "aria-current", d.eventId === selected ? "true" : null);
}

/**
 * Marks the selection on the SVG marks already drawn, without laying out or drawing again: a
 * click selects, and the layout does not depend on what is selected (a full draw per click was
 * most of a click's time in a dashboard). `ids` are the events whose marks may change (the
 * previous and the new selection).
 *
 * @example
 * restyleSelection(svg, ["op-1", "op-2"], "op-2", null);
 */
export function restyleSelection(
  svg: SVGSVGElement,
  ids: readonly (string | null)[],
  selected: string | null,
  focused: string | null,
): void {
  const changed = new Set(ids);
  for (const g of svg.querySelectorAll<SVGGElement>(".jl-marks > g.jl-mark")) {
    if (!changed.has(g.getAttribute("data-id"))) continue;
    const d = (g as SVGGElement & { __data__?: MarkLayout }).__data__;
    if (d) markState(g, d, selected, focused);
  }
}

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
  const leadersG = layer(svg, "jl-leaders");
  const marksG = layer(svg, "jl-marks").attr("role", "list").attr("aria-label", "Events");
  const binsG = layer(svg, "jl-bins");
  const ringsG = layer(svg, "jl-focus-rings");
  const continuationsG = layer(svg, "jl-continuations");
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
    // The key lets a reader of the drawing (the slide fit, fitChartHeight) tell lanes apart.
    .attr("data-lane", (d) => laneAttribute(d.key))
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
    .attr("y", (d) => laneLabelY(layout, d.top))
    .attr("text-anchor", context.rtl ? "end" : "start")
    .text((d) => (d.label ? `${d.label} (${laneCount(d, context.locale)})` : ""));

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
    .attr("y", (d) => d.row * metrics.eraRow * (layout.headerScale ?? 1))
    .attr("height", (d) => height - d.row * metrics.eraRow * (layout.headerScale ?? 1));
  eras
    .select("text")
    .attr("x", (d) => eraLabelX(d, width, context.rtl))
    .attr("y", (d) => eraLabelY(d, layout.headerScale))
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
  // Held inside the plot at its edges: a year is never cut.
  ticks
    .select("text")
    .attr("x", (d) => (d.dx ? r1(d.dx) : null))
    .attr("y", tickLabelY(layout))
    .attr("text-anchor", (d) => d.anchor)
    .attr("display", (d) => (d.labelVisible ? null : "none"))
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

  renderTimelineAnnotations(svg, layout.annotations ?? []);

  let marks = context.drawMarks && layout.mode === "marks" ? layout.marks : [];
  let pending = 0;
  const budget = context.markBudget;
  if (budget !== undefined && marks.length > budget) {
    const built = new Set<string>();
    for (const child of (marksG.node() as SVGGElement).children) {
      const key = child.getAttribute("data-key");
      if (key !== null) built.add(key);
    }
    let left = budget;
    const now: MarkLayout[] = [];
    for (const m of marks) {
      if (built.has(m.key)) now.push(m);
      else if (left > 0) {
        left--;
        now.push(m);
      } else pending++;
    }
    marks = now;
  }
  // Marks that hang on other marks (lines, leaders, rings…) wait until every mark is built.
  const complete = pending === 0;
  const decorated = context.drawMarks && complete;
  const shownMarks = complete ? marks : [];
  marksG
    .attr("visibility", complete ? null : "hidden")
    .attr("data-pending", pending > 0 ? pending : null);
  linesG
    .selectAll<SVGPolylineElement, (typeof layout.instrumentLines)[number]>("polyline")
    .data(decorated ? layout.instrumentLines : [], (d) => d.key)
    .join("polyline")
    .attr("class", "jl-instrument")
    .attr("points", (d) => d.points.map(([px, py]) => `${r1(px)},${r1(py)}`).join(" "));
  connectorsG
    .selectAll<SVGLineElement, (typeof layout.connectors)[number]>("line")
    .data(decorated ? layout.connectors : [], (d) => d.eventId)
    .join("line")
    .attr("class", "jl-connector")
    .attr("data-event", (d) => d.eventId)
    .attr("x1", (d) => r1(d.x))
    .attr("x2", (d) => r1(d.x))
    .attr("y1", (d) => r1(d.y0))
    .attr("y2", (d) => r1(d.y1));

  // Marks cut by the plot's edge (a window set with start/end): a chevron at the edge says the
  // event goes on beyond it.
  const cut = shownMarks.filter(
    (m) =>
      m.key === m.eventId && (m.left < -1 || m.right > width + 1) && m.right > 0 && m.left < width,
  );
  const continuations = cut.flatMap((m) => [
    ...(m.left < -1 ? [{ key: `${m.key}<`, m, side: -1 }] : []),
    ...(m.right > width + 1 ? [{ key: `${m.key}>`, m, side: 1 }] : []),
  ]);
  continuationsG
    .selectAll<SVGPathElement, (typeof continuations)[number]>("path.jl-continues")
    .data(continuations, (d) => d.key)
    .join((enter) => enter.append("path").attr("class", "jl-continues").attr("aria-hidden", "true"))
    .attr("d", ({ m, side }) => {
      const x = side < 0 ? 1 : width - 1;
      const h = Math.max(3, m.r);
      return `M${r1(x + side * -5)},${r1(m.y - h)}L${x},${r1(m.y)}L${r1(x + side * -5)},${r1(m.y + h)}`;
    });

  // Labels that found no place at this zoom, per lane: "+3" in the lane's header (zooming in
  // gives them room; the tooltip, details and table name every event).
  const hiddenByLane = new Map(layout.hiddenLabels.map((h) => [h.lane, h]));
  laneLabelsG
    .selectAll<SVGTextElement, (typeof layout.lanes)[number]>("text.jl-hidden-labels")
    .data(
      (decorated || context.cues === true) && layout.mode === "marks"
        ? layout.lanes.filter((l) => hiddenByLane.has(l.key))
        : [],
      (d) => d.key,
    )
    .join((enter) => {
      // "+3 unlabelled", then " · zoom in" for the screen only: an exported picture cannot be
      // zoomed (exportSvg drops what is marked data-screen-only).
      const text = enter.append("text").attr("class", "jl-hidden-labels");
      text.append("tspan").attr("class", "jl-hidden-count");
      text.append("tspan").attr("class", "jl-hidden-zoom").attr("data-screen-only", "");
      return text;
    })
    .attr("x", context.rtl ? 4 : width - 4)
    .attr("y", (d) => laneLabelY(layout, d.top))
    .attr("text-anchor", context.rtl ? "start" : "end")
    .attr("data-count", (d) => hiddenByLane.get(d.key)!.count)
    .attr("data-lane", (d) => laneAttribute(d.key))
    .each(function (d) {
      const n = hiddenByLane.get(d.key)!.count;
      const [count, zoom] = Array.from(this.children) as Written[];
      set(count!, "#text", t(context.locale, "timeline.hiddenLabels", { n }));
      set(zoom!, "#text", ` · ${t(context.locale, "timeline.hiddenLabelsZoom")}`);
      set(this, "aria-label", t(context.locale, "timeline.hiddenLabelsLong", { n }));
    });

  // Leaders from a mark to its label on another row (placed there for want of room).
  leadersG
    .selectAll<SVGLineElement, MarkLayout>("line.jl-leader")
    .data(
      shownMarks.filter((m) => m.labelVisible && m.labelY !== undefined),
      (d) => d.key,
    )
    .join((enter) => enter.append("line").attr("class", "jl-leader").attr("aria-hidden", "true"))
    .each(function (d) {
      const x = d.labelAnchor === "start" ? d.labelX + 1 : d.labelX - 1;
      const down = d.labelY! > d.y;
      set(this, "x1", r1(x));
      set(this, "x2", r1(x));
      set(this, "y1", r1(d.y + (down ? d.r : -d.r)));
      set(this, "y2", r1(d.labelY! + (down ? -7 : 7)));
    });

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
        // The shape and the label; the uncertain and open pieces when first drawn (`piece`).
        if (d.shape === "span") child("rect", "jl-core");
        else child(d.shape === "point" ? "circle" : "path", "jl-glyph");
        child("text");
        return g;
      }),
    )
    .each(function (d) {
      const g = this as Written & SVGGElement;
      // A colour's hatch and fades only where a mark draws an uncertain or open side.
      if (
        d.imprecise ||
        d.openStart ||
        d.openEnd ||
        (d.shape === "span" && d.coreLeft === undefined)
      )
        ensureColourDefs(defs, context.id, d.colorIndex % categoricalCount);
      markState(g, d, selected, focused);
      set(g, "--c", categoricalVariable(d.colorIndex));
      set(g, "aria-label", context.ariaLabel(d.index) || d.label);
      set(g, "tabindex", d.eventId === focused && d.key === d.eventId ? 0 : -1);
      drawMark(g, d, context);
    });

  // The keyboard focus ring, around each copy of the focused event: drawn over the marks, not
  // one hidden rect in every mark (a hundred marks were a hundred more elements to style).
  ringsG
    .selectAll<SVGRectElement, MarkLayout>("rect.jl-focus-ring")
    .data(focused === null ? [] : shownMarks.filter((d) => d.eventId === focused), (d) => d.key)
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
      set(this, "data-lane", laneAttribute(lane));
      set(this, "data-bins", path.length);
      set(this, "d", path.join(""));
    });
  let hover = binsG.select<SVGRectElement>("rect.jl-bin-hover");
  if (hover.empty()) hover = binsG.append("rect").attr("class", "jl-bin-hover");
  hover.attr("display", "none");
  return node;
}

/**
 * A lane key as a `data-lane` value: URI-encoded, since the "Other" and "None" lanes' keys start
 * with U+0000, which no XML document (an exported SVG) may hold; `decodeURIComponent` reads it.
 * @example laneAttribute("\u0000other"); // "%00other"
 */
function laneAttribute(key: string): string {
  return encodeURIComponent(key);
}

/** "17", or "5 of 17 in view" when zoomed or scrolled past some of a lane's events. */
function laneCount(lane: TimelineLayout["lanes"][number], locale?: string): string {
  return lane.inView === undefined || lane.inView >= lane.count
    ? String(lane.count)
    : t(locale, "timeline.inView", { shown: lane.inView, n: lane.count });
}

/** Narrowest drawn uncertain side of a span, in pixels. */
const MIN_FUZZ = 3;

/**
 * The pieces a mark draws only for an uncertain or open side, and whether each goes under its
 * shape (first in the group) or over it (before the label). The ones over it lie beside each
 * other (a hatched end, then its fade), never one on another, so their order is free.
 */
const pieces = {
  fuzzStart: ["jl-fuzz jl-fuzz-start", true],
  band: ["jl-fuzz jl-band", true],
  fuzzEnd: ["jl-fuzz jl-fuzz-end", false],
  tail: ["jl-tail jl-tail-right", false],
  tailLeft: ["jl-tail jl-tail-left", false],
} as const;
type Piece = keyof typeof pieces;
type MarkGroup = Written & { __jlPieces?: Partial<Record<Piece, Written>>; __jlShape?: Written };

/**
 * A mark's piece `name`, made the first time it is shown: a chart of exact dates draws only
 * shapes and labels (each span once had five rects, most of them hidden: a third of a
 * 100-event chart's elements). Undefined while it was never shown.
 */
function piece(g: MarkGroup, name: Piece, show: boolean): Written | undefined {
  g.__jlPieces ??= {};
  const made = g.__jlPieces;
  if (made[name] || !show) return made[name];
  const [cls, under] = pieces[name];
  const node = g.ownerDocument.createElementNS(svgNs, "rect") as Written;
  node.setAttribute("class", cls);
  g.insertBefore(node, under ? g.firstChild : g.lastChild);
  made[name] = node;
  return node;
}

function drawMark(g: MarkGroup, d: MarkLayout, context: RenderContext): void {
  const c = d.colorIndex % categoricalCount;
  const hatch = `url(#${context.id}-hatch-${c})`;
  // The shape is the group's first child until a piece goes before it.
  g.__jlShape ??= g.firstElementChild as Written;
  const shape = g.__jlShape;
  if (d.shape === "span") {
    const hasCore = d.coreLeft !== undefined && d.coreRight !== undefined;
    const core = shape;
    const rtl = context.rtl;
    // Pixel sides: which date side is drawn on the left and on the right.
    const exactLeft = rtl ? d.exactEnd : d.exactStart;
    const exactRight = rtl ? d.exactStart : d.exactEnd;
    const openLeft = rtl ? d.openEnd : d.openStart;
    const openRight = rtl ? d.openStart : d.openEnd;
    // A hatch or fade is referred to only where it is drawn: the chart defines a colour's
    // patterns only for marks with an uncertain or open side (see `ensureColourDefs`).
    const showStart = !hasCore || (!exactLeft && !openLeft);
    const showEnd = hasCore && !exactRight && !openRight;
    const fuzzStart = piece(g, "fuzzStart", showStart);
    const fuzzEnd = piece(g, "fuzzEnd", showEnd);
    if (fuzzStart) set(fuzzStart, "fill", showStart ? hatch : null);
    if (fuzzEnd) set(fuzzEnd, "fill", showEnd ? hatch : null);
    if (hasCore) {
      // One drawing per precision: an exact side ends the solid core; an uncertain side is a
      // hatched range (at least a few pixels, so the doubt stays visible at any zoom); an open
      // side fades out (below).
      const cl = d.coreLeft!;
      const cr = d.coreRight!;
      rect(core, cl, cr, d.y, d.r, true);
      if (fuzzStart) rect(fuzzStart, Math.min(d.left, cl - MIN_FUZZ), cl, d.y, d.r, showStart);
      if (fuzzEnd) rect(fuzzEnd, cr, Math.max(d.right, cr + MIN_FUZZ), d.y, d.r, showEnd);
    } else {
      rect(fuzzStart!, d.left, Math.max(d.right, d.left + 2), d.y, d.r, true);
      rect(core, 0, 0, d.y, d.r, false);
      if (fuzzEnd) rect(fuzzEnd, 0, 0, d.y, d.r, false);
    }
    // The fade runs away from the mark: opaque at its edge.
    const tail = piece(g, "tail", openRight);
    const tailLeft = piece(g, "tailLeft", openLeft);
    if (tail) {
      set(tail, "fill", openRight ? `url(#${context.id}-fade-ltr-${c})` : null);
      rect(tail, d.right, d.right + metrics.fadeTail, d.y, d.r, openRight);
    }
    if (tailLeft) {
      set(tailLeft, "fill", openLeft ? `url(#${context.id}-fade-rtl-${c})` : null);
      rect(tailLeft, d.left - metrics.fadeTail, d.left, d.y, d.r, openLeft);
    }
  } else {
    const showBand = d.imprecise && d.right - d.left > d.r * 2;
    const band = piece(g, "band", showBand);
    if (band) {
      set(band, "fill", showBand ? hatch : null);
      rect(band, d.left, d.right, d.y, d.r, showBand);
    }
    const glyph = shape as Written;
    if (d.shape === "point") {
      set(glyph, "cx", r1(d.cx));
      set(glyph, "cy", r1(d.y));
      set(glyph, "r", d.r);
    } else {
      const r = d.r + 1;
      set(glyph, "d", `M${r1(d.cx)},${r1(d.y - r)}l${r},${r}l${-r},${r}l${-r},${-r}Z`);
    }
  }
  const text = g.lastElementChild as Written;
  set(text, "x", r1(d.labelX));
  set(text, "y", r1(d.labelY ?? d.y));
  set(text, "dy", "0.35em");
  set(text, "text-anchor", d.labelAnchor);
  set(text, "display", d.labelVisible ? null : "none");
  set(text, "#text", d.label);
}
