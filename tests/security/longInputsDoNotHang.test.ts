import { describe, expect, it } from "vitest";
import { readCsv } from "../../src/io/readCsv";
import { readJson } from "../../src/io/readJson";
import { readTimelineJs } from "../../src/io/readTimelineJs";
import { closest } from "../../src/model/closest";
import { parseWhen } from "../../src/time/parseWhen";

/**
 * "Did you mean" hints compare unknown names with known ones by edit distance, which is
 * quadratic: a megabyte-long unknown header or key once took minutes (6.6 s at 100,000
 * characters). A bound of one second is a hang detector on a loaded machine, not a speed claim.
 */
const hangBoundMs = 1_000;
const long = "A".repeat(1_000_000);

function timed<T>(run: () => T): { result: T; ms: number } {
  const start = performance.now();
  const result = run();
  return { result, ms: performance.now() - start };
}

describe("long inputs answer quickly", () => {
  it("closest(a megabyte of text, names) answers at once, with no suggestion", () => {
    const { result, ms } = timed(() => closest(long, ["title", "summary", "when"]));
    expect(result).toBeUndefined();
    expect(ms).toBeLessThan(hangBoundMs);
  });

  it("closest still suggests near names", () => {
    expect(closest("titel", ["title", "summary"])).toBe("title");
    expect(closest("particpant", ["lead", "participant"])).toBe("participant");
  });

  it("readCsv(a one-megabyte header cell) reports it within the bound", () => {
    const { result, ms } = timed(() => readCsv(`${long},title\n1,2\n`));
    expect(result.data).toBeUndefined();
    expect(result.issues.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(hangBoundMs);
  });

  it("readJson(a one-megabyte unknown key) reports it within the bound", () => {
    const { result, ms } = timed(() => readJson(`{"title":"x","${long}":1}`));
    expect(result.issues.map((i) => i.code)).toContain("unknown_field");
    expect(ms).toBeLessThan(hangBoundMs);
  });

  it("readTimelineJs(a one-megabyte header cell) reports it within the bound", () => {
    const { result, ms } = timed(() => readTimelineJs(`Year,${long},Headline\n2020,x,y\n`));
    expect(result.issues.length).toBeGreaterThan(0);
    expect(ms).toBeLessThan(hangBoundMs);
  });

  it("parseWhen(a megabyte of digits) fails within the bound", () => {
    const { result, ms } = timed(() => parseWhen("2".repeat(1_000_000)));
    expect(result.ok).toBe(false);
    expect(ms).toBeLessThan(hangBoundMs);
  });
});
