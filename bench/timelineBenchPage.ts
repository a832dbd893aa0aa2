// The page bench/timeline.bench.ts drives in Chromium: it exposes one function per measurement.
import { createTimeline, type Timeline } from "../src/components/timeline";
import { syntheticDataset } from "../tests/scenarios/timelineScenarios";

declare global {
  interface Window {
    benchFirstRender(count: number): Promise<number>;
    benchPrepare(count: number): Promise<void>;
    benchZoomSetup(count: number): Promise<void>;
    benchZoomGesture(frames: number): Promise<{ draw: number[]; frame: number[] }>;
    benchRenderPrepared(): number;
    benchZoomFrames(count: number, frames: number): Promise<{ draw: number[]; frame: number[] }>;
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

let prepared: ReturnType<typeof syntheticDataset> | undefined;
/** Destroys the last chart and makes the data, so that `benchRenderPrepared` times only the chart. */
window.benchPrepare = async (count) => {
  chart?.destroy();
  chart = undefined;
  prepared = syntheticDataset(count, 11);
  await new Promise((r) => requestAnimationFrame(r));
};
/** As `benchFirstRender`, on the prepared data, synchronously (the runner reads CPU time around it). */
window.benchRenderPrepared = () => {
  const start = performance.now();
  chart = createTimeline(host, prepared!, { theme: "light" });
  void host.getBoundingClientRect().height;
  return performance.now() - start;
};

/**
 * Work per zoom frame: wheel events zooming in towards 2016 and back out. For each frame, the
 * chart's own draw time (`draw`: layout and SVG or canvas writes, as it records in
 * `data-render-ms`) and the whole frame (`frame`: from the frame's start to the end of its
 * style, layout and paint — a message posted from a later rAF callback of the same frame is
 * delivered only once the frame is rendered).
 */
window.benchZoomFrames = async (count, frames) => {
  await window.benchZoomSetup(count);
  return window.benchZoomGesture(frames);
};

/** Builds the chart a zoom gesture runs on (`benchZoomGesture`). */
window.benchZoomSetup = async (count) => {
  chart?.destroy();
  chart = createTimeline(host, syntheticDataset(count, 11), { theme: "light" });
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  await new Promise((r) => setTimeout(r, 50));
};

/** The zoom gesture of `benchZoomFrames` on the chart built by `benchZoomSetup`. */
window.benchZoomGesture = async (frames) => {
  const svg = host.querySelector("svg.jl-svg")!;
  const box = svg.getBoundingClientRect();
  const root = host.querySelector(".jl-timeline") as HTMLElement;
  const draw: number[] = [];
  const frame: number[] = [];
  const channel = new MessageChannel();
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
    // The chart draws in the next animation frame; this callback runs after its draw.
    frame.push(
      await new Promise<number>((resolve) =>
        requestAnimationFrame((frameStart) => {
          channel.port1.onmessage = () => resolve(performance.now() - frameStart);
          channel.port2.postMessage(null);
        }),
      ),
    );
    draw.push(Number(root.dataset.renderMs));
    await new Promise((r) => requestAnimationFrame(r));
  }
  return { draw, frame };
};
