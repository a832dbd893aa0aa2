// The baseline a d3 user would write by hand: one SVG element per event (a rect per span, a
// circle per point or milestone) in 8 lanes, a time axis, d3-zoom on the SVG (wheel, drag,
// pinch), and on every zoom event every element's position rewritten. No canvas, no
// aggregation, no labels: what "draw every item" costs.
import { axisBottom } from "d3-axis";
import { type ScaleTime, scaleUtc } from "d3-scale";
import { select } from "d3-selection";
import { type ZoomBehavior, zoom, zoomIdentity } from "d3-zoom";
import { type SyntheticEvent, syntheticLaneCount } from "../syntheticDataset";
import { installBench } from "./runtime";

const width = 1200;
const height = 600;
const margin = { top: 10, bottom: 30 };
const day = 86_400_000;
const palette = ["#4e79a7", "#f28e2b", "#59a14f", "#e15759", "#76b7b2", "#edc948", "#b07aa1"];

let current:
  | {
      svg: SVGSVGElement;
      zoom: ZoomBehavior<SVGSVGElement, unknown>;
      x: ScaleTime<number, number>;
    }
  | undefined;

installBench<readonly SyntheticEvent[]>({
  name: "plain d3 SVG",
  convert: (events) => events,
  render(container, events) {
    let lo = Number.POSITIVE_INFINITY;
    let hi = Number.NEGATIVE_INFINITY;
    for (const e of events) {
      lo = Math.min(lo, e.start);
      hi = Math.max(hi, (e.end ?? e.start) + day);
    }
    const x = scaleUtc<number, number>().domain([lo, hi]).range([0, width]);
    const laneHeight = (height - margin.top - margin.bottom) / syntheticLaneCount;
    // Spread each lane's events over 6 sub-rows by id, so marks do not all sit on one line.
    const y = (e: SyntheticEvent, i: number) =>
      margin.top + e.lane * laneHeight + 4 + (i % 6) * ((laneHeight - 8) / 6);
    const svg = select(container)
      .append("svg")
      .attr("width", width)
      .attr("height", height)
      .style("display", "block");
    const spans = events.filter((e) => e.end !== undefined);
    const points = events.filter((e) => e.end === undefined);
    const g = svg.append("g");
    const rects = g
      .selectAll("rect")
      .data(spans)
      .join("rect")
      .attr("y", (e, i) => y(e, i))
      .attr("height", 5)
      .attr("fill", (e) => palette[e.lane % palette.length]!);
    const circles = g
      .selectAll("circle")
      .data(points)
      .join("circle")
      .attr("cy", (e, i) => y(e, i) + 2.5)
      .attr("r", 3)
      .attr("fill", (e) => palette[e.lane % palette.length]!);
    const axis = svg.append("g").attr("transform", `translate(0,${height - margin.bottom})`);
    const place = (scale: ScaleTime<number, number>) => {
      rects
        .attr("x", (e) => scale(e.start))
        .attr("width", (e) => Math.max(1, scale(e.end! + day) - scale(e.start)));
      circles.attr("cx", (e) => scale(e.start));
      axis.call(axisBottom(scale));
    };
    place(x);
    const behaviour = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, 5000])
      .extent([
        [0, 0],
        [width, height],
      ])
      .translateExtent([
        [0, 0],
        [width, height],
      ])
      .on("zoom", (event) => place(event.transform.rescaleX(x)));
    svg.call(behaviour);
    current = { svg: svg.node()!, zoom: behaviour, x };
  },
  zoomTo(start, end) {
    if (!current) return;
    const { svg, zoom: behaviour, x } = current;
    const k = width / (x(end) - x(start));
    select(svg).call(behaviour.transform, zoomIdentity.scale(k).translate(-x(start), 0));
  },
  describe: (container) => ({
    elements: container.querySelectorAll("svg rect, svg circle").length,
  }),
});
