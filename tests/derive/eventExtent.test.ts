import { describe, expect, it } from "vitest";
import { eventExtent } from "../../src/derive/eventExtent";
import { makeEvent, snapshot } from "./helpers";

describe("eventExtent", () => {
  it("eventExtent(event) of a day covers that UTC day", () => {
    const extent = eventExtent(makeEvent({ id: "a", when: "2025-04-02" }));
    expect(extent.earliestStart).toBe(Date.UTC(2025, 3, 2));
    expect(extent.latestEnd).toBe(Date.UTC(2025, 3, 3));
    expect(extent.startPrecision).toBe("day");
  });

  it("eventExtent(event) of a span keeps each side's precision", () => {
    const extent = eventExtent(makeEvent({ id: "k", when: "2022/2025-04-02" }));
    expect(extent).toMatchObject({
      earliestStart: Date.UTC(2022, 0, 1),
      latestStart: Date.UTC(2023, 0, 1),
      earliestEnd: Date.UTC(2025, 3, 2),
      latestEnd: Date.UTC(2025, 3, 3),
      startPrecision: "year",
      endPrecision: "day",
    });
  });

  it("eventExtent(event, { now }) runs an ongoing span to now", () => {
    const event = makeEvent({ id: "o", when: "2023/.." });
    expect(eventExtent(event).latestEnd).toBe(Date.UTC(2024, 0, 1));
    expect(eventExtent(event, { now: Date.UTC(2026, 5, 1) }).latestEnd).toBe(Date.UTC(2026, 5, 1));
    expect(eventExtent(event, { now: Date.UTC(2026, 5, 1) }).openEnd).toBe(true);
  });

  it("eventExtent(events with the same when) share one extent per now; an invalid when still throws naming each event", () => {
    const a = eventExtent(makeEvent({ id: "a", when: "2019-07-04" }));
    const b = eventExtent(makeEvent({ id: "b", when: "2019-07-04" }));
    expect(b).toBe(a);
    const ongoing = makeEvent({ id: "c", when: "2019-07/.." });
    const later = eventExtent(makeEvent({ id: "d", when: "2019-07/.." }), {
      now: Date.UTC(2030, 0, 1),
    });
    expect(eventExtent(ongoing, { now: Date.UTC(2021, 0, 1) }).latestEnd).toBe(
      Date.UTC(2021, 0, 1),
    );
    expect(later.latestEnd).toBe(Date.UTC(2030, 0, 1));
    expect(() => eventExtent(makeEvent({ id: "x1", when: "2019-13" }))).toThrow(/"x1"/);
    expect(() => eventExtent(makeEvent({ id: "x2", when: "2019-13" }))).toThrow(/"x2"/);
  });

  it("eventExtent(event) returns the same frozen object for the same event and now", () => {
    const event = makeEvent({ id: "a", when: "2014~" });
    const first = eventExtent(event);
    expect(eventExtent(event)).toBe(first);
    expect(Object.isFrozen(first)).toBe(true);
    expect(eventExtent(event, { now: 1 })).not.toBe(first);
    // An equal but distinct event object is parsed on its own.
    expect(eventExtent({ ...event, when: "2015" }).earliestStart).toBe(Date.UTC(2015, 0, 1));
  });

  it("eventExtent(event) throws a RangeError naming a hand-built event with an invalid date", () => {
    expect(() => eventExtent(makeEvent({ id: "bad", when: "2025-13" }))).toThrow(/"bad".*2025-13/);
  });

  it("eventExtent(event) does not mutate its input", () => {
    const event = makeEvent({ id: "a", when: "2024-11/2025-02-28" });
    const before = snapshot(event);
    eventExtent(event);
    expect(event).toEqual(before);
  });
});
