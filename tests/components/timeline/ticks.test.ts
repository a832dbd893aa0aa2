import { scaleUtc } from "d3-scale";
import { format, type Locale } from "date-fns";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type TimeTick, timeTicks } from "../../../src/components/timeline/ticks";
import { resolveTimeWords, type TimeWords } from "../../../src/time/timeWords";

// timeTicks used to take its ticks from d3-scale's scaleUtc and write its labels with date-fns'
// `format` and a date-fns locale made from timeWords (dateFnsLocale, once in timeWords.ts). It
// now uses d3-time and formatCalendar, so the script-tag bundle carries neither d3-scale nor
// date-fns. `previousTimeTicks` below is that implementation as it was (d3-scale and date-fns
// stay devDependencies for it); the new one must give the same ticks, labels included, byte
// for byte.

/** The date-fns locale timeWords.ts built for `format` (months and era of `words`). */
function dateFnsLocale(words: TimeWords): Locale {
  const localize = {
    month: (index: number, options?: { width?: string; context?: string }) =>
      (options?.width === "wide"
        ? words.months.long
        : options?.context === "standalone"
          ? (words.monthsAlone ?? words.months.short)
          : words.months.short)[index],
    era: (index: number) => (index === 0 ? words.era : ""),
    ordinalNumber: String,
  };
  return {
    code: "test",
    localize,
    options: { weekStartsOn: 1, firstWeekContainsDate: 4 },
  } as unknown as Locale;
}

/** A Date whose local fields read back the UTC calendar day of `t` (date-fns formats local time). */
function localFace(t: number): Date {
  const u = new Date(t);
  const d = new Date(2000, 0, 1, 12);
  d.setFullYear(u.getUTCFullYear(), u.getUTCMonth(), u.getUTCDate());
  d.setHours(u.getUTCHours(), u.getUTCMinutes());
  return d;
}

const DAY = 86_400_000;

function previousLabelFor(
  t: number,
  step: number,
  first: boolean,
  locale: Locale,
  usStyle: boolean,
): { label: string; major: boolean } {
  const date = localFace(t);
  const u = new Date(t);
  if (step >= 360 * DAY)
    return { label: format(date, "y", { locale }), major: u.getUTCFullYear() % 10 === 0 };
  if (step >= 28 * DAY) {
    const jan = u.getUTCMonth() === 0;
    return { label: format(date, jan || first ? "LLL y" : "LLL", { locale }), major: jan };
  }
  if (step >= DAY) {
    const firstOfMonth = u.getUTCDate() === 1;
    const pattern = usStyle ? "LLL d" : "d LLL";
    return {
      label: format(
        date,
        first || (firstOfMonth && u.getUTCMonth() === 0) ? `${pattern} y` : pattern,
        { locale },
      ),
      major: firstOfMonth,
    };
  }
  return {
    label: format(date, first ? "d LLL HH:mm" : "HH:mm", { locale }),
    major: u.getUTCHours() === 0,
  };
}

function previousTimeTicks(
  window: readonly [number, number],
  width: number,
  x: (t: number) => number,
  locale = "en",
  spacing = 90,
): TimeTick[] {
  const [t0, t1] = window[0] <= window[1] ? window : [window[1], window[0]];
  if (!(t1 > t0) || width <= 0) return [];
  const count = Math.max(2, Math.floor(width / spacing));
  const ticks = scaleUtc()
    .domain([t0, t1])
    .ticks(count)
    .map((d) => d.getTime());
  if (ticks.length === 0) return [];
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : t1 - t0;
  const words = resolveTimeWords(locale);
  const usStyle = /^en-US/i.test(locale);
  return ticks.map((t, i) => ({
    t,
    x: x(t),
    ...previousLabelFor(t, step, i === 0, dateFnsLocale(words), usStyle),
  }));
}

// The previous labels read the UTC fields through a local Date, which cannot hold an hour that a
// daylight-saving change skips (02:00 on a spring day in Los Angeles read "03:00"): it is the
// reference only in UTC, where this file compares. The new labels must not depend on the zone
// at all: the last tests run them in zones with daylight-saving changes at midnight (Beirut),
// at 02:00 (Los Angeles), by half an hour (Lord Howe) and at +14:00 (Kiritimati).
const zones = ["America/Los_Angeles", "Pacific/Kiritimati", "Asia/Beirut", "Australia/Lord_Howe"];
const savedZone = process.env.TZ;
beforeAll(() => {
  process.env.TZ = "UTC";
});
afterAll(() => {
  if (savedZone === undefined) delete process.env.TZ;
  else process.env.TZ = savedZone;
});

/** Runs `f` with the process in time zone `zone` (Node applies a change of TZ at once). */
function inZone<T>(zone: string, f: () => T): T {
  process.env.TZ = zone;
  try {
    return f();
  } finally {
    process.env.TZ = "UTC";
  }
}

const locales = [
  "en",
  "en-US",
  "en-us",
  "en_US",
  "en-GB",
  "fr",
  "fr-CA",
  "de",
  "es",
  "ar",
  "ar-EG",
  "he",
  "ja",
];

type Case = {
  window: [number, number];
  width: number;
  locale: string;
  spacing: number | undefined;
};

/** x as the timeline maps it: linear (right to left for a reversed window). */
const xOf =
  ({ window, width }: Case) =>
  (t: number) =>
    ((t - window[0]) / (window[1] - window[0] || 1)) * width;

const ticksOf = (c: Case) => timeTicks(c.window, c.width, xOf(c), c.locale, c.spacing);

function check(c: Case): void {
  expect(ticksOf(c)).toEqual(previousTimeTicks(c.window, c.width, xOf(c), c.locale, c.spacing));
}

const YEAR = 365.2425 * DAY;
// Windows from a minute to a millennium, anywhere from 3000 BC to AD 3000, with fractions of a
// millisecond at the edges as d3-zoom's rescaled domains have.
const windowArb = fc
  .record({
    start: fc.double({ min: -5000 * YEAR, max: 1030 * YEAR, noNaN: true }),
    logSpan: fc.double({ min: Math.log(60_000), max: Math.log(1000 * YEAR), noNaN: true }),
    reversed: fc.boolean(),
  })
  .map(({ start, logSpan, reversed }): [number, number] => {
    const end = start + Math.exp(logSpan);
    return reversed ? [end, start] : [start, end];
  });
// Windows that start and end on whole units, where a tick falls on an edge.
const alignedArb = fc
  .record({
    year: fc.integer({ min: -50, max: 2200 }),
    month: fc.integer({ min: 0, max: 11 }),
    day: fc.integer({ min: 1, max: 28 }),
    hour: fc.integer({ min: 0, max: 23 }),
    unit: fc.constantFrom(3_600_000, DAY, 7 * DAY, 30 * DAY, YEAR, 10 * YEAR),
    units: fc.integer({ min: 1, max: 60 }),
    edge: fc.constantFrom(0, 0.4, 0.5, -0.4, -0.5),
  })
  .map(({ year, month, day, hour, unit, units, edge }): [number, number] => {
    const d = new Date(Date.UTC(2000, month, day, hour));
    d.setUTCFullYear(year);
    const start = d.getTime() + edge;
    return [start, start + Math.round(units * unit) + edge];
  });

const caseArb: fc.Arbitrary<Case> = fc.record({
  window: fc.oneof(windowArb, alignedArb),
  width: fc.integer({ min: 1, max: 4000 }),
  locale: fc.constantFrom(...locales),
  spacing: fc.option(fc.integer({ min: 20, max: 300 }), { nil: undefined }),
});

const chosenWindows: [number, number][] = [
  [Date.UTC(2024, 2, 30), Date.UTC(2024, 3, 2)],
  [Date.UTC(2024, 9, 26, 20), Date.UTC(2024, 10, 4)],
  [Date.UTC(1999, 11, 31, 12), Date.UTC(2000, 0, 1, 12)],
  [Date.UTC(1900, 0, 1), Date.UTC(2100, 0, 1)],
  [Date.UTC(2020, 0, 1), Date.UTC(2025, 0, 1)],
  [Date.UTC(2024, 2, 9, 20), Date.UTC(2024, 2, 10, 20)],
  [Date.UTC(2024, 0, 1), Date.UTC(2024, 0, 1, 1)],
  [Date.UTC(2019, 5, 1), Date.UTC(2019, 7, 1)],
  [Date.UTC(-1, 0, 1), Date.UTC(1, 0, 1)],
];
// 9 windows × 6 widths × 13 locale tags × 3 spacings.
const chosenCases: Case[] = chosenWindows.flatMap((window) =>
  [60, 240, 500, 800, 1280, 1920].flatMap((width) =>
    locales.flatMap((locale) =>
      [undefined, 60, 140].map((spacing) => ({ window, width, locale, spacing })),
    ),
  ),
);

/**
 * The bound of the property tests below: thousands of cases each (13,000 tick computations in the
 * time-zone one), 3-13 s on this 2-core machine and 40 s at a load of 20 — where a 30 s bound
 * failed a finished, correct test (vitest cannot stop a synchronous test, it fails it after). A
 * hang bound, not a speed claim.
 */
const PROPERTY_BOUND = 120_000;

describe("timeTicks", () => {
  it(
    "timeTicks(window, width, x, locale) gives the ticks and labels the d3-scale and date-fns version gave, in every locale",
    () => {
      fc.assert(fc.property(caseArb, check), { numRuns: 1500 });
    },
    PROPERTY_BOUND,
  );

  it(
    "timeTicks(window, …) gives the previous ticks over windows that cross midnight, month ends, daylight-saving changes and the date line",
    () => {
      for (const c of chosenCases) check(c);
    },
    PROPERTY_BOUND,
  );

  it(
    "timeTicks(window, …) gives the same ticks and labels in every time zone",
    () => {
      const cases = [...chosenCases, ...fc.sample(caseArb, { numRuns: 500, seed: 20_251_121 })];
      const inUtc = cases.map(ticksOf);
      for (const zone of zones) expect(inZone(zone, () => cases.map(ticksOf))).toEqual(inUtc);
    },
    PROPERTY_BOUND,
  );

  it("timeTicks(window, …) labels ticks in the locale's words and order", () => {
    const x = (t: number) => t;
    const labels = (window: [number, number], width: number, locale: string) =>
      timeTicks(window, width, x, locale).map((t) => t.label);
    const months: [number, number] = [Date.UTC(2024, 10, 1), Date.UTC(2025, 2, 1)];
    expect(labels(months, 450, "fr")).toEqual(["nov. 2024", "déc.", "janv. 2025", "févr.", "mars"]);
    expect(labels(months, 450, "de")).toEqual(["Nov 2024", "Dez", "Jan 2025", "Feb", "Mär"]);
    const days: [number, number] = [Date.UTC(2024, 11, 30), Date.UTC(2025, 0, 2)];
    expect(labels(days, 360, "en-US")).toEqual(["Dec 30 2024", "Dec 31", "Jan 1 2025", "Jan 2"]);
    expect(labels(days, 360, "en")).toEqual(["30 Dec 2024", "31 Dec", "1 Jan 2025", "2 Jan"]);
    // The hour a daylight-saving change skips in Los Angeles, labelled there.
    const hours: [number, number] = [Date.UTC(2024, 2, 10, 1), Date.UTC(2024, 2, 10, 4)];
    expect(inZone("America/Los_Angeles", () => labels(hours, 360, "en"))).toEqual([
      "10 Mar 01:00",
      "02:00",
      "03:00",
      "04:00",
    ]);
  });

  it("inZone(zone, f) really changes the zone the process reads dates in", () => {
    const winter = Date.UTC(2024, 0, 15);
    expect(new Date(winter).getTimezoneOffset()).toBe(0);
    expect(inZone("America/Los_Angeles", () => new Date(winter).getTimezoneOffset())).toBe(480);
    expect(inZone("Pacific/Kiritimati", () => new Date(winter).getTimezoneOffset())).toBe(-840);
    expect(inZone("Asia/Beirut", () => new Date(winter).getTimezoneOffset())).toBe(-120);
  });
});
