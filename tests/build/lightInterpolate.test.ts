import { interpolateZoom as d3InterpolateZoom } from "d3-interpolate";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { interpolateZoom } from "../../src/build/lightInterpolate";

const view = fc.tuple(
  fc.double({ min: -1e4, max: 1e4, noNaN: true }),
  fc.double({ min: -1e4, max: 1e4, noNaN: true }),
  fc.double({ min: 1e-3, max: 1e5, noNaN: true }),
);

describe("lightInterpolate (the script-tag build's d3-interpolate)", () => {
  it("interpolateZoom(p0, p1) gives d3's views and duration, also with another rho and for equal centres", () => {
    fc.assert(
      fc.property(
        view,
        view,
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0.1, max: 4, noNaN: true }),
        fc.boolean(),
        (p0, p1, t, rho, sameCentre) => {
          const to: [number, number, number] = sameCentre ? [p0[0], p0[1], p1[2]] : p1;
          for (const [ours, theirs] of [
            [interpolateZoom, d3InterpolateZoom],
            // @types/d3-interpolate leaves out d3's `rho` setter, which exists at runtime.
            [
              interpolateZoom.rho(rho),
              (d3InterpolateZoom as unknown as typeof interpolateZoom).rho(rho),
            ],
          ] as const) {
            const a = ours(p0, to);
            const b = theirs(p0, to);
            expect(a.duration).toBe(b.duration);
            expect(a(t)).toEqual(b(t));
          }
        },
      ),
      { numRuns: 500 },
    );
  });
});
