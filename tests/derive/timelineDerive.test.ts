import { scaleLinear } from "d3-scale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { assignLanes } from "../../src/derive/assignLanes";
import { packRows } from "../../src/derive/packRows";
import { sequentialScale } from "../../src/derive/sequentialScale";
import { defaultDataset } from "../scenarios/timelineScenarios";

describe("packRows", () => {
  it("packRows(items) never overlaps two items in one row", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 200 })), {
          maxLength: 80,
        }),
        (pairs) => {
          const items = pairs.map(([s, l]) => ({ start: s, end: s + l }));
          const { rows } = packRows(items, { gap: 2 });
          for (let i = 0; i < items.length; i++)
            for (let j = i + 1; j < items.length; j++) {
              if (rows[i] !== rows[j]) continue;
              const a = items[i]!;
              const b = items[j]!;
              expect(a.end + 2 <= b.start || b.end + 2 <= a.start).toBe(true);
            }
        },
      ),
    );
  });

  it("packRows(items) uses as many rows as the most items overlapping at once", () => {
    const { rows, rowCount } = packRows([
      { start: 0, end: 5 },
      { start: 3, end: 8 },
      { start: 6, end: 9 },
    ]);
    expect(rows).toEqual([0, 1, 0]);
    expect(rowCount).toBe(2);
  });

  it("packRows(items, { maxRows }) reports what overflowed and does not mutate its input", () => {
    const items = [
      { start: 0, end: 10 },
      { start: 1, end: 10 },
      { start: 2, end: 10 },
    ];
    const copy = structuredClone(items);
    const result = packRows(items, { maxRows: 2 });
    expect(result.rowCount).toBe(2);
    expect(result.overflow).toEqual([2]);
    expect(items).toEqual(copy);
  });
});

describe("assignLanes", () => {
  it("assignLanes(events) groups by kind in a fixed order, without empty lanes", () => {
    const { lanes, membership } = assignLanes(defaultDataset.events);
    expect(lanes.map((l) => l.key)).toEqual(["operation", "arrest", "legislation"]);
    expect(membership.every((m) => m.length === 1)).toBe(true);
    expect(lanes.reduce((n, l) => n + l.count, 0)).toBe(defaultDataset.events.length);
  });

  it("assignLanes(events, { by: 'actor' }) puts a joint event in the lane of every participant", () => {
    const { membership } = assignLanes(defaultDataset.events, { by: "actor", maxLanes: 200 });
    const i = defaultDataset.events.findIndex((e) => e.id === "operation-pacifier-2015-2017");
    expect(membership[i]!.length).toBe(
      new Set(defaultDataset.events[i]!.actors.map((a) => a.actor)).size,
    );
  });

  it("assignLanes(events, { maxLanes }) merges the smallest lanes into Other", () => {
    const { lanes } = assignLanes(defaultDataset.events, { by: "country", maxLanes: 5 });
    expect(lanes).toHaveLength(5);
    expect(lanes[4]!.label).toBe("Other");
    for (let i = 1; i < 4; i++) expect(lanes[i - 1]!.count).toBeGreaterThanOrEqual(lanes[i]!.count);
  });

  it("assignLanes(events, { by: 'lead' }) puts each event in exactly one lane", () => {
    const { membership } = assignLanes(defaultDataset.events, {
      by: "lead",
      actors: defaultDataset.actors,
    });
    expect(membership.every((m) => m.length === 1)).toBe(true);
  });
});

describe("sequentialScale", () => {
  it("sequentialScale(intervals) compresses long quiet periods and keeps active time proportional", () => {
    const s = sequentialScale([
      [0, 100],
      [10_000, 10_100],
    ]);
    expect(s.breaks).toHaveLength(1);
    const x = scaleLinear().domain(s.domain).range(s.range);
    // Two equal active stretches get equal width; the gap gets only a sliver.
    expect(x(100) - x(0)).toBeCloseTo(x(10_100) - x(10_000));
    expect(x(10_000) - x(100)).toBeLessThan(0.1);
  });

  it("sequentialScale(intervals) is monotonic for any input", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1e6 }), fc.integer({ min: 0, max: 1e5 })), {
          minLength: 1,
          maxLength: 50,
        }),
        (pairs) => {
          const s = sequentialScale(pairs.map(([a, l]) => [a, a + l] as [number, number]));
          for (let i = 1; i < s.domain.length; i++) {
            expect(s.domain[i]!).toBeGreaterThanOrEqual(s.domain[i - 1]!);
            expect(s.range[i]!).toBeGreaterThanOrEqual(s.range[i - 1]!);
          }
          expect(s.range[0]).toBe(0);
          expect(s.range[s.range.length - 1]).toBeCloseTo(1);
        },
      ),
    );
  });
});
