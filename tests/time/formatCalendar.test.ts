import { format } from "date-fns";
import { ar, de, enGB, enUS, es, fr, he, type Locale } from "date-fns/locale";
import { describe, expect, it } from "vitest";
import { formatCalendar } from "../../src/time/formatCalendar";
import { timeWords } from "../../src/time/timeWords";

const dateFnsLocales: Record<keyof typeof timeWords, Locale> = {
  en: enGB,
  "en-US": enUS,
  fr,
  de,
  es,
  ar,
  he,
};
const patterns = ["y", "LLL y", "LLL", "LLL d", "d LLL", "d LLL y", "d LLL HH:mm", "HH:mm"];
const morePatterns = [
  "d MMM y",
  "d MMMM y",
  "MMMM d, y",
  "d 'de' MMMM 'de' y",
  "d בMMM y",
  "LLLL y",
];

/** A Date whose local fields read the UTC fields of `t`, as date-fns formats local time. */
function localFace(t: number): Date {
  const u = new Date(t);
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
  d.setHours(u.getUTCHours(), u.getUTCMinutes());
  return d;
}

describe("formatCalendar", () => {
  it("formatCalendar(pattern, words, t) writes what date-fns' format writes for the UTC day of t, in every locale", () => {
    for (const [key, locale] of Object.entries(dateFnsLocales) as [
      keyof typeof timeWords,
      Locale,
    ][])
      for (let month = 0; month < 12; month++) {
        const t = Date.UTC(2024, month, month * 2 + 1, month, month * 5);
        for (const pattern of [...patterns, ...morePatterns])
          expect(formatCalendar(pattern, timeWords[key], t)).toBe(
            format(localFace(t), pattern, { locale }),
          );
      }
  });

  it("formatCalendar(pattern, words, parts) never shifts a calendar day and writes years before 1 in their era", () => {
    expect(formatCalendar("d MMM y", timeWords.en, { year: 2025, month: 1, day: 1 })).toBe(
      "1 Jan 2025",
    );
    expect(formatCalendar("d MMM y", timeWords.en, { year: -44, month: 3, day: 15 })).toBe(
      "15 Mar 45",
    );
    expect(formatCalendar("LLL y", timeWords.de, { year: 2025, month: 3, day: 1 })).toBe(
      "Mär 2025",
    );
    expect(formatCalendar("HH:mm", timeWords.en, { year: 2025, month: 3, day: 1 })).toBe("00:00");
  });
});
