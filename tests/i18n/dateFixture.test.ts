import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { comparedLocales, formatSamples } from "./dateSamples";

const fixture = new URL("./dateFixture.json", import.meta.url);

describe("dates in every locale, computed in Node", () => {
  it("formatWhen(when, { locale }) in Node is what dateFixture.json holds (the browser test compares Chromium with it)", () => {
    const now = formatSamples();
    expect(Object.keys(now)).toEqual(comparedLocales);
    for (const texts of Object.values(now)) for (const text of texts) expect(text).not.toBe("");
    if (!existsSync(fixture)) {
      writeFileSync(fixture, `${JSON.stringify(now, null, 2)}\n`);
      throw new Error(
        "dateFixture.json was missing: written now; format it (npx biome format --write), look at it, rerun",
      );
    }
    expect(now).toEqual(JSON.parse(readFileSync(fixture, "utf8")));
    // Each locale writes its own words: no two locales' texts are all the same.
    expect(new Set(Object.values(now).map((texts) => texts.join("|"))).size).toBeGreaterThan(40);
  }, 60_000);
});
