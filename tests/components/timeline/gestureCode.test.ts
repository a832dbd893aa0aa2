// @vitest-environment jsdom
// The timeline without its gesture code at hand, as in the script-tag core before the `gesture`
// part arrives (src/components/timeline/gestureCode.ts): the core moves the view itself, the
// reader's first intent loads the code, a code that cannot load is said when a reader tries to
// zoom. The ESM build bundles it (bundledGesture.ts); here that module is read as nothing.
import { select } from "d3-selection";
import { type ZoomTransform, zoom, zoomIdentity, zoomTransform } from "d3-zoom";
import { afterEach, describe, expect, it, vi } from "vitest";
import { attachZoom } from "../../../src/components/timeline/attachZoom";
import { createTimeline, type Timeline } from "../../../src/components/timeline/createTimeline";
import { gestureCode } from "../../../src/components/timeline/gestureCode";
import { scaledBy } from "../../../src/components/timeline/interaction";
import { attachInput } from "../../../src/components/timeline/readerInput";
import { failGestureCode, holdGestureCode } from "../../helpers/gestureLoaders";
import { defaultDataset } from "../../scenarios/timelineScenarios";

vi.mock("../../../src/components/timeline/bundledGesture", () => ({ bundledGesture: undefined }));

const charts: Timeline[] = [];
function mount() {
  const container = document.createElement("div");
  document.body.append(container);
  const chart = createTimeline(container, defaultDataset, { width: 900 });
  charts.push(chart);
  return chart;
}
afterEach(() => {
  for (const chart of charts.splice(0)) chart.destroy();
  document.body.replaceChildren();
});

const svgOf = (chart: Timeline) =>
  chart.element.querySelector<SVGSVGElement & { __zoom?: ZoomTransform }>(".jl-plot svg")!;
const label = (chart: Timeline) => svgOf(chart).getAttribute("aria-label");
/** Whether d3-zoom's wheel listener is on the plot's SVG. */
const zoomAttached = (chart: Timeline) =>
  ((svgOf(chart) as unknown as { __on?: { type: string }[] }).__on ?? []).some(
    (l) => l.type === "wheel",
  );
const plotOf = (chart: Timeline) => chart.element.querySelector<HTMLElement>(".jl-plot")!;
const flush = () => new Promise((done) => setTimeout(done, 0));

describe("scaledBy", () => {
  it("scaledBy(t, factor, px, width, maxK) is d3-zoom's scaleBy on the timeline's extents", () => {
    // A seeded walk over transforms, factors and points, through both.
    let seed = 7;
    const random = () => {
      seed = (seed * 16807) % 2147483647;
      return seed / 2147483647;
    };
    const node = document.createElementNS("http://www.w3.org/2000/svg", "svg") as SVGSVGElement & {
      __zoom?: ZoomTransform;
    };
    let checked = 0;
    for (const width of [240, 900, 1333.5]) {
      for (const maxK of [2, 37.5, 4000]) {
        const behaviour = zoom<SVGSVGElement, unknown>()
          .scaleExtent([1, maxK])
          .extent([
            [0, 0],
            [width, 1],
          ])
          .translateExtent([
            [0, 0],
            [width, 1],
          ]);
        let t: ZoomTransform = zoomIdentity;
        for (let i = 0; i < 60; i++) {
          const factor = [2, 0.5, 1, 1.7, 0.01, 300][Math.floor(random() * 6)]!;
          const px = random() < 0.2 ? width / 2 : random() * width;
          node.__zoom = t;
          behaviour.scaleBy(select(node), factor, [px, 0]);
          const theirs = zoomTransform(node);
          const ours = scaledBy(t, factor, px, width, maxK);
          expect([ours.k, ours.x, ours.y]).toEqual([theirs.k, theirs.x, theirs.y]);
          t = theirs;
          checked++;
        }
      }
    }
    expect(checked).toBe(540);
  });
});

describe("createTimeline without its gesture code (the script-tag core before the part)", () => {
  it("gestureCode() is empty here: the module that bundles it is read as nothing", () => {
    expect(gestureCode()).toBeUndefined();
  });

  it("a gesture code that cannot load: a hover says nothing, a wheel says which file; zoomTo still zooms, the keys say so", async () => {
    const loader = failGestureCode();
    const chart = mount();
    const plot = plotOf(chart);
    const full = label(chart);
    const marks = chart.element.querySelectorAll(".jl-mark").length;
    plot.dispatchEvent(new Event("pointerenter"));
    await flush();
    expect(loader.calls()).toBe(1);
    expect(chart.element.querySelector(".jl-issues")).toBeNull();
    // Once the load has failed a wheel is the page's again (it scrolls), and is said.
    const wheel = new WheelEvent("wheel", { deltaY: -100, cancelable: true });
    plot.dispatchEvent(wheel);
    expect(wheel.defaultPrevented).toBe(false);
    await flush();
    expect(loader.calls()).toBe(1);
    const issues = chart.element.querySelectorAll(".jl-issues");
    expect(issues).toHaveLength(1);
    expect(issues[0]?.previousElementSibling).toBe(plot);
    expect(issues[0]?.textContent).toContain("Could not load jointline.gesture.js from here");
    // Said once: another try says nothing more and fetches nothing; a new intent fetches again.
    plot.dispatchEvent(new Event("dblclick"));
    plot.dispatchEvent(new Event("wheel"));
    await flush();
    expect(loader.calls()).toBe(1);
    expect(chart.element.querySelectorAll(".jl-issues")).toHaveLength(1);
    plot.dispatchEvent(new Event("pointerenter"));
    await flush();
    expect(loader.calls()).toBe(2);
    expect(chart.element.querySelectorAll(".jl-issues")).toHaveLength(1);
    // The chart is whole, and the view still moves.
    expect(chart.element.querySelectorAll(".jl-mark").length).toBe(marks);
    expect(zoomAttached(chart)).toBe(false);
    // The keys come with the part (readerInput.ts): they do nothing, the message says why.
    plot.dispatchEvent(new KeyboardEvent("keydown", { key: "+", bubbles: true }));
    await new Promise((done) => setTimeout(done, 100));
    expect(svgOf(chart).__zoom?.k ?? 1).toBe(1);
    expect(label(chart)).toBe(full);
    expect(chart.element.querySelectorAll(".jl-issues")).toHaveLength(1);
    // zoomTo moves the core's transform: as through the behaviour, at once.
    chart.zoomTo([Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1)]);
    expect(svgOf(chart).__zoom?.k).toBeGreaterThan(1);
    expect(label(chart)).toMatch(/showing .*2019/);
    chart.zoomTo(null);
    expect(label(chart)).toBe(full);
  });

  it("zoomTo before the code is here moves the view; the first pointerenter loads and attaches it, from that view", async () => {
    const loader = holdGestureCode();
    const chart = mount();
    const second = mount();
    chart.zoomTo([Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1)]);
    const zoomed = label(chart);
    expect(zoomed).toMatch(/showing .*2019/);
    const before = svgOf(chart).__zoom;
    expect(before?.k).toBeGreaterThan(1);
    expect(zoomAttached(chart)).toBe(false);
    plotOf(chart).dispatchEvent(new Event("pointerenter"));
    plotOf(second).dispatchEvent(new Event("focusin"));
    plotOf(chart).dispatchEvent(new Event("touchstart"));
    expect(loader.calls()).toBe(1);
    // While the part is on its way a wheel that would zoom does not scroll the page; one past
    // the zoom's limits (out, on the whole range) does, as with the behaviour.
    const zoomIn = new WheelEvent("wheel", { deltaY: -100, cancelable: true });
    plotOf(chart).dispatchEvent(zoomIn);
    expect(zoomIn.defaultPrevented).toBe(true);
    const zoomOut = new WheelEvent("wheel", { deltaY: 100, cancelable: true });
    plotOf(second).dispatchEvent(zoomOut);
    expect(zoomOut.defaultPrevented).toBe(false);
    expect(label(chart)).toBe(zoomed);
    loader.arrive({ attachZoom, attachInput });
    await flush();
    expect(zoomAttached(chart)).toBe(true);
    expect(zoomAttached(second)).toBe(true);
    // The behaviour starts from the core's view, and moves it from there.
    expect(svgOf(chart).__zoom).toBe(before);
    expect(label(chart)).toBe(zoomed);
    chart.zoomTo(null);
    expect(svgOf(chart).__zoom?.k).toBe(1);
    // A chart built once the code is here attaches it at once.
    const third = mount();
    expect(zoomAttached(third)).toBe(true);
    expect(loader.calls()).toBe(1);
  });
});
