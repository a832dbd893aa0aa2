import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatCount } from "../../src/derive/formatCount";

describe("formatCount", () => {
  it("writes whole counts as Intl.NumberFormat('en-US') does (property)", () => {
    const english = new Intl.NumberFormat("en-US");
    fc.assert(
      fc.property(fc.nat({ max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(formatCount(n)).toBe(english.format(n));
      }),
      { numRuns: 5000 },
    );
  });

  it("groups thousands from the right", () => {
    expect([0, 7, 999, 1000, 12_345, 1_234_567].map(formatCount)).toEqual([
      "0",
      "7",
      "999",
      "1,000",
      "12,345",
      "1,234,567",
    ]);
  });
});
