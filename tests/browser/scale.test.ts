// 100,000 events in Chromium: the timeline renders (aggregated or on canvas) and responds to
// zoom, without one DOM element per event. No timing assertions: the numbers are in
// bench/results (npm run bench, bench/timeline.bench.ts). It runs in about 15 s on a busy
// 2-core machine (most of it parsing the 100,000 events); the timeouts only stop a hang.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { syntheticEvents, toJointlineDataset } from "../../bench/syntheticDataset";
import {
  createTimeline,
  type Timeline,
  type TimelineZoomDetail,
} from "../../src/components/timeline";
import { parseDataset } from "../../src/io/parseDataset";

const frame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const tickLabels = (root: Element) =>
  Array.from(root.querySelectorAll(".jl-tick text"), (t) => t.textContent).join("|");

describe("createTimeline at scale in Chromium", () => {
  let chart: Timeline;
  let container: HTMLElement;

  // One chart for both tests: building 100,000 events takes a while on a busy machine.
  beforeAll(async () => {
    const { data, issues } = parseDataset(toJointlineDataset(syntheticEvents(100_000, 1)));
    expect(issues).toEqual([]);
    expect(data?.events).toHaveLength(100_000);
    container = document.createElement("div");
    container.style.width = "1000px";
    document.body.append(container);
    chart = createTimeline(container, data!, { lanes: "lead", theme: "light" });
    await frame();
  }, 60_000);

  afterAll(() => {
    chart?.destroy();
    container?.remove();
  });

  it("createTimeline(container, 100,000 events) renders lanes, an axis and marks or density bins, and zooms on wheel input", async () => {
    const root = chart.element;
    expect(root.querySelector(".jl-issues")).toBeNull();
    expect(root.querySelectorAll(".jl-tick text").length).toBeGreaterThan(2);
    expect(root.querySelectorAll(".jl-lane").length).toBeGreaterThanOrEqual(8);
    const drawn = root.querySelectorAll("canvas, .jl-bin-lane, .jl-mark").length;
    expect(drawn).toBeGreaterThan(0);

    const zooms: TimelineZoomDetail[] = [];
    root.addEventListener("timeline-zoom", (event) =>
      zooms.push((event as CustomEvent<TimelineZoomDetail>).detail),
    );
    const before = tickLabels(root);
    const svg = root.querySelector("svg.jl-svg")!;
    const box = svg.getBoundingClientRect();
    for (let step = 0; step < 20; step++) {
      svg.dispatchEvent(
        new WheelEvent("wheel", {
          deltaY: -200,
          clientX: box.left + box.width / 2,
          clientY: box.top + 60,
          bubbles: true,
          cancelable: true,
          view: window,
        }),
      );
      await frame();
    }
    expect(zooms.length).toBeGreaterThan(0);
    const last = zooms.at(-1)!;
    // The visible window shrank from 15 years, and the axis shows other ticks.
    expect(last.k).toBeGreaterThan(2);
    expect(last.end - last.start).toBeLessThan(15 * 365 * 86_400_000 * 0.5);
    expect(tickLabels(root)).not.toBe(before);
  }, 60_000);

  it("createTimeline(container, 100,000 events) keeps its DOM small: no element per event, hidden table included", async () => {
    // The data table and sources footer are built when the page is idle after the first paint.
    await frame();
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 10_000 }));
    await frame();
    // One element per event (marks, or table rows of ~10 cells) would be 100,000 or more.
    expect(chart.element.querySelectorAll("*").length).toBeLessThan(20_000);
  }, 60_000);
});
