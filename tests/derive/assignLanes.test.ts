import { describe, expect, it } from "vitest";
import { assignLanes } from "../../src/derive/assignLanes";
import { defaultDataset } from "../scenarios/timelineScenarios";

describe("assignLanes", () => {
  it("assignLanes(events) groups by kind in a fixed order, without empty lanes", () => {
    const { lanes, membership } = assignLanes(defaultDataset.events);
    expect(lanes.map((l) => l.key)).toEqual(["operation", "arrest", "legislation"]);
    expect(membership.every((m) => m.length === 1)).toBe(true);
    expect(lanes.reduce((n, l) => n + l.count, 0)).toBe(defaultDataset.events.length);
  });

  it("assignLanes(events, { by: 'actor' }) puts a joint event in the lane of every participant", () => {
    const { membership } = assignLanes(defaultDataset.events, { by: "actor", maxLanes: 200 });
    const i = defaultDataset.events.findIndex((e) => e.id === "operation-pacifier-2015-2017");
    expect(membership[i]!.length).toBe(
      new Set(defaultDataset.events[i]!.actors.map((a) => a.actor)).size,
    );
  });

  it("assignLanes(events, { maxLanes }) merges the smallest lanes into Other", () => {
    const { lanes } = assignLanes(defaultDataset.events, { by: "country", maxLanes: 5 });
    expect(lanes).toHaveLength(5);
    expect(lanes[4]!.label).toBe("Other");
    for (let i = 1; i < 4; i++) expect(lanes[i - 1]!.count).toBeGreaterThanOrEqual(lanes[i]!.count);
  });

  it("assignLanes(events, { by: 'lead' }) puts each event in exactly one lane", () => {
    const { membership } = assignLanes(defaultDataset.events, {
      by: "lead",
      actors: defaultDataset.actors,
    });
    expect(membership.every((m) => m.length === 1)).toBe(true);
  });
});
