import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { renderSvgInNode } from "../../src/export/renderSvgInNode";
import { readJson } from "../../src/io/readJson";
import { syntheticDataset } from "../scenarios/timelineScenarios";

const dataset = readJson(
  readFileSync(new URL("../../data/csam-operations.json", import.meta.url), "utf8"),
).data!;

describe("renderSvgInNode", { timeout: 60_000 }, () => {
  it.each(["timeline", "network", "trend"] as const)(
    "renderSvgInNode(dataset, { view: %s }) is deterministic and self-contained",
    (view) => {
      const a = renderSvgInNode(dataset, { view, width: 800, height: 500 });
      const b = renderSvgInNode(dataset, { view, width: 800, height: 500 });
      expect(a).toBe(b);
      expect(a).toMatch(/^<svg[^>]* width="800"/);
      expect(a).not.toContain("var(");
      expect(a).not.toContain("<style");
      // Every id it refers to is inside the file.
      const ids = new Set(Array.from(a.matchAll(/\sid="([^"]+)"/g), (m) => m[1]));
      const refs = [
        ...Array.from(a.matchAll(/(?:aria-describedby|aria-labelledby)="([^"]+)"/g), (m) =>
          m[1]!.split(" "),
        ).flat(),
        ...Array.from(a.matchAll(/url\(#([^)]+)\)/g), (m) => m[1]!),
      ];
      // The timeline and the trend refer to ids (descriptions, hatch patterns), so the check
      // below is not vacuous for them; the network's SVG refers to none.
      expect(refs.length > 0).toBe(view !== "network");
      for (const ref of refs) expect(ids.has(ref), ref).toBe(true);
    },
  );

  it("renderSvgInNode(1,000 events, { view: timeline }) draws every event's mark (a page would use a canvas, which the SVG cannot carry)", () => {
    const svg = renderSvgInNode(syntheticDataset(1000, 5), { view: "timeline", width: 1200 });
    expect(svg.match(/<g [^>]*class="jl-mark[ "]/g)?.length).toBe(1000);
  });

  it("renderSvgInNode(dataset, { theme }) paints the theme: dark background, slide type sizes", () => {
    const dark = renderSvgInNode(dataset, { view: "timeline", theme: "dark" });
    expect(dark).toMatch(/<rect fill="#16181c"/);
    const slide = renderSvgInNode(dataset, {
      view: "timeline",
      theme: "slide",
      width: 1920,
      height: 1080,
    });
    // No text under 24 px on a 1080 p slide: marks, lane labels and ticks (--jl-font-size-small).
    expect(slide).toContain("font-size:24px");
    const sizes = Array.from(slide.matchAll(/font-size[:=]"?([\d.]+)/g), (m) => Number(m[1]));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(24);
  });

  it("renderSvgInNode(dataset, { locale: 'fr' }) writes French dates", () => {
    const fr = renderSvgInNode(dataset, {
      view: "timeline",
      locale: "fr",
      width: 1600,
      options: { initialWindow: [Date.UTC(2019, 0, 1), Date.UTC(2019, 11, 31)] },
    });
    expect(fr).toMatch(/>(janv\.|févr\.|mars|avr\.)</);
  });
});
