/** One entry of a chart's legend, as an export draws it: a swatch (or none) and its label. */
export interface LegendEntry {
  label: string;
  /** The entry's swatch: a copy of the legend's `<svg>`, drawn beside the label. */
  swatch?: SVGSVGElement;
  /** A caption ("Size: arrests"), drawn as text without a swatch. */
  caption?: boolean;
}

/**
 * The entries of the legends a chart shows in its page (every `ul.jl-legend` under `root` that
 * is not hidden): what an export draws as its legend, so the picture and the page agree.
 *
 * @example readLegend(chart.element).map((entry) => entry.label) // ["Operation", "Arrest", …]
 */
export function readLegend(root: ParentNode): LegendEntry[] {
  const entries: LegendEntry[] = [];
  for (const list of Array.from(root.querySelectorAll("ul.jl-legend"))) {
    if ((list as HTMLElement).hidden || list.closest("[hidden]")) continue;
    for (const item of Array.from(list.children)) {
      const label = (item.textContent ?? "").replace(/\s+/g, " ").trim();
      if (!label) continue;
      const svg = item.querySelector("svg");
      if (item.classList.contains("jl-meta") || !svg) entries.push({ label, caption: true });
      else entries.push({ label, swatch: svg.cloneNode(true) as SVGSVGElement });
    }
  }
  return entries;
}
