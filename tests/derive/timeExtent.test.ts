import { describe, expect, it } from "vitest";
import { timeExtent } from "../../src/derive/timeExtent";
import { makeEvent } from "./helpers";

describe("timeExtent", () => {
  it("timeExtent([]) is undefined", () => {
    expect(timeExtent([])).toBeUndefined();
  });

  it("timeExtent(events) spans the earliest possible start to the latest possible end", () => {
    const events = [
      makeEvent({ id: "a", when: "2014" }),
      makeEvent({ id: "b", when: "2011-03-16" }),
      makeEvent({ id: "c", when: "2013-08/2015-02" }),
    ];
    expect(timeExtent(events)).toEqual([Date.UTC(2011, 2, 16), Date.UTC(2015, 2, 1)]);
  });

  it("timeExtent(events, { now }) reaches now for an ongoing span", () => {
    const events = [makeEvent({ id: "o", when: "2023/.." })];
    expect(timeExtent(events, { now: Date.UTC(2025, 0, 1) })).toEqual([
      Date.UTC(2023, 0, 1),
      Date.UTC(2025, 0, 1),
    ]);
  });
});
