import fc from "fast-check";
import { datePartRange } from "../../src/time/datePartRange.js";
import { daysInMonth } from "../../src/time/daysInMonth.js";
import type { Bound, DatePart, Season, When } from "../../src/time/types.js";

/** Fast-check arbitraries for valid {@link When} values (exactly what parseWhen can return). */

const flags = fc.record({ approximate: fc.boolean(), uncertain: fc.boolean() });
const year = fc.integer({ min: -9999, max: 9999 });
const seasons: Season[] = ["spring", "summer", "autumn", "winter"];

export const datePartArb: fc.Arbitrary<DatePart> = fc.oneof(
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }), flags)
    .map(([y, m, d, f]) => ({
      year: y,
      month: m,
      day: Math.min(d, daysInMonth(y, m)),
      precision: "day" as const,
      ...f,
    })),
  fc
    .tuple(year, fc.integer({ min: 1, max: 12 }), flags)
    .map(([y, m, f]) => ({ year: y, month: m, precision: "month" as const, ...f })),
  fc
    .tuple(year, fc.constantFrom(...seasons), flags)
    .map(([y, s, f]) => ({ year: y, season: s, precision: "season" as const, ...f })),
  fc
    .tuple(year, fc.constantFrom(1 as const, 2 as const, 3 as const, 4 as const), flags)
    .map(([y, q, f]) => ({ year: y, quarter: q, precision: "quarter" as const, ...f })),
  fc.tuple(year, flags).map(([y, f]) => ({ year: y, precision: "year" as const, ...f })),
  fc
    .tuple(fc.integer({ min: 0, max: 999 }), flags)
    .map(([d, f]) => ({ year: d * 10, precision: "decade" as const, ...f })),
  fc
    .tuple(fc.integer({ min: 0, max: 99 }), flags)
    .map(([c, f]) => ({ year: c * 100, precision: "century" as const, ...f })),
);

const boundArb: fc.Arbitrary<Bound> = fc.oneof(
  { arbitrary: datePartArb, weight: 4 },
  { arbitrary: fc.constant({ open: true as const }), weight: 1 },
  { arbitrary: fc.constant({ unknown: true as const }), weight: 1 },
);

const isDate = (b: Bound): b is DatePart => "precision" in b;

export const whenArb: fc.Arbitrary<When> = fc.oneof(
  datePartArb.map((date): When => ({ type: "date", date })),
  fc
    .tuple(boundArb, boundArb)
    .filter(([s, e]) => {
      if (!isDate(s) && !isDate(e)) return false;
      if (isDate(s) && isDate(e)) return datePartRange(e).end > datePartRange(s).start;
      return true;
    })
    .map(([start, end]): When => ({ type: "interval", start, end })),
);
