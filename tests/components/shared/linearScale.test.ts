import { scaleLinear } from "d3-scale";
import { zoomIdentity } from "d3-zoom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearScale } from "../../../src/components/shared/linearScale";

// Thousandths up to a billion (denormal extents make d3-array's ticks throw, ours and d3's alike).
const finite = fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 1000);

describe("linearScale", () => {
  it("linearScale(domain, range) maps, inverts, ticks and nices as d3's scaleLinear does", () => {
    fc.assert(
      fc.property(
        finite,
        finite,
        finite,
        finite,
        finite,
        fc.integer({ min: 1, max: 20 }),
        (a, b, r0, r1, x, count) => {
          const ours = linearScale([a, b], [r0, r1]);
          const d3 = scaleLinear().domain([a, b]).range([r0, r1]);
          expect(ours(x)).toBe(d3(x));
          if (r0 !== r1)
            expect(ours.invert(r0 + (r1 - r0) / 3)).toBe(d3.invert(r0 + (r1 - r0) / 3));
          expect(ours.ticks(count)).toEqual(d3.ticks(count));
          expect(ours.copy().nice(count).domain()).toEqual(d3.copy().nice(count).domain());
        },
      ),
    );
  });

  it("linearScale() with a one-point domain maps to the middle of the range, as d3 does", () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(scaleLinear().domain([5, 5]).range([0, 100])(5));
    expect(linearScale([0, 10], [7, 7]).invert(7)).toBe(5);
  });

  it("linearScale(...) is rescaled by d3-zoom's transform.rescaleX like a d3 scale, and copy() is independent", () => {
    const t = zoomIdentity.translate(-150, 0).scale(3);
    const ours = t.rescaleX(linearScale([Date.UTC(2020, 0, 1), Date.UTC(2024, 0, 1)], [0, 800]));
    const d3 = t.rescaleX(
      scaleLinear()
        .domain([Date.UTC(2020, 0, 1), Date.UTC(2024, 0, 1)])
        .range([0, 800]),
    );
    expect(ours.domain()[0]).toBeCloseTo(d3.domain()[0]!, 0);
    expect(ours.domain()[1]).toBeCloseTo(d3.domain()[1]!, 0);
    const base = linearScale([0, 1], [0, 10]);
    base.copy().domain([0, 2]);
    expect(base(1)).toBe(10);
  });
});
