import { afterEach, describe, expect, it, vi } from "vitest";
import {
  defineMessages,
  englishCatalogue,
  fallbackReport,
  formatMessage,
  missingMessages,
  registerMessages,
  t,
} from "../../src/i18n";
import { en } from "../../src/i18n/messages";
import { pseudoLocaleTag, registerPseudoLocale } from "../../src/i18n/pseudoLocale";

afterEach(() => vi.restoreAllMocks());

describe("formatMessage", () => {
  it("formatMessage(message, params) fills placeholders and leaves unknown ones as written", () => {
    expect(formatMessage("Hello {name}", { name: "Europol" })).toBe("Hello Europol");
    expect(formatMessage("Hello {name}", {})).toBe("Hello {name}");
  });

  it("formatMessage(plural) chooses by Intl.PluralRules of the locale, exact =n first", () => {
    const message = "{n, plural, =0 {no events} one {# event} other {# events}}";
    expect(formatMessage(message, { n: 0 })).toBe("no events");
    expect(formatMessage(message, { n: 1 })).toBe("1 event");
    expect(formatMessage(message, { n: 1200 })).toBe("1,200 events");
    // Polish has "few" and "many": 2 wydarzenia, 5 wydarzeń.
    const pl =
      "{n, plural, one {# wydarzenie} few {# wydarzenia} many {# wydarzeń} other {# wydarzenia}}";
    expect(formatMessage(pl, { n: 2 }, "pl")).toBe("2 wydarzenia");
    expect(formatMessage(pl, { n: 5 }, "pl")).toBe("5 wydarzeń");
    expect(formatMessage(pl, { n: 22 }, "pl")).toBe("22 wydarzenia");
    // French writes 1 200 with a narrow no-break space.
    expect(formatMessage("{n, plural, other {# évènements}}", { n: 1200 }, "fr")).toBe(
      "1\u202f200 évènements",
    );
  });

  it("formatMessage(selectordinal, roman) writes ordinals and Roman numerals", () => {
    expect(formatMessage(en["time.century"], { n: 21 })).toBe("21st century");
    expect(formatMessage(en["time.century"], { n: 12 })).toBe("12th century");
    expect(formatMessage("{n, roman}e siècle", { n: 21 })).toBe("XXIe siècle");
  });

  it("formatMessage(message) never reads a parameter's own braces or # as syntax", () => {
    expect(
      formatMessage("{n, plural, one {# in {place}} other {# in {place}}}", {
        n: 2,
        place: "#1 {x}",
      }),
    ).toBe("2 in #1 {x}");
  });
});

describe("t", () => {
  it("t(locale, key) reads the locale, then its language, then English — never a blank", () => {
    registerMessages("xx", { "time.ongoing": "xx-ongoing" });
    registerMessages("xx-YY", { "time.unknown": "yy-unknown" });
    vi.spyOn(console, "warn").mockImplementation(() => {});
    expect(t("xx-YY", "time.unknown")).toBe("yy-unknown");
    expect(t("xx_YY", "time.ongoing")).toBe("xx-ongoing");
    expect(t("xx-YY", "time.uncertain")).toBe("uncertain");
    for (const key of Object.keys(en) as (keyof typeof en)[])
      expect(t("zz", key).length, key).toBeGreaterThan(0);
  });

  it("t(locale, key) reports English fallbacks in fallbackReport and warns once per locale", () => {
    const warn = vi.spyOn(console, "warn").mockImplementation(() => {});
    registerMessages("qq", { "time.ongoing": "qq-ongoing" });
    t("qq", "time.ongoing");
    expect(fallbackReport("qq")).toEqual([]);
    t("qq", "time.unknown");
    t("qq", "time.uncertain");
    t("qq", "time.unknown");
    expect(fallbackReport("qq")).toEqual(["time.unknown", "time.uncertain"]);
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]?.[0])).toContain('fallbackReport("qq")');
    // English never falls back.
    t("en-GB", "time.unknown");
    expect(fallbackReport("en-GB")).toEqual([]);
  });

  it("missingMessages(locale) lists the keys a registered locale does not translate", () => {
    registerMessages("mm", { "time.ongoing": "x" });
    expect(missingMessages("mm")).not.toContain("time.ongoing");
    expect(missingMessages("mm")).toContain("time.unknown");
    expect(missingMessages("mm").length).toBe(Object.keys(englishCatalogue()).length - 1);
  });

  it("defineMessages(english) gives an area its own t: its English, translations, fallbacks and the pseudo-locale", () => {
    vi.spyOn(console, "warn").mockImplementation(() => {});
    const tArea = defineMessages({
      "testArea.rows": "{n, plural, one {# row} other {# rows}} read",
      "testArea.empty": "Nothing here",
    });
    expect(tArea("en", "testArea.rows", { n: 1 })).toBe("1 row read");
    expect(englishCatalogue()["testArea.empty"]).toBe("Nothing here");
    registerMessages("zz-area", {
      "testArea.rows": "{n, plural, one {# ligne lue} other {# lignes lues}}",
    });
    expect(tArea("zz-area", "testArea.rows", { n: 3 })).toBe("3 lignes lues");
    expect(tArea("zz-area", "testArea.empty")).toBe("Nothing here");
    expect(fallbackReport("zz-area")).toEqual(["testArea.empty"]);
    expect(missingMessages("zz-area")).toContain("testArea.empty");
    registerPseudoLocale();
    const tLater = defineMessages({ "testAreaLater.word": "Later" });
    expect(tLater(pseudoLocaleTag, "testAreaLater.word")).toMatch(/^\[Láté.* ·+\]$/);
    expect(fallbackReport(pseudoLocaleTag)).toEqual([]);
  });
});
