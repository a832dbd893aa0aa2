import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { userEvent } from "vitest/browser";
import {
  createTimeline,
  type Timeline,
  type TimelineOptions,
  type TimelineSelectDetail,
} from "../../src/components/timeline";
import { shortLabel } from "../../src/components/timeline/vertical";
import { parseDataset } from "../../src/io/parseDataset";
import type { Dataset } from "../../src/model";
import second from "../data/second/ransomware-fictional.json";
import { defaultDataset } from "../scenarios/timelineScenarios";

const secondDataset = parseDataset(second).data as Dataset;
const handles: Timeline[] = [];
const containers: HTMLElement[] = [];

function mount(data: Dataset, options: TimelineOptions = {}, width = 375) {
  const container = document.createElement("div");
  container.style.width = `${width}px`;
  document.body.append(container);
  containers.push(container);
  const chart = createTimeline(container, data, { theme: "light", ...options });
  handles.push(chart);
  return { container, chart };
}

afterEach(() => {
  for (const h of handles.splice(0)) h.destroy();
  for (const c of containers.splice(0)) c.remove();
  window.scrollTo(0, 0);
});

const frame = () =>
  new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
const rowOf = (root: Element, id: string) =>
  root.querySelector<SVGGElement>(`.jl-vrow[data-id="${CSS.escape(id)}"]`);
const overlap = (a: DOMRect, b: DOMRect) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

describe.each([
  ["the default dataset", defaultDataset],
  ["a second subject (ransomware, fictional)", secondDataset],
])("the vertical timeline at 375 px on %s", (_, data) => {
  it("draws vertically under auto, every event a row with its whole short label visible", () => {
    const { chart } = mount(data);
    const root = chart.element;
    expect(root.classList.contains("jl-vertical")).toBe(true);
    expect(root.querySelectorAll(".jl-vrow")).toHaveLength(data.events.length);
    for (const event of data.events) {
      const row = rowOf(root, event.id);
      expect(row, event.id).not.toBeNull();
      const lines = Array.from(row!.querySelectorAll(".jl-v-label"));
      expect(lines.map((t) => t.textContent).join(" "), event.id).toBe(
        shortLabel(event).split(/\s+/).join(" "),
      );
      for (const line of lines) {
        const box = line.getBoundingClientRect();
        expect(box.width).toBeGreaterThan(0);
        expect(getComputedStyle(line).display).not.toBe("none");
      }
    }
  });

  it("no two labels overlap and no text is cut at the chart's edges", () => {
    const { chart, container } = mount(data);
    const edge = container.getBoundingClientRect();
    const texts = Array.from(chart.element.querySelectorAll<SVGTextElement>(".jl-plot svg text"));
    expect(texts.length).toBeGreaterThan(data.events.length);
    const boxes = texts.map((t) => t.getBoundingClientRect());
    for (const [k, box] of boxes.entries()) {
      expect(box.left, texts[k]!.textContent ?? "").toBeGreaterThanOrEqual(edge.left - 0.5);
      expect(box.right, texts[k]!.textContent ?? "").toBeLessThanOrEqual(edge.right + 0.5);
    }
    const labels = Array.from(
      chart.element.querySelectorAll(".jl-v-label, .jl-v-meta, .jl-v-year"),
    );
    const rects = labels.map((t) => t.getBoundingClientRect());
    for (let a = 0; a < rects.length; a++)
      for (let b = a + 1; b < rects.length; b++)
        expect(
          overlap(rects[a]!, rects[b]!),
          `${labels[a]!.textContent} / ${labels[b]!.textContent}`,
        ).toBe(false);
  });

  it("has no axe violations, with its details open too", async () => {
    const { chart } = mount(data);
    await frame();
    await new Promise((r) => requestIdleCallback(r, { timeout: 2000 }));
    chart.select(data.events[1]!.id);
    const result = await axe.run(chart.element);
    expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  });

  it("every tap target is at least 44 × 44 px", async () => {
    const { chart } = mount(data);
    const root = chart.element;
    const targets = [
      ...root.querySelectorAll(".jl-v-hit"),
      // Buttons a finger can reach: not those of the visually hidden data table (its "Data table"
      // opener is for screen readers, which activate by double tap wherever the finger is).
      ...Array.from(root.querySelectorAll("button")).filter(
        (b) => b.offsetParent !== null && !b.closest(".jl-visually-hidden"),
      ),
    ];
    expect(targets.length).toBeGreaterThan(data.events.length);
    for (const t of targets) {
      const box = t.getBoundingClientRect();
      expect(box.width, t.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(44);
      expect(box.height, t.outerHTML.slice(0, 80)).toBeGreaterThanOrEqual(44);
    }
    // The details' close button too, once open.
    chart.select(data.events[0]!.id);
    const close = root.querySelector<HTMLButtonElement>(".jl-details-close")!;
    expect(close.getBoundingClientRect().height).toBeGreaterThanOrEqual(44);
    expect(close.getBoundingClientRect().width).toBeGreaterThanOrEqual(44);
  });

  it("a tap opens the details in place, under the row and in view; a second tap closes them", async () => {
    const { chart } = mount(data);
    const root = chart.element;
    const selects: (string | null)[] = [];
    root.addEventListener("timeline-select", (e) =>
      selects.push((e as CustomEvent<TimelineSelectDetail>).detail.id),
    );
    const event = data.events[Math.floor(data.events.length / 2)]!;
    const hit = rowOf(root, event.id)!.querySelector(".jl-v-hit")!;
    await userEvent.click(hit);
    const details = root.querySelector<HTMLElement>(".jl-details")!;
    expect(details.hidden).toBe(false);
    expect(details.textContent).toContain(event.title);
    expect(root.value?.id).toBe(event.id);
    const rowBox = rowOf(root, event.id)!.querySelector(".jl-v-hit")!.getBoundingClientRect();
    const box = details.getBoundingClientRect();
    expect(box.top).toBeGreaterThanOrEqual(rowBox.bottom - 0.5);
    expect(box.top).toBeLessThan(window.innerHeight);
    expect(box.top).toBeGreaterThanOrEqual(0);
    // The rows below moved down to make room: nothing under the panel.
    const next = Array.from(root.querySelectorAll(".jl-v-hit")).find(
      (r) => r.getBoundingClientRect().top > rowBox.top + 1,
    );
    if (next) expect(next.getBoundingClientRect().top).toBeGreaterThanOrEqual(box.bottom);
    await userEvent.click(rowOf(root, event.id)!.querySelector(".jl-v-hit")!);
    expect(details.hidden).toBe(true);
    expect(selects).toEqual([event.id, null]);
  });

  it("the keyboard moves between events in time order, Enter opens details, Escape closes", async () => {
    const { chart } = mount(data);
    const root = chart.element;
    const plot = root.querySelector<HTMLElement>(".jl-plot")!;
    plot.focus();
    const ids = Array.from(root.querySelectorAll(".jl-vrow")).map((g) => g.getAttribute("data-id"));
    await userEvent.keyboard("{ArrowDown}");
    expect(document.activeElement?.getAttribute("data-id")).toBe(ids[0]);
    await userEvent.keyboard("{ArrowDown}{ArrowDown}");
    expect(document.activeElement?.getAttribute("data-id")).toBe(ids[2]);
    await userEvent.keyboard("{ArrowUp}");
    expect(document.activeElement?.getAttribute("data-id")).toBe(ids[1]);
    await userEvent.keyboard("{Enter}");
    expect(root.value?.id).toBe(ids[1]);
    expect(root.querySelector<HTMLElement>(".jl-details")!.hidden).toBe(false);
    // Focus stays on the row when the rows are laid out again around the details.
    expect(document.activeElement?.getAttribute("data-id")).toBe(ids[1]);
    await userEvent.keyboard("{Escape}");
    expect(root.value).toBeNull();
    await userEvent.keyboard("{End}");
    expect(document.activeElement?.getAttribute("data-id")).toBe(ids[ids.length - 1]);
  });
});

describe("orientation", () => {
  it("auto is horizontal at 600 px and wider, and turns when the container is resized", async () => {
    const wide = mount(defaultDataset, {}, 600);
    expect(wide.chart.element.classList.contains("jl-vertical")).toBe(false);
    expect(wide.chart.element.querySelector(".jl-vrow")).toBeNull();
    const { chart, container } = mount(defaultDataset, {}, 375);
    const id = defaultDataset.events[3]!.id;
    chart.select(id);
    expect(chart.element.classList.contains("jl-vertical")).toBe(true);
    container.style.width = "900px";
    await frame();
    await frame();
    expect(chart.element.classList.contains("jl-vertical")).toBe(false);
    expect(chart.element.querySelector(".jl-mark[data-id]")).not.toBeNull();
    expect(chart.element.value?.id).toBe(id);
    container.style.width = "375px";
    await frame();
    await frame();
    expect(chart.element.classList.contains("jl-vertical")).toBe(true);
    expect(chart.element.querySelector(".jl-details")!.hasAttribute("hidden")).toBe(false);
  });

  it("orientation forces either layout whatever the width; update() turns it", () => {
    const { chart } = mount(defaultDataset, { orientation: "horizontal" }, 375);
    expect(chart.element.classList.contains("jl-vertical")).toBe(false);
    chart.update({ orientation: "vertical" });
    expect(chart.element.classList.contains("jl-vertical")).toBe(true);
    chart.update({ orientation: undefined, verticalBelow: 300 });
    expect(chart.element.classList.contains("jl-vertical")).toBe(false);
    const wide = mount(defaultDataset, { orientation: "vertical" }, 1000);
    expect(wide.chart.element.querySelectorAll(".jl-vrow")).toHaveLength(
      defaultDataset.events.length,
    );
  });

  it("select, highlight, focus, setData, update and destroy work vertically", async () => {
    const { chart, container } = mount(defaultDataset);
    const root = chart.element;
    const [a, b] = defaultDataset.events.map((e) => e.id);
    chart.select(a!);
    expect(rowOf(root, a!)!.classList.contains("jl-selected")).toBe(true);
    chart.highlight([b!]);
    expect(rowOf(root, b!)!.classList.contains("jl-emphasized")).toBe(true);
    expect(root.querySelector(".jl-plot > svg")!.classList.contains("jl-has-emphasis")).toBe(true);
    chart.highlight(null);
    chart.focus(b!);
    expect(document.activeElement).toBe(rowOf(root, b!));
    chart.update({ locale: "de" });
    expect(root.classList.contains("jl-vertical")).toBe(true);
    expect(rowOf(root, a!)!.classList.contains("jl-selected")).toBe(true);
    chart.setData(secondDataset);
    expect(root.querySelectorAll(".jl-vrow")).toHaveLength(secondDataset.events.length);
    chart.destroy();
    handles.splice(handles.indexOf(chart), 1);
    expect(container.children).toHaveLength(0);
  });

  it("right to left (ar), the rows are mirrored: glyphs and bars on the right, text anchored right", () => {
    const { chart, container } = mount(defaultDataset, { locale: "ar" });
    const edge = container.getBoundingClientRect();
    const glyphs = Array.from(chart.element.querySelectorAll(".jl-vrow .jl-glyph"));
    for (const g of glyphs) {
      const box = g.getBoundingClientRect();
      expect(box.left - edge.left).toBeGreaterThan(edge.width / 2);
    }
    for (const t of chart.element.querySelectorAll<SVGTextElement>(".jl-v-label")) {
      expect(t.getBoundingClientRect().right).toBeLessThanOrEqual(edge.right + 0.5);
      expect(t.getBoundingClientRect().left).toBeGreaterThanOrEqual(edge.left - 0.5);
    }
  });
});
