import type { TimeWords } from "./timeWords.js";

/** A calendar date (and time of day), as plain numbers: `month` 1–12, years up to 0 before 1 AD. */
export interface CalendarParts {
  year: number;
  month: number;
  day: number;
  hour?: number;
  minute?: number;
}

const pad = (n = 0) => String(n).padStart(2, "0");

/**
 * Writes a calendar date with a date-fns-style pattern and the names of a {@link TimeWords}:
 * `d` day (`dd` two digits), `M` month number (`MM` two digits), `MMM`/`MMMM` month in a date,
 * `LLL`/`LLLL` month standing alone, `y` year, `HH`
 * and `mm` hour and minute, text in single quotes as is. The same text as date-fns' `format`
 * with date-fns' locale for these tokens, without bundling date-fns. A number is read as UTC
 * milliseconds (the calendar day a UTC instant falls on, whatever the viewer's zone); parts
 * are never shifted. Years up to 0 are written in the era before year 1 (0 is "1"), as `y` does.
 *
 * @example
 * formatCalendar("d MMM y", timeWords.fr, { year: 2025, month: 4, day: 2 }); // "2 avr. 2025"
 * formatCalendar("LLL y", resolveTimeWords("de"), Date.UTC(2025, 2, 1)); // "Mär 2025"
 */
export function formatCalendar(
  pattern: string,
  words: TimeWords,
  date: CalendarParts | number,
): string {
  const parts: CalendarParts =
    typeof date === "number"
      ? (() => {
          const u = new Date(date);
          return {
            year: u.getUTCFullYear(),
            month: u.getUTCMonth() + 1,
            day: u.getUTCDate(),
            hour: u.getUTCHours(),
            minute: u.getUTCMinutes(),
          };
        })()
      : date;
  const i = parts.month - 1;
  return pattern.replace(/'([^']*)'|dd?|[ML]{3,4}|MM?|y|HH|mm/g, (token, quoted?: string) =>
    quoted !== undefined
      ? quoted
      : token === "d"
        ? String(parts.day)
        : token === "dd"
          ? pad(parts.day)
          : token === "M"
            ? String(parts.month)
            : token === "MM"
              ? pad(parts.month)
              : token === "y"
                ? String(parts.year > 0 ? parts.year : 1 - parts.year)
                : token === "HH"
                  ? pad(parts.hour)
                  : token === "mm"
                    ? pad(parts.minute)
                    : ((token === "LLLL"
                        ? (words.monthsAloneLong ?? words.months.long)
                        : token.length === 4
                          ? words.months.long
                          : token[0] === "L"
                            ? (words.monthsAlone ?? words.months.short)
                            : words.months.short)[i] ?? ""),
  );
}
