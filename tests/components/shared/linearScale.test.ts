import { scaleLinear, scaleUtc } from "d3-scale";
import { zoomIdentity } from "d3-zoom";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearScale } from "../../../src/components/shared/linearScale";

// Thousandths up to a billion (denormal extents make d3-array's ticks throw, ours and d3's alike).
const finite = fc.integer({ min: -1e12, max: 1e12 }).map((n) => n / 1000);
// Instants with fractions of a millisecond, 1653–2286 (d3's scaleUtc rounds them).
const instant = fc
  .tuple(fc.integer({ min: -1e13, max: 1e13 }), fc.integer({ min: -999, max: 999 }))
  .map(([ms, fraction]) => ms + fraction / 1000);
// A domain of 2 to 6 values in any order (d3 does not sort it: it bisects what it is given),
// or sorted ascending or descending as the timeline's scales are.
const domainOf = (value: fc.Arbitrary<number>) =>
  fc.oneof(
    fc.array(value, { minLength: 2, maxLength: 6 }),
    fc.array(value, { minLength: 2, maxLength: 6 }).map((a) => a.sort((p, q) => p - q)),
    fc.array(value, { minLength: 2, maxLength: 6 }).map((a) => a.sort((p, q) => q - p)),
  );
const transform = fc
  .record({ k: fc.double({ min: 0.01, max: 1e6, noNaN: true }), x: finite })
  .map(({ k, x }) => zoomIdentity.translate(x, 0).scale(k));

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

  it("linearScale(domain, range) with several pieces maps and inverts as d3's polylinear scaleLinear does, inside and outside the domain", () => {
    fc.assert(
      fc.property(
        domainOf(finite),
        domainOf(finite),
        fc.array(finite, { minLength: 1, maxLength: 8 }),
        fc.integer({ min: 1, max: 20 }),
        (domain, range, xs, count) => {
          const ours = linearScale(domain, range);
          const d3 = scaleLinear().domain(domain).range(range);
          // Domain values themselves (piece ends, bisect ties) and values in between and past.
          for (const x of [...domain, ...range, ...xs]) {
            expect(ours(x)).toBe(d3(x));
            expect(ours.invert(x)).toBe(d3.invert(x));
          }
          expect(ours.domain()).toEqual(d3.domain());
          expect(ours.range()).toEqual(d3.range());
          expect(ours.ticks(count)).toEqual(d3.ticks(count));
          const nicedOurs = ours.copy().nice(count);
          const nicedD3 = d3.copy().nice(count);
          expect(nicedOurs.domain()).toEqual(nicedD3.domain());
          for (const x of xs) expect(nicedOurs(x)).toBe(nicedD3(x));
        },
      ),
    );
  });

  it("linearScale(domain, range, { time: true }) maps, inverts and rounds the domain as d3's scaleUtc does", () => {
    fc.assert(
      fc.property(
        domainOf(instant),
        domainOf(finite),
        fc.array(instant, { minLength: 1, maxLength: 6 }),
        (domain, range, xs) => {
          const ours = linearScale(domain, range, { time: true });
          const d3 = scaleUtc().domain(domain).range(range);
          expect(ours.domain()).toEqual(d3.domain().map(Number));
          for (const x of [...domain, ...xs]) expect(ours(x)).toBe(d3(x));
          for (const y of [...range, ...xs.map((x) => d3(x))])
            expect(ours.invert(y)).toBe(+d3.invert(y));
          expect(ours.copy().domain()).toEqual(d3.copy().domain().map(Number));
          // Dates are read as their milliseconds, as d3 reads them.
          const asDates = linearScale(
            domain.map((t) => new Date(t)),
            range,
            { time: true },
          );
          expect(asDates.domain()).toEqual(
            scaleUtc()
              .domain(domain.map((t) => new Date(t)))
              .domain()
              .map(Number),
          );
        },
      ),
    );
  });

  it("linearScale(...) is rescaled by d3-zoom's transform.rescaleX to the same domain as d3's scaleLinear and scaleUtc, one piece or several", () => {
    fc.assert(
      fc.property(
        domainOf(instant),
        fc.boolean(),
        transform,
        fc.array(instant, { minLength: 1, maxLength: 6 }),
        (domain, rtl, t, xs) => {
          const sorted = domain.slice().sort((p, q) => p - q);
          // The timeline's shapes: an ascending domain onto a range that runs right to left
          // in a right-to-left locale, two points (chronological) or more (sequential).
          const range = sorted.map((_, i) => (rtl ? 800 - i * 100 : i * 100));
          const linear = t.rescaleX(linearScale(sorted, range));
          const d3Linear = t.rescaleX(scaleLinear().domain(sorted).range(range));
          expect(linear.domain()).toEqual(d3Linear.domain());
          expect(linear.range()).toEqual(d3Linear.range());
          for (const x of xs) expect(linear(x)).toBe(d3Linear(x));
          for (const p of [0, 123.5, 800]) expect(linear.invert(p)).toBe(d3Linear.invert(p));
          const two = [sorted[0]!, sorted[sorted.length - 1]!];
          const time = t.rescaleX(linearScale(two, rtl ? [800, 0] : [0, 800], { time: true }));
          const d3Time = t.rescaleX(
            scaleUtc()
              .domain(two)
              .range(rtl ? [800, 0] : [0, 800]),
          );
          expect(time.domain()).toEqual(d3Time.domain().map(Number));
          for (const x of xs) expect(time(x)).toBe(d3Time(x));
          for (const p of [0, 123.5, 800]) expect(time.invert(p)).toBe(+d3Time.invert(p));
        },
      ),
    );
  });

  it("linearScale() with a one-point domain or piece maps to the middle of the range, as d3 does", () => {
    expect(linearScale([5, 5], [0, 100])(5)).toBe(scaleLinear().domain([5, 5]).range([0, 100])(5));
    expect(linearScale([0, 10], [7, 7]).invert(7)).toBe(5);
    const pieces = [0, 5, 5, 10];
    const range = [0, 10, 20, 30];
    for (const x of [-1, 0, 5, 7, 10, 11])
      expect(linearScale(pieces, range)(x)).toBe(scaleLinear().domain(pieces).range(range)(x));
  });

  it("linearScale() maps NaN to NaN and reads mismatched domain and range lengths as d3 does", () => {
    expect(linearScale([0, 10], [0, 100])(Number.NaN)).toBeNaN();
    expect(linearScale([0, 10, 20], [0, 100, 300])(Number.NaN)).toBeNaN();
    const domain = [0, 10, 20, 40];
    const range = [0, 100, 300];
    for (const x of [-5, 5, 15, 30, 50]) {
      expect(linearScale(domain, range)(x)).toBe(scaleLinear().domain(domain).range(range)(x));
      expect(linearScale(range, domain)(x)).toBe(scaleLinear().domain(range).range(domain)(x));
      expect(linearScale(domain.slice(0, 3), range.slice(0, 2))(x)).toBe(
        scaleLinear().domain(domain.slice(0, 3)).range(range.slice(0, 2))(x),
      );
    }
  });

  it("linearScale().copy() is independent of the scale it copies", () => {
    const base = linearScale([0, 1], [0, 10]);
    base.copy().domain([0, 2]);
    base.copy().range([0, 20]);
    expect(base(1)).toBe(10);
    const pieces = linearScale([0, 1, 3], [0, 10, 20]);
    const copy = pieces.copy();
    pieces.domain([0, 2, 3]);
    expect(copy(1)).toBe(10);
    expect(pieces(1)).toBe(5);
  });
});
