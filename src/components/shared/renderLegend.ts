import { t } from "../../i18n/catalog";
import { el } from "./el";

const svgNs = "http://www.w3.org/2000/svg";

/** The glyph a legend swatch draws, matching the marks of the charts. */
export type LegendShape = "circle" | "square" | "diamond" | "bar" | "line" | "hatch" | "fade";

/**
 * One legend entry.
 *
 * @example
 * const item: LegendItem = { label: "Operation", color: "var(--jl-cat-1)", shape: "bar" };
 */
export interface LegendItem {
  label: string;
  /** A CSS colour, usually a theme variable from `categoricalVariable`. */
  color: string;
  shape: LegendShape;
  /** Glyph radius in pixels for size legends; default 5. */
  size?: number;
}

/**
 * A legend as an HTML list of SVG swatches and labels (wraps on narrow screens; readable by
 * screen readers as a list with a label). Swatches are `aria-hidden`: the text says it all.
 *
 * @example
 * root.append(renderLegend(document, [{ label: "Operation", color: "var(--jl-cat-1)", shape: "bar" }], "Kinds"));
 */
export function renderLegend(
  document: Document,
  items: readonly LegendItem[],
  label = t("en", "chart.legend"),
): HTMLUListElement {
  const list = el(document, "ul", "jl-legend");
  list.setAttribute("aria-label", label);
  for (const item of items) {
    const li = el(document, "li");
    const r = item.size ?? 5;
    const w =
      item.shape === "bar" ||
      item.shape === "hatch" ||
      item.shape === "fade" ||
      item.shape === "line"
        ? 22
        : r * 2 + 2;
    const h = Math.max(r * 2 + 2, 12);
    const svg = document.createElementNS(svgNs, "svg");
    svg.setAttribute("width", String(w));
    svg.setAttribute("height", String(h));
    svg.setAttribute("aria-hidden", "true");
    svg.append(swatch(document, item, w, h, r));
    li.append(svg, el(document, "span", undefined, item.label));
    list.append(li);
  }
  return list;
}

function swatch(document: Document, item: LegendItem, w: number, h: number, r: number): SVGElement {
  const cx = w / 2;
  const cy = h / 2;
  const shape = (name: string, attrs: Record<string, string | number>) => {
    const node = document.createElementNS(svgNs, name);
    for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
    return node;
  };
  switch (item.shape) {
    case "circle":
      return shape("circle", { cx, cy, r, fill: item.color });
    case "square":
      return shape("rect", { x: cx - r, y: cy - r, width: r * 2, height: r * 2, fill: item.color });
    case "diamond":
      return shape("path", {
        d: `M${cx},${cy - r}L${cx + r},${cy}L${cx},${cy + r}L${cx - r},${cy}Z`,
        fill: item.color,
      });
    case "line":
      return shape("line", {
        x1: 1,
        x2: w - 1,
        y1: cy,
        y2: cy,
        stroke: item.color,
        "stroke-width": 2,
      });
    case "bar":
      return shape("rect", {
        x: 1,
        y: cy - 4,
        width: w - 2,
        height: 8,
        rx: 2,
        fill: item.color,
        "fill-opacity": 0.3,
        stroke: item.color,
      });
    case "hatch": {
      const g = shape("g", {});
      g.append(
        shape("rect", {
          x: 1,
          y: cy - 4,
          width: w - 2,
          height: 8,
          fill: "none",
          stroke: item.color,
          "stroke-dasharray": "2 2",
        }),
      );
      for (let x = 3; x < w - 1; x += 4)
        g.append(shape("line", { x1: x, x2: x + 3, y1: cy + 4, y2: cy - 4, stroke: item.color }));
      return g;
    }
    case "fade": {
      const g = shape("g", {});
      for (let i = 0; i < 5; i++)
        g.append(
          shape("rect", {
            x: 1 + i * 4,
            y: cy - 4,
            width: 4,
            height: 8,
            fill: item.color,
            "fill-opacity": 0.45 * (1 - i / 5),
          }),
        );
      return g;
    }
  }
}
