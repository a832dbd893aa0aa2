// @vitest-environment jsdom
// A reader's pointer and keys on a timeline whose gesture code is not here yet, as in the
// script-tag core before the `gesture` part arrives (src/components/timeline/interaction.ts,
// readerInput.ts): what the reader does meanwhile is held and replayed in order when the part
// attaches; the keys the chart handles are cancelled at once; a part that cannot load is said on
// a key or a click. The ESM build bundles the code (bundledGesture.ts); here it is read as nothing.
import { afterEach, describe, expect, it, vi } from "vitest";
import { attachZoom } from "../../../src/components/timeline/attachZoom";
import { createTimeline, type Timeline } from "../../../src/components/timeline/createTimeline";
import { chartKeys } from "../../../src/components/timeline/interaction";
import { attachInput } from "../../../src/components/timeline/readerInput";
import { failGestureCode, holdGestureCode } from "../../helpers/gestureLoaders";
import { defaultDataset } from "../../scenarios/timelineScenarios";

vi.mock("../../../src/components/timeline/bundledGesture", () => ({ bundledGesture: undefined }));

const charts: Timeline[] = [];
/** A chart, with the ids of its `timeline-hover` and `timeline-select` events in order. */
function mount() {
  const container = document.createElement("div");
  document.body.append(container);
  const chart = createTimeline(container, defaultDataset, { width: 900 });
  charts.push(chart);
  const seen: string[] = [];
  chart.element.addEventListener("timeline-hover", (e) => {
    const id = (e as CustomEvent<{ id: string | null }>).detail.id;
    if (id) seen.push(`hover ${id}`);
  });
  chart.element.addEventListener("timeline-select", (e) => {
    seen.push(`select ${(e as CustomEvent<{ id: string | null }>).detail.id}`);
  });
  return { chart, seen };
}
afterEach(() => {
  for (const chart of charts.splice(0)) chart.destroy();
  document.body.replaceChildren();
});

const plotOf = (chart: Timeline) => chart.element.querySelector<HTMLElement>(".jl-plot")!;
const tooltipOf = (chart: Timeline) => chart.element.querySelector<HTMLElement>(".jl-tooltip")!;
const markOf = (chart: Timeline, n: number) =>
  chart.element.querySelectorAll<SVGGElement>(".jl-mark")[n]!;
const flush = () => new Promise((done) => setTimeout(done, 0));
const press = (chart: Timeline, key: string) => {
  const e = new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true });
  plotOf(chart).dispatchEvent(e);
  return e.defaultPrevented;
};
/** A pointer move onto a mark, then what a reader does with the keys: the same on every chart. */
const readerDoes = (chart: Timeline) => {
  markOf(chart, 3).dispatchEvent(
    new MouseEvent("pointermove", { bubbles: true, clientX: 40, clientY: 60 }),
  );
  return ["ArrowRight", "ArrowRight", "Enter", "ArrowRight"].map((key) => press(chart, key));
};
/** Keys the chart handles and some it does not. */
const candidates = [...chartKeys, "a", "Tab", "PageDown", "Shift", "1", "ArrowRightx"];

describe("a timeline's pointer and keys before its gesture part is here", () => {
  it("a part that cannot load: a key the chart handles, or a click, says which file; nothing is replayed", async () => {
    const loader = failGestureCode();
    const { chart, seen } = mount();
    const plot = plotOf(chart);
    plot.dispatchEvent(new Event("focusin"));
    expect(loader.calls()).toBe(1);
    // Cancelled at once (an arrow does not scroll the page), held while the part is on its way.
    expect(press(chart, "ArrowRight")).toBe(true);
    expect(press(chart, "a")).toBe(false);
    await flush();
    const issues = chart.element.querySelectorAll(".jl-issues");
    expect(issues).toHaveLength(1);
    expect(issues[0]?.previousElementSibling).toBe(plot);
    expect(issues[0]?.textContent).toContain("Could not load jointline.gesture.js from here");
    expect(seen).toEqual([]);
    // A click on a mark, on a chart whose load failed on a hover (which says nothing), says it.
    const other = mount();
    plotOf(other.chart).dispatchEvent(new Event("pointerenter"));
    await flush();
    expect(loader.calls()).toBe(2);
    expect(other.chart.element.querySelector(".jl-issues")).toBeNull();
    markOf(other.chart, 2).dispatchEvent(new MouseEvent("click", { bubbles: true }));
    await flush();
    expect(other.chart.element.querySelectorAll(".jl-issues")).toHaveLength(1);
    expect(other.seen).toEqual([]);
    // Escape still closes a tooltip (opened from code here).
    chart.focus(defaultDataset.events[0]!.id);
    expect(tooltipOf(chart).hidden).toBe(false);
    press(chart, "Escape");
    expect(tooltipOf(chart).hidden).toBe(true);
  });

  it("the pointer's last position, the keys and focus on a mark are held in order and replayed when the part attaches, as the part does them at once", async () => {
    const loader = holdGestureCode();
    // Focus moved onto a mark (Tab), where it stays; and onto a mark it then left. (First: each
    // chart replays when the part arrives in the order it asked for it, and the keys replayed on
    // the chart below move the focus there.)
    const tabbed = mount();
    const away = mount();
    for (const { chart } of [away, tabbed]) {
      markOf(chart, 5).focus();
      markOf(chart, 5).dispatchEvent(new FocusEvent("focusin", { bubbles: true }));
    }
    expect(tabbed.chart.element.contains(document.activeElement)).toBe(true);
    const held = mount();
    const plot = plotOf(held.chart);
    plot.dispatchEvent(new Event("pointerenter"));
    expect(loader.calls()).toBe(1);
    // A pointer that entered a plot and stopped on a mark, and one that then left the plot.
    const stayed = mount();
    const left = mount();
    for (const { chart } of [stayed, left]) {
      plotOf(chart).dispatchEvent(new Event("pointerenter"));
      markOf(chart, 1).dispatchEvent(
        new MouseEvent("pointermove", { bubbles: true, clientX: 30, clientY: 50 }),
      );
    }
    plotOf(left.chart).querySelector("svg")!.dispatchEvent(new Event("pointerleave"));
    // The keys the chart handles are cancelled at once, the others left to the page.
    expect(readerDoes(held.chart)).toEqual([true, true, true, true]);
    for (const key of candidates) expect(press(held.chart, key)).toBe(chartKeys.has(key));
    expect(held.seen).toEqual([]);
    expect(tooltipOf(held.chart).hidden).toBe(true);
    // A press that moved before its release (a drag: d3-zoom's pan sends no click), and one in place.
    const dragged = mount();
    const clicked = mount();
    for (const [{ chart }, endX] of [
      [dragged, 90],
      [clicked, 40],
    ] as const) {
      plotOf(chart).dispatchEvent(new Event("pointerenter"));
      const mark = markOf(chart, 2);
      mark.dispatchEvent(
        new MouseEvent("pointerdown", { bubbles: true, clientX: 40, clientY: 60 }),
      );
      mark.dispatchEvent(new MouseEvent("click", { bubbles: true, clientX: endX, clientY: 60 }));
    }
    loader.arrive({ attachZoom, attachInput });
    await flush();
    // The drag's click is not replayed; the click in place selects its mark.
    expect(dragged.seen.filter((e) => e.startsWith("select"))).toEqual([]);
    expect(clicked.seen.filter((e) => e.startsWith("select"))).toEqual([
      `select ${markOf(clicked.chart, 2).getAttribute("data-id")}`,
    ]);
    // The one that stayed gets its tooltip without another move; the one that left does not.
    expect(stayed.seen).toEqual([`hover ${markOf(stayed.chart, 1).getAttribute("data-id")}`]);
    expect(tooltipOf(stayed.chart).hidden).toBe(false);
    expect(left.seen).toEqual([]);
    expect(tooltipOf(left.chart).hidden).toBe(true);
    // The mark focus stayed on shows its tooltip; the one it left shows nothing.
    expect(tabbed.seen).toEqual([`hover ${markOf(tabbed.chart, 5).getAttribute("data-id")}`]);
    expect(tooltipOf(tabbed.chart).hidden).toBe(false);
    expect(away.seen).toEqual([]);
    expect(tooltipOf(away.chart).hidden).toBe(true);
    // (Escape, below, closes every tooltip of the page.)
    // A chart whose code is here does the same at once.
    const direct = mount();
    expect(readerDoes(direct.chart)).toEqual([true, true, true, true]);
    for (const key of candidates) expect(press(direct.chart, key)).toBe(chartKeys.has(key));
    expect(held.seen.length).toBeGreaterThan(4);
    expect(held.seen).toEqual(direct.seen);
    // The pointer over a mark, then two arrows, Enter on the second event, one arrow on.
    const ids = held.seen.slice(0, 5);
    expect(ids[0]).toBe(`hover ${markOf(held.chart, 3).getAttribute("data-id")}`);
    expect(ids[3]).toBe(`select ${ids[2]!.slice("hover ".length)}`);
    expect(loader.calls()).toBe(1);
  });
});
