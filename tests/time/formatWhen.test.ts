import { describe, expect, it } from "vitest";
import { formatWhen, parseWhen } from "../../src/time/index.js";
import type { When } from "../../src/time/types.js";

function value(text: string): When {
  const r = parseWhen(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.reason}`);
  return r.value;
}

const f = (text: string, options?: Parameters<typeof formatWhen>[1]) =>
  formatWhen(value(text), options);

describe("formatWhen: English (default)", () => {
  it.each([
    ["2025", "2025"],
    ["2025-04", "Apr 2025"],
    ["2025-04-02", "2 Apr 2025"],
    ["2014~", "2014 (approx.)"],
    ["2014?", "2014 (uncertain)"],
    ["2014%", "2014 (approx., uncertain)"],
    ["2024-11/2025-03", "Nov 2024 – Mar 2025"],
    ["2024-Q4", "Q4 2024"],
    ["2024-Q1~", "early 2024"],
    ["2024-Q2~", "mid 2024"],
    ["2024-Q3~", "mid 2024"],
    ["2024-Q4~", "late 2024"],
    ["2024-Q4%", "late 2024 (uncertain)"],
    ["2024-23", "autumn 2024"],
    ["2024-24", "winter 2024–25"],
    ["2099-24", "winter 2099–2100"],
    ["2023/..", "2023 – ongoing"],
    ["../2020", "until 2020"],
    ["2019/", "2019 – unknown"],
    ["/2019", "unknown – 2019"],
    ["201X", "2010s"],
    ["19XX", "20th century"],
    ["20XX", "21st century"],
    ["2014-XX", "2014"],
    ["2025-04-XX", "Apr 2025"],
    ["2024-02-29", "29 Feb 2024"],
    ["0050-03-02", "2 Mar 50"],
    ["-0044", "45 BC"],
    ["2004-06~/2004-08?", "Jun 2004 (approx.) – Aug 2004 (uncertain)"],
  ])("formatWhen('%s') is %j", (text, expected) => {
    expect(f(text)).toBe(expected);
  });
  it("formatWhen('2025-04', { style: 'long' }) writes the month in full", () => {
    expect(f("2025-04", { style: "long" })).toBe("April 2025");
    expect(f("2025-04-02", { style: "long" })).toBe("2 April 2025");
    expect(f("2025-04-02", { style: "short" })).toBe("2 Apr 2025");
  });
});

describe("formatWhen: locales", () => {
  it("formatWhen(date, { locale: 'en-US' }) writes month first and 'fall'", () => {
    expect(f("2025-04-02", { locale: "en-US" })).toBe("Apr 2, 2025");
    expect(f("2025-04-02", { locale: "en-US", style: "long" })).toBe("April 2, 2025");
    expect(f("2024-23", { locale: "en-US" })).toBe("fall 2024");
  });
  it("formatWhen(date, { locale: 'fr' }) translates every word", () => {
    expect(f("2025-04-02", { locale: "fr" })).toBe("2 avr. 2025");
    expect(f("2025-04", { locale: "fr", style: "long" })).toBe("avril 2025");
    expect(f("2014%", { locale: "fr" })).toBe("2014 (env., incertain)");
    expect(f("2023/..", { locale: "fr" })).toBe("2023 – en cours");
    expect(f("2024-Q4", { locale: "fr" })).toBe("T4 2024");
    expect(f("2024-Q4~", { locale: "fr" })).toBe("fin 2024");
    expect(f("2024-23", { locale: "fr" })).toBe("automne 2024");
    expect(f("201X", { locale: "fr" })).toBe("années 2010");
    expect(f("19XX", { locale: "fr" })).toBe("XXe siècle");
  });
  it("formatWhen(date, { locale: 'de' }) translates every word", () => {
    expect(f("2025-04-02", { locale: "de" })).toBe("2. Apr. 2025");
    expect(f("2025-04", { locale: "de", style: "long" })).toBe("April 2025");
    expect(f("2014~", { locale: "de" })).toBe("2014 (ca.)");
    expect(f("2023/..", { locale: "de" })).toBe("2023 – laufend");
    expect(f("2024-Q1~", { locale: "de" })).toBe("Anfang 2024");
    expect(f("2024-22", { locale: "de" })).toBe("Sommer 2024");
    expect(f("201X", { locale: "de" })).toBe("2010er");
  });
  it("formatWhen(date, { locale: 'es' }) translates every word", () => {
    expect(f("2025-04-02", { locale: "es", style: "long" })).toBe("2 de abril de 2025");
    expect(f("2024-Q2~", { locale: "es" })).toBe("mediados de 2024");
    expect(f("2024-21", { locale: "es" })).toBe("primavera de 2024");
    expect(f("2014?", { locale: "es" })).toBe("2014 (incierto)");
    expect(f("19XX", { locale: "es" })).toBe("siglo XX");
  });
  it("formatWhen(date, { locale: 'ar' }) and { locale: 'he' } translate every word", () => {
    expect(f("2025-04", { locale: "ar" })).toBe("أبريل 2025");
    expect(f("2023/..", { locale: "ar" })).toBe("2023 – مستمر");
    expect(f("2024-Q4~", { locale: "ar" })).toBe("أواخر 2024");
    expect(f("2025-04-02", { locale: "he" })).toBe("2 באפר׳ 2025");
    expect(f("2023/..", { locale: "he" })).toBe("2023 – מתמשך");
    expect(f("2024-24", { locale: "he" })).toBe("חורף 2024–25");
  });
  it("formatWhen(date, { locale }) uses the language of a regional tag and falls back to en", () => {
    expect(f("2025-04", { locale: "fr-CA" })).toBe(f("2025-04", { locale: "fr" }));
    expect(f("2025-04", { locale: "de_AT" })).toBe(f("2025-04", { locale: "de" }));
    expect(f("2025-04-02", { locale: "EN-us" })).toBe("Apr 2, 2025");
    expect(f("2025-04-02", { locale: "en-AU" })).toBe("2 Apr 2025");
    expect(f("2025-04-02", { locale: "ja" })).toBe("2 Apr 2025");
    expect(f("2025-04-02", { locale: "constructor" })).toBe("2 Apr 2025");
    expect(f("2025-04-02", { locale: "" })).toBe("2 Apr 2025");
  });
  it("formatWhen(when) does not mutate its input", () => {
    const w = value("2024-Q4~/..");
    const copy = structuredClone(w);
    formatWhen(w, { locale: "fr", style: "long" });
    expect(w).toEqual(copy);
  });
  it("formatWhen(date) never shifts a calendar date with the time zone", () => {
    // Days next to year ends and DST changes in the zones the TZ=… runs use.
    expect(f("2025-01-01")).toBe("1 Jan 2025");
    expect(f("2024-12-31")).toBe("31 Dec 2024");
    expect(f("2025-03-09")).toBe("9 Mar 2025");
    expect(f("2025-11-02")).toBe("2 Nov 2025");
    expect(f("1900-01-01")).toBe("1 Jan 1900");
    expect(f("0001-01-01")).toBe("1 Jan 1");
  });
});
