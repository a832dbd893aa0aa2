/**
 * Layouts that survive translation (issue 21): the timeline in the pseudo-locale (accented,
 * ~40 % longer, bracketed words: tests nothing English-only development would see) at 375 px
 * (the vertical layout) and 1,280 px, and in Arabic (right to left, vertical too), measured in
 * real Chromium with the label checks of readability.test.ts: no two texts of the plot overlap,
 * no text straddles the plot's edges, and no control's words are cut.
 */
import { afterEach, describe, expect, it, vi } from "vitest";
import { page } from "vitest/browser";
import { createTimeline, type Timeline } from "../../src/components/timeline";
import { registerLocale, t } from "../../src/i18n";
import ar from "../../src/i18n/locales/ar";
import { registerPseudoLocale } from "../../src/i18n/pseudoLocale";
import { defaultDataset } from "../scenarios/timelineScenarios";

registerPseudoLocale();
registerLocale(ar);

const handles: Timeline[] = [];
const containers: HTMLElement[] = [];
afterEach(() => {
  for (const h of handles.splice(0)) h.destroy();
  for (const c of containers.splice(0)) c.remove();
});

async function mount(width: number, locale: string) {
  await page.viewport(width, 1200);
  const container = document.createElement("div");
  container.style.width = `${width}px`;
  document.body.append(container);
  containers.push(container);
  const chart = createTimeline(container, defaultDataset, { theme: "light", locale });
  handles.push(chart);
  await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
  // A phone's width draws the vertical layout.
  if (width < 600)
    await vi.waitFor(() => expect(chart.element.querySelector(".jl-vertical-svg")).not.toBeNull());
  if (import.meta.env.VITE_I18N_SHOTS)
    await page.screenshot({ path: `i18n-shots/${locale}-${width}.png`, element: container });
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

/** Overlapping texts and texts cut at the plot's left or right edge, as readability.test.ts measures them. */
function measure(chart: Timeline) {
  const svg = chart.element.querySelector<SVGSVGElement>("svg.jl-svg")!;
  const plot = svg.getBoundingClientRect();
  const texts = Array.from(svg.querySelectorAll("text"))
    .filter(shown)
    .map((el) => ({
      el,
      box: el.getBoundingClientRect(),
      mark: el.closest("g.jl-mark")?.getAttribute("data-id") ?? null,
    }));
  const overlaps: string[] = [];
  for (let i = 0; i < texts.length; i++)
    for (let j = i + 1; j < texts.length; j++) {
      const a = texts[i]!;
      const b = texts[j]!;
      if (a.mark !== null && a.mark === b.mark) continue;
      if (overlap(a.box, b.box)) overlaps.push(`${a.el.textContent} × ${b.el.textContent}`);
    }
  const cut = texts
    .filter(
      ({ box: b }) =>
        (b.left < plot.left - 0.5 && b.right > plot.left + 0.5) ||
        (b.left < plot.right - 0.5 && b.right > plot.right + 0.5),
    )
    .map(({ el }) => el.textContent);
  // Buttons and the table toggle: their words fit (not clipped by their box).
  const controls = Array.from(chart.element.querySelectorAll<HTMLElement>("button, summary"))
    .filter((el) => el.offsetParent !== null)
    .filter((el) => el.scrollWidth > el.clientWidth + 1)
    .map((el) => el.textContent);
  return { texts: texts.length, overlaps, cut, controls };
}

describe("the timeline in other languages", () => {
  for (const width of [375, 1280])
    it(`createTimeline(…, { locale: "en-XA" }) at ${width} px: pseudo-locale words everywhere, none overlapping or cut`, async () => {
      const chart = await mount(width, "en-XA");
      const toolbarText = chart.element.querySelector(".jl-toolbar")?.textContent ?? "";
      expect(toolbarText).toContain(t("en-XA", "chart.showTable"));
      expect(toolbarText).toMatch(/\[/);
      const r = measure(chart);
      console.log(
        `pseudo-locale @ ${width}: ${r.texts} texts, ${r.overlaps.length} overlaps, ${r.cut.length} cut, ${r.controls.length} clipped controls`,
      );
      expect(r.texts).toBeGreaterThan(0);
      expect(r.overlaps).toEqual([]);
      expect(r.cut).toEqual([]);
      expect(r.controls).toEqual([]);
    });

  for (const width of [375, 1280])
    it(`createTimeline(…, { locale: "ar" }) at ${width} px: right to left, Arabic words, none overlapping or cut`, async () => {
      const chart = await mount(width, "ar");
      expect(chart.element.getAttribute("dir")).toBe("rtl");
      expect(chart.element.textContent).toContain(t("ar", "chart.showTable"));
      const r = measure(chart);
      console.log(
        `ar @ ${width}: ${r.texts} texts, ${r.overlaps.length} overlaps, ${r.cut.length} cut, ${r.controls.length} clipped controls`,
      );
      expect(r.texts).toBeGreaterThan(0);
      expect(r.overlaps).toEqual([]);
      expect(r.cut).toEqual([]);
      expect(r.controls).toEqual([]);
    });
});
