import { afterEach, describe, expect, it } from "vitest";
import { cdp, userEvent } from "vitest/browser";
import {
  createTimeline,
  type Timeline,
  type TimelineOptions,
  type TimelineZoomDetail,
} from "../../src/components/timeline";
import { defaultDataset } from "../scenarios/timelineScenarios";

// The timeline's overview brush (src/components/timeline/overviewBrush.ts) driven by real input
// where Playwright can give it (userEvent: trusted mouse events, so pointer capture is real),
// and by dispatched PointerEvents for touch, pen and cancel, which Playwright's mouse cannot make.

const WIDTH = 800;
const handles: Timeline[] = [];
const containers: HTMLElement[] = [];

function mount(options: TimelineOptions = {}) {
  const container = document.createElement("div");
  container.style.width = `${WIDTH}px`;
  document.body.append(container);
  containers.push(container);
  const chart = createTimeline(container, defaultDataset, {
    theme: "light",
    overview: true,
    ...options,
  });
  handles.push(chart);
  const zooms: TimelineZoomDetail[] = [];
  chart.element.addEventListener("timeline-zoom", (e) =>
    zooms.push((e as CustomEvent<TimelineZoomDetail>).detail),
  );
  const overview = chart.element.querySelector<SVGSVGElement>("svg.jl-overview")!;
  // The strip is as wide as the chart's plot, a little less than the container.
  const w = Number(overview.getAttribute("width"));
  return { chart, zooms, overview, w };
}

afterEach(() => {
  for (const h of handles.splice(0)) h.destroy();
  for (const c of containers.splice(0)) c.remove();
});

const frame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));

/** The brush's selection rectangle as `[left, right]` in overview pixels, or null if hidden. */
function selectionOf(overview: SVGSVGElement): [number, number] | null {
  const rect = overview.querySelector<SVGRectElement>("g.jl-brush .selection")!;
  if (rect.style.display === "none") return null;
  const x = Number(rect.getAttribute("x"));
  return [x, x + Number(rect.getAttribute("width"))];
}

/** A real mouse drag along the overview, from x0 to x1 (overview pixels), at mid-height. */
async function drag(overview: SVGSVGElement, x0: number, x1: number) {
  const overlay = overview.querySelector(".overlay")!;
  const y = Number(overview.getAttribute("height")) / 2;
  await userEvent.dragAndDrop(overlay, overlay, {
    sourcePosition: { x: x0, y },
    targetPosition: { x: x1, y },
    // The selection and handles lie over the overlay: the point is what matters, not the node.
    force: true,
    steps: 4,
  });
  await frame();
}

/** A real click on the overview at x (overview pixels). */
async function click(overview: SVGSVGElement, x: number) {
  const overlay = overview.querySelector(".overlay")!;
  const y = Number(overview.getAttribute("height")) / 2;
  await userEvent.click(overlay, { position: { x, y }, force: true });
  await frame();
}

/** A dispatched pointer event on the overview at x (overview pixels). */
function pointer(
  overview: SVGSVGElement,
  type: string,
  x: number,
  pointerType: "mouse" | "touch" | "pen",
) {
  const box = overview.getBoundingClientRect();
  overview.querySelector(".overlay")!.dispatchEvent(
    new PointerEvent(type, {
      bubbles: true,
      cancelable: true,
      clientX: box.left + x,
      clientY: box.top + box.height / 2,
      pointerId: 11,
      pointerType,
      button: type === "pointermove" ? -1 : 0,
      isPrimary: true,
    }),
  );
}

const last = (zooms: TimelineZoomDetail[]) => zooms[zooms.length - 1]!;

describe("the timeline's overview brush in Chromium", () => {
  it("createTimeline(..., { overview: true }) draws an aria-hidden strip with d3-brush's class names and cursors", () => {
    const { overview } = mount();
    expect(overview.getAttribute("aria-hidden")).toBe("true");
    const brush = overview.querySelector("g.jl-brush")!;
    expect(brush).not.toBeNull();
    for (const part of [".overlay", ".selection", ".handle.handle--w", ".handle.handle--e"])
      expect(brush.querySelector(part), part).not.toBeNull();
    // Nothing is selected while the chart shows all of its time.
    expect(selectionOf(overview)).toBeNull();
    expect(getComputedStyle(brush.querySelector(".overlay")!).cursor).toBe("crosshair");
    expect(getComputedStyle(brush.querySelector(".selection")!).cursor).toBe("move");
    expect(getComputedStyle(brush.querySelector(".handle--e")!).cursor).toBe("ew-resize");
    // A vertical swipe on a touch screen still scrolls the page; a horizontal one brushes.
    expect(getComputedStyle(overview).touchAction).toBe("pan-y");
    // No keyboard stop: the chart above has its own keyboard zoom.
    expect(overview.querySelectorAll("[tabindex]")).toHaveLength(0);
  });

  it("dragging on the empty overview draws a selection and zooms the chart to it", async () => {
    const { overview, zooms, w } = mount();
    await drag(overview, 0.4 * w, 0.6 * w);
    const s = selectionOf(overview)!;
    expect(s[0]).toBeCloseTo(0.4 * w, 0);
    expect(s[1]).toBeCloseTo(0.6 * w, 0);
    // The chart shows a fifth of its time: zoomed 5×.
    expect(last(zooms).k).toBeCloseTo(5, 1);
    // Dragging right to left draws the same kind of selection.
    await drag(overview, 0.3 * w, 0.1 * w);
    const t = selectionOf(overview)!;
    expect(t[0]).toBeCloseTo(0.1 * w, 0);
    expect(t[1]).toBeCloseTo(0.3 * w, 0);
    expect(last(zooms).k).toBeCloseTo(5, 1);
  });

  it("dragging inside the selection moves it and the chart's window by the same share of time", async () => {
    const { overview, zooms, w } = mount();
    await drag(overview, 0.4 * w, 0.6 * w);
    const drawn = last(zooms);
    const span = (drawn.end - drawn.start) / 0.2; // all of the chart's time
    await drag(overview, 0.5 * w, 0.7 * w);
    const s = selectionOf(overview)!;
    expect(s[0]).toBeCloseTo(0.6 * w, 0);
    expect(s[1]).toBeCloseTo(0.8 * w, 0);
    const moved = last(zooms);
    expect(moved.end - moved.start).toBeCloseTo(drawn.end - drawn.start, -5);
    expect((moved.start - drawn.start) / span).toBeCloseTo(0.2, 2);
    // Pushed past the end, it stops there with its width.
    await drag(overview, 0.7 * w, 1.5 * w);
    const end = selectionOf(overview)!;
    expect(end[1]).toBeCloseTo(w, 0);
    expect(end[1] - end[0]).toBeCloseTo(0.2 * w, 0);
  });

  it("dragging an edge of the selection resizes it; past the other edge it turns around", async () => {
    const { overview, zooms, w } = mount();
    await drag(overview, 0.4 * w, 0.6 * w);
    await drag(overview, 0.6 * w, 0.8 * w); // the east edge
    let s = selectionOf(overview)!;
    expect(s[0]).toBeCloseTo(0.4 * w, 0);
    expect(s[1]).toBeCloseTo(0.8 * w, 0);
    expect(last(zooms).k).toBeCloseTo(2.5, 1);
    await drag(overview, 0.4 * w, 0.2 * w); // the west edge
    s = selectionOf(overview)!;
    expect(s[0]).toBeCloseTo(0.2 * w, 0);
    expect(s[1]).toBeCloseTo(0.8 * w, 0);
    await drag(overview, 0.8 * w, 0.1 * w); // the east edge past the west one
    s = selectionOf(overview)!;
    expect(s[0]).toBeCloseTo(0.1 * w, 0);
    expect(s[1]).toBeCloseTo(0.2 * w, 0);
    expect(last(zooms).k).toBeCloseTo(10, 0);
  });

  it("a click on the empty overview clears the selection and shows all the time; a click inside changes nothing", async () => {
    const { overview, zooms, w } = mount();
    await drag(overview, 0.4 * w, 0.6 * w);
    const before = zooms.length;
    const window = last(zooms);
    await click(overview, 0.5 * w);
    expect(zooms.length).toBe(before);
    expect(selectionOf(overview)![0]).toBeCloseTo(0.4 * w, 0);
    expect(last(zooms)).toEqual(window);
    await click(overview, 0.1 * w);
    expect(selectionOf(overview)).toBeNull();
    expect(last(zooms).k).toBe(1);
  });

  it("zooming the chart with the wheel moves the selection to its window without feeding back", async () => {
    const { chart, overview, zooms, w } = mount();
    const svg = chart.element.querySelector("svg.jl-svg")!;
    const box = svg.getBoundingClientRect();
    for (let i = 0; i < 4; i++)
      svg.dispatchEvent(
        new WheelEvent("wheel", {
          deltaY: -200,
          clientX: box.left + 0.3 * w,
          clientY: box.top + 60,
          bubbles: true,
          cancelable: true,
          view: window,
        }),
      );
    await frame();
    await frame();
    const zoomed = last(zooms);
    expect(zoomed.k).toBeGreaterThan(1.5);
    const s = selectionOf(overview)!;
    // The selection is the chart's window: 1/k of the strip, around where the wheel turned.
    expect(s[1] - s[0]).toBeCloseTo(w / zoomed.k, 0);
    expect(s[0]).toBeLessThan(0.3 * w);
    expect(s[1]).toBeGreaterThan(0.3 * w);
    // Moving the selection did not move the chart: no further zoom, nothing else dispatched.
    const count = zooms.length;
    await frame();
    await frame();
    expect(zooms.length).toBe(count);
    expect(last(zooms)).toEqual(zoomed);
    // zoomTo moves it too, and back to nothing for all the time.
    chart.zoomTo([Date.UTC(2010, 0, 1), Date.UTC(2015, 0, 1)]);
    expect(selectionOf(overview)).not.toBeNull();
    chart.zoomTo(null);
    expect(selectionOf(overview)).toBeNull();
  });

  it("createTimeline(..., { rtl: true }) maps the overview right to left: a selection on the left shows later time", async () => {
    const ltr = mount();
    const rtl = mount({ rtl: true });
    const w = ltr.w;
    expect(rtl.w).toBe(w);
    await drag(ltr.overview, 0.1 * w, 0.3 * w);
    await drag(rtl.overview, 0.1 * w, 0.3 * w);
    const a = last(ltr.zooms);
    const b = last(rtl.zooms);
    const span = (a.end - a.start) / 0.2;
    // Left to right: 10–30 % of the time; right to left, the same pixels: 70–90 %.
    expect(b.end - b.start).toBeCloseTo(a.end - a.start, -5);
    expect((b.start - a.start) / span).toBeCloseTo(0.6, 2);
    // And it moves the other way round: dragging right shows earlier time.
    await drag(rtl.overview, 0.2 * w, 0.3 * w);
    expect(last(rtl.zooms).start).toBeLessThan(b.start);
  });

  it("touch and pen draw and move the selection as the mouse does; a cancelled gesture puts the selection back", async () => {
    for (const type of ["touch", "pen"] as const) {
      const { overview, zooms, w } = mount();
      pointer(overview, "pointerdown", 0.2 * w, type);
      pointer(overview, "pointermove", 0.3 * w, type);
      pointer(overview, "pointermove", 0.5 * w, type);
      pointer(overview, "pointerup", 0.5 * w, type);
      await frame();
      expect(selectionOf(overview), type).toEqual([0.2 * w, 0.5 * w]);
      expect(last(zooms).k, type).toBeCloseTo(1 / 0.3, 1);
      pointer(overview, "pointerdown", 0.3 * w, type);
      pointer(overview, "pointermove", 0.4 * w, type);
      pointer(overview, "pointerup", 0.4 * w, type);
      await frame();
      expect(selectionOf(overview), type).toEqual([0.3 * w, 0.6 * w]);
      const settled = last(zooms);
      // The browser takes the pointer (a page scroll, say) in the middle of a move.
      pointer(overview, "pointerdown", 0.4 * w, type);
      pointer(overview, "pointermove", 0.6 * w, type);
      expect(selectionOf(overview), type).toEqual([0.5 * w, 0.8 * w]);
      pointer(overview, "pointercancel", 0.6 * w, type);
      await frame();
      expect(selectionOf(overview), type).toEqual([0.3 * w, 0.6 * w]);
      expect(last(zooms).start, type).toBeCloseTo(settled.start, -3);
      expect(last(zooms).end, type).toBeCloseTo(settled.end, -3);
    }
  });

  it("the right mouse button neither draws nor clears", async () => {
    const { overview, zooms, w } = mount();
    await drag(overview, 0.4 * w, 0.6 * w);
    const count = zooms.length;
    await userEvent.click(overview.querySelector(".overlay")!, {
      position: { x: 0.1 * w, y: 10 },
      button: "right",
      force: true,
    });
    await frame();
    expect(zooms.length).toBe(count);
    expect(selectionOf(overview)).not.toBeNull();
  });

  it("destroy() in the middle of a brush gesture removes the brush's listeners and ignores later input", async () => {
    // Records the listeners added while the chart is built and crossed out when removed.
    const proto = EventTarget.prototype;
    const add = proto.addEventListener;
    const remove = proto.removeEventListener;
    const added: [EventTarget, string, unknown][] = [];
    proto.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: unknown,
      o?: unknown,
    ) {
      added.push([this, type, listener]);
      return add.call(this, type, listener as EventListener, o as AddEventListenerOptions);
    };
    proto.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: unknown,
      o?: unknown,
    ) {
      const i = added.findIndex(([t, ty, l]) => t === this && ty === type && l === listener);
      if (i >= 0) added.splice(i, 1);
      return remove.call(this, type, listener as EventListener, o as EventListenerOptions);
    };
    try {
      const { chart, overview, zooms, w } = mount();
      const brush = overview.querySelector("g.jl-brush")!;
      const onBrush = () => added.filter(([t]) => t === brush).map(([, type]) => type);
      expect(onBrush()).toContain("pointerdown");
      pointer(overview, "pointerdown", 0.2 * w, "mouse");
      pointer(overview, "pointermove", 0.4 * w, "mouse");
      expect(selectionOf(overview)).toEqual([0.2 * w, 0.4 * w]);
      chart.destroy();
      expect(onBrush()).toEqual([]);
      const after = zooms.length;
      // The brush's nodes are gone; input reaching them changes nothing and throws nothing.
      expect(brush.isConnected).toBe(false);
      brush.dispatchEvent(new PointerEvent("pointermove", { clientX: 10, pointerId: 11 }));
      brush.dispatchEvent(new PointerEvent("pointerup", { clientX: 10, pointerId: 11 }));
      await frame();
      expect(zooms.length).toBe(after);
    } finally {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    }
  });

  it("creating, brushing and destroying a timeline with an overview 200 times leaves no listener or node behind", async () => {
    const session = cdp();
    const counters = async () => {
      await session.send("HeapProfiler.collectGarbage");
      await new Promise((resolve) => setTimeout(resolve, 50));
      await session.send("HeapProfiler.collectGarbage");
      return (await session.send("Memory.getDOMCounters")) as {
        nodes: number;
        jsEventListeners: number;
      };
    };
    const container = document.createElement("div");
    container.style.width = `${WIDTH}px`;
    document.body.append(container);
    const cycle = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const chart = createTimeline(container, defaultDataset, { overview: true });
        const overview = chart.element.querySelector<SVGSVGElement>("svg.jl-overview")!;
        // Half of them are destroyed in the middle of a gesture.
        pointer(overview, "pointerdown", 100, "mouse");
        pointer(overview, "pointermove", 300, "mouse");
        if (i % 2) pointer(overview, "pointerup", 300, "mouse");
        chart.destroy();
      }
      await frame();
    };
    await cycle(10);
    const before = await counters();
    await cycle(200);
    const after = await counters();
    container.remove();
    expect(after.jsEventListeners - before.jsEventListeners).toBeLessThan(10);
    expect(after.nodes - before.nodes).toBeLessThan(100);
  }, 120_000);
});
