import { describe, expect, it } from "vitest";
import { encodeTimeline } from "../../../src/components/timeline/encode";
import { resolveTimelineOptions } from "../../../src/components/timeline/options";
import {
  baseScale,
  formatWindow,
  linearOf,
  visibleWindow,
  windowTransform,
  zoomLevel,
} from "../../../src/components/timeline/scale";
import type { TimelineState } from "../../../src/components/timeline/state";
import { defaultDataset } from "../../scenarios/timelineScenarios";

const enc = encodeTimeline(defaultDataset, resolveTimelineOptions());

describe("timeline scale", () => {
  it("baseScale(enc, width, rtl) maps the padded domain across the width, reversed right to left", () => {
    const ltr = baseScale(enc, 800, false);
    const rtl = baseScale(enc, 800, true);
    expect(ltr(enc.fullDomain[0])).toBeCloseTo(0, 6);
    expect(ltr(enc.fullDomain[1])).toBeCloseTo(800, 6);
    expect(rtl(enc.fullDomain[0])).toBeCloseTo(800, 6);
  });

  it("linearOf(enc, x) gives what the scale gives, with one multiply-add", () => {
    const x = baseScale(enc, 800, false);
    const fast = linearOf(enc, x);
    for (const e of enc.extents)
      expect(fast(e.earliestStart)).toBeCloseTo(x(e.earliestStart) as number, 6);
  });

  it("windowTransform(state, window) shows that window (visibleWindow gives it back)", () => {
    const state = { enc, width: 800, base: baseScale(enc, 800, false) } as TimelineState;
    const window: [number, number] = [Date.UTC(2018, 0, 1), Date.UTC(2020, 0, 1)];
    state.transform = windowTransform(state, window);
    const [a, b] = visibleWindow(state);
    expect(a).toBeCloseTo(window[0], -3);
    expect(b).toBeCloseTo(window[1], -3);
    expect(state.transform.k).toBeGreaterThan(1);
  });

  it("zoomLevel(k) is the power of two at or below k", () => {
    expect([0.5, 1, 1.99, 2, 5, 8].map(zoomLevel)).toEqual([0, 0, 0, 1, 2, 3]);
  });

  it("formatWindow(locale, window) writes both ends in the locale's words", () => {
    expect(formatWindow("en", [Date.UTC(2016, 0, 1), Date.UTC(2020, 11, 31)])).toMatch(
      /^showing .*2016 to .*2020$/,
    );
  });
});
