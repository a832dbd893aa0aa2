/**
 * Dates format identically in Chromium and Node for every locale (issue 21): the same
 * fast-check-generated dates (fixed seed) through `formatWhen` in every shipped locale, compared
 * with the Node output kept in tests/i18n/dateFixture.json (tests/i18n/dateFixture.test.ts keeps
 * that fixture equal to Node's output).
 */
import { describe, expect, it } from "vitest";
import fixture from "../i18n/dateFixture.json";
import { comparedLocales, formatSamples } from "../i18n/dateSamples";

describe("dates in every locale, Chromium against Node", () => {
  it("formatWhen(when, { locale }) writes in Chromium what it writes in Node, for every locale", () => {
    const chromium = formatSamples();
    expect(comparedLocales.length).toBeGreaterThan(40);
    for (const locale of comparedLocales)
      expect(chromium[locale], locale).toEqual((fixture as Record<string, string[]>)[locale]);
  });
});
