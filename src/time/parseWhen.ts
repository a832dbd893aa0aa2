// The reader of `when` texts that every chart runs: the grammar of explainWhen.ts without its
// explanations of what is wrong (the script-tag core carries this; the validator part, which
// reports invalid data, carries the explanations). tests/time/parseWhen.test.ts holds the two
// equal on generated texts, valid and not.
import { datePartRange } from "./datePartRange.js";
import { daysInMonth } from "./daysInMonth.js";
import type { Bound, DatePart, Season, WhenResult } from "./types.js";
import { whenExplainer } from "./whenExplainer.js";

/** The number written by the ASCII digits of `text` from `at`, `length` of them. */
function digitsAt(text: string, at: number, length: number): number {
  let value = 0;
  for (let i = at; i < at + length; i++) value = value * 10 + text.charCodeAt(i) - 48;
  return value;
}

/** A plain date: YYYY, YYYY-MM or YYYY-MM-DD. */
export const PLAIN_PART = /^\d{4}(?:-\d\d(?:-\d\d)?)?$/;

/**
 * A plain date (as {@link PLAIN_PART} or a side of {@link PLAIN_WHEN} matches) as a date part,
 * read by character codes; undefined if the month or day does not exist.
 * @example plainPart("2025-04-02"); // { year: 2025, month: 4, day: 2, precision: "day", … }
 */
export function plainPart(text: string): DatePart | undefined {
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

/** A plain date (YYYY, YYYY-MM, YYYY-MM-DD) or a span of two: most `when` texts of any dataset. */
const PLAIN_WHEN = /^(\d{4}(?:-\d\d(?:-\d\d)?)?)(?:\/(\d{4}(?:-\d\d(?:-\d\d)?)?))?$/;

/** Any other date part the grammar has: sign, year (or decade, century), month code, day. */
const PART = /^(-?)(\d{4}|\d{3}X|\d{2}XX)(?:-(\d\d|XX|[Qq]\d))?(?:-(\d\d|XX))?$/;

const seasons: readonly Season[] = ["spring", "summer", "autumn", "winter"];

/** A date part of the grammar, or undefined (explainWhen says why). */
function readPart(text: string): DatePart | undefined {
  if (PLAIN_PART.test(text)) {
    const plain = plainPart(text);
    if (plain) return plain;
  }
  const last = text.at(-1);
  const marked = last === "~" || last === "?" || last === "%";
  const flags = { approximate: marked && last !== "?", uncertain: marked && last !== "~" };
  const m = PART.exec(marked ? text.slice(0, -1) : text);
  if (!m) return undefined;
  const [, sign, yearText = "", monthText, dayText] = m;
  if (yearText.includes("X")) {
    if (sign || monthText !== undefined) return undefined;
    const precision = yearText.endsWith("XX") ? "century" : "decade";
    return { year: Number(yearText.replace(/X/g, "0")), precision, ...flags };
  }
  const year = sign ? -Number(yearText) || 0 : Number(yearText);
  if (monthText === undefined || monthText === "XX")
    return dayText === undefined || dayText === "XX"
      ? { year, precision: "year", ...flags }
      : undefined;
  const code = /^[Qq]/.test(monthText) ? 32 + Number(monthText[1]) : Number(monthText);
  if (code >= 21 && code <= 24) {
    if (dayText !== undefined) return undefined;
    return { year, season: seasons[code - 21]!, precision: "season", ...flags };
  }
  if (code >= 33 && code <= 36) {
    if (dayText !== undefined) return undefined;
    return { year, quarter: (code - 32) as 1 | 2 | 3 | 4, precision: "quarter", ...flags };
  }
  if (code < 1 || code > 12) return undefined;
  if (dayText === undefined || dayText === "XX")
    return { year, month: code, precision: "month", ...flags };
  const day = Number(dayText);
  if (day < 1 || day > daysInMonth(year, code)) return undefined;
  return { year, month: code, day, precision: "day", ...flags };
}

function readBound(text: string): Bound | undefined {
  if (text === "") return { unknown: true };
  if (text === "..") return { open: true };
  return readPart(text);
}

/**
 * What {@link parseWhen} gives for a text of its grammar, or undefined for any other (which
 * explainWhen explains). Exported for the test that holds it equal to explainWhen.
 * @example readWhen("2024-21~"); // { ok: true, value: { type: "date", date: { season: "spring", … } } }
 */
export function readWhen(text: string): WhenResult | undefined {
  const plain = PLAIN_WHEN.exec(text);
  if (plain) {
    const start = plainPart(plain[1] ?? "");
    const endText = plain[2];
    if (start && endText === undefined) return { ok: true, value: { type: "date", date: start } };
    const end = endText === undefined ? undefined : plainPart(endText);
    if (start && end && datePartRange(end).end > datePartRange(start).start)
      return { ok: true, value: { type: "interval", start, end } };
  }
  const input = text.trim();
  const sides = input.split("/");
  if (sides.length === 1) {
    const date = input === ".." ? undefined : readPart(input);
    return date && { ok: true, value: { type: "date", date } };
  }
  if (sides.length > 2) return undefined;
  const start = readBound(sides[0]!);
  const end = readBound(sides[1]!);
  if (!start || !end) return undefined;
  if ("precision" in start && "precision" in end) {
    if (datePartRange(end).end <= datePartRange(start).start) return undefined;
  } else if (!("precision" in start) && !("precision" in end)) return undefined;
  return { ok: true, value: { type: "interval", start, end } };
}

/**
 * Reads EDTF (ISO 8601-2) levels 0 and 1 plus `YYYY-Qn` quarters into a {@link When}, or says
 * what is wrong; only surrounding whitespace is forgiven, and calendars are checked strictly.
 *
 * Supports years, months, days, `~`/`?`/`%` on any date, spans `A/B` with open (`..`) or
 * unknown (empty) sides, `201X` decades, `19XX` centuries, `2014-XX`, seasons `21`–`24`
 * (spring–winter) and quarters `33`–`36` or `Q1`–`Q4`. Times of day and level 2 are errors.
 * What is wrong, and the fix ("did you mean 2025-04-02?"), comes from explainWhen.ts where it
 * is here (always in the ESM build; with the validator part in the script-tag build, which
 * reports invalid data), else the error says only that the text is not a date.
 *
 * @example
 * parseWhen("2024-11/2025-03");
 * // { ok: true, value: { type: "interval", start: { year: 2024, month: 11, … }, end: { year: 2025, month: 3, … } } }
 * parseWhen("2025-4-2").ok; // false, with hint "did you mean 2025-04-02?"
 */
export function parseWhen(text: string): WhenResult {
  const read = typeof text === "string" ? readWhen(text) : undefined;
  if (read) return read;
  const explain = whenExplainer();
  if (explain) return explain(text);
  const found = typeof text === "string" ? text : text === null ? "null" : typeof text;
  return { ok: false, error: { reason: "notADate", expected: "date", found, params: {} } };
}
