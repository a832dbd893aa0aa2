import { describe, expect, it } from "vitest";
import {
  formatMessage,
  type LocalePart,
  missingMessages,
  registerLocale,
  shippedLocales,
  t,
  translatedLocales,
} from "../../src/i18n";
import { allEnglish } from "./allAreas";

const jsons = import.meta.glob<Record<string, string>>("../../src/i18n/locales/**/*.json", {
  eager: true,
  import: "default",
});
const parts = import.meta.glob<LocalePart>("../../src/i18n/locales/*.ts", {
  eager: true,
  import: "default",
});
const times = import.meta.glob<readonly string[]>("../../src/time/locales/*.ts", {
  eager: true,
  import: "fallback",
});
/** A locale's translations: its core file and each area's (`locales/<area>/<tag>.json`). */
const json = (tag: string): Record<string, string> =>
  Object.assign(
    {},
    ...Object.entries(jsons)
      .filter(([path]) => path.endsWith(`/${tag}.json`))
      .map(([, messages]) => messages),
  );
const en = allEnglish;
const keys = Object.keys(en);

/**
 * The placeholder names of a message ({name}, {n, plural, …} → name, n), nested ones included;
 * a plural branch's text (`one {arrest}`) is no placeholder.
 */
function placeholders(message: string): string[] {
  const found = message.matchAll(/(?<!(?:zero|one|two|few|many|other|=\d+)\s*)\{(\w+)(?=[,}])/g);
  return [...new Set([...found].map((m) => m[1]!))].sort();
}

/** The names a plural chooses by: a language without plural forms may write them plainly or not at all. */
const pluralNames = (message: string) =>
  [...message.matchAll(/\{(\w+),\s*(?:plural|selectordinal)/g)].map((m) => m[1]!);

describe("the shipped locales", () => {
  it("every translated locale has every key of the English catalogue, and no other key", () => {
    for (const tag of translatedLocales.filter((tag) => tag !== "en")) {
      const messages = json(tag);
      expect(Object.keys(messages).length, tag).toBeGreaterThan(0);
      expect(
        keys.filter((key) => messages[key] === undefined),
        tag,
      ).toEqual([]);
      expect(
        Object.keys(messages).filter((key) => !Object.hasOwn(en, key)),
        tag,
      ).toEqual([]);
    }
  });

  it("every shipped locale has a part, and the keys it lacks are a declared fallback", () => {
    expect(
      translatedLocales.filter((tag) => tag !== "en" && !shippedLocales.includes(tag)),
    ).toEqual([]);
    for (const tag of shippedLocales) {
      const part = parts[`../../src/i18n/locales/${tag}.ts`];
      expect(part?.tag, tag).toBe(tag);
      expect(part?.words, tag).toBeDefined();
      // The date words it lacks are listed in its generated module (English, declared).
      const declared = times[`../../src/time/locales/${tag}.ts`]!;
      const messages = { ...json(tag.split("-")[0]!), ...json(tag) };
      expect(
        keys.filter((key) => key.startsWith("time.") && messages[key] === undefined),
        tag,
      ).toEqual([...declared]);
      // Any other locale falls back per string for its interface: that is what
      // translatedLocales declares.
      if (!translatedLocales.includes(tag) && !translatedLocales.includes(tag.split("-")[0]!))
        expect(
          keys.some((key) => messages[key] === undefined),
          tag,
        ).toBe(true);
    }
  });

  it("a translation uses the same placeholders as the English message, and every branch formats", () => {
    for (const tag of new Set(Object.keys(jsons).map((p) => /([^/]+)\.json$/.exec(p)![1]!))) {
      const messages = json(tag);
      for (const [key, text] of Object.entries(messages)) {
        const english = en[key]!;
        expect(english, `${tag} ${key} is no key of the English catalogue`).toBeDefined();
        const optional = new Set(pluralNames(english));
        expect(
          placeholders(text).filter((name) => !optional.has(name)),
          `${tag} ${key}`,
        ).toEqual(placeholders(english).filter((name) => !optional.has(name)));
        expect(
          placeholders(text).filter((name) => !placeholders(english).includes(name)),
          `${tag} ${key}`,
        ).toEqual([]);
        const params: Record<string, string | number> = {};
        for (const name of placeholders(english)) params[name] = name === "year" ? "2024" : 0;
        for (const n of [0, 1, 2, 5, 22, 1.5]) {
          for (const name of Object.keys(params))
            if (typeof params[name] === "number") params[name] = n;
          const out = formatMessage(text, params, tag);
          expect(out, `${tag} ${key} ${n}`).not.toMatch(/[{}]/);
          expect(out.trim().length, `${tag} ${key}`).toBeGreaterThan(0);
        }
      }
    }
    // ~35 locales × ~185 messages × 6 counts: its own timeout on a shared machine.
  }, 60_000);

  it("registerLocale(part) makes t() read the locale with nothing missing, plurals included", () => {
    registerLocale(parts["../../src/i18n/locales/pl.ts"]!);
    registerLocale(parts["../../src/i18n/locales/ar.ts"]!);
    registerLocale(parts["../../src/i18n/locales/ja.ts"]!);
    expect(missingMessages("pl")).toEqual([]);
    expect(t("pl", "event.sources", { n: 2 })).toBe("2 źródła");
    expect(t("pl", "event.sources", { n: 5 })).toBe("5 źródeł");
    expect(t("ar", "event.sources", { n: 2 })).toBe("مصدران");
    expect(t("ja", "chart.showTable")).toBe("表を表示");
    // pt-BR reads Portuguese for its interface.
    registerLocale(parts["../../src/i18n/locales/pt.ts"]!);
    registerLocale(parts["../../src/i18n/locales/pt-BR.ts"]!);
    expect(t("pt-BR", "chart.showTable")).toBe("Mostrar tabela");
  });
});
