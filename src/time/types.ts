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

/**
 * The result of {@link parseWhen}: the value, or an error a journalist can act on.
 *
 * @example
 * const r: WhenResult = { ok: false, error: { message: "month 13 does not exist", expected: "a month from 01 to 12", found: "13" } };
 */
export type WhenResult =
  | { ok: true; value: When }
  | { ok: false; error: { message: string; expected: string; found: string; hint?: string } };
