import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/io/parseDataset";
import { readJson } from "../../src/io/readJson";
import { writeJson } from "../../src/io/writeJson";
import { arbitraryDataset } from "../arbitraries/arbitraryDataset";

describe("readJson(writeJson(dataset))", () => {
  it("readJson(writeJson(dataset)) gives back the same dataset, with no issue", () => {
    fc.assert(
      fc.property(arbitraryDataset(), (input) => {
        const dataset = parseDataset(input).data!;
        const { data, issues } = readJson(writeJson(dataset));
        expect(issues).toEqual([]);
        expect(data).toEqual(dataset);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("writeJson(readJson(text)) writes the same text again", () => {
    fc.assert(
      fc.property(arbitraryDataset(), (input) => {
        const text = writeJson(parseDataset(input).data!);
        expect(writeJson(readJson(text).data!)).toBe(text);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("parseDataset(value) does not mutate its input", () => {
    fc.assert(
      fc.property(arbitraryDataset(), (input) => {
        const before = structuredClone(input);
        parseDataset(input);
        expect(input).toEqual(before);
      }),
      { numRuns: 100 },
    );
  }, 60_000);
});
