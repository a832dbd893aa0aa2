import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import {
  createPresentation,
  type Presentation,
  type PresentationStepDetail,
  presentationKey,
  presentationSteps,
} from "../../src/components/presentation";
import { eventExtent } from "../../src/derive/eventExtent";
import { defaultDataset } from "../scenarios/timelineScenarios";

let show: Presentation | undefined;
let container: HTMLElement | undefined;

function mount(options: Parameters<typeof createPresentation>[2] = {}) {
  container = document.createElement("div");
  container.style.width = "1200px";
  document.body.append(container);
  show = createPresentation(container, defaultDataset, options);
  return show;
}

afterEach(() => {
  show?.destroy();
  container?.remove();
  show = undefined;
});

const key = (target: Element, key: string, init: KeyboardEventInit = {}) =>
  target.dispatchEvent(
    new KeyboardEvent("keydown", { key, bubbles: true, cancelable: true, ...init }),
  );

describe("presentationSteps", () => {
  it("presentationSteps(dataset) orders every event by time and frames each in a window around it", () => {
    const steps = presentationSteps(defaultDataset);
    expect(steps).toHaveLength(defaultDataset.events.length);
    const starts = steps.map((s) => eventExtent(s.event).earliestStart);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    for (const { event, window } of steps) {
      const extent = eventExtent(event);
      expect(window[0]).toBeLessThanOrEqual(extent.earliestStart);
      expect(window[1]).toBeGreaterThanOrEqual(Math.min(extent.latestEnd, window[1]));
      expect(window[1] - window[0]).toBeGreaterThanOrEqual(365 * 86_400_000);
    }
  });

  it("presentationKey(key) maps clicker and keyboard keys, and leaves others alone", () => {
    expect(
      ["PageDown", "ArrowRight", "ArrowDown", " ", "Enter"].map((k) => presentationKey(k)),
    ).toEqual(Array(5).fill("next"));
    expect(["PageUp", "ArrowLeft", "ArrowUp", "Backspace"].map((k) => presentationKey(k))).toEqual(
      Array(4).fill("previous"),
    );
    expect(presentationKey(" ", true)).toBe("previous");
    expect(presentationKey("Home")).toBe("first");
    expect(presentationKey("End")).toBe("last");
    expect(presentationKey("f")).toBe("fullscreen");
    expect(presentationKey("Tab")).toBeUndefined();
  });
});

describe("createPresentation", () => {
  it("createPresentation(container, dataset) starts on the overview and steps with arrows and PageUp/PageDown", () => {
    const p = mount();
    const steps: PresentationStepDetail[] = [];
    p.element.addEventListener("presentation-step", (e) =>
      steps.push((e as CustomEvent<PresentationStepDetail>).detail),
    );
    expect(p.step).toBe(0);
    expect(p.element.querySelector("h2")!.textContent).toBe(defaultDataset.title);
    const first = presentationSteps(defaultDataset)[0]!.event;
    key(p.element, "PageDown");
    expect(p.step).toBe(1);
    expect(p.element.querySelector(".jl-presentation-count")!.textContent).toBe(
      `1 / ${defaultDataset.events.length}`,
    );
    expect(p.element.querySelector(".jl-presentation-slide h2")!.textContent).toBe(first.title);
    key(p.element, "ArrowRight");
    key(p.element, "ArrowRight");
    expect(p.step).toBe(3);
    key(p.element, "PageUp");
    expect(p.step).toBe(2);
    key(p.element, "End");
    expect(p.step).toBe(defaultDataset.events.length);
    key(p.element, "ArrowRight"); // clamped at the last event
    expect(p.step).toBe(defaultDataset.events.length);
    key(p.element, "Home");
    expect(p.step).toBe(0);
    expect(steps.map((s) => s.step)).toEqual([1, 2, 3, 2, defaultDataset.events.length, 0]);
    expect(steps[0]!.event?.id).toBe(first.id);
  });

  it("createPresentation zooms the timeline to each event and selects it", () => {
    const p = mount({ step: 5 });
    const { event } = presentationSteps(defaultDataset)[4]!;
    expect(p.timeline.element.value?.id).toBe(event.id);
    const ticks = Array.from(
      p.element.querySelectorAll(".jl-tick text"),
      (t) => t.textContent,
    ).join(" ");
    const year = new Date(eventExtent(event).earliestStart).getUTCFullYear();
    // Zoomed in: the axis names months or single years near the event, not the whole 2001–2025 span.
    expect(ticks).toMatch(new RegExp(`${year}|${year + 1}`));
    expect(ticks).not.toMatch(/2002.*2025/);
  });

  it("createPresentation scrolls the timeline so that every step's event is in view, whatever its lane", () => {
    const p = mount();
    const hidden: string[] = [];
    presentationSteps(defaultDataset).forEach(({ event }, k) => {
      p.goTo(k + 1);
      // Queried per step: the rows grow to the room each step leaves, which redraws the plot.
      const plot = p.timeline.element.querySelector<HTMLElement>(".jl-plot")!;
      const mark = p.timeline.element.querySelector(
        `svg .jl-mark[data-key="${CSS.escape(event.id)}"]`,
      );
      const box = plot.getBoundingClientRect();
      // Below the axis kept in view once the plot scrolls.
      const seen = plot.querySelector(".jl-sticky-bg")?.getBoundingClientRect().bottom ?? box.top;
      const at = mark?.getBoundingClientRect();
      const middle = at ? at.top + at.height / 2 : Number.NaN;
      if (!(middle >= seen && middle <= box.bottom)) hidden.push(event.id);
    });
    // Before: the legislative lane sat below the stage's 300 px (e.g. the ICMEC review, step 4).
    expect(hidden).toEqual([]);
  });

  it("createPresentation's axis labels, in its large type, do not run into each other at any step and width", () => {
    const crowded: string[] = [];
    for (const width of [900, 1280, 1600]) {
      const p = mount();
      container!.style.width = `${width}px`;
      p.timeline.update({});
      presentationSteps(defaultDataset).forEach((_, k) => {
        p.goTo(k + 1);
        const boxes = Array.from(p.element.querySelectorAll(".jl-tick text"), (t) =>
          t.getBoundingClientRect(),
        ).sort((a, b) => a.left - b.left);
        if (boxes.some((box, i) => i > 0 && box.left < boxes[i - 1]!.right))
          crowded.push(`${width}px step ${k + 1}`);
      });
      show?.destroy();
      container?.remove();
    }
    expect(crowded).toEqual([]);
  });

  it("createPresentation shows each figure with its qualifier and its source as a link", () => {
    const p = mount();
    const steps = presentationSteps(defaultDataset);
    const index = steps.findIndex((s) => s.event.figures.length > 0);
    p.goTo(index + 1);
    const figures = p.element.querySelector(".jl-presentation-figures")!;
    expect(figures.querySelectorAll("li").length).toBeGreaterThan(0);
    expect(figures.querySelector("a[href^='http']")).not.toBeNull();
  });

  it("createPresentation leaves the keys of text fields and buttons alone", () => {
    const p = mount();
    const button = p.element.querySelector("button")!;
    key(button, "Enter");
    expect(p.step).toBe(0);
    key(p.element, "a");
    expect(p.step).toBe(0);
  });

  it("createPresentation's slide theme has large type, and axe finds no violations", async () => {
    const p = mount({ step: 2 });
    const size = Number.parseFloat(
      getComputedStyle(p.element.querySelector(".jl-presentation-slide h2")!).fontSize,
    );
    expect(size).toBeGreaterThanOrEqual(28);
    const results = await axe.run(p.element, { resultTypes: ["violations"] });
    expect(
      results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`),
    ).toEqual([]);
  });

  it("destroy() removes every node it added", () => {
    const p = mount();
    p.destroy();
    show = undefined;
    expect(container!.childElementCount).toBe(0);
    expect(document.head.querySelector('style[data-jointline="presentation"]')).toBeNull();
  });
});
