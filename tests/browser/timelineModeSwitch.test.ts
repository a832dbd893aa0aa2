// The structure that keeps zooming free of long tasks, checked independently of the machine's
// speed: a switch of drawing mode (counts or canvas → SVG marks) builds a bounded number of marks
// per frame, the rows of a zoom level not packed yet are packed a slice per frame (with counts or
// the canvas on screen meanwhile), and the previous drawing stays until the new one is complete
// (bench/ measures the time; this checks the shape of the work).
import { afterEach, describe, expect, it } from "vitest";
import { createTimeline, type Timeline } from "../../src/components/timeline";
import { MARKS_PER_FRAME } from "../../src/components/timeline/draw";
import { syntheticDataset } from "../scenarios/timelineScenarios";

const charts: Timeline[] = [];
afterEach(() => {
  for (const chart of charts.splice(0)) {
    const host = chart.element.parentElement;
    chart.destroy();
    host?.remove();
  }
});

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** What was seen after each batch of DOM changes (one draw each) while marks were being built. */
interface Step {
  added: number;
  pending: number;
  canvas: boolean;
  hidden: boolean;
  marks: number;
  /** The zoom level's rows are still being packed (`data-packing` on the chart). */
  packing: boolean;
  /** Counts per bin are drawn. */
  bins: boolean;
}

function mount(count: number): Timeline {
  const host = document.createElement("div");
  host.style.width = "1200px";
  document.body.append(host);
  const chart = createTimeline(host, syntheticDataset(count, 5), { lanes: "lead" });
  charts.push(chart);
  return chart;
}

/**
 * Zooms to `window` and records, after every draw that added marks, how many it added and what
 * was on screen, until no mark is pending any more.
 */
async function switchTo(chart: Timeline, window: [number, number]): Promise<Step[]> {
  return (await switchFrames(chart, window)).steps;
}

/**
 * As {@link switchTo}, and also what was on screen after each frame's draw until the marks were
 * complete (`frames`), whether or not that frame added marks.
 */
async function switchFrames(
  chart: Timeline,
  window: [number, number],
): Promise<{ steps: Step[]; frames: Step[] }> {
  const root = chart.element;
  const steps: Step[] = [];
  const frames: Step[] = [];
  const look = (added: number): Step => {
    const layer = root.querySelector("g.jl-marks")!;
    return {
      added,
      pending: Number(layer.getAttribute("data-pending") ?? 0),
      canvas: root.querySelector(".jl-plot canvas") !== null,
      hidden: layer.getAttribute("visibility") === "hidden",
      marks: root.querySelectorAll("g.jl-mark").length,
      packing: root.hasAttribute("data-packing"),
      bins: root.querySelectorAll(".jl-bin-lane").length > 0,
    };
  };
  const observer = new MutationObserver((records) => {
    let added = 0;
    for (const record of records)
      for (const node of record.addedNodes)
        if (node instanceof Element && node.matches("g.jl-mark")) added++;
    if (added) steps.push(look(added));
  });
  observer.observe(root, { childList: true, subtree: true });
  chart.zoomTo(window);
  // The MutationObserver reports the synchronous draw of zoomTo at the next microtask.
  await Promise.resolve();
  frames.push(look(0));
  for (let i = 0; i < 240 && (look(0).pending > 0 || look(0).packing); i++) {
    // After the chart's own frame callback (asked for earlier, so run first).
    await nextFrame();
    frames.push(look(0));
  }
  await nextFrame();
  observer.disconnect();
  return { steps, frames };
}

/** Checks the steps of a mode switch that had to build `expected` marks or more. */
function expectIncremental(steps: Step[], expected: number): void {
  const built = steps.reduce((sum, step) => sum + step.added, 0);
  expect(built).toBeGreaterThanOrEqual(expected);
  // More marks than one frame may build: they came over several frames, each bounded.
  expect(steps.length).toBeGreaterThanOrEqual(Math.ceil(expected / MARKS_PER_FRAME));
  for (const step of steps) expect(step.added).toBeLessThanOrEqual(MARKS_PER_FRAME);
  // While marks were missing, the canvas showed the whole frame and the part-built SVG marks
  // were hidden; once complete, the SVG marks alone.
  for (const step of steps.filter((s) => s.pending > 0)) {
    expect(step.canvas).toBe(true);
    expect(step.hidden).toBe(true);
  }
  const last = steps.at(-1)!;
  expect(last.pending).toBe(0);
  expect(last.hidden).toBe(false);
  expect(last.canvas).toBe(false);
}

describe("timeline: a mode switch builds marks a frame at a time", () => {
  it("createTimeline(1,000 events) canvas → SVG marks: at most MARKS_PER_FRAME new marks per frame, the canvas kept until all are built", async () => {
    const chart = mount(1000);
    await nextFrame();
    // The whole range: more than canvasThreshold (600) events in view, drawn on canvas.
    expect(chart.element.querySelector(".jl-plot canvas")).not.toBeNull();
    expect(chart.element.querySelectorAll("g.jl-mark")).toHaveLength(0);
    // About a third of the range: ~330 events in view, fewer than canvasThreshold → SVG.
    const steps = await switchTo(chart, [Date.UTC(2015, 0, 1), Date.UTC(2020, 0, 1)]);
    const drawn = chart.element.querySelectorAll("g.jl-mark").length;
    expect(drawn).toBeGreaterThan(MARKS_PER_FRAME);
    expectIncremental(steps, drawn);
    expect(steps[0]!.pending).toBeGreaterThan(0);
  });

  it("createTimeline(10,000 events) counts per bin → SVG marks: at most MARKS_PER_FRAME new marks per frame, a complete drawing on screen throughout", async () => {
    const chart = mount(10_000);
    await nextFrame();
    // The whole range: counts per bin.
    expect(chart.element.querySelectorAll(".jl-bin-lane").length).toBeGreaterThan(0);
    // Half a year: ~330 events in view → SVG marks, straight from counts.
    const steps = await switchTo(chart, [Date.UTC(2016, 0, 1), Date.UTC(2016, 6, 1)]);
    const drawn = chart.element.querySelectorAll("g.jl-mark").length;
    expect(drawn).toBeGreaterThan(MARKS_PER_FRAME);
    expectIncremental(steps, drawn);
    expect(chart.element.querySelectorAll(".jl-bin-lane")).toHaveLength(0);
  });

  it("createTimeline(10,000 events) zoomTo a zoom level no idle task packed: its rows packed a slice per frame, counts or the canvas on screen meanwhile, no SVG mark built before they are complete", async () => {
    const chart = mount(10_000);
    await nextFrame();
    expect(chart.element.querySelectorAll(".jl-bin-lane").length).toBeGreaterThan(0);
    // Each drawn frame writes data-render-ms; a frame that only packs another slice does not.
    let drawnWhilePacking = 0;
    const draws = new MutationObserver((records) => {
      for (const r of records)
        if (r.attributeName === "data-render-ms" && chart.element.hasAttribute("data-packing"))
          drawnWhilePacking++;
    });
    draws.observe(chart.element, { attributes: true, attributeFilter: ["data-render-ms"] });
    // ~0.3 of a year of 15: zoom ~50, level 5 — idle packing covers levels 2–4 from zoom 1 only.
    const { steps, frames } = await switchFrames(chart, [
      Date.UTC(2016, 0, 1),
      Date.UTC(2016, 3, 20),
    ]);
    // Every frame while the rows were being packed showed a whole drawing (counts per bin, or
    // the marks on a lower level's rows on the canvas), and no SVG mark was built on those rows.
    const packingFrames = frames.filter((f) => f.packing);
    for (const f of packingFrames) {
      expect(f.bins || f.canvas).toBe(true);
      expect(f.marks).toBe(0);
    }
    // The frames that packed further slices drew nothing again: the drawing on the stand-in
    // rows (or the counts) is the same until the level's own rows are complete.
    draws.disconnect();
    expect(packingFrames.length).toBeGreaterThan(1);
    expect(drawnWhilePacking).toBe(1);
    for (const step of steps) expect(step.packing).toBe(false);
    // Then the marks, a bounded number per frame, and the canvas until they were all there.
    const drawn = chart.element.querySelectorAll("g.jl-mark").length;
    expect(drawn).toBeGreaterThan(MARKS_PER_FRAME);
    expectIncremental(steps, drawn);
    expect(frames.at(-1)!.packing).toBe(false);
    expect(chart.element.hasAttribute("data-packing")).toBe(false);
    expect(chart.element.querySelectorAll(".jl-bin-lane")).toHaveLength(0);
  });

  it("zoomTo steps a frame apart (drawn like a gesture while they come) end with every SVG mark built and the canvas gone", async () => {
    const chart = mount(1000);
    await nextFrame();
    const start = Date.UTC(2015, 0, 1);
    for (let i = 0; i < 4; i++) {
      chart.zoomTo([start, Date.UTC(2020 - i, 0, 1)]);
      await nextFrame();
      await nextFrame();
    }
    // Whether a step counted as part of a sequence depends on the machine's pace (steps less
    // than 200 ms apart); the end state does not.
    await expect
      .poll(() => chart.element.querySelectorAll("g.jl-mark").length, { timeout: 5000 })
      .toBeGreaterThan(MARKS_PER_FRAME);
    await expect
      .poll(() => chart.element.querySelector(".jl-plot canvas"), { timeout: 5000 })
      .toBeNull();
    expect(chart.element.querySelector("g.jl-marks")!.getAttribute("visibility")).toBeNull();
  });

  it("zoomTo steps faster than frames (a sequence) draw at most once per frame, and each step's timeline-zoom is dispatched at once", async () => {
    const chart = mount(1000);
    await nextFrame();
    const svg = chart.element.querySelector("svg.jl-svg")!;
    const start = Date.UTC(2015, 0, 1);
    chart.zoomTo([start, Date.UTC(2021, 0, 1)]);
    await nextFrame();
    // A draw writes the SVG's accessible name (which names the window) once.
    let draws = 0;
    const observer = new MutationObserver((records) => {
      draws += records.length;
    });
    observer.observe(svg, { attributes: true, attributeFilter: ["aria-label"] });
    const windows: number[] = [];
    const onZoom = (e: Event) => windows.push((e as CustomEvent<{ end: number }>).detail.end);
    chart.element.addEventListener("timeline-zoom", onZoom);
    let frames = 0;
    let counting = true;
    const tick = () => {
      if (!counting) return;
      frames++;
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    const steps = 10;
    // Calls that may have come alone (200 ms or more after the one before, createTimeline's
    // ZOOM_SEQUENCE_MS; 150 here for the clocks' slack) are drawn at once, by design: on a
    // loaded machine a zero timeout can take that long.
    let alone = 0;
    let last = performance.now();
    for (let i = 1; i <= steps; i++) {
      if (performance.now() - last > 150) alone++;
      chart.zoomTo([start, Date.UTC(2021, 0, 1) - i * 30 * 86_400_000]);
      // The pause counts from the end of a call's drawing (createZoomSequence).
      last = performance.now();
      // Each call in a task of its own, as an animation's or a brush's are.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    await nextFrame();
    counting = false;
    draws += observer.takeRecords().length;
    observer.disconnect();
    chart.element.removeEventListener("timeline-zoom", onZoom);
    // Every step told of its window when it was called, drawn or not.
    expect(windows).toHaveLength(steps);
    // Drawn in the frames (once each at most), not once per call: only a call that came alone
    // is drawn at once.
    expect(draws).toBeLessThanOrEqual(frames + alone);
    expect(draws).toBeGreaterThan(0);
    // Once the sequence ends, the SVG marks of the last window (~350 events in view).
    await expect
      .poll(() => chart.element.querySelector(".jl-plot canvas"), { timeout: 5000 })
      .toBeNull();
    expect(chart.element.querySelectorAll("g.jl-mark").length).toBeGreaterThan(MARKS_PER_FRAME);
  });

  it("a gesture draws on a canvas made right after the first paint, and the next gesture on the same one: no canvas is made or sized while zooming", async () => {
    // 100 events: SVG marks when still, the canvas while zooming (GESTURE_SVG_MARKS).
    const made: { canvas: HTMLCanvasElement; during: "idle" | "gesture" }[] = [];
    let phase: "idle" | "gesture" = "idle";
    const createElement = document.createElement.bind(document);
    const spy = (tag: string, options?: ElementCreationOptions) => {
      const element = createElement(tag, options);
      if (element instanceof HTMLCanvasElement) made.push({ canvas: element, during: phase });
      return element;
    };
    document.createElement = spy as typeof document.createElement;
    try {
      const chart = mount(100);
      const plot = chart.element.querySelector(".jl-plot")!;
      // Past the text measurer's canvas, made with the chart.
      const before = made.length;
      // The first paint, then the first task after it: as soon as a reader's wheel could come,
      // the canvas is there (an idle period, asked for before, often came after the first frame
      // of a gesture, which then made its canvas itself).
      await nextFrame();
      // A background task posted now runs after the chart's (posted from the same frame).
      await (
        window as unknown as {
          scheduler: { postTask(fn: () => void, o: { priority: string }): Promise<void> };
        }
      ).scheduler.postTask(() => {}, { priority: "background" });
      expect(made.length).toBeGreaterThan(before);
      expect(plot.querySelector("canvas")).toBeNull();
      /** Zooms in a sequence of steps a frame apart; the canvases the plot showed meanwhile. */
      const gesture = async (from: number) => {
        const shown = new Set<HTMLCanvasElement>();
        phase = "gesture";
        for (let i = 0; i < 6; i++) {
          chart.zoomTo([Date.UTC(2015, 0, 1), Date.UTC(2024 - from - i, 0, 1)]);
          await nextFrame();
          const canvas = plot.querySelector("canvas");
          if (canvas) shown.add(canvas);
        }
        phase = "idle";
        await expect.poll(() => plot.querySelector("canvas"), { timeout: 5000 }).toBeNull();
        return [...shown];
      };
      const first = await gesture(0);
      expect(first).toHaveLength(1);
      const second = await gesture(1);
      expect(second).toEqual(first);
      // It was made (and drawn, its pixels allocated) before the first gesture.
      const made0 = made.find((m) => m.canvas === first[0]);
      expect(made0?.during).toBe("idle");
      // No canvas the plot shows was made during a gesture (nor the glyph sprites).
      expect(made.filter((m) => m.during === "gesture")).toEqual([]);
    } finally {
      document.createElement = createElement as typeof document.createElement;
    }
  });
});
