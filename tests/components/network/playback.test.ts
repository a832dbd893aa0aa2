import { describe, expect, it } from "vitest";
import {
  nextPlaybackWindow,
  playbackAtEnd,
  playbackYears,
} from "../../../src/components/network/playback";
import type { Dataset } from "../../../src/model";

const y = (year: number) => Date.UTC(year, 0, 1);
const span = (from: number, to: number) => ({ start: y(from), end: y(to) });

describe("nextPlaybackWindow", () => {
  it("nextPlaybackWindow(years, no window, forward) starts at the first year, span years wide", () => {
    expect(nextPlaybackWindow([2010, 2020], undefined, 1, 3)).toEqual({
      window: span(2010, 2013),
      more: true,
    });
  });

  it("nextPlaybackWindow(years, window, ±1) moves one year and stops at the ends", () => {
    expect(nextPlaybackWindow([2010, 2020], span(2011, 2014), 1, 3)?.window).toEqual(
      span(2012, 2015),
    );
    expect(nextPlaybackWindow([2010, 2020], span(2011, 2014), -1, 3)?.window).toEqual(
      span(2010, 2013),
    );
    // The last window is 2018–2020: one more step forward reaches it and says there is no more.
    expect(nextPlaybackWindow([2010, 2020], span(2017, 2020), 1, 3)).toEqual({
      window: span(2018, 2021),
      more: false,
    });
    expect(nextPlaybackWindow([2010, 2020], span(2018, 2021), 1, 3)).toBeUndefined();
    expect(nextPlaybackWindow([2010, 2020], span(2010, 2013), -1, 3)).toBeUndefined();
  });

  it("nextPlaybackWindow(years, no window, back) starts from the end; a span under 1 counts as 1", () => {
    expect(nextPlaybackWindow([2010, 2020], undefined, -1, 3)?.window).toEqual(span(2018, 2021));
    expect(nextPlaybackWindow([2010, 2020], undefined, 1, 0)?.window).toEqual(span(2010, 2011));
  });

  it("playbackAtEnd(years, window, span) is true from the last window on", () => {
    expect(playbackAtEnd([2010, 2020], span(2018, 2021), 3)).toBe(true);
    expect(playbackAtEnd([2010, 2020], span(2017, 2020), 3)).toBe(false);
    expect(playbackAtEnd([2010, 2020], undefined, 3)).toBe(false);
  });
});

describe("playbackYears", () => {
  const dataset = {
    schemaVersion: "1",
    title: "t",
    sources: [],
    actors: [],
    eras: [],
    events: [
      { kind: "operation", id: "a", when: "2012/2014-06" },
      { kind: "arrest", id: "b", when: "2019-03-02" },
    ],
  } as unknown as Dataset;

  it("playbackYears(dataset, kinds) spans the events of those kinds only", () => {
    expect(playbackYears(dataset, ["operation"])).toEqual([2012, 2014]);
    expect(playbackYears(dataset, "all")).toEqual([2012, 2019]);
    expect(playbackYears(dataset, ["legislation"])).toBeUndefined();
  });
});
