import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { dateProblemText } from "../../src/model/dateMessages.js";
import { parseWhen } from "../../src/time/index.js";
import type { DatePart, When } from "../../src/time/types.js";

const plain = { approximate: false, uncertain: false };

function value(text: string): When {
  const r = parseWhen(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.reason}`);
  return r.value;
}

function date(text: string): DatePart {
  const w = value(text);
  if (w.type !== "date") throw new Error(`${text} is not a single date`);
  return w.date;
}

function error(text: string) {
  const r = parseWhen(text);
  if (r.ok) throw new Error(`${text} was accepted`);
  // The codes and their English words (area `date`), as a data author reads them.
  return { ...r.error, ...dateProblemText(r.error) };
}

describe("parseWhen: level 0", () => {
  it("parseWhen('2025') reads a year", () => {
    expect(value("2025")).toEqual({
      type: "date",
      date: { year: 2025, precision: "year", ...plain },
    });
  });
  it("parseWhen('2025-04') reads a month", () => {
    expect(date("2025-04")).toEqual({ year: 2025, month: 4, precision: "month", ...plain });
  });
  it("parseWhen('2025-04-02') reads a day", () => {
    expect(date("2025-04-02")).toEqual({
      year: 2025,
      month: 4,
      day: 2,
      precision: "day",
      ...plain,
    });
  });
  it("parseWhen('2024-11/2025-03') reads a span of months", () => {
    expect(value("2024-11/2025-03")).toEqual({
      type: "interval",
      start: { year: 2024, month: 11, precision: "month", ...plain },
      end: { year: 2025, month: 3, precision: "month", ...plain },
    });
  });
  it("parseWhen('0000') and parseWhen('0050-03-02') keep years below 100 literal", () => {
    expect(date("0000")).toEqual({ year: 0, precision: "year", ...plain });
    expect(date("0050-03-02")).toEqual({ year: 50, month: 3, day: 2, precision: "day", ...plain });
  });
  it("parseWhen('-0044') reads a negative year and '-0000' as year 0", () => {
    expect(date("-0044")).toEqual({ year: -44, precision: "year", ...plain });
    expect(Object.is(date("-0000").year, 0)).toBe(true);
  });
  it("parseWhen('  2025-04 \\n') trims surrounding whitespace", () => {
    expect(date("  2025-04 \n")).toEqual(date("2025-04"));
  });
});

describe("parseWhen: calendar validation", () => {
  it("parseWhen('2024-02-29') accepts a leap day", () => {
    expect(date("2024-02-29").day).toBe(29);
    expect(date("2000-02-29").day).toBe(29);
  });
  it("parseWhen('2023-02-29') rejects a leap day in a common year", () => {
    expect(error("2023-02-29")).toMatchObject({
      message: "2023 is not a leap year, so February has 28 days",
      found: "29",
    });
    expect(parseWhen("1900-02-29").ok).toBe(false);
  });
  it("parseWhen('2025-13-40') rejects the month", () => {
    expect(error("2025-13-40")).toMatchObject({ message: "month 13 does not exist", found: "13" });
  });
  it("parseWhen('2025-04-31') rejects a 31st of April", () => {
    expect(error("2025-04-31")).toMatchObject({
      message: "April has 30 days",
      expected: "a day from 01 to 30",
    });
  });
  it("parseWhen('2025-00') and parseWhen('2025-01-00') reject zero", () => {
    expect(error("2025-00").message).toBe("month 00 does not exist");
    expect(error("2025-01-00").message).toBe("day 00 does not exist");
  });
  it("parseWhen('2025-12-31') accepts the last day of the year", () => {
    expect(date("2025-12-31")).toMatchObject({ month: 12, day: 31 });
  });
});

describe("parseWhen: level 1", () => {
  it("parseWhen('2014~'), '2014?' and '2014%' set approximate, uncertain or both", () => {
    expect(date("2014~")).toMatchObject({ approximate: true, uncertain: false });
    expect(date("2014?")).toMatchObject({ approximate: false, uncertain: true });
    expect(date("2014%")).toMatchObject({ approximate: true, uncertain: true });
    expect(date("2025-04-02%")).toMatchObject({
      precision: "day",
      approximate: true,
      uncertain: true,
    });
  });
  it("parseWhen('201X') reads a decade and '19XX' a century", () => {
    expect(date("201X")).toEqual({ year: 2010, precision: "decade", ...plain });
    expect(date("19XX")).toEqual({ year: 1900, precision: "century", ...plain });
    expect(date("000X")).toEqual({ year: 0, precision: "decade", ...plain });
  });
  it("parseWhen('2014-XX') reads a year and '2025-04-XX' a month", () => {
    expect(date("2014-XX")).toEqual({ year: 2014, precision: "year", ...plain });
    expect(date("2014-XX-XX")).toEqual({ year: 2014, precision: "year", ...plain });
    expect(date("2025-04-XX")).toEqual({ year: 2025, month: 4, precision: "month", ...plain });
  });
  it("parseWhen('2024-21') to '2024-24' read spring to winter", () => {
    expect(["21", "22", "23", "24"].map((c) => date(`2024-${c}`).season)).toEqual([
      "spring",
      "summer",
      "autumn",
      "winter",
    ]);
    expect(date("2024-23")).toEqual({
      year: 2024,
      season: "autumn",
      precision: "season",
      ...plain,
    });
  });
  it("parseWhen('2024-Q4'), '2024-q4' and '2024-36' read the fourth quarter", () => {
    const q4 = { year: 2024, quarter: 4, precision: "quarter", ...plain };
    expect(date("2024-Q4")).toEqual(q4);
    expect(date("2024-q4")).toEqual(q4);
    expect(date("2024-36")).toEqual(q4);
    expect(date("2024-33").quarter).toBe(1);
  });
  it("parseWhen('2023/..') reads an ongoing span and '../2020' an open start", () => {
    expect(value("2023/..")).toEqual({
      type: "interval",
      start: { year: 2023, precision: "year", ...plain },
      end: { open: true },
    });
    expect(value("../2020")).toMatchObject({ start: { open: true }, end: { year: 2020 } });
  });
  it("parseWhen('2019/') and parseWhen('/2019') read unknown sides", () => {
    expect(value("2019/")).toMatchObject({ start: { year: 2019 }, end: { unknown: true } });
    expect(value("/2019")).toMatchObject({ start: { unknown: true }, end: { year: 2019 } });
  });
  it("parseWhen('2004-06~/2004-08?') keeps each side's marks", () => {
    expect(value("2004-06~/2004-08?")).toMatchObject({
      start: { month: 6, approximate: true, uncertain: false },
      end: { month: 8, approximate: false, uncertain: true },
    });
  });
  it("parseWhen('2024-24/2025-22') reads a span of seasons crossing the year", () => {
    expect(value("2024-24/2025-22")).toMatchObject({
      start: { year: 2024, season: "winter" },
      end: { year: 2025, season: "summer" },
    });
  });
  it("parseWhen('2024-05/2024') accepts an end that contains the start", () => {
    expect(parseWhen("2024-05/2024").ok).toBe(true);
    expect(parseWhen("2024/2024").ok).toBe(true);
    expect(parseWhen("2025-04-02/2025-04-02").ok).toBe(true);
  });
});

describe("parseWhen: errors a journalist can act on", () => {
  it("parseWhen('2025-4-2') suggests two-digit months and days", () => {
    expect(error("2025-4-2").hint).toBe("did you mean 2025-04-02?");
    expect(error("2025-4").hint).toBe("did you mean 2025-04?");
    expect(error("2025-04-2~").hint).toBe("did you mean 2025-04-02~?");
  });
  it("parseWhen('02/04/2025') explains YYYY-MM-DD and both readings", () => {
    const e = error("02/04/2025");
    expect(e.message).toBe("dates are written year-month-day");
    expect(e.hint).toContain("2025-04-02");
    expect(e.hint).toContain("2025-02-04");
    expect(error("13/04/2025").hint).toBe("did you mean 2025-04-13?");
    expect(error("04/13/2025").hint).toBe("did you mean 2025-04-13?");
    expect(error("2025/04/02").hint).toBe("did you mean 2025-04-02?");
  });
  it("parseWhen('2025-04-02T10:00') says times of day are not supported", () => {
    const e = error("2025-04-02T10:00");
    expect(e.message).toBe("times of day are not supported");
    expect(e.hint).toBe("write the date only: 2025-04-02");
    expect(error("2025-04-02T10:00:00Z").message).toBe("times of day are not supported");
    expect(error("2025-04-02 10:00").message).toBe("times of day are not supported");
  });
  it("parseWhen('2025/2024') says the end is before the start", () => {
    const e = error("2025/2024");
    expect(e.message).toBe("the end 2024 is before the start 2025");
    expect(e.hint).toBe("did you mean 2024/2025?");
    expect(error("2024-12/2024-11").message).toContain("before the start");
    expect(error("2025-24/2025-23").message).toContain("before the start");
  });
  it("parseWhen('2024–2025') asks for a slash between the sides", () => {
    expect(error("2024–2025").hint).toBe("did you mean 2024/2025?");
    expect(error("2024 - 2025").hint).toBe("did you mean 2024/2025?");
    expect(error("2024 to 2025").hint).toBe("did you mean 2024/2025?");
  });
  it("parseWhen('') and parseWhen('   ') say there is no date", () => {
    expect(error("")).toMatchObject({ message: "there is no date", found: "nothing" });
    expect(error("   ").message).toBe("there is no date");
  });
  it("parseWhen('Y170000002') and level 2 forms are clear errors", () => {
    expect(error("Y170000002").message).toContain("are not supported");
    expect(error("12025").message).toBe("years after 9999 are not supported");
    expect(error("2004?-06-11").message).toBe("a ~, ? or % mark can only go at the end of a date");
    expect(error("2004-06-~11").message).toBe("a ~, ? or % mark can only go at the end of a date");
    expect(error("[1667,1668]").message).toContain("not supported");
    expect(error("1XXX").message).toBe("only the last one or two digits of a year can be unknown");
    expect(error("201X-05").message).toBe("a decade or century cannot have a month");
    expect(error("2024-25").message).toContain("level 2");
    expect(error("2024-XX-05").message).toBe("a day with an unknown month is not supported");
  });
  it("parseWhen('201x') asks for a capital X", () => {
    expect(error("201x").hint).toBe("did you mean 201X?");
  });
  it("parseWhen('25') asks for four-digit years", () => {
    expect(error("25").message).toBe("years are written with four digits");
  });
  it("parseWhen('April 2025') asks for numeric months", () => {
    expect(error("April 2025").hint).toContain("2025-04");
    expect(error("2025-Apr").hint).toContain("2025-04");
  });
  it("parseWhen('2024-Q5') and parseWhen('2024-Q4-01') reject impossible quarters", () => {
    expect(error("2024-Q5").message).toBe("quarter 5 does not exist");
    expect(error("2024-Q4-01").message).toBe("a quarter cannot have a day");
    expect(error("2024-23-01").message).toBe("a season cannot have a day");
  });
  it("parseWhen('..'), parseWhen('/') and parseWhen('../..') need a date", () => {
    expect(error("..").message).toContain("only works as one side of a span");
    expect(error("/").message).toBe("a span needs at least one date");
    expect(error("../..").message).toBe("a span needs at least one date");
    expect(error("2020/2021/2022").message).toBe("a span has exactly one slash");
  });
  it("parseWhen('2014~?') allows one mark only", () => {
    expect(error("2014~?").hint).toContain("%");
  });
  it("parseWhen(non-string) returns an error instead of throwing", () => {
    expect(parseWhen(null as unknown as string).ok).toBe(false);
    expect(parseWhen(2025 as unknown as string).ok).toBe(false);
  });
  it("parseWhen(text) never accepts inner whitespace or junk", () => {
    for (const t of [
      "2025 -04",
      "2025-04 -02",
      "2025-04-02x",
      "20 25",
      "2025--04",
      "2025-",
      "-",
      "~",
    ])
      expect(parseWhen(t).ok, t).toBe(false);
  });
  it("parseWhen(text) always fills message, expected and found", () => {
    for (const t of [
      "",
      "x",
      "2025-13",
      "2025-02-30",
      "2025/2024",
      "2025-04-02T10:00",
      "..",
      "2024-Q9",
    ]) {
      const e = error(t);
      expect(e.message.length, t).toBeGreaterThan(0);
      expect(e.expected.length, t).toBeGreaterThan(0);
      expect(e.found.length, t).toBeGreaterThan(0);
    }
  });
});

describe("parseWhen's fast path for plain dates and spans", () => {
  // A leading space misses the fast path (its pattern is anchored), and trimming then sends the
  // same text through the full path: both must give the same result, valid or not.
  const digits = (n: number) => fc.stringMatching(new RegExp(`^\\d{${n}}$`));
  const plainDate = fc.oneof(
    digits(4),
    fc.tuple(digits(4), digits(2)).map(([y, m]) => `${y}-${m}`),
    fc.tuple(digits(4), digits(2), digits(2)).map(([y, m, d]) => `${y}-${m}-${d}`),
  );
  const plainText = fc.oneof(
    plainDate,
    fc.tuple(plainDate, plainDate).map(([a, b]) => `${a}/${b}`),
  );

  it("gives what the full path gives (property)", () => {
    fc.assert(
      fc.property(plainText, (text) => {
        expect(parseWhen(text)).toEqual(parseWhen(` ${text}`));
      }),
      { numRuns: 3000 },
    );
  });

  it("leaves invalid plain texts to the full path's explanations", () => {
    expect(parseWhen("2025-13-01").ok).toBe(false);
    expect(parseWhen("2025-02-30").ok).toBe(false);
    const reversed = parseWhen("2025/2024");
    expect(reversed.ok).toBe(false);
    if (!reversed.ok) expect(dateProblemText(reversed.error).hint).toBe("did you mean 2024/2025?");
  });
});
