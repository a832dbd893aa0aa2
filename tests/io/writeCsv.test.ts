import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/io/parseDataset";
import { readCsv } from "../../src/io/readCsv";
import { writeCsv } from "../../src/io/writeCsv";
import { arbitraryDataset } from "../arbitraries/arbitraryDataset";

// Property tests run hundreds of datasets; give them more than the 5 s default on a busy machine.
describe("readCsv(writeCsv(dataset))", () => {
  it("arbitraryDataset() produces datasets that parseDataset accepts", () => {
    fc.assert(
      fc.property(arbitraryDataset(), (input) => {
        const { data, issues } = parseDataset(input);
        expect(issues).toEqual([]);
        expect(data).toBeDefined();
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("readCsv(writeCsv(dataset)) gives back the same dataset, with no issue", () => {
    fc.assert(
      fc.property(arbitraryDataset(), (input) => {
        const dataset = parseDataset(input).data!;
        const text = writeCsv(dataset);
        const { data, issues } = readCsv(text);
        expect(issues).toEqual([]);
        expect(data).toEqual(dataset);
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("writeCsv(readCsv(writeCsv(dataset))) writes the same text again", () => {
    fc.assert(
      fc.property(arbitraryDataset(), (input) => {
        const text = writeCsv(parseDataset(input).data!);
        expect(writeCsv(readCsv(text).data!)).toBe(text);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("writeCsv(dataset) does not mutate its input", () => {
    fc.assert(
      fc.property(arbitraryDataset(), (input) => {
        const dataset = parseDataset(input).data!;
        const copy = structuredClone(dataset);
        writeCsv(dataset);
        expect(dataset).toEqual(copy);
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});
