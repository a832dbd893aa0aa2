import { execFile } from "node:child_process";
import { resolve } from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";

/**
 * Date-only values must never shift with the viewer's zone. This runs zoneOutput.ts (every
 * date-sensitive output for two datasets: formatted dates in four locales, extents, totals per
 * year/quarter/month, written JSON and CSV, server-rendered SVG of every view, axis ticks
 * across midnight, month ends, DST changes and centuries) in child processes under each zone,
 * and requires byte-identical results. Child processes, because a process reads TZ once for
 * cached Intl formatters. The four run side by side: each is one core's work for a few seconds,
 * and one after another they were the longest file of the node project (38 s of 295).
 */
/** UTC, UTC+14, UTC−8 (−7 in summer) and a half-hour offset, UTC+5:30. */
const zones = ["UTC", "Pacific/Kiritimati", "America/Los_Angeles", "Asia/Kolkata"];
const root = resolve(import.meta.dirname, "../..");
const run = promisify(execFile);

async function outputIn(zone: string): Promise<Record<string, unknown>> {
  const { stdout } = await run(
    process.execPath,
    ["--import", "tsx", resolve(import.meta.dirname, "zoneOutput.ts")],
    { cwd: root, env: { ...process.env, TZ: zone }, maxBuffer: 64 * 1024 * 1024 },
  );
  return JSON.parse(stdout);
}

describe("date output in every time zone", () => {
  it(`is identical under ${zones.join(", ")}`, async () => {
    const outputs = await Promise.all(zones.map(outputIn));
    const [utc, ...others] = outputs;
    expect(utc!.zone).toBe("UTC");
    for (const [i, other] of others.entries()) {
      // The child really ran in that zone (ICU may name it by an alias, e.g. Asia/Calcutta).
      expect(other.zone).not.toBe("UTC");
      const { zone: _a, ...rest } = other;
      const { zone: _b, ...expected } = utc!;
      for (const key of Object.keys(expected)) {
        expect(rest[key], `${key} under ${zones[i + 1]}`).toEqual(expected[key]);
      }
    }
  }, 300_000);
});
