import type { EmbedAttributes } from "./embedAttributes";
import { slideTimelineSizes } from "./timelineView";

/** An SVG's drawn height in px (its `height` attribute, else its viewBox's). */
export function naturalHeight(svg: SVGSVGElement | null): number {
  if (!svg) return 0;
  const attribute = Number.parseFloat(svg.getAttribute("height") ?? "");
  if (Number.isFinite(attribute) && attribute > 0) return attribute;
  return Number(svg.getAttribute("viewBox")?.split(/[\s,]+/)[3] ?? 0);
}

/**
 * Draws the chart so that it fills `area` px of height. The network and the trend take a height
 * (the trend's notes and captions add to it, so it is drawn a second time with the difference
 * taken off); the timeline's height is its rows': they grow to fill the area, or, where the rows
 * do not fit, fewer rows per lane are drawn (the lane says how many more it holds) rather than
 * shrinking the text. `draw(height, extra)` draws the chart (destroying is left to this
 * function); used by the Node renderer and the element's fixed-size export alike, so both
 * draw the same picture.
 * @example const handle = fitChartHeight("trend", 700, attributes, draw, (h) => mainSvg(h.element));
 */
export function fitChartHeight<H extends { destroy(): void }>(
  view: string,
  area: number,
  attributes: EmbedAttributes,
  draw: (height: number | undefined, extra?: Record<string, unknown>) => H,
  svgOf: (handle: H) => SVGSVGElement | null,
): H {
  if (view !== "timeline") {
    let handle = draw(area);
    const drawn = naturalHeight(svgOf(handle));
    if (Math.abs(drawn - area) > 2) {
      handle.destroy();
      handle = draw(Math.max(80, area - (drawn - area)));
    }
    return handle;
  }
  const rowHeight = attributes.theme === "slide" ? slideTimelineSizes.rowHeight : 26;
  // maxHeight 0: the plot grows to its rows, so the drawing is the whole chart, never a scroll.
  let handle = draw(undefined, { maxHeight: 0 });
  let drawn = naturalHeight(svgOf(handle));
  if (drawn < area - 2) {
    // Taller rows, by the share of the drawing that is rows (about four fifths).
    const grown = Math.round(rowHeight * (1 + (area - drawn) / (drawn * 0.8)));
    handle.destroy();
    return draw(undefined, { maxHeight: 0, rowHeight: Math.min(rowHeight * 2, grown) });
  }
  for (let rows = 9; drawn > area + 2 && rows >= 2; rows--) {
    handle.destroy();
    handle = draw(undefined, { maxHeight: 0, maxRowsPerLane: rows });
    drawn = naturalHeight(svgOf(handle));
  }
  return handle;
}
