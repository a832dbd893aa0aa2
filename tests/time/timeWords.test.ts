import { ar, de, enGB, enUS, es, fr, he, type Locale } from "date-fns/locale";
import { describe, expect, it } from "vitest";
import { timeWords } from "../../src/time/timeWords";

// The month and era names are tables copied from date-fns' locales (so the embed need not
// bundle those locales); these tests keep the two in step. formatCalendar.test.ts checks that
// patterns written with these names read as date-fns' `format` writes them.
const dateFnsLocales: Record<keyof typeof timeWords, Locale> = {
  en: enGB,
  "en-US": enUS,
  fr,
  de,
  es,
  ar,
  he,
};
const months = [...Array(12).keys()];

describe("timeWords", () => {
  for (const [key, locale] of Object.entries(dateFnsLocales) as [
    keyof typeof timeWords,
    Locale,
  ][]) {
    it(`timeWords['${key}'] names months and the era as date-fns' ${locale.code} does`, () => {
      const words = timeWords[key];
      const name = (width: string, context: string) =>
        months.map((m) => locale.localize.month(m as never, { width, context } as never));
      expect(words.months.short).toEqual(name("abbreviated", "formatting"));
      expect(words.months.long).toEqual(name("wide", "formatting"));
      expect(words.monthsAlone ?? words.months.short).toEqual(name("abbreviated", "standalone"));
      expect(name("wide", "standalone")).toEqual(words.months.long);
      expect(words.era).toBe(locale.localize.era(0, { width: "abbreviated" }));
    });
  }
});
