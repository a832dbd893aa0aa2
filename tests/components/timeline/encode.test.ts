import { describe, expect, it } from "vitest";
import { categoricalCount } from "../../../src/components/shared/palette";
import { countryNames } from "../../../src/components/shared/renderEventDetails";
import { encodeColors, encodeTimeline } from "../../../src/components/timeline/encode";
import { encodeSizes, niceRound } from "../../../src/components/timeline/encodeSizes";
import { resolveTimelineOptions } from "../../../src/components/timeline/options";
import { figureClaims } from "../../../src/derive/figureClaims";
import type { Dataset } from "../../../src/model";
import { defaultDataset, oneDay, syntheticDataset } from "../../scenarios/timelineScenarios";

const DAY = 86_400_000;

describe("encodeTimeline", () => {
  it("encodeTimeline(dataset, options) gives one extent, colour and lane list per event", () => {
    const enc = encodeTimeline(defaultDataset, resolveTimelineOptions());
    const n = defaultDataset.events.length;
    expect(enc.events).toHaveLength(n);
    expect(enc.extents).toHaveLength(n);
    expect(enc.colorIndices).toHaveLength(n);
    expect(enc.assignment.membership).toHaveLength(n);
    expect(enc.radii).toBeUndefined();
    expect(enc.sizeLegend).toEqual([]);
    expect(enc.sequential).toBeUndefined();
    for (const [i, e] of enc.events.entries()) expect(enc.indexById.get(e.id)).toBe(i);
  });

  it("encodeTimeline(dataset) pads the time domain by 3% of the span (at least 3 days)", () => {
    const enc = encodeTimeline(defaultDataset, resolveTimelineOptions());
    const lo = Math.min(...enc.extents.map((x) => x.earliestStart));
    const hi = Math.max(...enc.extents.map((x) => x.latestEnd));
    const pad = Math.max((hi - lo) * 0.03, 3 * DAY);
    expect(enc.fullDomain[0]).toBeCloseTo(lo - pad, 0);
    expect(enc.fullDomain[1]).toBeCloseTo(hi + pad, 0);
    const day = encodeTimeline(oneDay, resolveTimelineOptions());
    expect(day.fullDomain[1] - day.fullDomain[0]).toBeGreaterThanOrEqual(7 * DAY);
  });

  it("encodeTimeline(undefined) has no events and a default domain", () => {
    const enc = encodeTimeline(undefined, resolveTimelineOptions());
    expect(enc.events).toEqual([]);
    expect(enc.fullDomain).toEqual([Date.UTC(2000, 0, 1), Date.UTC(2001, 0, 1)]);
  });

  it("encodeTimeline(dataset) leaves an event with an invalid date out of the domain", () => {
    const bad = {
      ...oneDay,
      events: [...oneDay.events, { ...oneDay.events[0]!, id: "bad", when: "not a date" }],
    } as Dataset;
    const good = encodeTimeline(oneDay, resolveTimelineOptions());
    const enc = encodeTimeline(bad, resolveTimelineOptions());
    expect(enc.fullDomain).toEqual(good.fullDomain);
    expect(enc.extents.at(-1)!.latestEnd).toBeLessThan(Date.UTC(2, 0, 1));
  });

  it("encodeTimeline(dataset, { lanes: 'country' }) names lanes with the shared countryNames", () => {
    const enc = encodeTimeline(
      defaultDataset,
      resolveTimelineOptions({ lanes: "country", locale: "fr" }),
    );
    const named = enc.assignment.lanes.filter((l) => /^[A-Z]{2}$/.test(l.key));
    expect(named.length).toBeGreaterThan(0);
    for (const lane of named) expect(lane.label).toBe(countryNames([lane.key], "fr")[0]);
  });

  it("encodeTimeline(dataset, { scale: 'sequential' }) builds the piecewise scale", () => {
    const enc = encodeTimeline(defaultDataset, resolveTimelineOptions({ scale: "sequential" }));
    expect(enc.sequential?.domain.length).toBeGreaterThanOrEqual(2);
  });

  it("encodeTimeline(dataset) does not mutate the dataset", () => {
    const data = syntheticDataset(50, 3);
    const before = JSON.stringify(data);
    encodeTimeline(data, resolveTimelineOptions({ sizeBy: "arrests", color: "kind" }));
    expect(JSON.stringify(data)).toBe(before);
  });
});

describe("encodeColors", () => {
  it("encodeColors(events) colours by kind by default", () => {
    const events = defaultDataset.events;
    const want = { operation: 0, arrest: 1, legislation: 2 };
    expect(encodeColors(events, undefined)).toEqual(events.map((e) => want[e.kind]));
  });

  it("encodeColors(events, key) numbers keys in order of appearance", () => {
    const events = defaultDataset.events;
    const colors = encodeColors(events, (e) => (e.kind === "legislation" ? "b" : "a"));
    const key = (i: number) => (events[i]!.kind === "legislation" ? "b" : "a");
    const other = events.findIndex((_, i) => key(i) !== key(0));
    expect(other).toBeGreaterThan(0);
    expect(colors[0]).toBe(0);
    expect(colors[other]).toBe(1);
    for (const [i, c] of colors.entries()) expect(c).toBe(key(i) === key(0) ? 0 : 1);
  });

  it("encodeColors(events, number) wraps a number into the palette", () => {
    const colors = encodeColors(defaultDataset.events.slice(0, 3), () => -17.5);
    expect(colors).toEqual([1, 2, 3].map(() => 18 % categoricalCount));
  });
});

describe("encodeSizes", () => {
  it("encodeSizes(events, { sizeBy }) gives area proportional to the largest claim", () => {
    const events = defaultDataset.events;
    const { radii, sizeLegend } = encodeSizes(events, { sizeBy: "arrests", rowHeight: 26 });
    expect(radii).toHaveLength(events.length);
    const values = events.map((e) => figureClaims(e, "arrests")[0]?.high);
    const max = Math.max(...values.filter((v): v is number => v !== undefined));
    const rMax = 11;
    for (const [i, v] of values.entries()) {
      if (v === undefined) expect(radii![i]).toBeNaN();
      else expect(radii![i]).toBeCloseTo(2.5 + (rMax - 2.5) * Math.sqrt(v / max), 9);
    }
    expect(sizeLegend.map((s) => s.value)).toEqual(
      [max / 10, max / 2, max].map((v) => niceRound(v)),
    );
  });

  it("encodeSizes(events) without sizeBy gives nothing", () => {
    expect(encodeSizes(defaultDataset.events, { sizeBy: undefined, rowHeight: 26 })).toEqual({
      radii: undefined,
      sizeLegend: [],
    });
  });

  it("encodeSizes(events, { sizeBy }) with nothing reported has no legend", () => {
    const { radii, sizeLegend } = encodeSizes(defaultDataset.events, {
      sizeBy: () => undefined,
      rowHeight: 26,
    });
    expect(sizeLegend).toEqual([]);
    expect(radii!.every(Number.isNaN)).toBe(true);
  });

  it("niceRound(v) keeps one significant digit", () => {
    expect([niceRound(0), niceRound(0.3), niceRound(148), niceRound(3_449)]).toEqual([
      0, 1, 100, 3_000,
    ]);
  });
});
