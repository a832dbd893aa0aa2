import { describe, expect, it } from "vitest";
import { eventLabel } from "../../src/derive/eventLabel";
import { defaultDataset } from "../scenarios/timelineScenarios";

describe("eventLabel(event)", () => {
  it("eventLabel(event) is the event's label when it has one", () => {
    expect(eventLabel({ title: "Genesis Market: marketplace taken down", label: "Genesis" })).toBe(
      "Genesis",
    );
  });

  it("eventLabel(event) is the title up to its first ' – ', ' - ' or ': ', whichever comes first", () => {
    expect(eventLabel({ title: "Operation Rescue: online forum network dismantled" })).toBe(
      "Operation Rescue",
    );
    expect(eventLabel({ title: "Operation Bellows – two-day action day: Europe" })).toBe(
      "Operation Bellows",
    );
    expect(eventLabel({ title: "Operation X - phase two: arrests" })).toBe("Operation X");
    expect(eventLabel({ title: "A: b – c" })).toBe("A");
  });

  it("eventLabel(event) is the whole title without a separator, or with nothing before it", () => {
    expect(eventLabel({ title: "Lanzarote Convention enters into force" })).toBe(
      "Lanzarote Convention enters into force",
    );
    expect(eventLabel({ title: "Self-help: a hyphen without spaces" })).toBe("Self-help");
    expect(eventLabel({ title: "well-known co-operation" })).toBe("well-known co-operation");
    expect(eventLabel({ title: ": leading colon" })).toBe(": leading colon");
  });

  it("eventLabel(event) of every event of the default dataset is a non-empty prefix of its title", () => {
    for (const e of defaultDataset.events) {
      const label = eventLabel(e);
      expect(label.length).toBeGreaterThan(0);
      expect(e.title.startsWith(label)).toBe(true);
    }
  });
});
