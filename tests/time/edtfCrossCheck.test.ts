/**
 * Cross-checks parseWhen/toExtent against the `edtf` package (EDTF level 1) on a fixed list and
 * on generated strings. jointline does not ship `edtf` (≈ 13.5 KB gzip of the 80 KB embed
 * budget, with nearley); these tests keep our small parser honest against it.
 *
 * Deliberate differences, each asserted below:
 * - ours only: `YYYY-Qn` quarters and the ISO codes 33–36 (level 2 in `edtf`); `~ ? %` on any
 *   date, including decades, centuries, seasons and `-XX` dates; seasons, decades, centuries and
 *   `-XX` inside spans; spans whose end contains or equals the start (`2024-05/2024`,
 *   `2024/2024`), which `edtf` rejects because the end does not begin after the start; `-0000`
 *   read as year 0.
 * - `edtf` only: 29 February in a common year (`edtf` rolls it over to 1 March); spans with no
 *   date at all (`../..`, `/`); negative decades and centuries (`-001X`); times of day; `Y`
 *   long years.
 * - both accept, different ranges: seasons are northern meteorological for us (spring =
 *   March–May, winter = December–February) but quarter-like for `edtf` (21 = January–March);
 *   open and unknown sides are ±Infinity or the epoch in `edtf`, a finite instant for us, so only
 *   sides that are dates are compared; `edtf` 4.11 inverts min and max for negative years with
 *   unspecified parts (`-0044-01-XX`), so those ranges are not compared; it also treats year 0
 *   as a common year (it is a leap year in the proleptic Gregorian calendar), so the latest day
 *   of February of year 0 is not compared.
 */
import edtf from "edtf";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateProblemText } from "../../src/model/dateMessages.js";
import { formatEdtf, parseWhen, toExtent } from "../../src/time/index.js";
import type { Bound, DatePart, When } from "../../src/time/types.js";
import { whenArb } from "./arbitraries.js";

type Theirs = { ok: true; min: number; max: number; type: string } | { ok: false };

function theirs(text: string): Theirs {
  try {
    const d = edtf(text, { level: 1 });
    return { ok: true, min: d.min, max: d.max, type: d.type };
  } catch {
    return { ok: false };
  }
}

const isDate = (b: Bound): b is DatePart => "precision" in b;
const parts = (w: When): DatePart[] =>
  w.type === "date" ? [w.date] : [w.start, w.end].filter(isDate);

/** Why jointline accepts a text that `edtf` rejects, or undefined if it should not. */
function oursOnly(text: string, w: When): string | undefined {
  if (parts(w).some((p) => p.precision === "quarter")) return "quarter";
  if (/X[~?%]/.test(text)) return "qualified unspecified digits";
  if (parts(w).some((p) => p.precision === "season" && (p.approximate || p.uncertain)))
    return "qualified season";
  if (
    w.type === "interval" &&
    (/X/.test(text) || parts(w).some((p) => ["season", "decade", "century"].includes(p.precision)))
  )
    return "season, decade, century or -XX inside a span";
  if (w.type === "interval" && isDate(w.start) && isDate(w.end)) {
    const e = toExtent({ type: "date", date: w.end });
    if (e.earliestStart <= toExtent({ type: "date", date: w.start }).earliestStart)
      return "end contains or equals the start";
  }
  if (/^-0000/.test(text) || /\/-0000/.test(text)) return "-0000";
  return undefined;
}

/** Why `edtf` accepts a text that jointline rejects, or undefined if it should not. */
function theirsOnly(text: string, message: string): string | undefined {
  if (/^-?\d\d$/.test(text) && /four digits/.test(message)) return "two-digit century";
  if (/is not a leap year/.test(message)) return "29 February in a common year";
  if (/needs at least one date/.test(message)) return "span without a date";
  if (/before year 0/.test(message)) return "negative decade or century";
  if (/times of day/.test(message)) return "time of day";
  if (/with a Y/.test(message)) return "Y long year";
  return undefined;
}

const DAY = 86_400_000;
/** More runs on demand: `JL_FUZZ_RUNS=100000 npx vitest run --project node tests/time/edtfCrossCheck.test.ts`. */
const RUNS = Number(process.env.JL_FUZZ_RUNS) || 3_000;

/** Compares the earliest and latest days of the sides that are dates (seasons excepted). */
function compareRanges(text: string, w: When, t: Theirs & { ok: true }): void {
  if (parts(w).some((p) => p.precision === "season")) return;
  const e = toExtent(w);
  const start = w.type === "date" ? w.date : w.start;
  const end = w.type === "date" ? w.date : w.end;
  if (isDate(start)) expect(e.earliestStart, `${text} earliest day`).toBe(t.min);
  // Ours are exclusive UTC midnights, theirs the last millisecond of the last day.
  if (isDate(end)) expect(e.latestEnd - 1, `${text} latest day`).toBe(t.max);
  if (isDate(end)) expect(Math.abs((t.max + 1) % DAY), `${text} whole days`).toBe(0);
}

/** Asserts agreement or a documented difference; returns which. */
function crossCheck(text: string): string {
  const ours = parseWhen(text);
  const t = theirs(text);
  if (ours.ok && t.ok) {
    if (ours.value.type === "date" && t.min > t.max) {
      // edtf 4.11 inverts min and max for negative years with unspecified parts.
      expect(text, `edtf gives an inverted range for ${text}`).toMatch(/^-\d{4}-.*XX/);
      return "both accept, edtf range inverted";
    }
    if (/(^|\/)-?0000-02(?!\d)/.test(text)) {
      // edtf 4.11 treats year 0 (1 BC) as a common year; in the proleptic Gregorian calendar
      // it is a leap year, so our February of year 0 has 29 days and theirs 28: only the
      // earliest day is compared — when there is one: with an unknown or open start ("/0000-02",
      // "../0000-02") edtf has none (null, -Infinity), and the end is the part that differs.
      // Nor when the start is 29 February of year 0, which edtf rolls over to 1 March (in every
      // zone; a generated "0000-02-29" failed one run in 2,664).
      const ours0 = toExtent(ours.value);
      if (!/^(\/|\.\.\/)/.test(text) && !/^-?0000-02-29/.test(text))
        expect(ours0.earliestStart, `${text} earliest day`).toBe(t.min);
      return "both accept, edtf year 0 not leap";
    }
    compareRanges(text, ours.value, t);
    return "both accept";
  }
  if (!ours.ok && !t.ok) return "both reject";
  if (ours.ok) {
    const reason = oursOnly(text, ours.value);
    expect(reason, `jointline accepts ${JSON.stringify(text)}, edtf rejects it`).toBeDefined();
    return `ours only: ${reason}`;
  }
  const { message } = dateProblemText(ours.error);
  const reason = theirsOnly(text, message);
  expect(
    reason,
    `edtf accepts ${JSON.stringify(text)}, jointline rejects it: ${message}`,
  ).toBeDefined();
  return `edtf only: ${reason}`;
}

const agreeAccept = [
  "2025",
  "0000",
  "0050",
  "9999",
  "-0044",
  "2025-01",
  "2025-04",
  "2025-12",
  "2025-04-02",
  "2024-02-29",
  "2000-02-29",
  "2025-12-31",
  "2025-01-01",
  "0001-01-01",
  "1999-11-30",
  "2014~",
  "2014?",
  "2014%",
  "2025-04~",
  "2025-04-02?",
  "2025-04-02%",
  "201X",
  "19XX",
  "000X",
  "00XX",
  "2014-XX",
  "2014-XX-XX",
  "2025-04-XX",
  "2024-11/2025-03",
  "2019-12-31/2020",
  "2024/2024-05",
  "-0044/0010",
  "2004-06~/2004-08?",
  "2014?/2015%",
  "2023/..",
  "../2020",
  "2019/",
  "/2019",
  "2014~/..",
  "../2014~",
  "2024-02-28/2024-02-29",
];

const agreeReject = [
  "",
  "2025-13",
  "2025-00",
  "2025-13-40",
  "2025-04-31",
  "2025-02-30",
  "2025-04-00",
  "2025-4-2",
  "2025-04-2",
  "202",
  "1",
  "02/04/2025",
  "2025/04/02",
  "2025/2024",
  "2020-01-01/2019-12-31",
  "2024-12/2024-11",
  "1XXX",
  "201X-05",
  "2024-XX-05",
  "2004?-06",
  "2004-06-~11",
  "2024-25",
  "2024-40",
  "[1667,1668]",
  "{1667,1668}",
  "2014~?",
  "April 2025",
  "2025-Apr",
  "..",
  "2020/2021/2022",
  "201x",
];

const differences: [string, string][] = [
  // Found by the generated strings below about one run in six: an unknown or open start before
  // February of year 0.
  ["/0000-02", "both accept, edtf year 0 not leap"],
  ["../0000-02-29", "both accept, edtf year 0 not leap"],
  // Found the same way (one run in 2,664): 29 February of year 0 itself, 1 March to edtf.
  ["0000-02-29", "both accept, edtf year 0 not leap"],
  // "-0000" is year 0 too (EDTF allows the sign); a generated "-0000-02-XX" failed one run.
  ["-0000-02-XX", "both accept, edtf year 0 not leap"],
  ["2024-Q4", "ours only: quarter"],
  ["2024-q1", "ours only: quarter"],
  ["2024-33", "ours only: quarter"],
  ["2024-36~", "ours only: quarter"],
  ["2024-Q1/2024-Q3", "ours only: quarter"],
  ["201X~", "ours only: qualified unspecified digits"],
  ["19XX?", "ours only: qualified unspecified digits"],
  ["2014-XX%", "ours only: qualified unspecified digits"],
  ["2024-21~", "ours only: qualified season"],
  ["2024-21/2024-22", "ours only: season, decade, century or -XX inside a span"],
  ["201X/2020", "ours only: season, decade, century or -XX inside a span"],
  ["2014-XX/2015", "ours only: season, decade, century or -XX inside a span"],
  ["2024/2024", "ours only: end contains or equals the start"],
  ["2024-05/2024", "ours only: end contains or equals the start"],
  ["2025-04-02/2025-04-02", "ours only: end contains or equals the start"],
  ["2020/2020-01-01", "ours only: end contains or equals the start"],
  ["-0000", "ours only: -0000"],
  ["2023-02-29", "edtf only: 29 February in a common year"],
  ["1900-02-29", "edtf only: 29 February in a common year"],
  ["../..", "edtf only: span without a date"],
  ["/", "edtf only: span without a date"],
  ["/..", "edtf only: span without a date"],
  ["-001X", "edtf only: negative decade or century"],
  ["1985-04-12T23:20:30", "edtf only: time of day"],
  ["Y170000002", "edtf only: Y long year"],
  ["19", "edtf only: two-digit century"],
  ["-0044-01-XX", "both accept, edtf range inverted"],
];

describe("parseWhen/toExtent cross-checked with edtf", () => {
  it(`parseWhen(text) agrees with edtf on ${agreeAccept.length + agreeReject.length} level 0/1 strings`, () => {
    expect(agreeAccept.length + agreeReject.length).toBeGreaterThanOrEqual(60);
    for (const text of agreeAccept) expect(crossCheck(text), text).toBe("both accept");
    for (const text of agreeReject) expect(crossCheck(text), text).toBe("both reject");
  });

  it.each(differences)("parseWhen('%s') differs from edtf on purpose (%s)", (text, reason) => {
    expect(crossCheck(text)).toBe(reason);
  });

  it("toExtent(season) is meteorological where edtf reads seasons as quarters", () => {
    const autumn = parseWhen("2024-23");
    const t = theirs("2024-23");
    if (!autumn.ok || !t.ok) throw new Error("2024-23 should parse in both");
    expect(new Date(t.min).toISOString().slice(0, 10)).toBe("2024-07-01");
    expect(new Date(toExtent(autumn.value).earliestStart).toISOString().slice(0, 10)).toBe(
      "2024-09-01",
    );
  });

  it("parseWhen(formatEdtf(w)) agrees with edtf for generated values", () => {
    fc.assert(
      fc.property(whenArb, (w) => {
        crossCheck(formatEdtf(w));
      }),
      { numRuns: 1_500 },
    );
    // As the generated-text checks below: 15 s at a load of 20 on 2 cores (a hang bound).
  }, 60_000);

  const digits = (n: number) =>
    fc.integer({ min: 0, max: 10 ** n - 1 }).map((x) => String(x).padStart(n, "0"));
  const yearText = fc.oneof(
    { arbitrary: digits(4), weight: 6 },
    {
      arbitrary: fc.constantFrom("201X", "19XX", "000X", "1XXX", "X", "-0044", "-0000", "-001X"),
      weight: 2,
    },
    { arbitrary: digits(3), weight: 1 },
    { arbitrary: digits(5), weight: 1 },
  );
  const monthText = fc.oneof(
    { arbitrary: fc.constant(""), weight: 3 },
    {
      arbitrary: fc.integer({ min: 0, max: 41 }).map((m) => `-${String(m).padStart(2, "0")}`),
      weight: 6,
    },
    { arbitrary: fc.constantFrom("-XX", "-Q1", "-q4", "-Q0", "-Q5", "-4", "-1X"), weight: 2 },
  );
  const dayText = fc.oneof(
    { arbitrary: fc.constant(""), weight: 3 },
    {
      arbitrary: fc.integer({ min: 0, max: 32 }).map((d) => `-${String(d).padStart(2, "0")}`),
      weight: 6,
    },
    { arbitrary: fc.constantFrom("-XX", "-2", "-X1"), weight: 1 },
  );
  const qualifier = fc.constantFrom("", "", "", "~", "?", "%", "~?");
  const dateText = fc
    .tuple(yearText, monthText, dayText, qualifier)
    .map(([y, m, d, q]) => `${y}${m}${d}${q}`);
  const boundText = fc.oneof(
    { arbitrary: dateText, weight: 6 },
    { arbitrary: fc.constantFrom("..", ""), weight: 1 },
  );
  const edtfLike = fc.oneof(
    dateText,
    fc.tuple(boundText, boundText).map(([a, b]) => `${a}/${b}`),
  );

  it("parseWhen(text) agrees with edtf on generated EDTF-like strings", () => {
    fc.assert(
      fc.property(edtfLike, (text) => {
        crossCheck(text);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);

  it("parseWhen(text) agrees with edtf on generated junk", () => {
    const junk = fc.string({ unit: fc.constantFrom(..."0123456789-/.X~?%Q T:"), maxLength: 14 });
    fc.assert(
      fc.property(junk, (text) => {
        // Surrounding whitespace is trimmed by us on purpose and rejected by edtf.
        fc.pre(text === text.trim());
        crossCheck(text);
      }),
      { numRuns: RUNS },
    );
  }, 60_000);
});
