import { describe, expect, it } from "vitest";
import { compareWhen, formatEdtf, parseWhen } from "../../src/time/index.js";
import type { When } from "../../src/time/types.js";

function value(text: string): When {
  const r = parseWhen(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.reason}`);
  return r.value;
}

describe("compareWhen", () => {
  it("compareWhen(a, b) sorts by earliest start, then latest end", () => {
    const texts = ["2025", "2024-Q4", "2024", "2024-01-01", "201X", "2024-10/2025-02", "../2020"];
    const sorted = texts.map(value).sort(compareWhen).map(formatEdtf);
    expect(sorted).toEqual([
      "201X",
      "../2020",
      "2024-01-01",
      "2024",
      "2024-Q4",
      "2024-10/2025-02",
      "2025",
    ]);
  });
  it("compareWhen(a, a) is zero and compareWhen is antisymmetric", () => {
    const a = value("2024-23");
    const b = value("2024-09");
    expect(compareWhen(a, a)).toBe(0);
    expect(Math.sign(compareWhen(a, b))).toBe(-Math.sign(compareWhen(b, a)));
  });
  it("compareWhen(a, b) does not mutate its inputs", () => {
    const a = value("2024-11/..");
    const b = value("2024~");
    const copies = structuredClone([a, b]);
    compareWhen(a, b);
    expect([a, b]).toEqual(copies);
  });
});
