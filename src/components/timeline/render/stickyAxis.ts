import { select } from "d3-selection";
import { stickyAxisHeight, type TimelineLayout } from "../layout";
import {
  axisLine,
  type Era,
  eraLabelX,
  eraLabelY,
  layer,
  r1,
  type Sel,
  tickLabelY,
} from "./svgParts";

/**
 * Keeps the axis in view while the plot scrolls (a chart of limited height, a presentation
 * stage showing a lower lane): a copy of the era labels, the tick labels and the axis line on the
 * chart's background, moved down by the scroll and drawn above the marks. None at the top, so a
 * chart that is not scrolled, every export and every server rendering have none.
 *
 * @example renderStickyAxis(svg, layout, plot.scrollTop, false);
 */
export function renderStickyAxis(
  node: SVGSVGElement,
  layout: TimelineLayout,
  scrollTop: number,
  rtl: boolean,
): void {
  const svg = select(node) as unknown as Sel<SVGSVGElement>;
  const covered = stickyAxisHeight(layout, scrollTop);
  if (!covered) {
    svg.select("g.jl-sticky-axis").remove();
    return;
  }
  // Appended last (or moved there), so it is drawn over every layer.
  const g = layer(svg, "jl-sticky-axis")
    .attr("aria-hidden", "true")
    .attr("data-screen-only", "")
    .raise();
  g.attr("transform", `translate(0,${r1(scrollTop)})`);
  g.selectAll("rect.jl-sticky-bg")
    .data([null])
    .join("rect")
    .attr("class", "jl-sticky-bg")
    .attr("width", layout.width)
    .attr("height", covered);
  axisLine(g, layout);
  g.selectAll<SVGTextElement, (typeof layout.ticks)[number]>("text.jl-sticky-tick")
    .data(layout.ticks.filter((d) => d.labelVisible))
    .join("text")
    .attr("class", "jl-sticky-tick")
    .attr("x", (d) => r1(d.x + d.dx))
    .attr("y", tickLabelY(layout))
    .attr("text-anchor", (d) => d.anchor)
    .text((d) => d.label);
  g.selectAll<SVGTextElement, Era>("text.jl-sticky-era")
    .data(layout.eras.filter((d) => d.labelVisible))
    .join("text")
    .attr("class", "jl-sticky-era")
    .attr("x", (d) => eraLabelX(d, layout.width, rtl))
    .attr("y", (d) => eraLabelY(d, layout.headerScale))
    .attr("text-anchor", rtl ? "end" : "start")
    .text((d) => d.label);
}
