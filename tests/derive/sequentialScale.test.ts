import { scaleLinear } from "d3-scale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sequentialScale } from "../../src/derive/sequentialScale";

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
