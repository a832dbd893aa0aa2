/**
 * The snapshot comparison of tests/snapshots: `actual` against output/<name>.svg, as Observable
 * Plot's tests do. On a mismatch it writes <name>-changed.svg beside the reference (ignored by
 * git) and fails; with no reference yet it writes one and fails, so that a person looks at it
 * before it is committed.
 */
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";

// A path, not a URL: under jsdom, `URL` is jsdom's, which node:fs does not take.
const output = join(import.meta.dirname, "output");

/** Compares `actual` with output/<name>.svg; writes <name>-changed.svg when they differ. */
export function expectSnapshot(name: string, actual: string): void {
  const reference = join(output, `${name}.svg`);
  const changed = join(output, `${name}-changed.svg`);
  if (!existsSync(reference)) {
    writeFileSync(reference, actual);
    throw new Error(`no reference for ${name}: wrote ${reference}; look at it, commit it`);
  }
  const expected = readFileSync(reference, "utf8");
  if (actual === expected) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual);
  expect(actual, `${name} changed: compare ${changed} with the reference`).toBe(expected);
}
