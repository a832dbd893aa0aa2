// jointline's timeline with its defaults, lanes by lead actor (8 lanes, as the peers get), in
// the same 1200 × 600 px box.
// The dataset is validated in prepare (parseDataset), which is not part of the render time;
// parse + validate is measured on its own in Node (bench/nodeBench.ts).
import { createTimeline, type Timeline } from "../../src/components/timeline/createTimeline";
import { parseDataset } from "../../src/io/parseDataset";
import type { Dataset } from "../../src/model";
import { toJointlineDataset } from "../syntheticDataset";
import { installBench } from "./runtime";

let chart: Timeline | undefined;

installBench<Dataset>({
  name: "jointline",
  convert(events) {
    const { data, issues } = parseDataset(toJointlineDataset(events));
    if (!data) throw new Error(`synthetic dataset invalid: ${issues[0]?.message}`);
    return data;
  },
  render(container, dataset) {
    // maxHeight: the plot scrolls inside the 600 px the peers get (vis-timeline is given
    // height 600px); toolbar, legend and the sources line take the other ~80 px.
    chart = createTimeline(container, dataset, { lanes: "lead", maxHeight: 520 });
  },
  zoomTo: (start, end) => chart?.zoomTo([start, end]),
  destroy: () => chart?.destroy(),
  describe: (container) => ({
    svgMarks: container.querySelectorAll("svg [data-id], svg .jl-mark").length,
    canvases: container.querySelectorAll("canvas").length,
  }),
});
