import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/io/readCsv";
import { readJson } from "../../src/io/readJson";
import { readTimelineJs } from "../../src/io/readTimelineJs";
import { closest } from "../../src/model/closest";
import { parseWhen } from "../../src/time/parseWhen";
import { growth } from "../helpers/growth";

/**
 * "Did you mean" hints compare unknown names with known ones by edit distance, which is
 * quadratic: a megabyte-long unknown header or key once took minutes (6.6 s at 100,000
 * characters). Each case is timed at 250,000 and at 1,000,000 characters in the same run: work
 * that grows with the square of the input grows 16 times, linear work 4 times (2.7–3 measured),
 * so a bound of 10 catches the hang on a loaded machine without claiming a speed in
 * milliseconds. Not smaller than 250,000: below that V8 handles strings and regular
 * expressions differently, and the step from 125,000 to 250,000 alone is 6–8 times.
 */
const small = 250_000;
const factor = 4;
const bound = 10;
const long = (n: number) => "A".repeat(n);

/** Ten timings of up to a megabyte each, on a machine others share. */
const budget = 30_000;

describe("long inputs answer in time that grows with their length, not its square", () => {
  it(
    "closest(a megabyte of text, names) answers with no suggestion",
    () => {
      expect(closest(long(1_000_000), ["title", "summary", "when"])).toBeUndefined();
      expect(
        growth((n) => closest(long(n), ["title", "summary", "when"]), small, factor),
      ).toBeLessThan(bound);
    },
    budget,
  );

  it("closest still suggests near names", () => {
    expect(closest("titel", ["title", "summary"])).toBe("title");
    expect(closest("particpant", ["lead", "participant"])).toBe("participant");
  });

  it(
    "readCsv(a one-megabyte header cell) reports it",
    () => {
      const result = readCsv(`${long(1_000_000)},title\n1,2\n`);
      expect(result.data).toBeUndefined();
      expect(result.issues.length).toBeGreaterThan(0);
      expect(growth((n) => readCsv(`${long(n)},title\n1,2\n`), small, factor)).toBeLessThan(bound);
    },
    budget,
  );

  it(
    "readJson(a one-megabyte unknown key) reports it",
    () => {
      const result = readJson(`{"title":"x","${long(1_000_000)}":1}`);
      expect(result.issues.map((i) => i.code)).toContain("unknown_field");
      expect(growth((n) => readJson(`{"title":"x","${long(n)}":1}`), small, factor)).toBeLessThan(
        bound,
      );
    },
    budget,
  );

  it(
    "readTimelineJs(a one-megabyte header cell) reports it",
    () => {
      const result = readTimelineJs(`Year,${long(1_000_000)},Headline\n2020,x,y\n`);
      expect(result.issues.length).toBeGreaterThan(0);
      expect(
        growth((n) => readTimelineJs(`Year,${long(n)},Headline\n2020,x,y\n`), small, factor),
      ).toBeLessThan(bound);
    },
    budget,
  );

  it(
    "parseWhen(a megabyte of digits) fails",
    () => {
      expect(parseWhen("2".repeat(1_000_000)).ok).toBe(false);
      expect(growth((n) => parseWhen("2".repeat(n)), small, factor)).toBeLessThan(bound);
    },
    budget,
  );
});
