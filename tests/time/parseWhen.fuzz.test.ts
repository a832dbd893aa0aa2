import fc from "fast-check";
import { afterAll, describe, expect, it, vi } from "vitest";
import { dateProblemText } from "../../src/model/dateMessages.js";
import { formatEdtf } from "../../src/time/formatEdtf";
import { parseWhen } from "../../src/time/parseWhen";
import { arbitraryWhen } from "../arbitraries/arbitraryDataset";
import { call, casesRun, fuzzParameters, mutatedText, reportCounts } from "../helpers/fuzzHarness";
import { whenArb } from "./arbitraries";

const edtfAlphabet = fc.constantFrom(
  ..."0123456789-/~?%X.Q uS+eE:T\u0000\u00A0٣".split(""),
  "..",
  "2025",
  "-21",
  "/..",
);

function expectWhenResult(result: ReturnType<typeof parseWhen>): void {
  if (result.ok)
    expect(result.value.type === "date" || result.value.type === "interval").toBe(true);
  else {
    const words = dateProblemText(result.error);
    expect(words.message).not.toMatch(/^date\./);
    expect(words.expected).not.toMatch(/^date\./);
    expect(typeof result.error.found).toBe("string");
  }
}

vi.setConfig({ testTimeout: 60_000 });

describe("parseWhen fuzzing", () => {
  afterAll(() => reportCounts("parseWhen"));

  it("parseWhen(any string) returns a result, never throws, never hangs", () => {
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 40 }), (text) => {
        expectWhenResult(call("parseWhen", parseWhen, text));
      }),
      fuzzParameters(1500),
    );
  });

  it("parseWhen(strings of EDTF characters) returns a result, never throws, never hangs", () => {
    fc.assert(
      fc.property(
        fc.array(edtfAlphabet, { maxLength: 30 }).map((parts) => parts.join("")),
        (text) => expectWhenResult(call("parseWhen", parseWhen, text)),
      ),
      fuzzParameters(1500),
    );
  });

  it("parseWhen(mutated valid dates) returns a result, never throws, never hangs", () => {
    fc.assert(
      fc.property(mutatedText(arbitraryWhen()), (text) =>
        expectWhenResult(call("parseWhen", parseWhen, text)),
      ),
      fuzzParameters(1500),
    );
  });

  it("parseWhen(very long inputs) answers within the hang bound", () => {
    for (const text of [
      "2".repeat(100_000),
      "2025-".repeat(20_000),
      `${"~".repeat(50_000)}2025`,
      `2025${"?".repeat(50_000)}`,
      "/".repeat(100_000),
      `${"2025/".repeat(10_000)}..`,
    ]) {
      expectWhenResult(call("parseWhen", parseWhen, text));
    }
  });

  it("formatEdtf(parseWhen(text)) gives back every canonical value unchanged", () => {
    fc.assert(
      fc.property(whenArb, (when) => {
        const text = formatEdtf(when);
        const parsed = call("parseWhen", parseWhen, text);
        expect(parsed.ok).toBe(true);
        if (parsed.ok) expect(formatEdtf(parsed.value)).toBe(text);
      }),
      fuzzParameters(1000),
    );
  });

  it("ran at least 5,500 parseWhen cases", () => {
    expect(casesRun.get("parseWhen")).toBeGreaterThanOrEqual(5_500);
  });
});
