import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { layoutTrend, otherFacet } from "../../../src/components/trend/layout";
import { defaultMetric, metricsOf } from "../../../src/components/trend/options";
import { type PeriodTotal, totalsByPeriod } from "../../../src/derive/totalsByPeriod";
import { readJson } from "../../../src/io/readJson";

const dataset = readJson(readFileSync("data/csam-operations.json", "utf8")).data!;

function row(
  period: string,
  facet: string,
  value: number,
  qualifier: PeriodTotal["qualifier"] = "exact",
): PeriodTotal {
  const year = Number(period);
  return {
    period,
    start: Date.UTC(year, 0, 1),
    end: Date.UTC(year + 1, 0, 1),
    facet,
    value,
    qualifier,
    approximate: qualifier === "nearly" || qualifier === "approximately",
    events: [`${period}-${facet}`],
    values: [value],
    sources: ["s1"],
    shared: [],
    coarse: [],
  };
}

describe("layoutTrend", () => {
  it("layoutTrend(rows) stacks segments that add up to the period total, with a slot for each year", () => {
    const layout = layoutTrend([row("2010", "a", 10), row("2010", "b", 30), row("2013", "a", 15)], {
      width: 400,
      height: 200,
    });
    expect(layout.slots.map((s) => s.period)).toEqual(["2010", "2011", "2012", "2013"]);
    expect(layout.slots.map((s) => s.total)).toEqual([40, 0, 0, 15]);
    const seg = layout.bars.filter((b) => b.period === "2010");
    expect(seg).toHaveLength(2);
    // b has the larger total so it comes first (colour 0) and sits at the bottom.
    expect(layout.facets).toEqual(["b", "a"]);
    const [bottom, top] = seg;
    expect(bottom!.facet).toBe("b");
    expect(bottom!.y + bottom!.height).toBeCloseTo(layout.plot.y + layout.plot.height);
    expect(top!.y + top!.height).toBeCloseTo(bottom!.y);
    // Heights are proportional to values.
    expect(bottom!.height / top!.height).toBeCloseTo(3);
  });

  it("layoutTrend(rows, { maxFacets }) counts an event once in 'other' when several of its facet values merge there", () => {
    // The default dataset's 2024 operation in 12 South American countries: 144 arrests, or 136 by
    // the same report's breakdown (the low end counts), under each country; with 5 facets kept,
    // 8 of its countries fall into "other".
    const rows = totalsByPeriod(dataset, { metric: "arrests", facet: "country" });
    const layout = layoutTrend(rows, { mode: "grouped", maxFacets: 5 });
    const perYear = new Map(
      totalsByPeriod(dataset, { metric: "arrests" }).map((r) => [r.period, r.value]),
    );
    const other = layout.bars.filter((b) => b.facet === otherFacet);
    expect(other.length).toBeGreaterThan(0);
    // No bar can exceed the year's total of distinct events: "other" is not a sum of copies.
    for (const bar of layout.bars) expect(bar.value).toBeLessThanOrEqual(perYear.get(bar.period)!);
    expect(other.find((b) => b.period === "2024")?.value).toBe(136);
  });

  it("layoutTrend(rows, { mode: 'grouped' }) puts facets side by side from the baseline", () => {
    const layout = layoutTrend([row("2010", "a", 10), row("2010", "b", 30)], {
      mode: "grouped",
      width: 300,
    });
    const [b, a] = layout.bars;
    expect(b!.x).toBeLessThan(a!.x);
    expect(a!.y + a!.height).toBeCloseTo(b!.y + b!.height);
    expect(layout.maxValue).toBe(30);
  });

  it("layoutTrend(rows) marks bounds and estimates as inexact, and keeps them so when merged into other", () => {
    const layout = layoutTrend(
      [
        row("2010", "a", 10),
        row("2010", "b", 5, "at least"),
        row("2010", "c", 4),
        row("2010", "d", 3, "nearly"),
      ],
      { maxFacets: 2 },
    );
    expect(layout.facets).toEqual(["a", otherFacet]);
    const other = layout.bars.find((b) => b.facet === otherFacet)!;
    expect(other.value).toBe(12);
    expect(other.qualifier).toBe("at least");
    expect(other.inexact).toBe(true);
    expect(layout.bars.find((b) => b.facet === "a")!.inexact).toBe(false);
    expect(layout.slots[0]!.qualifier).toBe("at least");
  });

  it("layoutTrend(rows) thins period labels so they never overlap and handles no rows", () => {
    const rows = Array.from({ length: 40 }, (_, i) => row(String(1980 + i), "a", i + 1));
    const layout = layoutTrend(rows, { width: 320, measureText: (t) => t.length * 7 });
    const labelled = layout.slots.filter((s) => s.label !== "");
    expect(labelled.length).toBeLessThan(40);
    for (let i = 1; i < labelled.length; i++)
      expect(labelled[i]!.x - labelled[i - 1]!.x).toBeGreaterThanOrEqual(28 + 6);
    expect(layoutTrend([])).toMatchObject({ slots: [], bars: [], maxValue: 0 });
  });

  it("layoutTrend(totalsByPeriod(dataset)) draws the default dataset's arrests with a lower-bound year", () => {
    const rows = totalsByPeriod(dataset, { metric: "arrests", facet: "kind", several: "together" });
    const layout = layoutTrend(rows);
    expect(layout.bars.length).toBe(rows.length);
    expect(layout.bars.some((b) => b.inexact)).toBe(true);
    for (const b of layout.bars) {
      expect(b.y).toBeGreaterThanOrEqual(layout.plot.y - 1e-9);
      expect(b.y + b.height).toBeLessThanOrEqual(layout.plot.y + layout.plot.height + 1e-9);
    }
  });

  it("defaultMetric(dataset) prefers a summable count; metricsOf(dataset) ranks metrics by how many events report them", () => {
    const metrics = metricsOf(dataset);
    expect(metrics[0]).toBe("countries");
    expect(metrics).toContain("arrests");
    // "countries involved" is reported most but does not add up over events: arrests is chosen.
    expect(defaultMetric(dataset)).toBe("arrests");
    expect(defaultMetric({ events: [] })).toBe("arrests");
    const only = {
      ...dataset.events[0]!,
      figures: [{ metric: "raids", value: 3, qualifier: "exact" as const, source: "s1" }],
    };
    expect(defaultMetric({ events: [only] })).toBe("raids");
  });
});
