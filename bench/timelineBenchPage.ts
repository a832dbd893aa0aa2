// The page bench/timeline.bench.ts drives in Chromium: it exposes one function per measurement.
import { createTimeline, type Timeline } from "../src/components/timeline";
import { syntheticDataset } from "../tests/scenarios/timelineScenarios";

declare global {
  interface Window {
    benchFirstRender(count: number): Promise<number>;
    benchZoomFrames(count: number, frames: number): Promise<number[]>;
  }
}

const host = document.getElementById("chart")!;
let chart: Timeline | undefined;

/** Time from createTimeline to the first frame painted, data already in memory. */
window.benchFirstRender = async (count) => {
  chart?.destroy();
  const data = syntheticDataset(count, 11);
  await new Promise((r) => requestAnimationFrame(r));
  const start = performance.now();
  chart = createTimeline(host, data, { theme: "light" });
  // Force style and layout of what was built, so they are counted too (not only script).
  void host.getBoundingClientRect().height;
  return performance.now() - start;
};

/** Work per zoom frame: wheel events zooming in towards 2016, each frame's draw time. */
window.benchZoomFrames = async (count, frames) => {
  chart?.destroy();
  chart = createTimeline(host, syntheticDataset(count, 11), { theme: "light" });
  const svg = host.querySelector("svg.jl-svg")!;
  const box = svg.getBoundingClientRect();
  const times: number[] = [];
  for (let i = 0; i < frames; i++) {
    svg.dispatchEvent(
      new WheelEvent("wheel", {
        deltaY: i < frames / 2 ? -60 : 60,
        clientX: box.left + 420,
        clientY: box.top + 60,
        bubbles: true,
        cancelable: true,
        view: window,
      }),
    );
    // The chart draws in the next animation frame and records that draw's duration (layout,
    // SVG or canvas work, forced style/layout excluded); wait for it.
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    times.push(Number((host.querySelector(".jl-timeline") as HTMLElement).dataset.renderMs));
  }
  return times;
};
