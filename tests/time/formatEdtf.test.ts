import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { formatEdtf, parseWhen } from "../../src/time/index.js";
import type { When } from "../../src/time/types.js";
import { whenArb } from "./arbitraries.js";

function value(text: string): When {
  const r = parseWhen(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.reason}`);
  return r.value;
}

describe("formatEdtf", () => {
  it.each([
    ["2025", "2025"],
    ["2025-04-02%", "2025-04-02%"],
    ["2024-q4~", "2024-Q4~"],
    ["2024-36", "2024-Q4"],
    ["2014-XX", "2014"],
    ["2025-04-XX", "2025-04"],
    ["201X?", "201X?"],
    ["19XX", "19XX"],
    ["000X", "000X"],
    ["-0044", "-0044"],
    ["0005-01-01", "0005-01-01"],
    ["2024-24/..", "2024-24/.."],
    ["/2019", "/2019"],
    [" 2019/ ", "2019/"],
  ])("formatEdtf(parseWhen('%s')) is %j", (text, expected) => {
    expect(formatEdtf(value(text))).toBe(expected);
  });
  it("parseWhen(formatEdtf(w)) deep-equals w for every valid w", () => {
    fc.assert(
      fc.property(whenArb, (w) => {
        expect(parseWhen(formatEdtf(w))).toEqual({ ok: true, value: w });
      }),
      { numRuns: 2_000 },
    );
  });
  it("formatEdtf(parseWhen(t)) is a fixed point of parse-then-format", () => {
    fc.assert(
      fc.property(whenArb, (w) => {
        const text = formatEdtf(w);
        expect(formatEdtf(value(text))).toBe(text);
      }),
      { numRuns: 1_000 },
    );
  });
  it("formatEdtf(w) does not mutate its input", () => {
    fc.assert(
      fc.property(whenArb, (w) => {
        const copy = structuredClone(w);
        formatEdtf(w);
        expect(w).toEqual(copy);
      }),
      { numRuns: 200 },
    );
  });
});
