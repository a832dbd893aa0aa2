import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { compareLabels } from "../../src/derive/compareLabels";

const sign = (n: number) => Math.sign(n);
const plain = fc.string({ unit: fc.constantFrom(..."aAbBzZ09 .-"), maxLength: 6 });

describe("compareLabels", () => {
  it("orders plain labels as the English collator does (property)", () => {
    const collator = new Intl.Collator("en");
    fc.assert(
      fc.property(plain, plain, (a, b) => {
        expect(sign(compareLabels(a, b))).toBe(sign(collator.compare(a, b)));
      }),
      { numRuns: 5000 },
    );
  });

  it("sorts lower case first, case-insensitively, digits before letters", () => {
    expect(["b", "B", "a", "A1", "a 2", "10", "9"].sort(compareLabels)).toEqual(
      ["10", "9", "a 2", "a", "A1", "b", "B"].sort((x, y) => new Intl.Collator("en").compare(x, y)),
    );
    expect(["b", "B", "a"].sort(compareLabels)).toEqual(["a", "b", "B"]);
  });

  it("leaves other labels to localeCompare (accents sort with their letter)", () => {
    expect(["Peru", "Österreich", "Oman"].sort(compareLabels)).toEqual([
      "Oman",
      "Österreich",
      "Peru",
    ]);
  });
});
