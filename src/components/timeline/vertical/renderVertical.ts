/**
 * Draws a {@link VerticalLayout} as SVG with only the `document` it is given (so it runs in Node
 * under linkedom or jsdom too). Rows are kept per event between draws, so a focused row keeps
 * its focus when the chart redraws (a selection opening details below it, say).
 */
import { categoricalCount, categoricalVariable } from "../../shared/palette";
import { defsOf, ensureColourDefs, r1, svgNs } from "../render/svgParts";
import {
  type VerticalLayout,
  type VerticalLine,
  type VerticalRow,
  verticalMetrics,
} from "./layoutVertical";

/** What {@link renderVertical} needs besides the layout. */
export interface VerticalRenderContext {
  /** A prefix unique in the page for pattern and gradient ids. */
  id: string;
  /** The accessible name of an event, by its index in the encoding. */
  ariaLabel: (index: number) => string;
  selected: string | null;
  /** The event that has keyboard focus (roving tabindex), if any. */
  focused: string | null;
  /** An accessible name for the whole SVG. */
  title: string;
}

type RowNode = SVGGElement & { __jlRow?: true };

function make<K extends string>(
  document: Document,
  name: K,
  attrs: Record<string, string | number>,
  parent?: Element,
): SVGElement {
  const node = document.createElementNS(svgNs, name) as SVGElement;
  for (const [key, value] of Object.entries(attrs)) {
    // Through the CSSOM: a Content-Security-Policy without 'unsafe-inline' blocks a `style`
    // attribute set from script (style-src-attr); its declarations would be lost.
    if (key === "style") node.style.cssText = String(value);
    else node.setAttribute(key, String(value));
  }
  parent?.appendChild(node);
  return node;
}

function layerOf(svg: SVGSVGElement, name: string): SVGGElement {
  let g = Array.from(svg.children).find((c) => c.getAttribute("class") === name) as
    | SVGGElement
    | undefined;
  if (!g) g = make(svg.ownerDocument, "g", { class: name }, svg) as SVGGElement;
  return g;
}

function lines(
  document: Document,
  parent: Element,
  list: VerticalLine[],
  cls: string,
  size: number,
  anchor: string,
  rtl: boolean,
): void {
  for (const line of list) {
    const text = make(
      document,
      "text",
      {
        class: cls,
        x: r1(line.x),
        y: r1(line.y),
        "text-anchor": anchor,
        style: `font-size: ${size}px; direction: ${rtl ? "rtl" : "ltr"};`,
      },
      parent,
    );
    text.textContent = line.text;
  }
}

/** The vertical gradient of an open end in colour `c`, once per SVG. */
function ensureFade(defs: SVGDefsElement, id: string, c: number): string {
  const fadeId = `${id}-vfade-${c}`;
  if (!defs.querySelector(`#${fadeId}`)) {
    const colour = categoricalVariable(c);
    const g = make(
      defs.ownerDocument,
      "linearGradient",
      { id: fadeId, x1: 0, x2: 0, y1: 0, y2: 1 },
      defs,
    );
    make(
      defs.ownerDocument,
      "stop",
      { offset: 0, style: `stop-color: ${colour}; stop-opacity: 0.6` },
      g,
    );
    make(
      defs.ownerDocument,
      "stop",
      { offset: 1, style: `stop-color: ${colour}; stop-opacity: 0` },
      g,
    );
  }
  return `url(#${fadeId})`;
}

function drawRow(
  document: Document,
  g: SVGGElement,
  row: VerticalRow,
  layout: VerticalLayout,
  context: VerticalRenderContext,
  defs: SVGDefsElement,
): void {
  const c = row.colorIndex % categoricalCount;
  ensureColourDefs(defs, context.id, c);
  const hatch = `url(#${context.id}-hatch-${c})`;
  const parts: Element[] = [];
  const add = (name: string, attrs: Record<string, string | number>) => {
    const node = make(document, name, attrs);
    parts.push(node);
    return node;
  };
  add("rect", {
    class: "jl-v-hit",
    x: 0,
    y: r1(row.top),
    width: layout.width,
    height: r1(row.height),
  });
  const bar = row.bar;
  if (bar) {
    // A thin link from the bar to the row's glyph, then the bar: hatched where the date is
    // known only to a range, solid where it is certain, fading where it is still open.
    const x1 = bar.x + bar.width / 2;
    add("line", { class: "jl-v-link", x1: r1(x1), x2: r1(row.cx), y1: r1(bar.y0), y2: r1(bar.y0) });
    const piece = (y0: number, y1: number, cls: string, fill?: string) => {
      if (y1 - y0 < 0.5) return;
      add("rect", {
        class: cls,
        x: r1(bar.x),
        width: bar.width,
        y: r1(y0),
        height: r1(y1 - y0),
        rx: 1.5,
        ...(fill ? { fill } : {}),
      });
    };
    if (bar.hasCore) {
      piece(bar.y0, bar.coreTop, "jl-fuzz jl-fuzz-start", hatch);
      piece(bar.coreTop, bar.coreBottom, "jl-core jl-v-core");
      piece(bar.coreBottom, bar.y1, "jl-fuzz jl-fuzz-end", hatch);
    } else piece(bar.y0, bar.y1, "jl-fuzz jl-fuzz-start", hatch);
    if (bar.openEnd)
      piece(
        bar.y1,
        Math.min(layout.height, bar.y1 + verticalMetrics.fadeTail),
        "jl-tail",
        ensureFade(defs, context.id, c),
      );
  }
  const r = 6;
  if (row.shape === "point")
    add("circle", { class: "jl-glyph", cx: r1(row.cx), cy: r1(row.cy), r });
  else if (row.shape === "milestone")
    add("path", {
      class: "jl-glyph",
      d: `M${r1(row.cx)},${r1(row.cy - r - 1)}l${r + 1},${r + 1}l${-r - 1},${r + 1}l${-r - 1},${-r - 1}Z`,
    });
  else
    add("rect", {
      class: row.imprecise ? "jl-glyph jl-v-span" : "jl-glyph jl-v-span",
      x: r1(row.cx - 7),
      y: r1(row.cy - 4),
      width: 14,
      height: 8,
      rx: 2,
    });
  g.replaceChildren(...parts);
  lines(document, g, row.meta, "jl-v-meta", layout.metaSize, row.anchor, layout.rtl);
  lines(document, g, row.label, "jl-v-label", layout.labelSize, row.anchor, layout.rtl);
}

/**
 * Draws a vertical layout into `target` (or a new SVG): era bands with their labels, year
 * headings, and one focusable row per event (a list item named by `ariaLabel`) holding its bar,
 * glyph, date and label over a tap target as wide as the chart.
 *
 * @example
 * const svg = renderVertical(document, null, layoutVertical(input), { id: "jl-1", ariaLabel, selected: null, focused: null, title: "Timeline" });
 */
export function renderVertical(
  document: Document,
  target: SVGSVGElement | null,
  layout: VerticalLayout,
  context: VerticalRenderContext,
): SVGSVGElement {
  const svg = target ?? (document.createElementNS(svgNs, "svg") as SVGSVGElement);
  svg.setAttribute("width", String(layout.width));
  svg.setAttribute("height", String(layout.height));
  svg.setAttribute("viewBox", `0 0 ${layout.width} ${layout.height}`);
  svg.setAttribute("class", "jl-svg jl-vertical-svg");
  svg.setAttribute("role", "group");
  svg.setAttribute("aria-label", context.title);
  const defs = defsOf(svg);
  const erasG = layerOf(svg, "jl-v-eras");
  const headingsG = layerOf(svg, "jl-v-headings");
  const marksG = layerOf(svg, "jl-marks");
  marksG.setAttribute("role", "list");
  marksG.setAttribute("aria-label", "Events");
  const ringsG = layerOf(svg, "jl-focus-rings");
  erasG.setAttribute("aria-hidden", "true");
  headingsG.setAttribute("aria-hidden", "true");

  erasG.replaceChildren();
  for (const era of layout.eras) {
    const g = make(document, "g", { class: "jl-era jl-v-era", "data-era": era.id }, erasG);
    make(
      document,
      "rect",
      { x: 0, width: layout.width, y: r1(era.top), height: r1(era.bottom - era.top) },
      g,
    );
    lines(document, g, era.label, "jl-v-era-label", layout.metaSize, layout.anchor, layout.rtl);
  }
  headingsG.replaceChildren();
  for (const h of layout.headings) {
    make(
      document,
      "line",
      { class: "jl-v-rule", x1: 0, x2: layout.width, y1: r1(h.top + 0.5), y2: r1(h.top + 0.5) },
      headingsG,
    );
    const text = make(
      document,
      "text",
      {
        class: "jl-v-year",
        x: r1(h.x),
        y: r1(h.y),
        "text-anchor": layout.anchor,
        style: `direction: ${layout.rtl ? "rtl" : "ltr"}`,
      },
      headingsG,
    );
    text.textContent = h.text;
  }

  // Rows are kept per event, so that focus survives a redraw.
  const old = new Map<string, RowNode>();
  for (const child of Array.from(marksG.children) as RowNode[]) {
    const id = child.getAttribute("data-id");
    if (id !== null) old.set(id, child);
  }
  const nodes: RowNode[] = [];
  for (const row of layout.rows) {
    let g = old.get(row.eventId);
    old.delete(row.eventId);
    if (!g) {
      g = make(document, "g", {
        "data-id": row.eventId,
        "data-key": row.eventId,
        role: "listitem",
      }) as RowNode;
      g.__jlRow = true;
    }
    const selected = row.eventId === context.selected;
    g.setAttribute(
      "class",
      `jl-mark jl-vrow jl-${row.shape}${row.imprecise ? " jl-hollow" : ""}${row.approximate ? " jl-approx" : ""}${selected ? " jl-selected" : ""}${row.eventId === context.focused ? " jl-focus" : ""}`,
    );
    // Through the CSSOM: a Content-Security-Policy without 'unsafe-inline' blocks a `style`
    // attribute set from script (style-src-attr), and the row would lose its colour.
    (g as SVGGElement).style.setProperty("--c", categoricalVariable(row.colorIndex));
    g.setAttribute("aria-label", context.ariaLabel(row.index) || row.labelText);
    if (selected) g.setAttribute("aria-current", "true");
    else g.removeAttribute("aria-current");
    g.setAttribute("aria-expanded", String(selected));
    g.setAttribute("tabindex", row.eventId === context.focused ? "0" : "-1");
    drawRow(document, g, row, layout, context, defs);
    nodes.push(g);
  }
  for (const g of old.values()) g.remove();
  // Appending a node already in place moves nothing; new rows go in time order.
  nodes.forEach((g, k) => {
    if (marksG.children[k] !== g) marksG.insertBefore(g, marksG.children[k] ?? null);
  });

  ringsG.replaceChildren();
  const focusedRow = layout.rows.find((row) => row.eventId === context.focused);
  if (focusedRow) {
    make(
      document,
      "rect",
      {
        class: "jl-focus-ring",
        x: 2,
        y: r1(focusedRow.top + 2),
        width: layout.width - 4,
        height: r1(focusedRow.height - 4),
        rx: 4,
      },
      ringsG,
    );
  }
  return svg;
}
