import { utcDay } from "../time";

/** A calendar period of totals, in UTC. @example const period: Period = "quarter"; */
export type Period = "year" | "quarter" | "month";

/** A period's name and bounds: `{ period: "2025-Q2", start, end }`, end exclusive, in UTC. */
export interface PeriodSpan {
  period: string;
  start: number;
  end: number;
}

/**
 * A period as one integer (years, quarters or months since year 0), cheap to compare.
 * @example periodIndex(Date.UTC(2025, 3, 2), "quarter"); // 2025 * 4 + 1
 */
export function periodIndex(time: number, period: Period): number {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (period === "year") return year;
  const month = date.getUTCMonth();
  return period === "quarter" ? year * 4 + Math.floor(month / 3) : year * 12 + month;
}

/**
 * The name and bounds of the period with this index.
 * @example periodAt(2025 * 4 + 1, "quarter").period; // "2025-Q2"
 */
export function periodAt(index: number, period: Period): PeriodSpan {
  const perYear = period === "year" ? 1 : period === "quarter" ? 4 : 12;
  const year = Math.floor(index / perYear);
  const part = index - year * perYear;
  const yearText = year < 0 ? `-${String(-year).padStart(4, "0")}` : String(year).padStart(4, "0");
  switch (period) {
    case "year":
      return { period: yearText, start: utcDay(year, 0, 1), end: utcDay(year + 1, 0, 1) };
    case "quarter":
      return {
        period: `${yearText}-Q${part + 1}`,
        start: utcDay(year, part * 3, 1),
        end: utcDay(year, part * 3 + 3, 1),
      };
    case "month":
      return {
        period: `${yearText}-${String(part + 1).padStart(2, "0")}`,
        start: utcDay(year, part, 1),
        end: utcDay(year, part + 1, 1),
      };
  }
}

/**
 * The period containing an instant, in UTC: its name, first instant and first instant after it.
 * @example periodOf(Date.UTC(2025, 3, 2), "quarter"); // { period: "2025-Q2", start: Date.UTC(2025, 3, 1), end: Date.UTC(2025, 6, 1) }
 */
export function periodOf(time: number, period: Period): PeriodSpan {
  return periodAt(periodIndex(time, period), period);
}

/**
 * Whether the range [from, to) lies within one period.
 * @example withinOne(Date.UTC(2025, 0, 1), Date.UTC(2026, 0, 1), "year"); // true
 */
export function withinOne(from: number, to: number, period: Period): boolean {
  return periodIndex(from, period) === periodIndex(Math.max(from, to - 1), period);
}
