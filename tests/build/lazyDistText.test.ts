import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { describe, expect, it } from "vitest";
import { lazyDistText, lazyTickers } from "../../scripts/splitDistModules";

type D3Time = typeof import("d3-time");

// The script-tag build reads d3-time's dist file with its local-time ticker made lazy and its
// intervals marked pure (so the unused ones leave the core): it must give the same dates.
describe("lazyDistText (d3-time in the script-tag build)", () => {
  const file = "node_modules/d3-time/dist/d3-time.mjs";
  const original = readFileSync(file, "utf8");
  const dir = mkdtempSync(join(tmpdir(), "jl-d3-time-"));
  const load = async (name: string, text: string): Promise<D3Time> => {
    writeFileSync(join(dir, name), text);
    return (await import(/* @vite-ignore */ pathToFileURL(join(dir, name)).href)) as D3Time;
  };

  it("gives the same ticks, intervals and lists as d3-time's own file", async () => {
    const lazy = lazyTickers.find((l) => l.file === "d3-time/dist/d3-time.mjs")!;
    const [before, after] = await Promise.all([
      load("before.mjs", original),
      load("after.mjs", lazyDistText(lazy, original)),
    ]);
    const spans: [number, number, number][] = [
      [Date.UTC(2008, 0, 1), Date.UTC(2026, 0, 1), 10],
      [Date.UTC(2024, 2, 1), Date.UTC(2024, 4, 1), 8],
      [Date.UTC(2024, 2, 1, 6), Date.UTC(2024, 2, 2, 18), 12],
      [Date.UTC(-43, 0, 1), Date.UTC(1, 0, 1), 5],
    ];
    for (const [a, b, n] of spans) {
      const [from, to] = [new Date(a), new Date(b)];
      expect(after.utcTicks(from, to, n).map(Number)).toEqual(
        before.utcTicks(from, to, n).map(Number),
      );
      expect(after.timeTicks(from, to, n).map(Number)).toEqual(
        before.timeTicks(from, to, n).map(Number),
      );
      expect(after.timeTickInterval(from, to, n)?.floor(from).getTime()).toBe(
        before.timeTickInterval(from, to, n)?.floor(from).getTime(),
      );
      expect(after.utcDays(from, to).length).toBe(before.utcDays(from, to).length);
      expect(after.timeMondays(from, to).map(Number)).toEqual(
        before.timeMondays(from, to).map(Number),
      );
    }
  });

  it("marks every interval it rewrites, and fails loudly when d3-time's text changes", () => {
    const lazy = lazyTickers[0]!;
    const text = lazyDistText(lazy, original);
    expect(text).not.toContain(lazy.text);
    expect(text.match(/\/\*#__PURE__\*\//g)?.length).toBeGreaterThan(20);
    expect(() => lazyDistText(lazy, original.replace(lazy.text, ""))).toThrow(/no longer has/);
  });
});
