import type { DatePart, Season } from "./types.js";

/** First month (0-based) of each northern meteorological season; winter starts in December. */
const seasonStartMonth: Record<Season, number> = { spring: 2, summer: 5, autumn: 8, winter: 11 };

/**
 * UTC midnight of a calendar day in ms (month 0-based, overflow rolls over); years 0–99 are
 * taken literally, unlike `Date.UTC`, which reads them as 1900–1999.
 *
 * @example
 * utcDay(2024, 11, 32); // Date.UTC(2025, 0, 1)
 */
export function utcDay(year: number, monthIndex: number, day: number): number {
  // Date.UTC allocates nothing (this runs for every date of a 100,000-event dataset); only the
  // years it would move by 1900 go through a Date.
  if (year < 0 || year > 99) return Date.UTC(year, monthIndex, day);
  const date = new Date(0);
  date.setUTCFullYear(year, monthIndex, day);
  return date.getTime();
}

/**
 * The span a date covers, `[start, end)` in ms at UTC midnight: a day, a month, a season,
 * a quarter, a year, a decade or a century; approximate/uncertain do not widen it.
 *
 * @example
 * datePartRange({ year: 2024, season: "winter", precision: "season", approximate: false, uncertain: false });
 * // { start: Date.UTC(2024, 11, 1), end: Date.UTC(2025, 2, 1) }
 */
export function datePartRange(part: DatePart): { start: number; end: number } {
  const { year } = part;
  switch (part.precision) {
    case "day": {
      const m = (part.month ?? 1) - 1;
      const d = part.day ?? 1;
      return { start: utcDay(year, m, d), end: utcDay(year, m, d + 1) };
    }
    case "month": {
      const m = (part.month ?? 1) - 1;
      return { start: utcDay(year, m, 1), end: utcDay(year, m + 1, 1) };
    }
    case "quarter": {
      const m = ((part.quarter ?? 1) - 1) * 3;
      return { start: utcDay(year, m, 1), end: utcDay(year, m + 3, 1) };
    }
    case "season": {
      const m = seasonStartMonth[part.season ?? "spring"];
      return { start: utcDay(year, m, 1), end: utcDay(year, m + 3, 1) };
    }
    case "year":
      return { start: utcDay(year, 0, 1), end: utcDay(year + 1, 0, 1) };
    case "decade":
      return { start: utcDay(year, 0, 1), end: utcDay(year + 10, 0, 1) };
    case "century":
      return { start: utcDay(year, 0, 1), end: utcDay(year + 100, 0, 1) };
  }
}
