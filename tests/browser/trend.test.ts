import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import text from "../../data/csam-operations.json?raw";
import {
  createTrend,
  type TrendHandle,
  type TrendSelectDetail,
} from "../../src/components/trend/createTrend";
import { readJson } from "../../src/io/readJson";
import type { Dataset } from "../../src/model";

const dataset = readJson(text).data as Dataset;
const handles: TrendHandle[] = [];
const containers: HTMLElement[] = [];

function mount(options: Parameters<typeof createTrend>[2] = {}, width = 720) {
  const container = document.createElement("div");
  container.style.width = `${width}px`;
  document.body.append(container);
  containers.push(container);
  const handle = createTrend(container, dataset, options);
  handles.push(handle);
  return { container, handle };
}

afterEach(() => {
  for (const h of handles.splice(0)) h.destroy();
  for (const c of containers.splice(0)) c.remove();
});

describe("createTrend in Chromium", () => {
  it("createTrend(container, dataset, { metric }) marks lower-bound years in the drawing, the name and the legend", () => {
    const { handle } = mount({ metric: "arrests" });
    const inexact = handle.element.querySelectorAll<SVGGElement>("g.jl-trend-bar.jl-inexact");
    expect(inexact.length).toBeGreaterThan(0);
    const label = inexact[0]!.getAttribute("aria-label")!;
    expect(label).toMatch(/at least|more than|nearly|approximately|up to/);
    expect(label).toContain("lower bound or estimate");
    expect(inexact[0]!.querySelector(".jl-trend-overlay")!.getAttribute("fill")).toMatch(
      /^url\(#jl-trend-\d+-hatch\)$/,
    );
    expect(handle.element.querySelector(".jl-legend")!.textContent).toContain(
      "lower bound or estimate",
    );
    expect(
      [...handle.element.querySelectorAll(".jl-trend-totals text")].some((t) =>
        t.textContent?.startsWith("≥"),
      ),
    ).toBe(true);
  });

  it.each([320, 343, 375, 768, 1280])(
    "at %i px no total over a bar runs into the y-axis's numbers or past the plot",
    (width) => {
      const { handle } = mount({ metric: "arrests" }, width);
      const boxes = (selector: string) =>
        [...handle.element.querySelectorAll<SVGTextElement>(selector)].map((t) =>
          t.getBoundingClientRect(),
        );
      const totals = boxes(".jl-trend-totals text");
      const ticks = boxes(".jl-trend-grid text");
      expect(totals.length).toBeGreaterThan(0);
      expect(ticks.length).toBeGreaterThan(0);
      const overlaps = (a: DOMRect, b: DOMRect) =>
        a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
      for (const total of totals)
        for (const tick of ticks) expect(overlaps(total, tick)).toBe(false);
      const svg = handle.element.querySelector("svg")!.getBoundingClientRect();
      for (const total of totals) expect(total.right).toBeLessThanOrEqual(svg.right);
    },
  );

  it("createTrend(...) shows contributing events and sources on hover, and source links on select", async () => {
    const { handle } = mount({ metric: "arrests" });
    const selections: TrendSelectDetail[] = [];
    handle.element.addEventListener("trend-select", (e) =>
      selections.push((e as CustomEvent<TrendSelectDetail>).detail),
    );
    const bar = handle.element.querySelector<SVGGElement>('g.jl-trend-bar[data-key^="2011"]')!;
    await page.elementLocator(bar).hover();
    const tooltip = handle.element.querySelector(".jl-tooltip")!;
    expect(tooltip.hasAttribute("hidden")).toBe(false);
    expect(tooltip.textContent).toContain("Operation Rescue");
    expect(tooltip.textContent).toContain("Sources");
    await page.elementLocator(bar).click();
    expect(handle.element.value).toBe(bar.dataset.key);
    expect(selections.at(-1)?.events).toContain("operation-rescue-2011");
    const links = [...handle.element.querySelectorAll<HTMLAnchorElement>(".jl-trend-details a")];
    expect(links.length).toBeGreaterThan(0);
    for (const a of links) expect(a.href).toMatch(/^https?:\/\//);
  });

  it("createTrend(...).update() switches metric, period, facet and mode; the toolbar follows", () => {
    const { handle } = mount({ metric: "arrests" });
    handle.update({ facet: "kind", period: "quarter" });
    expect(handle.layout.facets.length).toBeGreaterThan(1);
    expect(handle.layout.slots[0]!.period).toMatch(/Q[1-4]$/);
    const selects = handle.element.querySelectorAll("select");
    expect([...selects].map((s) => s.value)).toEqual(["arrests", "quarter", "kind", "stacked"]);
    selects[3]!.value = "grouped";
    selects[3]!.dispatchEvent(new Event("change"));
    const bars = handle.layout.bars.filter((b) => b.period === handle.layout.bars[0]!.period);
    expect(new Set(bars.map((b) => b.y + b.height)).size).toBe(1);
  });

  it("createTrend(...).update({ window }) keeps only events overlapping the window", () => {
    const { handle } = mount({ metric: "arrests" });
    handle.update({ window: { start: Date.UTC(2017, 0, 1), end: Date.UTC(2020, 0, 1) } });
    expect(handle.layout.bars.length).toBeGreaterThan(0);
    for (const bar of handle.layout.bars) expect(Number(bar.period)).toBeGreaterThanOrEqual(2017);
    handle.update({ window: { start: Date.UTC(1990, 0, 1), end: Date.UTC(1991, 0, 1) } });
    expect(handle.element.querySelector(".jl-empty")).not.toBeNull();
  });

  it("createTrend(...) moves between bars with arrow keys and highlights linked events", () => {
    const { handle } = mount({ metric: "arrests" });
    const first = handle.element.querySelector<SVGGElement>('g.jl-trend-bar[tabindex="0"]')!;
    first.focus();
    first.dispatchEvent(new KeyboardEvent("keydown", { key: "ArrowRight", bubbles: true }));
    expect((document.activeElement as SVGGElement).dataset.key).toBe(handle.layout.bars[1]!.key);
    handle.highlight(["operation-rescue-2011"]);
    expect(handle.element.querySelectorAll("g.jl-trend-bar.jl-highlighted").length).toBe(1);
    expect(handle.element.querySelectorAll("g.jl-trend-bar.jl-dimmed").length).toBe(
      handle.layout.bars.length - 1,
    );
  });

  it("createTrend(...).destroy() removes everything it added", () => {
    const { container, handle } = mount();
    handles.splice(handles.indexOf(handle), 1);
    handle.destroy();
    expect(container.childElementCount).toBe(0);
    expect(document.querySelector('style[data-jointline="trend"]')).toBeNull();
  });

  it("createTrend(...) has no axe violations", async () => {
    const { handle } = mount({ metric: "arrests", facet: "kind" });
    handle.select(handle.layout.bars[0]!.key);
    (handle.element.querySelector("details") as HTMLDetailsElement).open = true;
    const result = await axe.run(handle.element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  it("createTrend(...) matches its reference screenshots", async () => {
    const { handle } = mount({ metric: "arrests", facet: "kind", theme: "light" });
    await expect
      .element(page.elementLocator(handle.element))
      .toMatchScreenshot("trend-arrests-by-kind", {
        comparatorName: "pixelmatch",
        comparatorOptions: { allowedMismatchedPixelRatio: 0.01 },
      });
  });
});
