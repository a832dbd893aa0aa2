/**
 * The chart's main SVG: the largest `<svg>` in it by area (legend swatches and icons are small).
 * @example const svg = mainSvg(handle.element);
 */
export function mainSvg(root: ParentNode): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = -1;
  for (const svg of Array.from(root.querySelectorAll("svg"))) {
    const width =
      Number.parseFloat(svg.getAttribute("width") ?? "") ||
      svg.getBoundingClientRect?.().width ||
      0;
    const height =
      Number.parseFloat(svg.getAttribute("height") ?? "") ||
      svg.getBoundingClientRect?.().height ||
      0;
    if (width * height > bestArea) {
      best = svg;
      bestArea = width * height;
    }
  }
  return best;
}
