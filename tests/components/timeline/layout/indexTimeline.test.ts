import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { timeOrder } from "../../../../src/components/timeline/layout/timeOrder";

describe("timeOrder", () => {
  const comparatorOrder = (starts: Float64Array, ends: Float64Array) =>
    Array.from({ length: starts.length }, (_, i) => i).sort(
      (a, b) => starts[a]! - starts[b]! || ends[a]! - ends[b]! || a - b,
    );

  it("orders by start, then end, then index, as the comparator sort does (property)", () => {
    // Few distinct values, so ties in start and in end are common.
    const day = fc.integer({ min: 0, max: 6 }).map((d) => Date.UTC(2020, 0, 1 + d));
    const events = fc.array(fc.tuple(day, fc.integer({ min: 0, max: 3 })), { maxLength: 60 });
    fc.assert(
      fc.property(events, (list) => {
        const starts = Float64Array.from(list, ([s]) => s);
        const ends = Float64Array.from(list, ([s, d]) => s + d * 86_400_000);
        const order = timeOrder(starts, ends, ends.slice().sort());
        expect(Array.from(order)).toEqual(comparatorOrder(starts, ends));
      }),
      { numRuns: 2000 },
    );
  });

  it("keeps the order exact for 100,000 events (ranks and index packed in one number)", () => {
    const n = 100_000;
    const starts = Float64Array.from({ length: n }, (_, i) =>
      Date.UTC(2010, 0, 1 + ((i * 7919) % 5479)),
    );
    const ends = Float64Array.from(starts, (s, i) => s + ((i * 104_729) % 400) * 86_400_000);
    const order = timeOrder(starts, ends, ends.slice().sort());
    expect(Array.from(order)).toEqual(comparatorOrder(starts, ends));
  });
});
