// Over 400 lines on purpose: one parser. parseWhen reads the EDTF subset (levels 0–1 plus
// quarters) and, for every way a journalist's date can be wrong, says what was expected and
// suggests the fix ("did you mean 2025-04-02?"); the grammar's parts share those error helpers
// and only make sense together. Its pieces that stand alone already have their own files
// (datePartRange, daysInMonth, formatEdtf, toExtent).
import { datePartRange } from "./datePartRange.js";
import { daysInMonth } from "./daysInMonth.js";
import type { Bound, DatePart, Season, WhenResult } from "./types.js";

type ParseError = { message: string; expected: string; found: string; hint?: string };
type PartResult = { ok: true; part: DatePart } | { ok: false; error: ParseError };

const monthNames = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const seasonByCode: Record<number, Season> = {
  21: "spring",
  22: "summer",
  23: "autumn",
  24: "winter",
};

const EXPECTED_DATE =
  "a date such as 2025, 2025-04, 2025-04-02, 2024-Q4 or a span such as 2024-11/2025-03";

function error(message: string, expected: string, found: string, hint?: string): ParseError {
  return hint === undefined ? { message, expected, found } : { message, expected, found, hint };
}

function fail(message: string, expected: string, found: string, hint?: string): WhenResult {
  return { ok: false, error: error(message, expected, found, hint) };
}

function failPart(message: string, expected: string, found: string, hint?: string): PartResult {
  return { ok: false, error: error(message, expected, found, hint) };
}

const pad2 = (s: string) => s.padStart(2, "0");

/** Recognizes day-first or month-first dates with slashes or dots, which EDTF cannot express. */
function slashDateError(input: string): WhenResult | undefined {
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(input);
  if (dmy) {
    const [, a = "", b = "", y = ""] = dmy;
    const na = Number(a);
    const nb = Number(b);
    let hint: string;
    if (na > 12 && nb <= 12) hint = `did you mean ${y}-${pad2(b)}-${pad2(a)}?`;
    else if (nb > 12 && na <= 12) hint = `did you mean ${y}-${pad2(a)}-${pad2(b)}?`;
    else
      hint = `write dates as YYYY-MM-DD: ${y}-${pad2(b)}-${pad2(a)} if ${input} is day/month, ${y}-${pad2(a)}-${pad2(b)} if it is month/day`;
    return fail(
      "dates are written year-month-day",
      "a date in the form YYYY-MM-DD, such as 2025-04-02",
      input,
      hint,
    );
  }
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(input);
  if (ymd) {
    const [, y = "", m = "", d = ""] = ymd;
    return fail(
      "dates are written with hyphens",
      "a date in the form YYYY-MM-DD, such as 2025-04-02",
      input,
      `did you mean ${y}-${pad2(m)}-${pad2(d)}?`,
    );
  }
  return undefined;
}

/** Recognizes spans written with a dash or "to" instead of EDTF's slash. */
function spanError(input: string): WhenResult | undefined {
  const span = /^(\S+?)\s*(?:[–—]|\s-\s|\sto\s)\s*(\S+)$/i.exec(input);
  if (!span) return undefined;
  const [, a = "", b = ""] = span;
  return fail(
    "a span is written with a slash between its start and its end",
    "a span such as 2024-11/2025-03",
    input,
    `did you mean ${a}/${b}?`,
  );
}

function parseBound(text: string): { ok: true; bound: Bound } | { ok: false; error: ParseError } {
  if (text === "") return { ok: true, bound: { unknown: true } };
  if (text === "..") return { ok: true, bound: { open: true } };
  const r = parseDatePart(text);
  return r.ok ? { ok: true, bound: r.part } : r;
}

/** The number written by the ASCII digits of `text` from `at`, `length` of them. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** A plain date: YYYY, YYYY-MM or YYYY-MM-DD. */
const PLAIN_PART = /^\d{4}(?:-\d\d(?:-\d\d)?)?$/;

/**
 * A plain date (as {@link PLAIN_PART} or a side of {@link PLAIN_WHEN} matches) as the part
 * `parseDatePart` returns, read by character codes; undefined if the month or day does not exist.
 */
function plainPart(text: string): DatePart | undefined {
  const year = digitsAt(text, 0, 4);
  if (text.length === 4) return { year, precision: "year", approximate: false, uncertain: false };
  const month = digitsAt(text, 5, 2);
  if (month < 1 || month > 12) return undefined;
  if (text.length === 7)
    return { year, month, precision: "month", approximate: false, uncertain: false };
  const day = digitsAt(text, 8, 2);
  if (day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day, precision: "day", approximate: false, uncertain: false };
}

function parseDatePart(text: string): PartResult {
  // The plain forms (YYYY, YYYY-MM, YYYY-MM-DD), most of any dataset: the checks below exist
  // to explain what is wrong with the other texts. Anything unusual falls through.
  const plain = PLAIN_PART.test(text) ? plainPart(text) : undefined;
  if (plain) return { ok: true, part: plain };
  let body = text;
  let approximate = false;
  let uncertain = false;
  const last = body.at(-1);
  if (last === "~" || last === "?" || last === "%") {
    body = body.slice(0, -1);
    approximate = last !== "?";
    uncertain = last !== "~";
    if (/[~?%]$/.test(body))
      return failPart(
        "a date takes one mark at most",
        "one of ~ (approximate), ? (uncertain) or % (both) at the end",
        text,
        "use % for a date that is both approximate and uncertain",
      );
  }
  if (/[~?%]/.test(body))
    return failPart(
      "a ~, ? or % mark can only go at the end of a date",
      "a mark after the whole date, such as 2004-06-11~",
      text,
      "marking only part of a date (EDTF level 2) is not supported",
    );
  const time = /(?:T|\s+)\d{1,2}(?::\d{2})*.*$/.exec(body);
  if (time && /^-?\d{4}(?:-\d{2}){0,2}(?:T|\s)/.test(body))
    return failPart(
      "times of day are not supported",
      "a date without a time, such as 2025-04-02",
      time[0].trim(),
      `write the date only: ${body.slice(0, time.index)}`,
    );
  if (/^-?Y/i.test(body))
    return failPart(
      "years written with a Y (more than four digits) are not supported",
      "a year with four digits, 0000 to 9999",
      text,
    );
  if (/[[\]{}]|\.\./.test(body) || /^\d+(?:[ES]\d+)+$/.test(body))
    return failPart(
      "lists, sets, exponents and significant digits (EDTF level 2) are not supported",
      EXPECTED_DATE,
      text,
    );
  const unpadded = /^(-?\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(body);
  if (unpadded && (unpadded[2]?.length === 1 || unpadded[3]?.length === 1)) {
    const [, y = "", m = "", d] = unpadded;
    const fixed = `${y}-${pad2(m)}${d === undefined ? "" : `-${pad2(d)}`}`;
    return failPart(
      "months and days are written with two digits",
      "a date in the form YYYY-MM-DD, such as 2025-04-02",
      text,
      `did you mean ${fixed}${text.slice(body.length)}?`,
    );
  }
  if (/^-?[0-9X]*x/.test(body))
    return failPart(
      "unknown digits are written with a capital X",
      "a decade such as 201X or a century such as 19XX",
      text,
      `did you mean ${body.replace(/x/g, "X")}${text.slice(body.length)}?`,
    );
  const m = /^(-?)([0-9X]+)(?:-([0-9A-Za-z]+))?(?:-([0-9A-Za-z]+))?$/.exec(body);
  if (!m) {
    const hint = /[a-z]{3}/i.test(body)
      ? "write months as numbers, e.g. 2025-04 for April 2025"
      : undefined;
    return failPart("this is not a date jointline can read", EXPECTED_DATE, text, hint);
  }
  const [, sign = "", yearText = "", monthText, dayText] = m;
  const flags = { approximate, uncertain };

  // Year, decade or century.
  if (yearText.includes("X")) {
    const decade = /^\d{3}X$/.test(yearText);
    const century = /^\d{2}XX$/.test(yearText);
    if (!decade && !century)
      return failPart(
        "only the last one or two digits of a year can be unknown",
        "a decade such as 201X or a century such as 19XX",
        yearText,
      );
    if (sign)
      return failPart(
        "decades and centuries before year 0 are not supported",
        "a decade such as 201X or a century such as 19XX",
        text,
      );
    if (monthText !== undefined)
      return failPart(
        "a decade or century cannot have a month",
        "a decade such as 201X or a century such as 19XX",
        text,
        "unknown digits inside a date with a month (EDTF level 2) are not supported",
      );
    const first = Number(yearText.replace(/X/g, "0"));
    return { ok: true, part: { year: first, precision: decade ? "decade" : "century", ...flags } };
  }
  if (yearText.length !== 4) {
    return yearText.length > 4
      ? failPart(
          "years after 9999 are not supported",
          "a year with four digits, 0000 to 9999",
          yearText,
        )
      : failPart(
          "years are written with four digits",
          "a year with four digits, such as 2025",
          yearText,
          yearText.length === 2
            ? `write the year in full, e.g. 20${yearText}, or ${yearText}XX for the whole century`
            : `write the year in full, e.g. ${yearText.padStart(4, "0")}`,
        );
  }
  const year = sign ? -Number(yearText) || 0 : Number(yearText);
  if (monthText === undefined) return { ok: true, part: { year, precision: "year", ...flags } };

  // Month, season, quarter or an unspecified month.
  if (monthText === "XX") {
    if (dayText !== undefined && dayText !== "XX")
      return failPart(
        "a day with an unknown month is not supported",
        "a date such as 2025-XX-XX or 2025-04-XX",
        text,
      );
    return { ok: true, part: { year, precision: "year", ...flags } };
  }
  const q = /^[Qq]([0-9]+)$/.exec(monthText);
  if (q) {
    const n = Number(q[1]);
    if (n < 1 || n > 4 || q[1]?.length !== 1)
      return failPart(`quarter ${q[1]} does not exist`, "a quarter from Q1 to Q4", monthText);
    if (dayText !== undefined)
      return failPart("a quarter cannot have a day", "a quarter such as 2024-Q4", text);
    return {
      ok: true,
      part: { year, quarter: n as 1 | 2 | 3 | 4, precision: "quarter", ...flags },
    };
  }
  if (!/^\d\d$/.test(monthText))
    return failPart(
      /[a-z]/i.test(monthText) ? "months are written as numbers" : "this is not a month",
      "a month from 01 to 12",
      monthText,
      /[a-z]/i.test(monthText) ? "write months as numbers, e.g. 2025-04 for April 2025" : undefined,
    );
  const code = Number(monthText);
  if (code >= 21 && code <= 24) {
    if (dayText !== undefined)
      return failPart("a season cannot have a day", "a season such as 2024-23", text);
    return {
      ok: true,
      part: { year, season: seasonByCode[code] as Season, precision: "season", ...flags },
    };
  }
  if (code >= 33 && code <= 36) {
    if (dayText !== undefined)
      return failPart("a quarter cannot have a day", "a quarter such as 2024-Q4", text);
    return {
      ok: true,
      part: { year, quarter: (code - 32) as 1 | 2 | 3 | 4, precision: "quarter", ...flags },
    };
  }
  if (code < 1 || code > 12) {
    const level2 = (code >= 25 && code <= 32) || (code >= 37 && code <= 41);
    return failPart(
      level2
        ? `code ${monthText} (hemisphere seasons, four-month and half-year periods, EDTF level 2) is not supported`
        : `month ${monthText} does not exist`,
      "a month from 01 to 12, a season from 21 (spring) to 24 (winter) or a quarter from Q1 to Q4",
      monthText,
      code > 12 && code <= 31 && !level2 && dayText !== undefined && Number(dayText) <= 12
        ? `dates are written year-month-day: did you mean ${yearText}-${dayText}-${monthText}?`
        : undefined,
    );
  }
  const month = code;
  if (dayText === undefined)
    return { ok: true, part: { year, month, precision: "month", ...flags } };

  // Day.
  if (dayText === "XX") return { ok: true, part: { year, month, precision: "month", ...flags } };
  if (!/^\d\d$/.test(dayText))
    return failPart("this is not a day of the month", "a day from 01 to 31", dayText);
  const day = Number(dayText);
  const dim = daysInMonth(year, month);
  const monthName = monthNames[month - 1] ?? "";
  if (day < 1 || day > dim) {
    const leap = month === 2 && day === 29;
    return failPart(
      leap
        ? `${sign}${yearText}${year <= 0 ? ` (${1 - year} BC)` : ""} is not a leap year, so February has 28 days`
        : day < 1
          ? `day ${dayText} does not exist`
          : `${monthName} has ${dim} days`,
      `a day from 01 to ${dim}`,
      dayText,
    );
  }
  return { ok: true, part: { year, month, day, precision: "day", ...flags } };
}

/** A plain date (YYYY, YYYY-MM, YYYY-MM-DD) or a span of two: most `when` texts of any dataset. */
const PLAIN_WHEN = /^(\d{4}(?:-\d\d(?:-\d\d)?)?)(?:\/(\d{4}(?:-\d\d(?:-\d\d)?)?))?$/;

/**
 * The result of {@link parseWhen} for a valid plain text (matched by {@link PLAIN_WHEN}), else
 * undefined: the full path then explains what is wrong. Skips the checks that only explain
 * mistakes, which cost more than the parsing (100,000 events have ~42,000 distinct spans).
 */
function parsePlainWhen(startText: string, endText: string | undefined): WhenResult | undefined {
  const start = plainPart(startText);
  if (!start) return undefined;
  if (endText === undefined) return { ok: true, value: { type: "date", date: start } };
  const end = plainPart(endText);
  if (!end || datePartRange(end).end <= datePartRange(start).start) return undefined;
  return { ok: true, value: { type: "interval", start, end } };
}

/**
 * Reads EDTF (ISO 8601-2) levels 0 and 1 plus `YYYY-Qn` quarters into a {@link When}, or explains
 * what is wrong; only surrounding whitespace is forgiven, and calendars are checked strictly.
 *
 * Supports years, months, days, `~`/`?`/`%` on any date, spans `A/B` with open (`..`) or
 * unknown (empty) sides, `201X` decades, `19XX` centuries, `2014-XX`, seasons `21`–`24`
 * (spring–winter) and quarters `33`–`36` or `Q1`–`Q4`. Times of day and level 2 are errors.
 *
 * @example
 * parseWhen("2024-11/2025-03");
 * // { ok: true, value: { type: "interval", start: { year: 2024, month: 11, … }, end: { year: 2025, month: 3, … } } }
 * parseWhen("2025-4-2").ok; // false, with hint "did you mean 2025-04-02?"
 */
export function parseWhen(text: string): WhenResult {
  if (typeof text !== "string")
    return fail("this is not text", EXPECTED_DATE, text === null ? "null" : typeof text);
  const plain = PLAIN_WHEN.exec(text);
  const fast = plain ? parsePlainWhen(plain[1] ?? "", plain[2]) : undefined;
  if (fast) return fast;
  const input = text.trim();
  if (input === "") return fail("there is no date", EXPECTED_DATE, "nothing");
  const special = slashDateError(input) ?? spanError(input);
  if (special) return special;
  const sides = input.split("/");
  if (sides.length > 2)
    return fail(
      "a span has exactly one slash",
      "a span such as 2024-11/2025-03",
      input,
      "write dates as YYYY-MM-DD and put one slash between the start and the end",
    );
  if (sides.length === 1) {
    if (input === "..")
      return fail(
        "“..” (open) only works as one side of a span",
        "a span such as 2023/.. (since 2023, ongoing)",
        input,
      );
    const r = parseDatePart(input);
    return r.ok ? { ok: true, value: { type: "date", date: r.part } } : r;
  }
  const [startText = "", endText = ""] = sides;
  const start = parseBound(startText);
  if (!start.ok) return start;
  const end = parseBound(endText);
  if (!end.ok) return end;
  if (!("precision" in start.bound) && !("precision" in end.bound))
    return fail("a span needs at least one date", "a span such as 2023/.. or ../2020", input);
  if ("precision" in start.bound && "precision" in end.bound) {
    if (datePartRange(end.bound).end <= datePartRange(start.bound).start)
      return fail(
        `the end ${endText} is before the start ${startText}`,
        "an end on or after the start",
        input,
        `did you mean ${endText}/${startText}?`,
      );
  }
  return { ok: true, value: { type: "interval", start: start.bound, end: end.bound } };
}
