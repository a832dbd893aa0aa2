import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { renderSvgInNode } from "../../src/export/renderSvgInNode";
import { readJson } from "../../src/io/readJson";
import type { EmbedAttributes } from "../../src/views/embedAttributes";
import { fitChartHeight } from "../../src/views/fitChartHeight";

const dataset = readJson(
  readFileSync(new URL("../../data/csam-operations.json", import.meta.url), "utf8"),
).data!;

/** Per lane, the "+N unlabelled" an SVG draws (its cues' data attributes). */
function unlabelled(svg: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [cue] of svg.matchAll(/<text [^>]*class="jl-hidden-labels"[^>]*>/g)) {
    const lane = /data-lane="([^"]*)"/.exec(cue)![1]!;
    out[decodeURIComponent(lane)] = Number(/data-count="(\d+)"/.exec(cue)![1]);
  }
  return out;
}

/**
 * A stand-in for a drawn timeline: lanes that need `need` rows each, `rowHeight` px a row under a
 * header, every event past the lane's cap unlabelled (or as `unlabelledAt` says); `rest` px of
 * axis and gaps.
 */
function fakeTimeline(
  need: Record<string, number>,
  unlabelledAt = (rows: number, cap: number) => Math.max(0, rows - cap),
  rest = 20,
  rowHeight = 10,
) {
  const { document } = parseHTML("<!doctype html><html><body></body></html>");
  const draws: Record<string, unknown>[] = [];
  const draw = (_height: number | undefined, extra: Record<string, unknown> = {}) => {
    draws.push(extra);
    const shared = (extra.maxRowsPerLane as number | undefined) ?? 10;
    const byLane = (extra.maxRowsByLane as Record<string, number> | undefined) ?? {};
    let height = rest;
    const parts: string[] = [];
    for (const [key, rows] of Object.entries(need)) {
      const cap = byLane[key] ?? shared;
      const lane = 10 + rowHeight * Math.min(cap, rows);
      height += lane;
      parts.push(
        `<g class="jl-lane" data-lane="${encodeURIComponent(key)}"><rect class="jl-lane-bg" height="${lane}"></rect></g>`,
      );
      const count = unlabelledAt(rows, cap);
      if (count > 0)
        parts.push(
          `<text class="jl-hidden-labels" data-lane="${encodeURIComponent(key)}" data-count="${count}"></text>`,
        );
    }
    const holder = document.createElement("div");
    holder.innerHTML = `<svg height="${height}">${parts.join("")}</svg>`;
    return { svg: holder.firstChild as unknown as SVGSVGElement, destroy: () => {} };
  };
  return { draw, draws };
}

const attributes: EmbedAttributes = { theme: "slide", menu: false, options: {}, problems: [] };

describe("fitChartHeight", () => {
  it("fitChartHeight('timeline', area, …) gives a crowded lane a row more than the shared cap that fits, where it fits", () => {
    // Two lanes of 9 rows: every lane capped at 6 rows is 160 px (7 would be 180); 170 px hold
    // 6 rows in one lane and 7 in the other, one label more.
    const { draw, draws } = fakeTimeline({ a: 9, "\u0000other": 9 });
    const handle = fitChartHeight("timeline", 170, attributes, draw, (h) => h.svg);
    expect(Number(handle.svg.getAttribute("height"))).toBe(170);
    const last = draws.at(-1)!;
    expect(last.maxRowsByLane).toEqual(
      expect.objectContaining({ a: expect.any(Number), "\u0000other": expect.any(Number) }),
    );
    const caps = Object.values(last.maxRowsByLane as Record<string, number>).sort();
    expect(caps).toEqual([6, 7]);
    // The lanes' "+N": 3 and 2 (every lane at 6 rows left 3 and 3).
    const counts = Array.from(handle.svg.querySelectorAll("text.jl-hidden-labels"), (t) =>
      Number(t.getAttribute("data-count")),
    ).sort();
    expect(counts).toEqual([2, 3]);
  });

  it("fitChartHeight('timeline', area, …) keeps the rows that label nothing more when they fit (fewer marks drawn over one another)", () => {
    // Lane "a" needs 6 rows and leaves one label unplaced at 4 rows or more (2 at 3); "b" needs 2.
    // 4 and 5 rows for "a" label alike, and 5 fit: 5 are drawn, not the fewest that label as many.
    const { draw, draws } = fakeTimeline({ a: 6, b: 2 }, (rows, cap) =>
      Math.max(1, rows - cap - 1),
    );
    const handle = fitChartHeight("timeline", 110, attributes, draw, (h) => h.svg);
    expect(draws.at(-1)!.maxRowsByLane).toEqual({ a: 5, b: 2 });
    expect(Number(handle.svg.getAttribute("height"))).toBe(110);
  });

  it("fitChartHeight('timeline', area, …) stops at the first shared cap that fits with every label placed, drawing no lower caps", () => {
    // Lane "a" needs 8 rows but places every label from 7 rows up; 7 rows (120 px) fit.
    const { draw, draws } = fakeTimeline({ a: 8, b: 1 }, (rows, cap) =>
      cap >= 7 ? 0 : rows - cap,
    );
    const handle = fitChartHeight("timeline", 120, attributes, draw, (h) => h.svg);
    expect(draws).toEqual([
      { maxHeight: 0 },
      { maxHeight: 0, maxRowsPerLane: 9 },
      { maxHeight: 0, maxRowsPerLane: 8 },
      { maxHeight: 0, maxRowsPerLane: 7 },
    ]);
    expect(Number(handle.svg.getAttribute("height"))).toBe(120);
  });

  it("fitChartHeight('timeline', area, …) draws every lane at 2 rows when nothing fits", () => {
    const { draw, draws } = fakeTimeline({ a: 9, b: 9 });
    const handle = fitChartHeight("timeline", 40, attributes, draw, (h) => h.svg);
    expect(draws.at(-1)).toEqual({ maxHeight: 0, maxRowsPerLane: 2 });
    expect(Number(handle.svg.getAttribute("height"))).toBe(80);
  });

  it("renderSvgInNode(defaultDataset, { theme: 'slide', 1920 × 1080 }) labels all but 4 events and draws the chart unscaled", {
    timeout: 60_000,
  }, () => {
    const svg = renderSvgInNode(dataset, {
      view: "timeline",
      theme: "slide",
      width: 1920,
      height: 1080,
    });
    // Every lane capped at 4 rows (the shared cap that fitted) left 6 operations and 1
    // legislative stage unlabelled; shared out by lane, 2 and 2. Fewer would take rows the
    // slide does not have at 24 px type (every label placed needs 10 operation rows and 6
    // legislation rows: about 920 px of chart for 674).
    expect(unlabelled(svg)).toEqual({ operation: 2, legislation: 2 });
    // The chart fits the room the chrome leaves it: drawn at 1:1 (its viewBox no taller than
    // its box), so the 24 px type is not scaled down.
    const chart = /<svg [^>]*preserveAspectRatio="xMidYMid meet"[^>]*>/.exec(svg)![0];
    const box = Number(/ height="([\d.]+)"/.exec(chart)![1]);
    const viewBox = Number(/viewBox="0 0 [\d.]+ ([\d.]+)"/.exec(chart)![1]);
    expect(viewBox).toBeLessThanOrEqual(box + 2);
    expect(viewBox).toBeGreaterThan(box * 0.9);
    expect(svg).toMatch(/^<svg[^>]* height="1080"/);
  });
});
