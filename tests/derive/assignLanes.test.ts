import { describe, expect, it } from "vitest";
import { assignLanes } from "../../src/derive/assignLanes";
import { registerLocale } from "../../src/i18n";
import de from "../../src/i18n/locales/de";
import { defaultDataset } from "../scenarios/timelineScenarios";

registerLocale(de);

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

  it("assignLanes(events, { by: 'lead' }) takes the first lead, else the first coordinator, else the first actor", () => {
    const base = defaultDataset.events[0]!;
    const withActors = (id: string, actors: [string, string][]) => ({
      ...base,
      id,
      actors: actors.map(([actor, role]) => ({ actor, role })),
    });
    const events = [
      withActors("a", [
        ["x", "participant"],
        ["y", "coordinator"],
        ["z", "lead"],
        ["w", "lead"],
      ]),
      withActors("b", [
        ["x", "participant"],
        ["y", "coordinator"],
        ["v", "coordinator"],
      ]),
      withActors("c", [
        ["u", "participant"],
        ["x", "support"],
      ]),
      withActors("d", []),
    ] as typeof defaultDataset.events;
    const { membership } = assignLanes(events, { by: "lead" });
    expect(membership.map((m) => m[0])).toEqual(["z", "y", "u", "\u0000none"]);
  });

  it('assignLanes(events, { locale: "de" }) names the kind, Other and None lanes in German', () => {
    const byKind = assignLanes(defaultDataset.events, { locale: "de" });
    expect(byKind.lanes.map((l) => l.label)).toEqual([
      "Operationen",
      "Vollzugsmaßnahmen",
      "Gesetzgebung und Politik",
    ]);
    expect(assignLanes(defaultDataset.events).lanes[2]!.label).toBe("Legislation & policy");
    const byTag = assignLanes(defaultDataset.events, { by: "tag", maxLanes: 3, locale: "de" });
    expect(byTag.lanes.at(-1)!.label).toBe("Sonstige");
    const untagged = defaultDataset.events.map((e) => ({ ...e, tags: [] }));
    expect(assignLanes(untagged, { by: "tag", locale: "de" }).lanes[0]!.label).toBe("Keine");
  });
});
