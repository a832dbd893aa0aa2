import { describe, expect, it } from "vitest";
import {
  nextTimelineOptions,
  resolveTimelineOptions,
  timelineDefaults,
} from "../../../src/components/timeline/options";

describe("resolveTimelineOptions", () => {
  it("resolveTimelineOptions() fills every default, left to right in English", () => {
    expect(resolveTimelineOptions()).toEqual({ ...timelineDefaults, rtl: false });
  });

  it("resolveTimelineOptions(options) ignores undefined values and follows the locale's direction", () => {
    const o = resolveTimelineOptions({ theme: undefined, locale: "he", rowHeight: 30 });
    expect(o.theme).toBe(timelineDefaults.theme);
    expect(o.rowHeight).toBe(30);
    expect(o.rtl).toBe(true);
    expect(resolveTimelineOptions({ locale: "ar", rtl: false }).rtl).toBe(false);
  });

  it("resolveTimelineOptions(options) does not mutate the defaults nor its input", () => {
    const input = { lanes: "country" as const };
    const before = JSON.stringify(timelineDefaults);
    resolveTimelineOptions(input).maxLanes = 99;
    expect(JSON.stringify(timelineDefaults)).toBe(before);
    expect(input).toEqual({ lanes: "country" });
  });
});

describe("nextTimelineOptions", () => {
  it("nextTimelineOptions(given, partial) merges, and undefined goes back to the default", () => {
    expect(
      nextTimelineOptions({ theme: "dark", lanes: "tag" }, { theme: undefined, maxLanes: 4 }),
    ).toEqual({
      lanes: "tag",
      maxLanes: 4,
    });
  });

  it("nextTimelineOptions(given, { locale }) lets the direction follow the new locale unless rtl is given", () => {
    expect(
      resolveTimelineOptions(nextTimelineOptions({ rtl: false, locale: "en" }, { locale: "ar" }))
        .rtl,
    ).toBe(true);
    expect(nextTimelineOptions({ locale: "en" }, { locale: "ar", rtl: false })).toEqual({
      locale: "ar",
      rtl: false,
    });
  });
});
