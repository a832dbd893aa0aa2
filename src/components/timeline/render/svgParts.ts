/** The small SVG helpers the timeline's renderers share: layers, defs, rounding, cached writes. */
import type { BaseType, Selection } from "d3-selection";
import { categoricalVariable } from "../../shared/palette";
import { metrics, type TimelineLayout } from "../layout";

export const svgNs = "http://www.w3.org/2000/svg";

export type Sel<E extends BaseType, D = unknown> = Selection<E, D, BaseType, unknown>;

export function layer(parent: Sel<SVGSVGElement>, name: string): Sel<SVGGElement> {
  let g = parent.select<SVGGElement>(`g.${name}`);
  if (g.empty()) g = parent.append("g").attr("class", name);
  return g as unknown as Sel<SVGGElement>;
}

/** The SVG's `<defs>`, created first in it when missing. */
export function defsOf(node: SVGSVGElement): SVGDefsElement & { __jlColours?: Set<number> } {
  let defs = Array.from(node.children).find((child) => child.localName === "defs") as
    | SVGDefsElement
    | undefined;
  if (!defs) {
    defs = node.ownerDocument.createElementNS(svgNs, "defs") as SVGDefsElement;
    node.insertBefore(defs, node.firstChild);
  }
  return defs;
}

/**
 * Defines colour `c`'s hatch pattern (imprecise ends) and fade gradients (open ends), once per
 * SVG: only the colours marks use get them (all eight were 72 elements in every chart).
 */
export function ensureColourDefs(
  defs: SVGDefsElement & { __jlColours?: Set<number> },
  id: string,
  c: number,
): void {
  defs.__jlColours ??= new Set();
  const done = defs.__jlColours;
  if (done.has(c)) return;
  done.add(c);
  const document = defs.ownerDocument;
  const make = (parent: Element, name: string, attrs: Record<string, string | number>) => {
    const child = document.createElementNS(svgNs, name);
    for (const [key, value] of Object.entries(attrs)) {
      // Through the CSSOM: a Content-Security-Policy without 'unsafe-inline' blocks `style="…"`.
      if (key === "style") (child as SVGElement).style.cssText = String(value);
      else child.setAttribute(key, String(value));
    }
    parent.appendChild(child);
    return child;
  };
  const colour = categoricalVariable(c);
  const pattern = make(defs, "pattern", {
    id: `${id}-hatch-${c}`,
    patternUnits: "userSpaceOnUse",
    width: 6,
    height: 6,
    patternTransform: "rotate(45)",
  });
  make(pattern, "rect", { width: 6, height: 6, style: `fill: ${colour}; fill-opacity: 0.08` });
  make(pattern, "line", {
    x1: 0,
    y1: 0,
    x2: 0,
    y2: 6,
    style: `stroke: ${colour}; stroke-width: 2.2; stroke-opacity: 0.75`,
  });
  for (const dir of ["ltr", "rtl"] as const) {
    const gradient = make(defs, "linearGradient", {
      id: `${id}-fade-${dir}-${c}`,
      x1: dir === "ltr" ? 0 : 1,
      x2: dir === "ltr" ? 1 : 0,
      y1: 0,
      y2: 0,
    });
    make(gradient, "stop", { offset: 0, style: `stop-color: ${colour}; stop-opacity: 0.5` });
    make(gradient, "stop", { offset: 1, style: `stop-color: ${colour}; stop-opacity: 0` });
  }
}

export const r1 = (n: number) => Math.round(n * 10) / 10;

export type Era = TimelineLayout["eras"][number];
/** An era's label: at its reading start inside the era, kept in the plot, in its row of the strip. */
export const eraLabelX = (d: Era, width: number, rtl: boolean) =>
  rtl ? Math.min(width, d.right) - 4 : Math.max(0, d.left) + 4;
export const eraLabelY = (d: Era, k = 1) => (d.row * metrics.eraRow + 12) * k;
/** The baseline of the tick labels, above the axis line. */
export const tickLabelY = (layout: TimelineLayout) => layout.axisY + 14 * (layout.headerScale ?? 1);
/** The baseline of a lane's name (and its "+N"), in the lane's header. */
export const laneLabelY = (layout: TimelineLayout, top: number) =>
  top + 13 * (layout.headerScale ?? 1);

/** The axis line between the tick labels and the lanes, in `parent`. */
export function axisLine(parent: Sel<SVGGElement>, layout: TimelineLayout): void {
  parent
    .selectAll<SVGLineElement, null>("line.jl-axis-line")
    .data([null])
    .join("line")
    .attr("class", "jl-axis-line")
    .attr("x1", 0)
    .attr("x2", layout.width)
    .attr("y1", layout.lanesTop - 0.5)
    .attr("y2", layout.lanesTop - 0.5);
}

/** An element with the attribute values last written to it by {@link set}. */
export type Written = Element & { __jl?: Record<string, string | null> };

/**
 * Sets an attribute only when its value changed since the last write: during a zoom or pan
 * most attributes of a mark stay the same, and each `setAttribute` costs style invalidation.
 * A name starting with `--` sets that custom property on the element's style.
 */
export function set(node: Written, name: string, value: string | number | null): void {
  const v = value === null ? null : String(value);
  const written = node.__jl ?? {};
  node.__jl = written;
  if (written[name] === v) return;
  written[name] = v;
  if (name === "#text") node.textContent = v;
  // Custom properties through the CSSOM, which a Content-Security-Policy without
  // 'unsafe-inline' allows (a `style` attribute it blocks).
  else if (name.startsWith("--")) {
    const style = (node as Element & ElementCSSInlineStyle).style;
    if (v === null) style.removeProperty(name);
    else style.setProperty(name, v);
  } else if (v === null) node.removeAttribute(name);
  else node.setAttribute(name, v);
}

export function rect(
  s: Written,
  x0: number,
  x1: number,
  y: number,
  h: number,
  show: boolean,
): void {
  if (!show || x1 - x0 < 0.5) {
    set(s, "display", "none");
    return;
  }
  set(s, "display", null);
  set(s, "x", r1(x0));
  set(s, "width", r1(x1 - x0));
  set(s, "y", r1(y - h));
  set(s, "height", r1(h * 2));
}
