// Over 400 lines on purpose: one parser. explainWhen reads the EDTF subset (levels 0–1 plus
// quarters) and, for every way a journalist's date can be wrong, says what was expected and
// suggests the fix ("did you mean 2025-04-02?"); the grammar's parts share those error helpers
// and only make sense together. Its pieces that stand alone already have their own files
// (datePartRange, daysInMonth, formatEdtf, toExtent). `parseWhen` (parseWhen.ts) reads the same
// grammar without the explanations and asks this one only about a text it cannot read: the
// script-tag core carries that reader, and this with the validator part
// (tests/time/parseWhen.test.ts holds the two equal).
import { datePartRange } from "./datePartRange.js";
import { daysInMonth } from "./daysInMonth.js";
import { PLAIN_PART, plainPart } from "./parseWhen.js";
import type {
  Bound,
  DatePart,
  DateProblem,
  DateProblemExpected,
  DateProblemHint,
  DateProblemReason,
  Season,
  WhenResult,
} from "./types.js";

type PartResult = { ok: true; part: DatePart } | { ok: false; error: DateProblem };

const seasonByCode: Record<number, Season> = {
  21: "spring",
  22: "summer",
  23: "autumn",
  24: "winter",
};

const EXPECTED_DATE = "date";

/**
 * What is wrong, as codes and the values the words need (the words are the catalogue's, area
 * `date`: src/model/dateMessages.ts), so that the time layer stays free of any language.
 */
function error(
  reason: DateProblemReason,
  expected: DateProblemExpected,
  found: string,
  hint?: DateProblemHint,
  params: Readonly<Record<string, string>> = {},
): DateProblem {
  return hint === undefined
    ? { reason, expected, found, params }
    : { reason, expected, found, hint, params };
}

function fail(
  reason: DateProblemReason,
  expected: DateProblemExpected,
  found: string,
  hint?: DateProblemHint,
  params?: Readonly<Record<string, string>>,
): WhenResult {
  return { ok: false, error: error(reason, expected, found, hint, params) };
}

function failPart(
  reason: DateProblemReason,
  expected: DateProblemExpected,
  found: string,
  hint?: DateProblemHint,
  params?: Readonly<Record<string, string>>,
): PartResult {
  return { ok: false, error: error(reason, expected, found, hint, params) };
}

const pad2 = (s: string) => s.padStart(2, "0");

/** Recognizes day-first or month-first dates with slashes or dots, which EDTF cannot express. */
function slashDateError(input: string): WhenResult | undefined {
  const dmy = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(input);
  if (dmy) {
    const [, a = "", b = "", y = ""] = dmy;
    const na = Number(a);
    const nb = Number(b);
    const dayMonth = `${y}-${pad2(b)}-${pad2(a)}`;
    const monthDay = `${y}-${pad2(a)}-${pad2(b)}`;
    if (na > 12 && nb <= 12)
      return fail("yearMonthDay", "ymd", input, "didYouMean", { suggestion: dayMonth });
    if (nb > 12 && na <= 12)
      return fail("yearMonthDay", "ymd", input, "didYouMean", { suggestion: monthDay });
    return fail("yearMonthDay", "ymd", input, "dayOrMonth", { input, dayMonth, monthDay });
  }
  const ymd = /^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$/.exec(input);
  if (ymd) {
    const [, y = "", m = "", d = ""] = ymd;
    return fail("hyphens", "ymd", input, "didYouMean", {
      suggestion: `${y}-${pad2(m)}-${pad2(d)}`,
    });
  }
  return undefined;
}

/** Recognizes spans written with a dash or "to" instead of EDTF's slash. */
function spanError(input: string): WhenResult | undefined {
  const span = /^(\S+?)\s*(?:[–—]|\s-\s|\sto\s)\s*(\S+)$/i.exec(input);
  if (!span) return undefined;
  const [, a = "", b = ""] = span;
  return fail("spanSlash", "span", input, "didYouMean", { suggestion: `${a}/${b}` });
}

function parseBound(text: string): { ok: true; bound: Bound } | { ok: false; error: DateProblem } {
  if (text === "") return { ok: true, bound: { unknown: true } };
  if (text === "..") return { ok: true, bound: { open: true } };
  const r = parseDatePart(text);
  return r.ok ? { ok: true, bound: r.part } : r;
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
    if (/[~?%]$/.test(body)) return failPart("oneMark", "oneMark", text, "percent");
  }
  if (/[~?%]/.test(body)) return failPart("markAtEnd", "markAfter", text, "partialMark");
  const time = /(?:T|\s+)\d{1,2}(?::\d{2})*.*$/.exec(body);
  if (time && /^-?\d{4}(?:-\d{2}){0,2}(?:T|\s)/.test(body))
    return failPart("timeOfDay", "noTime", time[0].trim(), "dateOnly", {
      date: body.slice(0, time.index),
    });
  if (/^-?Y/i.test(body)) return failPart("yearWithY", "year4", text);
  if (/[[\]{}]|\.\./.test(body) || /^\d+(?:[ES]\d+)+$/.test(body))
    return failPart("level2", EXPECTED_DATE, text);
  const unpadded = /^(-?\d{4})-(\d{1,2})(?:-(\d{1,2}))?$/.exec(body);
  if (unpadded && (unpadded[2]?.length === 1 || unpadded[3]?.length === 1)) {
    const [, y = "", m = "", d] = unpadded;
    const fixed = `${y}-${pad2(m)}${d === undefined ? "" : `-${pad2(d)}`}`;
    return failPart("twoDigits", "ymd", text, "didYouMean", {
      suggestion: `${fixed}${text.slice(body.length)}`,
    });
  }
  if (/^-?[0-9X]*x/.test(body))
    return failPart("capitalX", "decade", text, "didYouMean", {
      suggestion: `${body.replace(/x/g, "X")}${text.slice(body.length)}`,
    });
  const m = /^(-?)([0-9X]+)(?:-([0-9A-Za-z]+))?(?:-([0-9A-Za-z]+))?$/.exec(body);
  if (!m) {
    const hint = /[a-z]{3}/i.test(body) ? "monthNumbers" : undefined;
    return failPart("notADate", EXPECTED_DATE, text, hint);
  }
  const [, sign = "", yearText = "", monthText, dayText] = m;
  const flags = { approximate, uncertain };

  // Year, decade or century.
  if (yearText.includes("X")) {
    const decade = /^\d{3}X$/.test(yearText);
    const century = /^\d{2}XX$/.test(yearText);
    if (!decade && !century) return failPart("unknownDigits", "decade", yearText);
    if (sign) return failPart("decadeBeforeZero", "decade", text);
    if (monthText !== undefined)
      return failPart("decadeWithMonth", "decade", text, "unknownInMonth");
    const first = Number(yearText.replace(/X/g, "0"));
    return { ok: true, part: { year: first, precision: decade ? "decade" : "century", ...flags } };
  }
  if (yearText.length !== 4) {
    return yearText.length > 4
      ? failPart("yearAfter9999", "year4", yearText)
      : yearText.length === 2
        ? failPart("fourDigitYear", "yearSuchAs", yearText, "fullYearOrCentury", {
            year: `20${yearText}`,
            century: `${yearText}XX`,
          })
        : failPart("fourDigitYear", "yearSuchAs", yearText, "fullYear", {
            year: yearText.padStart(4, "0"),
          });
  }
  const year = sign ? -Number(yearText) || 0 : Number(yearText);
  if (monthText === undefined) return { ok: true, part: { year, precision: "year", ...flags } };

  // Month, season, quarter or an unspecified month.
  if (monthText === "XX") {
    if (dayText !== undefined && dayText !== "XX")
      return failPart("dayUnknownMonth", "unknownMonth", text);
    return { ok: true, part: { year, precision: "year", ...flags } };
  }
  const q = /^[Qq]([0-9]+)$/.exec(monthText);
  if (q) {
    const n = Number(q[1]);
    if (n < 1 || n > 4 || q[1]?.length !== 1)
      return failPart("noSuchQuarter", "quarterRange", monthText, undefined, {
        quarter: q[1] ?? "",
      });
    if (dayText !== undefined) return failPart("quarterWithDay", "quarter", text);
    return {
      ok: true,
      part: { year, quarter: n as 1 | 2 | 3 | 4, precision: "quarter", ...flags },
    };
  }
  if (!/^\d\d$/.test(monthText))
    return /[a-z]/i.test(monthText)
      ? failPart("monthAsWord", "month", monthText, "monthNumbers")
      : failPart("notAMonth", "month", monthText);
  const code = Number(monthText);
  if (code >= 21 && code <= 24) {
    if (dayText !== undefined) return failPart("seasonWithDay", "season", text);
    return {
      ok: true,
      part: { year, season: seasonByCode[code] as Season, precision: "season", ...flags },
    };
  }
  if (code >= 33 && code <= 36) {
    if (dayText !== undefined) return failPart("quarterWithDay", "quarter", text);
    return {
      ok: true,
      part: { year, quarter: (code - 32) as 1 | 2 | 3 | 4, precision: "quarter", ...flags },
    };
  }
  if (code < 1 || code > 12) {
    const level2 = (code >= 25 && code <= 32) || (code >= 37 && code <= 41);
    if (level2)
      return failPart("level2Code", "monthCode", monthText, undefined, { code: monthText });
    return code > 12 && code <= 31 && dayText !== undefined && Number(dayText) <= 12
      ? failPart("noSuchMonth", "monthCode", monthText, "swapped", {
          month: monthText,
          suggestion: `${yearText}-${dayText}-${monthText}`,
        })
      : failPart("noSuchMonth", "monthCode", monthText, undefined, { month: monthText });
  }
  const month = code;
  if (dayText === undefined)
    return { ok: true, part: { year, month, precision: "month", ...flags } };

  // Day.
  if (dayText === "XX") return { ok: true, part: { year, month, precision: "month", ...flags } };
  if (!/^\d\d$/.test(dayText)) return failPart("notADay", "day31", dayText);
  const day = Number(dayText);
  const dim = daysInMonth(year, month);
  if (day < 1 || day > dim) {
    const days = String(dim);
    if (month === 2 && day === 29)
      return year <= 0
        ? failPart("notLeapYearBc", "dayTo", dayText, undefined, {
            year: `${sign}${yearText}`,
            bc: String(1 - year),
            days,
          })
        : failPart("notLeapYear", "dayTo", dayText, undefined, { year: yearText, days });
    return day < 1
      ? failPart("noSuchDay", "dayTo", dayText, undefined, { day: dayText, days })
      : failPart("monthDays", "dayTo", dayText, undefined, { month: String(month), days });
  }
  return { ok: true, part: { year, month, day, precision: "day", ...flags } };
}

/**
 * Reads EDTF (ISO 8601-2) levels 0 and 1 plus `YYYY-Qn` quarters into a {@link When}, or explains
 * what is wrong; only surrounding whitespace is forgiven, and calendars are checked strictly.
 * What `parseWhen` gives, with every explanation (see {@link whenExplainer}).
 *
 * Supports years, months, days, `~`/`?`/`%` on any date, spans `A/B` with open (`..`) or
 * unknown (empty) sides, `201X` decades, `19XX` centuries, `2014-XX`, seasons `21`–`24`
 * (spring–winter) and quarters `33`–`36` or `Q1`–`Q4`. Times of day and level 2 are errors.
 *
 * @example
 * explainWhen("2024-11/2025-03");
 * // { ok: true, value: { type: "interval", start: { year: 2024, month: 11, … }, end: { year: 2025, month: 3, … } } }
 * explainWhen("2025-4-2").ok; // false, with hint "did you mean 2025-04-02?"
 */
export function explainWhen(text: string): WhenResult {
  if (typeof text !== "string")
    return fail("notText", EXPECTED_DATE, text === null ? "null" : typeof text);
  const input = text.trim();
  if (input === "") return fail("noDate", EXPECTED_DATE, "nothing");
  const special = slashDateError(input) ?? spanError(input);
  if (special) return special;
  const sides = input.split("/");
  if (sides.length > 2) return fail("oneSlash", "span", input, "oneSlash");
  if (sides.length === 1) {
    if (input === "..") return fail("openAlone", "openSpan", input);
    const r = parseDatePart(input);
    return r.ok ? { ok: true, value: { type: "date", date: r.part } } : r;
  }
  const [startText = "", endText = ""] = sides;
  const start = parseBound(startText);
  if (!start.ok) return start;
  const end = parseBound(endText);
  if (!end.ok) return end;
  if (!("precision" in start.bound) && !("precision" in end.bound))
    return fail("spanNeedsDate", "spanWithDate", input);
  if ("precision" in start.bound && "precision" in end.bound) {
    if (datePartRange(end.bound).end <= datePartRange(start.bound).start)
      return fail("endBeforeStart", "endAfterStart", input, "didYouMean", {
        start: startText,
        end: endText,
        suggestion: `${endText}/${startText}`,
      });
  }
  return { ok: true, value: { type: "interval", start: start.bound, end: end.bound } };
}
