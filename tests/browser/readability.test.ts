/**
 * Readability of the timeline's labels in real Chromium (issue 15): for the default dataset, a
 * fictional dataset of another subject and a 100-event synthetic one, at 768, 1,280 and 1,920 px,
 * measures with getBoundingClientRect
 * - the share of events in view whose whole short label (`eventLabel`) is visible,
 * - overlaps between visible labels,
 * - text cut at the plot's edges (event labels, axis labels, lane and era labels, notes; also
 *   horizontal at 320 and 375 px),
 * and with `initialWindow` set (the `start`/`end` of the embed), the same at the window's edges.
 * The numbers are printed (console) and asserted.
 */
import { afterEach, describe, expect, it } from "vitest";
import { page } from "vitest/browser";
import { createTimeline, type Timeline, type TimelineOptions } from "../../src/components/timeline";
import { eventLabel } from "../../src/derive/eventLabel";
import { parseDataset } from "../../src/io/parseDataset";
import type { Dataset } from "../../src/model";
import secondJson from "../data/second/ransomware-fictional.json";
import { defaultDataset, syntheticDataset } from "../scenarios/timelineScenarios";
import { picturePath } from "./picturePath";

const second = parseDataset(secondJson).data!;
const datasets: [string, Dataset][] = [
  ["default", defaultDataset],
  ["second", second],
  ["synthetic-100", syntheticDataset(100)],
];
const widths = [768, 1280, 1920];

const handles: Timeline[] = [];
const containers: HTMLElement[] = [];
afterEach(() => {
  for (const h of handles.splice(0)) h.destroy();
  for (const c of containers.splice(0)) c.remove();
});

async function mount(data: Dataset, width: number, options: TimelineOptions = {}) {
  await page.viewport(width, 1200);
  const container = document.createElement("div");
  container.style.width = `${width}px`;
  document.body.append(container);
  containers.push(container);
  const chart = createTimeline(container, data, { theme: "light", ...options });
  handles.push(chart);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  return chart;
}

type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box, tolerance = 0.5) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > tolerance &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > tolerance;
const shown = (el: Element) =>
  el.getAttribute("display") !== "none" &&
  getComputedStyle(el).display !== "none" &&
  getComputedStyle(el).visibility !== "hidden" &&
  (el.textContent ?? "").trim() !== "";

interface Readability {
  inView: number;
  whole: number;
  overlaps: string[];
  cut: string[];
  missing: string[];
  /** Events in view with no label drawn at all (the others are shortened). */
  hidden: number;
}

/** Measures the drawn chart (see the file's comment). */
function measure(chart: Timeline, data: Dataset): Readability {
  const svg = chart.element.querySelector<SVGSVGElement>("svg.jl-svg")!;
  const plot = svg.getBoundingClientRect();
  const byId = new Map(data.events.map((e) => [e.id, e]));
  const labels: { id: string; box: Box; text: string }[] = [];
  let inView = 0;
  let whole = 0;
  const missing: string[] = [];
  let hidden = 0;
  for (const g of svg.querySelectorAll<SVGGElement>("g.jl-mark")) {
    const id = g.getAttribute("data-id")!;
    const text = g.querySelector("text")!;
    if (shown(text))
      labels.push({ id, box: text.getBoundingClientRect(), text: text.textContent! });
    if (g.getAttribute("data-key") !== id) continue;
    // The mark itself: its drawn shapes (not the label), in view if any part is on the plot.
    const parts = Array.from(g.children)
      .filter((c) => c.tagName !== "text" && c.tagName !== "title")
      .map((c) => c.getBoundingClientRect())
      .filter((b) => b.width > 0 || b.height > 0);
    if (!parts.some((b) => b.right > plot.left && b.left < plot.right)) continue;
    inView++;
    const event = byId.get(id)!;
    const label = eventLabel(event);
    const box = text.getBoundingClientRect();
    const content = text.textContent ?? "";
    const ok =
      shown(text) &&
      (content === label || content === `~ ${label}`) &&
      box.left >= plot.left - 0.5 &&
      box.right <= plot.right + 0.5;
    if (ok) whole++;
    else missing.push(shown(text) ? `${label} (as "${content}")` : label);
    if (!shown(text)) hidden++;
  }
  const overlaps: string[] = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++) {
      const a = labels[i]!;
      const b = labels[j]!;
      if (a.id !== b.id && overlap(a.box, b.box)) overlaps.push(`${a.text} × ${b.text}`);
    }
  // Any text of the plot that straddles its left or right edge is cut.
  const cut: string[] = [];
  for (const t of svg.querySelectorAll("text")) {
    if (!shown(t)) continue;
    const b = t.getBoundingClientRect();
    const straddles =
      (b.left < plot.left - 0.5 && b.right > plot.left + 0.5) ||
      (b.left < plot.right - 0.5 && b.right > plot.right + 0.5);
    if (straddles)
      cut.push(
        `${t.textContent} [${(b.left - plot.left).toFixed(1)}, ${(b.right - plot.left).toFixed(1)}] of ${plot.width}`,
      );
  }
  return { inView, whole, overlaps, cut, missing, hidden };
}

const report = (what: string, r: Readability) =>
  console.log(
    `readability ${what}: ${r.whole}/${r.inView} events in view with their whole short label (${((100 * r.whole) / Math.max(1, r.inView)).toFixed(1)} %), ${r.overlaps.length} label overlaps, ${r.cut.length} texts cut at the edges${r.missing.length ? `; unlabelled: ${r.missing.join(" | ")}` : ""}${r.cut.length ? `; cut: ${r.cut.join(" | ")}` : ""}`,
  );

describe("timeline readability", () => {
  for (const [name, data] of datasets)
    for (const width of widths) {
      it(`${name} at ${width} px: whole short labels, no overlaps, nothing cut`, async () => {
        const chart = await mount(data, width);
        const r = measure(chart, data);
        report(`${name} @ ${width}`, r);
        expect(r.inView).toBeGreaterThan(0);
        expect(r.overlaps).toEqual([]);
        expect(r.cut).toEqual([]);
        if (width >= 1280) expect(r.whole / r.inView).toBeGreaterThanOrEqual(0.95);
        // Every unlabelled event in view is counted in a visible cue ("+3").
        const cues = Array.from(chart.element.querySelectorAll(".jl-hidden-labels"))
          .filter(shown)
          .reduce((n, c) => n + Number(c.getAttribute("data-count") ?? 0), 0);
        expect(cues).toBeGreaterThanOrEqual(r.hidden);
        if (name === "default" && width === 1280)
          await page.screenshot({
            path: picturePath("timeline-1280.png"),
            element: chart.element,
          });
      });
    }

  // A horizontal timeline on a phone (`orientation: "horizontal"`, as an author may force): the
  // notes under the lanes have the least room; none may run off an edge.
  for (const width of [320, 375]) {
    it(`default dataset, horizontal at ${width} px: no overlaps, nothing cut`, async () => {
      const chart = await mount(defaultDataset, width, { orientation: "horizontal" });
      const r = measure(chart, defaultDataset);
      report(`default horizontal @ ${width}`, r);
      expect(r.inView).toBeGreaterThan(0);
      expect(r.overlaps).toEqual([]);
      expect(r.cut).toEqual([]);
    });
  }

  for (const width of widths) {
    it(`default dataset with a window (start/end) at ${width} px: nothing cut at the edges`, async () => {
      const chart = await mount(defaultDataset, width, {
        initialWindow: [Date.UTC(2015, 5, 1), Date.UTC(2021, 5, 1)],
      });
      const r = measure(chart, defaultDataset);
      report(`default 2015-06..2021-06 @ ${width}`, r);
      expect(r.cut).toEqual([]);
      expect(r.overlaps).toEqual([]);
    });
  }
});
