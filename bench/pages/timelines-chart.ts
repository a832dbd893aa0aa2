// timelines-chart with default options except the qualitative colour scale (kinds are
// categories). It has no point marks: points are one-day segments.
import TimelinesChart from "timelines-chart";
import { toTimelinesChart } from "../syntheticDataset";
import { installBench, whenDom } from "./runtime";

installBench({
  name: "timelines-chart",
  convert: toTimelinesChart,
  async render(container, data) {
    new TimelinesChart(container).width(1200).zQualitative(true).data(data);
    // It renders on a debounced tick and animates segments in over 700 ms (its default): the
    // render is "complete" once the segments are in the DOM (the animation then runs on).
    await whenDom(container, () => container.querySelector("rect.series-segment") !== null);
  },
  describe: (container) => ({
    segments: container.querySelectorAll("rect.series-segment").length,
  }),
});
