// vis-timeline as a user would set it up: the standalone build (it injects its own CSS), items
// and groups, default options.
import { Timeline } from "vis-timeline/standalone";
import { toVisTimeline } from "../syntheticDataset";
import { installBench } from "./runtime";

let timeline: Timeline | undefined;

installBench({
  name: "vis-timeline",
  convert: toVisTimeline,
  render(container, { items, groups }) {
    return new Promise<void>((resolve) => {
      // Its own signal that the first draw (after fitting the window to the items) is done.
      // A fixed height as the other charts have (its default grows with the stacked items).
      timeline = new Timeline(container, items, groups, {
        height: "600px",
        onInitialDrawComplete: () => resolve(),
      });
    });
  },
  zoomTo: (start, end) => timeline?.setWindow(start, end, { animation: false }),
  destroy: () => timeline?.destroy(),
  describe: (container) => ({
    items: container.querySelectorAll(".vis-item").length,
  }),
});
