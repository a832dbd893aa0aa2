import type { AnnotationLayout } from "./annotationsLayout";
import { r1, type Sel } from "./render/svgParts";

/**
 * Draws a frame's annotations: connectors (and a period's bracket) in `g.jl-annotation-lines`,
 * under the marks, and the notes' text in `g.jl-annotations`, above them, each with its whole
 * text as an SVG `<title>`. Text is set with `.text()`, never parsed: a note is plain text
 * whatever it holds. Without annotations the two groups are not there at all.
 *
 * @example renderTimelineAnnotations(svg, layout.annotations ?? []);
 */
export function renderTimelineAnnotations(
  svg: Sel<SVGSVGElement>,
  annotations: readonly AnnotationLayout[],
): void {
  if (annotations.length === 0) {
    svg.selectAll("g.jl-annotation-lines, g.jl-annotations").remove();
    return;
  }
  let linesG = svg.select<SVGGElement>("g.jl-annotation-lines");
  if (linesG.empty())
    linesG = svg.insert<SVGGElement>("g", "g.jl-marks").attr("class", "jl-annotation-lines");
  let textG = svg.select<SVGGElement>("g.jl-annotations");
  if (textG.empty()) textG = svg.append<SVGGElement>("g").attr("class", "jl-annotations");
  // Listed in the table and the summary; drawn here for sighted readers.
  linesG.attr("aria-hidden", "true");
  textG.attr("aria-hidden", "true");
  linesG
    .selectAll<SVGPathElement, AnnotationLayout>("path.jl-annotation-line")
    .data(annotations, (d) => d.id)
    .join("path")
    .attr("class", (d) => (d.inPlot ? "jl-annotation-line jl-in-plot" : "jl-annotation-line"))
    .attr("data-annotation", (d) => d.id)
    .attr("d", (d) => {
      const { x, y0, y1 } = d.line;
      let path = `M${r1(x)},${r1(y0)}V${r1(y1)}`;
      if (d.bracket) {
        const { left, right, y } = d.bracket;
        path += `M${r1(left)},${r1(y - 3)}V${r1(y)}H${r1(right)}V${r1(y - 3)}`;
      }
      return path;
    });
  textG
    .selectAll<SVGTextElement, AnnotationLayout>("text.jl-annotation")
    .data(annotations, (d) => d.id)
    .join((enter) => {
      const text = enter.append("text").attr("class", "jl-annotation");
      text.append("tspan");
      text.append("title");
      return text;
    })
    .attr("data-annotation", (d) => d.id)
    .attr("x", (d) => r1(d.x))
    .attr("y", (d) => r1(d.y))
    .attr("text-anchor", (d) => d.anchor)
    .call((text) => text.select("tspan").text((d) => d.text))
    .call((text) => text.select("title").text((d) => d.fullText));
}
