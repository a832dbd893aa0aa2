import { describe, expect, it } from "vitest";
import { parseWhen, toExtent } from "../../src/time/index.js";
import type { When } from "../../src/time/types.js";

function value(text: string): When {
  const r = parseWhen(text);
  if (!r.ok) throw new Error(`${text}: ${r.error.reason}`);
  return r.value;
}

const day = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

function span(text: string, now?: number) {
  const e = toExtent(value(text), now === undefined ? {} : { now });
  const iso = (ms: number) => new Date(ms).toISOString().slice(0, 10);
  return [iso(e.earliestStart), iso(e.latestStart), iso(e.earliestEnd), iso(e.latestEnd)];
}

describe("toExtent: single dates", () => {
  it("toExtent('2025-04-02') covers one day", () => {
    expect(toExtent(value("2025-04-02"))).toEqual({
      earliestStart: day("2025-04-02"),
      latestStart: day("2025-04-03"),
      earliestEnd: day("2025-04-02"),
      latestEnd: day("2025-04-03"),
      openStart: false,
      openEnd: false,
      approximate: false,
      uncertain: false,
      startPrecision: "day",
      endPrecision: "day",
    });
  });
  it("toExtent('2025-12-31') rolls over into the next year", () => {
    expect(span("2025-12-31")).toEqual(["2025-12-31", "2026-01-01", "2025-12-31", "2026-01-01"]);
    expect(span("2025-12")).toEqual(["2025-12-01", "2026-01-01", "2025-12-01", "2026-01-01"]);
  });
  it("toExtent('2024-02') has 29 days in a leap year and 28 otherwise", () => {
    const e = toExtent(value("2024-02"));
    expect((e.latestEnd - e.earliestStart) / 86_400_000).toBe(29);
    const f = toExtent(value("2023-02"));
    expect((f.latestEnd - f.earliestStart) / 86_400_000).toBe(28);
    expect(span("2024-02-29")).toEqual(["2024-02-29", "2024-03-01", "2024-02-29", "2024-03-01"]);
  });
  it("toExtent('2025') covers the year", () => {
    expect(span("2025")).toEqual(["2025-01-01", "2026-01-01", "2025-01-01", "2026-01-01"]);
  });
  it("toExtent('201X') covers ten years and '19XX' a hundred", () => {
    expect(span("201X")).toEqual(["2010-01-01", "2020-01-01", "2010-01-01", "2020-01-01"]);
    expect(span("19XX")).toEqual(["1900-01-01", "2000-01-01", "1900-01-01", "2000-01-01"]);
    expect(toExtent(value("201X")).startPrecision).toBe("decade");
  });
  it("toExtent(seasons) uses northern meteorological seasons", () => {
    expect(span("2024-21")).toEqual(["2024-03-01", "2024-06-01", "2024-03-01", "2024-06-01"]);
    expect(span("2024-22")).toEqual(["2024-06-01", "2024-09-01", "2024-06-01", "2024-09-01"]);
    expect(span("2024-23")).toEqual(["2024-09-01", "2024-12-01", "2024-09-01", "2024-12-01"]);
  });
  it("toExtent('2024-24') runs winter from December into the next year's February", () => {
    expect(span("2024-24")).toEqual(["2024-12-01", "2025-03-01", "2024-12-01", "2025-03-01"]);
    // 2024 is a leap year but the winter ends in 2025: 31 + 31 + 28 days.
    const e = toExtent(value("2024-24"));
    expect((e.latestEnd - e.earliestStart) / 86_400_000).toBe(90);
    const f = toExtent(value("2023-24"));
    expect((f.latestEnd - f.earliestStart) / 86_400_000).toBe(91);
  });
  it("toExtent(quarters) starts Q1 in January and ends Q4 on 1 January", () => {
    expect(span("2024-Q1")).toEqual(["2024-01-01", "2024-04-01", "2024-01-01", "2024-04-01"]);
    expect(span("2024-Q4")).toEqual(["2024-10-01", "2025-01-01", "2024-10-01", "2025-01-01"]);
    expect(span("2024-35")).toEqual(span("2024-Q3"));
  });
  it("toExtent('0050') keeps years below 100 literal", () => {
    expect(toExtent(value("0050")).earliestStart).toBe(Date.parse("0050-01-01T00:00:00Z"));
    expect(toExtent(value("0099-12")).latestEnd).toBe(Date.parse("0100-01-01T00:00:00Z"));
  });
  it("toExtent('-0044') handles years before year 0", () => {
    const e = toExtent(value("-0044"));
    expect(new Date(e.earliestStart).getUTCFullYear()).toBe(-44);
    expect(new Date(e.latestEnd).getUTCFullYear()).toBe(-43);
  });
  it("toExtent('2014~') does not widen the range, only sets flags", () => {
    const e = toExtent(value("2014%"));
    expect(span("2014%")).toEqual(span("2014"));
    expect(e.approximate).toBe(true);
    expect(e.uncertain).toBe(true);
  });
});

describe("toExtent: spans", () => {
  it("toExtent('2024-11/2025-03') takes the start range from A and the end range from B", () => {
    expect(span("2024-11/2025-03")).toEqual([
      "2024-11-01",
      "2024-12-01",
      "2025-03-01",
      "2025-04-01",
    ]);
    const e = toExtent(value("2024-11/2025-03"));
    expect([e.startPrecision, e.endPrecision]).toEqual(["month", "month"]);
  });
  it("toExtent('2024/2024-05') clamps the start range to the end range", () => {
    expect(span("2024/2024-05")).toEqual(["2024-01-01", "2024-06-01", "2024-05-01", "2024-06-01"]);
    expect(span("2024-05/2024")).toEqual(["2024-05-01", "2024-06-01", "2024-05-01", "2025-01-01"]);
  });
  it("toExtent('2004-06~/2004-08?') merges the flags of both sides", () => {
    const e = toExtent(value("2004-06~/2004-08?"));
    expect([e.approximate, e.uncertain]).toEqual([true, true]);
  });
  it("toExtent('2023/..') without now ends where the start range ends", () => {
    const e = toExtent(value("2023/.."));
    expect(span("2023/..")).toEqual(["2023-01-01", "2024-01-01", "2024-01-01", "2024-01-01"]);
    expect([e.openStart, e.openEnd, e.endPrecision]).toEqual([false, true, "year"]);
  });
  it("toExtent('2023/..', { now }) reaches now, never before the start range", () => {
    expect(span("2023/..", day("2026-11-21"))).toEqual([
      "2023-01-01",
      "2024-01-01",
      "2026-11-21",
      "2026-11-21",
    ]);
    expect(span("2023/..", day("2023-05-01"))[3]).toBe("2024-01-01");
    expect(span("2023/..", Number.NaN)[3]).toBe("2024-01-01");
  });
  it("toExtent('2019/') ends an unknown end at the start range's end, whatever now is", () => {
    const e = toExtent(value("2019/"), { now: day("2026-01-01") });
    expect(span("2019/", day("2026-01-01"))).toEqual([
      "2019-01-01",
      "2020-01-01",
      "2020-01-01",
      "2020-01-01",
    ]);
    expect(e.openEnd).toBe(true);
  });
  it("toExtent('../2020') starts an open start where the end range starts", () => {
    const e = toExtent(value("../2020"), { now: day("2026-01-01") });
    expect(span("../2020")).toEqual(["2020-01-01", "2020-01-01", "2020-01-01", "2021-01-01"]);
    expect([e.openStart, e.openEnd, e.startPrecision]).toEqual([true, false, "year"]);
    expect(span("/2020")).toEqual(span("../2020"));
  });
  it("toExtent(when) does not mutate its input", () => {
    const w = value("2024-11~/..");
    const copy = structuredClone(w);
    toExtent(w, { now: day("2026-01-01") });
    expect(w).toEqual(copy);
  });
  it("toExtent(when) gives the same numbers in every time zone", () => {
    // Compared with hard-coded UTC values, so that the TZ=… runs all check the same thing.
    expect(toExtent(value("2025-03-30")).earliestStart).toBe(1743292800000);
    expect(toExtent(value("2024-24")).latestEnd).toBe(1740787200000);
  });
});
