import { describe, expect, it } from "vitest";
import { timeTicks } from "../../../src/components/timeline/ticks";
import { minZoomWindow } from "../../../src/components/timeline/zoomLimit";
import { eventExtent } from "../../../src/derive/eventExtent";
import { parseWhen } from "../../../src/time/parseWhen";
import { toExtent } from "../../../src/time/toExtent";
import { defaultDataset } from "../../scenarios/timelineScenarios";

const DAY = 86_400_000;
const extentOf = (when: string) => {
  const parsed = parseWhen(when);
  if (!parsed.ok) throw new Error(when);
  return toExtent(parsed.value);
};

describe("minZoomWindow", () => {
  it("minZoomWindow(extents, minSpan) is a few units of the finest precision present", () => {
    expect(minZoomWindow([extentOf("2014-11-06/2014-11-07"), extentOf("2014")], DAY)).toBe(4 * DAY);
    expect(minZoomWindow([extentOf("2014-03"), extentOf("2015")], DAY)).toBeCloseTo(
      4 * 30.44 * DAY,
    );
    expect(minZoomWindow([extentOf("2014-21")], DAY)).toBeCloseTo(4 * 91.3 * DAY);
    expect(minZoomWindow([extentOf("2014"), extentOf("201X")], DAY)).toBeCloseTo(4 * 365.25 * DAY);
    // A month-precision start with a day-precision end: the day counts.
    expect(minZoomWindow([extentOf("2014-03/2014-05-02")], DAY)).toBe(4 * DAY);
  });

  it("minZoomWindow(extents, minSpan) never goes below minSpan, and has a day for no events", () => {
    expect(minZoomWindow([extentOf("2014-11-06")], 30 * DAY)).toBe(30 * DAY);
    expect(minZoomWindow([], DAY)).toBe(4 * DAY);
  });

  it("minZoomWindow(default dataset) stops at a few days, where the axis labels days with a year, never hours", () => {
    const extents = defaultDataset.events.map((e) => eventExtent(e));
    const deepest = minZoomWindow(extents, DAY);
    expect(deepest).toBe(4 * DAY);
    for (const width of [375, 768, 1280, 1920]) {
      const t0 = Date.UTC(2014, 10, 5, 7);
      const ticks = timeTicks(
        [t0, t0 + deepest],
        width,
        (t) => ((t - t0) / deepest) * width,
        "en",
        90,
        DAY,
      );
      expect(ticks.length).toBeGreaterThanOrEqual(3);
      expect(ticks.some((t) => /\b2014\b/.test(t.label))).toBe(true);
      expect(ticks.every((t) => !/\d\d:\d\d/.test(t.label))).toBe(true);
      // Without the floor, the same window is labelled in hours: the floor is what removes them.
      const unfloored = timeTicks([t0, t0 + deepest], width, (t) => t, "en", 90);
      if (width >= 768) expect(unfloored.some((t) => /\d\d:\d\d/.test(t.label))).toBe(true);
    }
  });
});
