import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approximateTextWidth } from "../../../src/components/shared/measureText";
import { labelMeasureFor } from "../../../src/components/timeline/caches";

/** What labelMeasureFor promises past 500 events: the sum of each character's advance, +3 %, +1. */
function sumOfAdvances(text: string, size: number): number {
  let w = 0;
  for (const ch of text) w += approximateTextWidth(ch, size);
  return w * 1.03 + 1;
}

describe("labelMeasureFor(n, exact, fontSize)", () => {
  it("labelMeasureFor measures exactly up to 500 events", () => {
    expect(labelMeasureFor(500, approximateTextWidth, 12)).toBe(approximateTextWidth);
  });

  it("labelMeasureFor past 500 events sums per-character advances, for any text and size (property)", () => {
    const measure = labelMeasureFor(1000, approximateTextWidth, 12);
    // Any UTF-16 text: astral characters, lone surrogates, scripts past U+0800.
    const text = fc.oneof(
      fc.string({ unit: "binary" }),
      fc.string({ unit: "grapheme" }),
      fc.string({
        unit: fc.constantFrom("a", "W", " ", "é", "ж", "م", "中", "😀", "\ud800", "\udc00"),
      }),
    );
    fc.assert(
      fc.property(text, fc.constantFrom(12, 12, 16), (t, size) => {
        expect(measure(t, size)).toBe(sumOfAdvances(t, size));
      }),
      { numRuns: 500 },
    );
  });
});
