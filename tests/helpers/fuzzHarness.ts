/**
 * What every fuzz test checks about a parser call: it returns (never throws), it returns within a
 * hang bound, and its result has our shape. Also counts the cases run, for the CI note.
 */
import fc from "fast-check";
import { expect } from "vitest";
import type { Issue, ReadResult } from "../../src/model";
import { cpuNow } from "./growth";

/**
 * A call slower than this is treated as a hang. It is a hang detector on a loaded 2-core CI
 * machine, not a performance claim: typical calls take well under a millisecond. The time is the
 * process's CPU time (`cpuNow`), which other processes on the machine do not inflate.
 */
export const hangBoundMs = 200;

/** Cases per run, by parser, summed by the test files and printed at the end of each file. */
export const casesRun = new Map<string, number>();

/** The slowest call seen, by parser. */
export const slowestMs = new Map<string, number>();

/** A fixed seed per CI run would hide new cases; a seed from the environment reproduces one. */
export const fuzzParameters = (numRuns: number): fc.Parameters<unknown> => ({
  numRuns,
  ...(process.env.FUZZ_SEED ? { seed: Number(process.env.FUZZ_SEED) } : {}),
});

/**
 * Calls `parse(input)`, failing the property if it throws or runs past {@link hangBoundMs}.
 * @example const result = call("readJson", readJson, text);
 */
export function call<I, R>(name: string, parse: (input: I) => R, input: I): R {
  const start = cpuNow();
  let result: R;
  try {
    result = parse(input);
  } catch (error) {
    throw new Error(`${name} threw on ${JSON.stringify(input)?.slice(0, 300)}: ${String(error)}`);
  }
  let ms = cpuNow() - start;
  if (ms > hangBoundMs) {
    // Time a slow call once more, since a real hang repeats and a garbage collection does not.
    const again = cpuNow();
    parse(input);
    ms = Math.min(ms, cpuNow() - again);
  }
  casesRun.set(name, (casesRun.get(name) ?? 0) + 1);
  slowestMs.set(name, Math.max(slowestMs.get(name) ?? 0, ms));
  if (ms > hangBoundMs) {
    throw new Error(`${name} took ${ms.toFixed(0)} ms on ${JSON.stringify(input)?.slice(0, 300)}`);
  }
  return result;
}

const severities = new Set(["error", "warning"]);

/** Asserts that a reader's result is a `ReadResult`: issues well formed, data iff no error. */
export function expectReadResult(result: ReadResult<unknown>): void {
  expect(Array.isArray(result.issues)).toBe(true);
  for (const issue of result.issues as Issue[]) {
    expect(typeof issue.code).toBe("string");
    expect(issue.code).toMatch(/^[a-z][a-z0-9_]*$/);
    expect(severities.has(issue.severity)).toBe(true);
    expect(Array.isArray(issue.path)).toBe(true);
    expect(typeof issue.message).toBe("string");
    expect(issue.message.length).toBeGreaterThan(0);
  }
  const hasError = result.issues.some((issue) => issue.severity === "error");
  expect(result.data === undefined).toBe(hasError);
}

/** One edit of a text: delete, insert, replace, duplicate or swap a short slice. */
const edit = fc.record({
  op: fc.constantFrom("delete", "insert", "replace", "duplicate", "truncate"),
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  length: fc.integer({ min: 1, max: 8 }),
  text: fc.oneof(
    fc.string({ maxLength: 4 }),
    fc.constantFrom(
      '"',
      ",",
      "\n",
      "\r",
      "{",
      "}",
      "[",
      "]",
      ":",
      "\\",
      "\u0000",
      "\uFEFF",
      "/",
      "~",
      "?",
      "%",
      "-",
      "..",
      "<",
      ">",
      "&amp;",
      "<script>",
      "X",
      "Q",
      "\u202E",
    ),
  ),
});

/**
 * Text mutated by one to four random edits: the broken files people actually produce
 * (a truncated download, a stray quote, a pasted fragment).
 * @example mutatedText(fc.constant('{"title":"x"}'))
 */
export function mutatedText(base: fc.Arbitrary<string>): fc.Arbitrary<string> {
  return fc.tuple(base, fc.array(edit, { minLength: 1, maxLength: 4 })).map(([text, edits]) => {
    let out = text;
    for (const { op, at, length, text: insert } of edits) {
      const i = Math.floor(at * out.length);
      if (op === "delete") out = out.slice(0, i) + out.slice(i + length);
      else if (op === "insert") out = out.slice(0, i) + insert + out.slice(i);
      else if (op === "replace") out = out.slice(0, i) + insert + out.slice(i + length);
      else if (op === "duplicate") out = out.slice(0, i + length) + out.slice(i);
      else out = out.slice(0, i);
    }
    return out;
  });
}

/** Replaces one value somewhere inside a JSON value by another value (structural mutation). */
export function mutatedValue(base: fc.Arbitrary<unknown>): fc.Arbitrary<unknown> {
  return fc
    .tuple(base, fc.double({ min: 0, max: 1, noNaN: true }), fc.jsonValue({ maxDepth: 2 }))
    .map(([value, at, replacement]) => {
      const copy = structuredClone(value);
      const slots: [Record<string | number, unknown>, string | number][] = [];
      const walk = (node: unknown) => {
        if (node === null || typeof node !== "object") return;
        for (const key of Object.keys(node)) {
          slots.push([node as Record<string, unknown>, key]);
          walk((node as Record<string, unknown>)[key]);
        }
      };
      walk(copy);
      if (slots.length === 0) return replacement;
      const [parent, key] = slots[Math.min(slots.length - 1, Math.floor(at * slots.length))]!;
      parent[key] = replacement;
      return copy;
    });
}

/** Prints the counts of a fuzz file, so CI logs show how many cases ran. */
export function reportCounts(file: string): void {
  const parts = [...casesRun].map(
    ([name, n]) => `${name}: ${n} cases, slowest ${slowestMs.get(name)!.toFixed(1)} ms`,
  );
  console.log(`[fuzz] ${file}: ${parts.join("; ")}`);
}
