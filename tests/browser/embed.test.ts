import { afterEach, describe, expect, it, vi } from "vitest";
import "../../src/entries/embed";
import type { JointlineElement, JointlineLoadDetail } from "../../src/embed/JointlineElement";
import { defaultDataset, syntheticDataset } from "../scenarios/timelineScenarios";

const json = JSON.stringify(defaultDataset);
const added: Element[] = [];

function mount(html: string): JointlineElement {
  const holder = document.createElement("div");
  holder.innerHTML = html;
  document.body.append(holder);
  added.push(holder);
  return holder.firstElementChild as JointlineElement;
}

const inline = (tag: string, attributes = "", data = json) =>
  `<${tag} ${attributes}><script type="application/json">${data.replace(/</g, "\\u003c")}</script></${tag}>`;

afterEach(() => {
  for (const node of added.splice(0)) node.remove();
});

describe("<jointline-*> elements", () => {
  it("<jointline-timeline> draws inline data in a shadow root and reports jointline-load", async () => {
    const loads: JointlineLoadDetail[] = [];
    document.addEventListener("jointline-load", (e) => loads.push((e as CustomEvent).detail), {
      once: true,
    });
    const element = mount(inline("jointline-timeline"));
    await element.ready;
    expect(element.shadowRoot!.querySelectorAll(".jl-mark")).toHaveLength(
      defaultDataset.events.length,
    );
    expect(loads[0]!.dataset?.title).toBe(defaultDataset.title);
    expect(element.data?.events).toHaveLength(defaultDataset.events.length);
  });

  it("<jointline-timeline> brings the details into view when a click selects an event below the fold (its chart in a shadow root)", async () => {
    const element = mount(inline("jointline-timeline", 'style="display:block;width:1000px"'));
    const spacer = document.createElement("div");
    spacer.style.height = "3000px";
    document.body.append(spacer);
    added.push(spacer);
    await element.ready;
    const root = element.shadowRoot!;
    const mark = root.querySelector<SVGGElement>(`.jl-mark[data-id="operation-rescue-2011"]`)!;
    // The page scrolled so that the chart's top rows are at the bottom of the screen.
    window.scrollTo(0, mark.getBoundingClientRect().top + window.scrollY - window.innerHeight + 40);
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    const details = root.querySelector<HTMLElement>(".jl-details")!;
    const box = mark.querySelector("text")!.getBoundingClientRect();
    mark.querySelector("text")!.dispatchEvent(
      new MouseEvent("click", {
        clientX: box.left + 5,
        clientY: box.top + 5,
        bubbles: true,
        composed: true,
        view: window,
      }),
    );
    expect(details.hidden).toBe(false);
    // Asked of an IntersectionObserver whose root is the page's document: answered after the
    // next layout, through the shadow root.
    await vi.waitFor(() => {
      const shown = details.getBoundingClientRect();
      expect(shown.top).toBeGreaterThanOrEqual(0);
      expect(shown.top).toBeLessThan(window.innerHeight);
    }, 15_000);
    window.scrollTo(0, 0);
  });

  it("<jointline-network>, <jointline-trend> and <jointline-dashboard> draw their charts", async () => {
    const network = mount(inline("jointline-network"));
    const trend = mount(inline("jointline-trend"));
    const dashboard = mount(inline("jointline-dashboard"));
    await Promise.all([network.ready, trend.ready, dashboard.ready]);
    expect(network.shadowRoot!.querySelectorAll(".jl-network-node").length).toBeGreaterThan(5);
    expect(trend.shadowRoot!.querySelector("svg.jl-trend-svg")).not.toBeNull();
    const parts = dashboard.shadowRoot!;
    expect(parts.querySelector(".jl-timeline")).not.toBeNull();
    expect(parts.querySelector(".jl-network")).not.toBeNull();
    expect(parts.querySelector(".jl-trend-svg")).not.toBeNull();
  });

  it("invalid data shows the error report, with where and what, and dispatches jointline-error", async () => {
    let detail: JointlineLoadDetail | undefined;
    document.addEventListener("jointline-error", (e) => (detail = (e as CustomEvent).detail), {
      once: true,
    });
    const element = mount(
      inline(
        "jointline-timeline",
        "",
        JSON.stringify({ title: "x", events: [{ id: "a", kind: "operation", when: "2025-13" }] }),
      ),
    );
    await element.ready;
    const report = element.shadowRoot!.querySelector(".jl-issues")!;
    expect(report.getAttribute("role")).toBe("alert");
    expect(report.textContent).toContain("events[0].when");
    expect(report.textContent).toContain("month 13 does not exist");
    expect(detail?.issues.length).toBe(3);
    expect(element.chart).toBeUndefined();
  });

  it("a missing src is a load error with a hint, not a blank chart", async () => {
    const element = mount('<jointline-timeline src="/nope/missing.json"></jointline-timeline>');
    await element.ready;
    const text = element.shadowRoot!.querySelector(".jl-issues")!.textContent!;
    expect(text).toContain("Could not load /nope/missing.json");
    expect(text).toContain("404");
  });

  it("bad attribute values are shown and ignored; the chart still draws", async () => {
    const element = mount(inline("jointline-timeline", 'theme="neon" lanes="colour"'));
    await element.ready;
    expect(element.shadowRoot!.querySelector(".jl-embed-problems")!.textContent).toMatch(
      /theme="neon".*lanes="colour"/,
    );
    expect(element.shadowRoot!.querySelectorAll(".jl-mark").length).toBeGreaterThan(0);
  });

  it("attribute changes update the chart without reloading the data", async () => {
    const element = mount(inline("jointline-timeline"));
    await element.ready;
    const chart = element.chart;
    element.setAttribute("lanes", "none");
    element.setAttribute("locale", "de");
    await element.ready;
    expect(element.chart).toBe(chart);
    const labels = Array.from(
      element.shadowRoot!.querySelectorAll(".jl-lane-label"),
      (n) => n.textContent,
    );
    expect(labels.join(" ")).not.toMatch(/Operations \(/);
  });

  it("a page's custom properties reach the chart; its selectors do not", async () => {
    const style = document.createElement("style");
    style.textContent =
      "jointline-timeline { --jl-color-background: rgb(1, 2, 3); } .jl-timeline, text { fill: red !important; outline: 9px solid red; }";
    document.head.append(style);
    added.push(style);
    const element = mount(inline("jointline-timeline", 'theme="light"'));
    await element.ready;
    const root = element.shadowRoot!.querySelector(".jl-timeline")!;
    expect(getComputedStyle(root).backgroundColor).toBe("rgb(1, 2, 3)");
    expect(getComputedStyle(root).outlineStyle).toBe("none");
    const label = element.shadowRoot!.querySelector(".jl-lane-label")!;
    expect(getComputedStyle(label).fill).not.toBe("rgb(255, 0, 0)");
  });

  it("setting .data draws a dataset given from code", async () => {
    const element = mount("<jointline-network></jointline-network>");
    await element.ready;
    element.data = defaultDataset;
    await element.ready;
    expect(element.shadowRoot!.querySelectorAll(".jl-network-node").length).toBeGreaterThan(5);
  });

  it("exportSvg() gives a self-contained SVG; exportSvgAt() one at slide size", async () => {
    const element = mount(inline("jointline-timeline"));
    await element.ready;
    const svg = await element.exportSvg();
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).not.toContain("var(");
    const slide = await element.exportSvgAt(1920, 1080);
    expect(slide).toMatch(/^<svg[^>]* width="1920"/);
    expect(slide).toMatch(/^<svg[^>]* height="1080"/);
    // The offscreen chart is gone again.
    expect(element.shadowRoot!.querySelector(".jl-embed-offscreen")).toBeNull();
    const png = await element.exportPng({ scale: 2 });
    expect(png.type).toBe("image/png");
  });

  it("exportSvg() of a timeline drawing its marks on a canvas puts every mark of its window in the SVG", async () => {
    // 1,000 events in view: the page draws them on a canvas, which an SVG cannot carry.
    const element = mount(
      inline(
        "jointline-timeline",
        'style="width:900px"',
        JSON.stringify(syntheticDataset(1000, 5)),
      ),
    );
    await element.ready;
    const root = element.shadowRoot!;
    expect(root.querySelector(".jl-plot > canvas")).not.toBeNull();
    const marks = (svg: string) => svg.match(/<g [^>]*class="jl-mark[ "]/g)?.length ?? 0;
    const whole = await element.exportSvg();
    expect(marks(whole)).toBeGreaterThanOrEqual(1000);
    expect(root.querySelector(".jl-embed-offscreen")).toBeNull();
    // Zoomed to a year: the picture shows that window, not the whole span.
    const chart = element.chart as unknown as { zoomTo(w: [number, number]): void };
    chart.zoomTo([Date.UTC(2018, 0, 1), Date.UTC(2019, 0, 1)]);
    await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const zoomed = await element.exportSvg();
    expect(marks(zoomed)).toBeGreaterThan(0);
    expect(marks(zoomed)).toBeLessThan(marks(whole) / 2);
    const ticks = (node: ParentNode) =>
      Array.from(node.querySelectorAll(".jl-tick text"), (t) => t.textContent);
    const picture = new DOMParser().parseFromString(zoomed, "image/svg+xml");
    expect(ticks(picture).length).toBeGreaterThan(2);
    expect(ticks(picture)).toEqual(ticks(root));
    // At slide size too: marks, not an empty plot.
    expect(marks(await element.exportSvgAt(1920, 1080))).toBeGreaterThanOrEqual(1000);
  });

  it("exportSvg() of a dashboard whose timeline draws on a canvas puts every mark in the SVG", async () => {
    const data = JSON.stringify(syntheticDataset(1000, 5));
    const element = mount(inline("jointline-dashboard", 'style="width:900px"', data));
    await element.ready;
    expect(element.shadowRoot!.querySelector(".jl-plot > canvas")).not.toBeNull();
    const svg = await element.exportSvg();
    expect(svg.match(/<g [^>]*class="jl-mark[ "]/g)?.length ?? 0).toBeGreaterThanOrEqual(1000);
  });

  it("removing the element destroys its chart", async () => {
    const element = mount(inline("jointline-network"));
    await element.ready;
    const root = element.chart!.element;
    element.remove();
    // Removed, not moved, once the task's DOM changes are done.
    await Promise.resolve();
    expect(root.isConnected).toBe(false);
    expect(element.chart).toBeUndefined();
  });

  it("moving the element keeps its chart: no reload, no redraw", async () => {
    let loads = 0;
    const count = () => loads++;
    document.addEventListener("jointline-load", count);
    const element = mount(inline("jointline-timeline"));
    await element.ready;
    const chart = element.chart;
    const other = document.createElement("div");
    document.body.append(other);
    added.push(other);
    other.append(element); // what reveal.js does to its slides on a narrow screen
    await Promise.resolve();
    await element.ready;
    expect(element.chart).toBe(chart);
    expect(chart!.element.isConnected).toBe(true);
    expect(element.shadowRoot!.querySelectorAll(".jl-mark")).toHaveLength(
      defaultDataset.events.length,
    );
    expect(loads).toBe(1);
    document.removeEventListener("jointline-load", count);
  });
});
