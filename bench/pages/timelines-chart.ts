// timelines-chart with default options except the qualitative colour scale (kinds are
// categories). It has no point marks: points are one-day segments.
import TimelinesChart from "timelines-chart";
import { toTimelinesChart } from "../syntheticDataset";
import { installBench, whenDom } from "./runtime";

let chart: TimelinesChart | undefined;

installBench({
  name: "timelines-chart",
  convert: toTimelinesChart,
  async render(container, data) {
    chart = new TimelinesChart(container).width(1200).zQualitative(true).data(data);
    // It renders on a debounced tick and animates segments in over 700 ms (its default): the
    // render is "complete" once the segments are in the DOM (the animation then runs on).
    await whenDom(container, () => container.querySelector("rect.series-segment") !== null);
  },
  // zoomX sets the window at once, without the transition of its drag-selection.
  zoomTo: (start, end) => chart?.zoomX([new Date(start), new Date(end)]),
  describe: (container) => ({
    segments: container.querySelectorAll("rect.series-segment").length,
  }),
});
