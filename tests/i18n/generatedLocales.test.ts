import { readdirSync, readFileSync } from "node:fs";
import { format } from "date-fns";
import type { Locale } from "date-fns/locale";
import * as dateFns from "date-fns/locale";
import { describe, expect, it } from "vitest";
import {
  generatedLocales,
  localeModule,
  timeModule,
  timeWordsData,
} from "../../scripts/generateLocales";
import { shippedLocales } from "../../src/i18n";
import { formatCalendar } from "../../src/time/formatCalendar";
import { type TimeWords, timeWords } from "../../src/time/timeWords";

const dir = new URL("../../src/time/locales/", import.meta.url);
const modules = import.meta.glob<{ default: TimeWords; fallback: readonly string[] }>(
  "../../src/time/locales/*.ts",
  { eager: true },
);
// biome-ignore lint/performance/noDynamicNamespaceImportAccess: a test, never bundled
const localeOf = (tag: string) => dateFns[generatedLocales[tag]!] as Locale;

describe("generated date words", () => {
  it("scripts/generateLocales.ts writes at least 40 locales, every one with a module", () => {
    expect(shippedLocales.length).toBeGreaterThanOrEqual(40);
    for (const tag of [
      "it",
      "pt",
      "pt-BR",
      "nl",
      "pl",
      "sv",
      "da",
      "nb",
      "fi",
      "cs",
      "ro",
      "hu",
      "el",
      "tr",
      "ru",
      "uk",
      "ja",
      "zh-CN",
      "zh-TW",
      "ko",
      "ar",
      "he",
      "fa",
      "hi",
      "id",
      "vi",
      "th",
    ])
      expect(shippedLocales, tag).toContain(tag);
    const files = readdirSync(dir).map((f) => f.replace(/\.ts$/, ""));
    expect(files.sort()).toEqual([...shippedLocales].sort());
  });

  it("the committed modules are what scripts/generateLocales.ts writes now (run it after editing a JSON)", () => {
    for (const tag of shippedLocales) {
      const module = modules[`../../src/time/locales/${tag}.ts`]!;
      const { words, fallback, century } = timeWordsData(tag, localeOf(tag));
      const { century: generatedCentury, ...rest } = module.default;
      expect(rest, tag).toEqual(words);
      expect(module.fallback, tag).toEqual(fallback);
      expect(generatedCentury(21), tag).toBe(
        century.includes("selectordinal") ? "21st century" : generatedCentury(21),
      );
      // The module texts (before formatting) name the same locale.
      expect(timeModule(tag, localeOf(tag))).toContain(`Date words of \`${tag}\``);
      expect(localeModule(tag)).toContain(`tag: "${tag}"`);
      const part = readFileSync(
        new URL(`../../src/i18n/locales/${tag}.ts`, import.meta.url),
        "utf8",
      );
      expect(part).toContain(`../../time/locales/${tag}.js`);
    }
  });

  it("the hand-written tables (fr, de, es, ar, he) are word for word their generated modules: the script-tag core leaves them to the locale parts", () => {
    for (const tag of ["fr", "de", "es", "ar", "he"] as const) {
      const { century: generatedCentury, ...generated } =
        modules[`../../src/time/locales/${tag}.ts`]!.default;
      const { century, ...core } = timeWords[tag];
      expect(generated, tag).toEqual(core);
      for (const n of [1, 4, 9, 14, 19, 20, 21, 40])
        expect(generatedCentury(n), `${tag} ${n}`).toBe(century(n));
    }
  });

  it("formatCalendar(dayLong/dayShort, words) writes what date-fns' format writes with its own pattern", () => {
    const dates = [
      Date.UTC(2025, 0, 1),
      Date.UTC(2024, 1, 29),
      Date.UTC(2023, 4, 7),
      Date.UTC(2019, 8, 21),
      Date.UTC(2001, 11, 31),
    ];
    for (const tag of shippedLocales) {
      const locale = localeOf(tag);
      const words = modules[`../../src/time/locales/${tag}.ts`]!.default;
      for (const utc of dates) {
        const d = new Date(utc);
        // date-fns formats in the local zone: the same calendar day at local noon.
        const local = new Date(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 12);
        for (const width of ["long", "medium"] as const) {
          const pattern = String(locale.formatLong.date({ width }));
          const ours = formatCalendar(
            width === "long" ? words.dayLong : words.dayShort,
            words,
            utc,
          );
          // An ordinal day ("do") whose suffix varies by day (Ukrainian "1-е") is written plain.
          const expected = [format(local, pattern, { locale })];
          if (/\bdo\b/.test(pattern))
            expected.push(format(local, pattern.replace(/\bdo\b/g, "d"), { locale }));
          expect(expected, `${tag} ${width} ${d.toISOString()}`).toContain(ours);
        }
      }
    }
  });

  it("a month alone reads in the nominative where a language declines it (ru, uk, pl, cs, el)", () => {
    const jan = Date.UTC(2025, 0, 15);
    const long = (tag: string) => {
      const words = modules[`../../src/time/locales/${tag}.ts`]!.default;
      return formatCalendar(words.monthLong, words, jan);
    };
    expect(long("ru")).toBe("январь 2025 г.");
    expect(long("uk")).toMatch(/^січень 2025/);
    expect(long("pl")).toBe("styczeń 2025");
    expect(long("ja")).toBe("2025年1月");
    expect(long("zh-CN")).toBe("2025年1月");
    expect(long("hu")).toBe("2025. január");
    expect(long("pt-BR")).toBe("janeiro de 2025");
  });
});
