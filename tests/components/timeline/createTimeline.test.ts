// @vitest-environment jsdom
import { afterEach, describe, expect, it } from "vitest";
import { chartMethods } from "../../../src/components/shared/chart";
import { createTimeline, type Timeline } from "../../../src/components/timeline/createTimeline";
import {
  defaultDataset,
  impreciseOngoing,
  syntheticDataset,
} from "../../scenarios/timelineScenarios";

const charts: Timeline[] = [];
function mount(options = {}) {
  const container = document.createElement("div");
  document.body.append(container);
  const chart = createTimeline(container, defaultDataset, { width: 900, ...options });
  charts.push(chart);
  return chart;
}
afterEach(() => {
  for (const chart of charts.splice(0)) chart.destroy();
  document.body.replaceChildren();
});

describe("createTimeline (jsdom)", () => {
  it("createTimeline draws a mark's uncertain and open pieces only where its date has them, in drawing order, made when first shown", () => {
    const container = document.createElement("div");
    document.body.append(container);
    const chart = createTimeline(container, impreciseOngoing, { width: 900 });
    charts.push(chart);
    const mark = (id: string) => chart.element.querySelector(`.jl-mark[data-id="${id}"]`)!;
    const classes = (id: string) =>
      Array.from(mark(id).children, (child) => child.getAttribute("class") ?? child.localName);
    // Exact days: the shape and the label, nothing hidden beside them.
    expect(classes("proposal")).toEqual(["jl-glyph", "text"]);
    // A span from an approximate year to a month: both sides hatched, the core between.
    expect(classes("approx")).toEqual([
      "jl-fuzz jl-fuzz-start",
      "jl-core",
      "jl-fuzz jl-fuzz-end",
      "text",
    ]);
    // From late 2022 (approximate quarter) to an exact day: only the start hatched.
    expect(classes("late-start")).toEqual(["jl-fuzz jl-fuzz-start", "jl-core", "text"]);
    // Ongoing from a month: the month hatched, the open end fading out (right to left reversed).
    expect(classes("ongoing")).toEqual([
      "jl-fuzz jl-fuzz-start",
      "jl-core",
      "jl-tail jl-tail-right",
      "text",
    ]);
    // A month-precise point gets its hatched band once zoomed in enough to show its month.
    expect(classes("month")).toEqual(["jl-glyph", "text"]);
    chart.zoomTo([Date.UTC(2020, 4, 1), Date.UTC(2020, 7, 1)]);
    expect(classes("month")).toEqual(["jl-fuzz jl-band", "jl-glyph", "text"]);
    const band = mark("month").querySelector(".jl-band")!;
    expect(band.getAttribute("display")).toBeNull();
    expect(band.getAttribute("fill")).toMatch(/^url\(#.*-hatch-\d\)$/);
    expect(
      chart.element.querySelector(`[id="${band.getAttribute("fill")!.slice(5, -1)}"]`),
    ).not.toBeNull();
    // Zoomed out again, the band stays in place, hidden.
    chart.zoomTo([Date.UTC(2010, 0, 1), Date.UTC(2030, 0, 1)]);
    expect(classes("month")).toEqual(["jl-fuzz jl-band", "jl-glyph", "text"]);
    expect(mark("month").querySelector(".jl-band")!.getAttribute("display")).toBe("none");
  });

  it("createTimeline(...) returns every method of the Chart contract, and zoomTo", () => {
    const chart = mount();
    for (const name of [...chartMethods, "zoomTo"])
      expect(typeof chart[name as keyof Timeline]).toBe("function");
    expect(chart.element.querySelectorAll(".jl-mark").length).toBeGreaterThan(0);
  });

  it("update(draw-only options) redraws in the same plot, keeping the zoom", () => {
    const chart = mount();
    const plot = chart.element.querySelector(".jl-plot");
    chart.zoomTo([Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1)]);
    const title = chart.element.querySelector(".jl-plot svg")?.getAttribute("aria-label");
    expect(title).toMatch(/showing .*2019/);
    chart.update({ theme: "dark", eras: false, maxHeight: 300 });
    expect(chart.element.querySelector(".jl-plot")).toBe(plot);
    expect(chart.element.getAttribute("data-theme")).toBe("dark");
    expect(chart.element.querySelector(".jl-plot svg")?.getAttribute("aria-label")).toBe(title);
    expect((plot as HTMLElement).style.maxHeight).toBe("300px");
  });

  it("update(chrome or channel options) rebuilds the plot, keeping the zoom", () => {
    const chart = mount();
    chart.zoomTo([Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1)]);
    const title = chart.element.querySelector(".jl-plot svg")?.getAttribute("aria-label");
    for (const partial of [{ legend: false }, { lanes: "country" as const }]) {
      const plot = chart.element.querySelector(".jl-plot");
      chart.update(partial);
      expect(chart.element.querySelector(".jl-plot")).not.toBe(plot);
      expect(chart.element.querySelector(".jl-plot svg")?.getAttribute("aria-label")).toBe(title);
    }
    expect(chart.element.querySelector(".jl-legend")).toBeNull();
    expect(chart.element.querySelector(".jl-lane-label, .jl-lane text")?.textContent).not.toBe("");
  });

  it("update({ selected }) selects without rebuilding and dispatches nothing", () => {
    const chart = mount();
    const plot = chart.element.querySelector(".jl-plot");
    let dispatched = 0;
    chart.element.addEventListener("timeline-select", () => dispatched++);
    const id = defaultDataset.events[3]!.id;
    chart.update({ selected: id });
    expect(chart.element.value?.id).toBe(id);
    expect(chart.element.querySelector(".jl-plot")).toBe(plot);
    expect(chart.element.querySelector<HTMLElement>(".jl-details")?.hidden).toBe(false);
    expect(dispatched).toBe(0);
  });

  it("setData(read result with errors) shows the error report; setData(dataset) the chart again", () => {
    const chart = mount();
    chart.setData({
      data: undefined,
      issues: [{ code: "x", severity: "error", path: ["events"], message: "Broken." }],
    });
    expect(chart.element.querySelector(".jl-plot")).toBeNull();
    expect(chart.element.textContent).toContain("Broken.");
    chart.setData(syntheticDataset(40, 2));
    expect(chart.element.querySelectorAll(".jl-mark").length).toBeGreaterThan(0);
  });

  it("destroy() removes the chart's root", () => {
    const chart = mount();
    const root = chart.element;
    chart.destroy();
    charts.splice(0);
    expect(root.isConnected).toBe(false);
  });
});

describe("createTimeline's '+N' cue for labels with no place", () => {
  it("createTimeline(crowded) says '+N unlabelled · zoom in' on screen, and its SVG export only '+N unlabelled'", async () => {
    const { exportSvg } = await import("../../../src/export/exportSvg");
    const chart = mount({ width: 640, orientation: "horizontal" });
    const cues = Array.from(chart.element.querySelectorAll("text.jl-hidden-labels"));
    expect(cues.length).toBeGreaterThan(0);
    for (const cue of cues)
      expect(cue.textContent).toBe(`+${cue.getAttribute("data-count")} unlabelled · zoom in`);
    const svg = exportSvg(chart.element.querySelector<SVGSVGElement>("svg.jl-svg")!);
    const exported = [...svg.matchAll(/class="jl-hidden-labels"[^>]*>(.*?)<\/text>/g)].map((m) =>
      m[1]!.replace(/<[^>]+>/g, ""),
    );
    expect(exported).toEqual(cues.map((c) => `+${c.getAttribute("data-count")} unlabelled`));
  });
});
