/**
 * How finely a date is known, from a single day to a whole century.
 *
 * @example
 * const p: Precision = "month"; // "2025-04"
 */
export type Precision = "day" | "month" | "season" | "quarter" | "year" | "decade" | "century";

/**
 * A northern meteorological season (spring = March–May, winter = December–February).
 *
 * @example
 * const s: Season = "autumn"; // EDTF "2024-23"
 */
export type Season = "spring" | "summer" | "autumn" | "winter";

/**
 * One calendar date known to a given precision; fields finer than `precision` are absent.
 * For decades and centuries `year` is the first year (2010 for `201X`, 1900 for `19XX`).
 * `approximate` and `uncertain` default to false.
 *
 * @example
 * const d: DatePart = { year: 2025, month: 4, precision: "month", approximate: false, uncertain: false };
 */
export interface DatePart {
  year: number;
  month?: number;
  day?: number;
  quarter?: 1 | 2 | 3 | 4;
  season?: Season;
  precision: Precision;
  approximate: boolean;
  uncertain: boolean;
}

/**
 * One side of an interval: a date, an open side (`..`, e.g. ongoing) or an unknown side (empty).
 *
 * @example
 * const ongoing: Bound = { open: true }; // "2023/.."
 */
export type Bound = DatePart | { open: true } | { unknown: true };

/**
 * A parsed time value: a single date or an interval between two bounds.
 *
 * @example
 * const w: When = { type: "interval", start: { year: 2023, precision: "year", approximate: false, uncertain: false }, end: { open: true } };
 */
export type When =
  | { type: "date"; date: DatePart }
  | { type: "interval"; start: Bound; end: Bound };

/**
 * The earliest and latest instants a {@link When} allows, in ms since the epoch; calendar dates
 * sit at UTC midnight and ends are exclusive. Flags default to false.
 *
 * @example
 * // toExtent(parseWhen("2025").value) →
 * // { earliestStart: Date.UTC(2025, 0, 1), latestEnd: Date.UTC(2026, 0, 1), … }
 */
export interface TimeExtent {
  earliestStart: number;
  latestStart: number;
  earliestEnd: number;
  latestEnd: number;
  openStart: boolean;
  openEnd: boolean;
  approximate: boolean;
  uncertain: boolean;
  startPrecision: Precision;
  endPrecision: Precision;
}

/** Why {@link parseWhen} cannot read a text: the key of its message (`date.reason.…`). */
export type DateProblemReason =
  | "yearMonthDay"
  | "hyphens"
  | "spanSlash"
  | "oneMark"
  | "markAtEnd"
  | "timeOfDay"
  | "yearWithY"
  | "level2"
  | "twoDigits"
  | "capitalX"
  | "notADate"
  | "unknownDigits"
  | "decadeBeforeZero"
  | "decadeWithMonth"
  | "yearAfter9999"
  | "fourDigitYear"
  | "dayUnknownMonth"
  | "noSuchQuarter"
  | "quarterWithDay"
  | "monthAsWord"
  | "notAMonth"
  | "seasonWithDay"
  | "level2Code"
  | "noSuchMonth"
  | "notADay"
  | "notLeapYear"
  | "notLeapYearBc"
  | "noSuchDay"
  | "monthDays"
  | "notText"
  | "noDate"
  | "oneSlash"
  | "openAlone"
  | "spanNeedsDate"
  | "endBeforeStart";

/** What {@link parseWhen} expected instead: the key of its words (`date.expected.…`). */
export type DateProblemExpected =
  | "date"
  | "ymd"
  | "span"
  | "oneMark"
  | "markAfter"
  | "noTime"
  | "year4"
  | "decade"
  | "yearSuchAs"
  | "unknownMonth"
  | "quarterRange"
  | "quarter"
  | "month"
  | "season"
  | "monthCode"
  | "day31"
  | "dayTo"
  | "openSpan"
  | "spanWithDate"
  | "endAfterStart";

/** How to fix a text {@link parseWhen} cannot read: the key of its words (`date.hint.…`). */
export type DateProblemHint =
  | "didYouMean"
  | "dayOrMonth"
  | "percent"
  | "partialMark"
  | "dateOnly"
  | "monthNumbers"
  | "unknownInMonth"
  | "fullYearOrCentury"
  | "fullYear"
  | "swapped"
  | "oneSlash";

/**
 * What is wrong with a `when` text, as codes and the values its words need: the time layer
 * speaks no language; `dateProblemText` (src/model/dateMessages.ts) words it in a locale.
 * `found` is the part of the text at fault (`"nothing"` for an empty text, the type of a value
 * that is not text).
 */
export interface DateProblem {
  reason: DateProblemReason;
  expected: DateProblemExpected;
  found: string;
  hint?: DateProblemHint;
  /** The values of the words' placeholders (`{ suggestion: "2025-04-02" }`), as written. */
  params: Readonly<Record<string, string>>;
}

/**
 * The result of {@link parseWhen}: the value, or what is wrong, as codes a journalist can be
 * told in any language (see {@link DateProblem}).
 *
 * @example
 * const r: WhenResult = { ok: false, error: { reason: "noSuchMonth", expected: "monthCode", found: "13", params: { month: "13" } } };
 */
export type WhenResult = { ok: true; value: When } | { ok: false; error: DateProblem };
