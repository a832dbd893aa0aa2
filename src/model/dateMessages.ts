import { defineMessages } from "../i18n/defineMessages";
import type { DateProblem } from "../time/types";

/**
 * The words of an unreadable date (`parseWhen`'s {@link DateProblem}): what is wrong, what was
 * expected and how to fix it, for the person who made the file. Shown with the validation report
 * (`fromZodIssues`) and element attributes. Dates in placeholders are quoted as the author wrote
 * them. Translations: `src/i18n/locales/date/<tag>.json`.
 */
export const tDate = defineMessages({
  "date.reason.yearMonthDay": "dates are written year-month-day",
  "date.reason.hyphens": "dates are written with hyphens",
  "date.reason.spanSlash": "a span is written with a slash between its start and its end",
  "date.reason.oneMark": "a date takes one mark at most",
  "date.reason.markAtEnd": "a ~, ? or % mark can only go at the end of a date",
  "date.reason.timeOfDay": "times of day are not supported",
  "date.reason.yearWithY": "years written with a Y (more than four digits) are not supported",
  "date.reason.level2":
    "lists, sets, exponents and significant digits (EDTF level 2) are not supported",
  "date.reason.twoDigits": "months and days are written with two digits",
  "date.reason.capitalX": "unknown digits are written with a capital X",
  "date.reason.notADate": "this is not a date jointline can read",
  "date.reason.unknownDigits": "only the last one or two digits of a year can be unknown",
  "date.reason.decadeBeforeZero": "decades and centuries before year 0 are not supported",
  "date.reason.decadeWithMonth": "a decade or century cannot have a month",
  "date.reason.yearAfter9999": "years after 9999 are not supported",
  "date.reason.fourDigitYear": "years are written with four digits",
  "date.reason.dayUnknownMonth": "a day with an unknown month is not supported",
  "date.reason.noSuchQuarter": "quarter {quarter} does not exist",
  "date.reason.quarterWithDay": "a quarter cannot have a day",
  "date.reason.monthAsWord": "months are written as numbers",
  "date.reason.notAMonth": "this is not a month",
  "date.reason.seasonWithDay": "a season cannot have a day",
  "date.reason.level2Code":
    "code {code} (hemisphere seasons, four-month and half-year periods, EDTF level 2) is not supported",
  "date.reason.noSuchMonth": "month {month} does not exist",
  "date.reason.notADay": "this is not a day of the month",
  "date.reason.notLeapYear": "{year} is not a leap year, so February has 28 days",
  "date.reason.notLeapYearBc": "{year} ({bc} BC) is not a leap year, so February has 28 days",
  "date.reason.noSuchDay": "day {day} does not exist",
  "date.reason.monthDays": "{month} has {days} days",
  "date.reason.notText": "this is not text",
  "date.reason.noDate": "there is no date",
  "date.reason.oneSlash": "a span has exactly one slash",
  "date.reason.openAlone": "“..” (open) only works as one side of a span",
  "date.reason.spanNeedsDate": "a span needs at least one date",
  "date.reason.endBeforeStart": "the end {end} is before the start {start}",
  "date.expected.date":
    "a date such as 2025, 2025-04, 2025-04-02, 2024-Q4 or a span such as 2024-11/2025-03",
  "date.expected.ymd": "a date in the form YYYY-MM-DD, such as 2025-04-02",
  "date.expected.span": "a span such as 2024-11/2025-03",
  "date.expected.oneMark": "one of ~ (approximate), ? (uncertain) or % (both) at the end",
  "date.expected.markAfter": "a mark after the whole date, such as 2004-06-11~",
  "date.expected.noTime": "a date without a time, such as 2025-04-02",
  "date.expected.year4": "a year with four digits, 0000 to 9999",
  "date.expected.decade": "a decade such as 201X or a century such as 19XX",
  "date.expected.yearSuchAs": "a year with four digits, such as 2025",
  "date.expected.unknownMonth": "a date such as 2025-XX-XX or 2025-04-XX",
  "date.expected.quarterRange": "a quarter from Q1 to Q4",
  "date.expected.quarter": "a quarter such as 2024-Q4",
  "date.expected.month": "a month from 01 to 12",
  "date.expected.season": "a season such as 2024-23",
  "date.expected.monthCode":
    "a month from 01 to 12, a season from 21 (spring) to 24 (winter) or a quarter from Q1 to Q4",
  "date.expected.day31": "a day from 01 to 31",
  "date.expected.dayTo": "a day from 01 to {days}",
  "date.expected.openSpan": "a span such as 2023/.. (since 2023, ongoing)",
  "date.expected.spanWithDate": "a span such as 2023/.. or ../2020",
  "date.expected.endAfterStart": "an end on or after the start",
  "date.hint.didYouMean": "did you mean {suggestion}?",
  "date.hint.dayOrMonth":
    "write dates as YYYY-MM-DD: {dayMonth} if {input} is day/month, {monthDay} if it is month/day",
  "date.hint.percent": "use % for a date that is both approximate and uncertain",
  "date.hint.partialMark": "marking only part of a date (EDTF level 2) is not supported",
  "date.hint.dateOnly": "write the date only: {date}",
  "date.hint.monthNumbers": "write months as numbers, e.g. 2025-04 for April 2025",
  "date.hint.unknownInMonth":
    "unknown digits inside a date with a month (EDTF level 2) are not supported",
  "date.hint.fullYearOrCentury":
    "write the year in full, e.g. {year}, or {century} for the whole century",
  "date.hint.fullYear": "write the year in full, e.g. {year}",
  "date.hint.swapped": "dates are written year-month-day: did you mean {suggestion}?",
  "date.hint.oneSlash": "write dates as YYYY-MM-DD and put one slash between the start and the end",
});

/** The name of a month (1–12) in a locale, as a word on its own ("April", "avril"). */
function monthName(month: number, locale: string | undefined): string {
  const date = new Date(Date.UTC(2000, month - 1, 1));
  try {
    return new Intl.DateTimeFormat(locale ?? "en", { month: "long", timeZone: "UTC" }).format(date);
  } catch {
    return new Intl.DateTimeFormat("en", { month: "long", timeZone: "UTC" }).format(date);
  }
}

/**
 * A date problem worded in a locale (default English): the issue's `message`, `expected` and,
 * when there is one, `hint`.
 *
 * @example
 * const r = parseWhen("2025-4-2");
 * if (!r.ok) dateProblemText(r.error).hint; // "did you mean 2025-04-02?"
 */
export function dateProblemText(
  problem: DateProblem,
  locale?: string,
): { message: string; expected: string; hint?: string } {
  const params =
    problem.reason === "monthDays"
      ? { ...problem.params, month: monthName(Number(problem.params.month), locale) }
      : problem.params;
  const message = tDate(locale, `date.reason.${problem.reason}`, params);
  const expected = tDate(locale, `date.expected.${problem.expected}`, params);
  return problem.hint === undefined
    ? { message, expected }
    : { message, expected, hint: tDate(locale, `date.hint.${problem.hint}`, params) };
}
