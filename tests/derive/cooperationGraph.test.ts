import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cooperationGraph } from "../../src/derive/cooperationGraph";
import { type DataEvent, Dataset } from "../../src/model";

function op(id: string, when: string, actors: string[], countries: string[] = []): DataEvent {
  return {
    kind: "operation",
    id,
    title: `Operation ${id}`,
    when,
    actors: actors.map((actor) => ({ actor, role: "participant" })),
    countries,
    figures: [],
    sources: ["s1"],
    tags: [],
    relations: [],
  };
}

const dataset = Dataset.parse({
  title: "Small",
  sources: [{ id: "s1", publisher: "P", title: "T" }],
  actors: [
    { id: "c", name: "Charlie agency", shortName: "C", kind: "agency" },
    { id: "a", name: "Alpha body", kind: "intergovernmental" },
    { id: "b", name: "Bravo NGO", kind: "ngo" },
    { id: "d", name: "Delta", kind: "agency" },
    { id: "fr", name: "France", kind: "country", country: "FR" },
  ],
  events: [
    op("o1", "2018-03", ["a", "b", "c"], ["FR", "DE"]),
    op("o2", "2019", ["a", "b"], ["FR"]),
    op("o3", "2020-05-01/2020-06", ["c", "d"], ["DE", "FR", "NL"]),
    {
      kind: "arrest",
      id: "x1",
      title: "Arrest",
      when: "2019-06-01",
      actors: [{ actor: "a" }, { actor: "d" }],
      sources: ["s1"],
    },
  ],
});

describe("cooperationGraph", () => {
  it("cooperationGraph(dataset) weights each actor pair by the operations they share (hand-computed)", () => {
    const g = cooperationGraph(dataset);
    expect(g.events).toEqual(["o1", "o2", "o3"]);
    expect(g.edges.map((e) => [e.id, e.weight, e.events])).toEqual([
      ["a~b", 2, ["o1", "o2"]],
      ["a~c", 1, ["o1"]],
      ["b~c", 1, ["o1"]],
      ["c~d", 1, ["o3"]],
    ]);
    // Dataset order of actors, not alphabetical.
    expect(g.nodes.map((n) => n.id)).toEqual(["c", "a", "b", "d"]);
    const a = g.nodes.find((n) => n.id === "a")!;
    expect(a).toMatchObject({ operations: 2, degree: 2, weightedDegree: 3, events: ["o1", "o2"] });
    expect(a.firstActive).toBe(Date.UTC(2018, 2, 1));
    expect(a.lastActive).toBe(Date.UTC(2020, 0, 1));
    const c = g.nodes.find((n) => n.id === "c")!;
    expect(c).toMatchObject({
      label: "C",
      name: "Charlie agency",
      kind: "agency",
      degree: 3,
      weightedDegree: 3,
    });
    expect(c.lastActive).toBe(Date.UTC(2020, 6, 1));
  });

  it("cooperationGraph(dataset, { kinds: 'all' }) also counts enforcement actions", () => {
    const g = cooperationGraph(dataset, { kinds: "all" });
    expect(g.edges.find((e) => e.id === "a~d")).toMatchObject({ weight: 1, events: ["x1"] });
  });

  it("cooperationGraph(dataset, { window }) keeps only events overlapping the window", () => {
    const g = cooperationGraph(dataset, {
      window: { start: Date.UTC(2019, 0, 1), end: Date.UTC(2020, 0, 1) },
    });
    expect(g.events).toEqual(["o2"]);
    expect(g.edges.map((e) => e.id)).toEqual(["a~b"]);
    expect(g.nodes.map((n) => n.id)).toEqual(["a", "b"]);
    // A window touching only the last day of a month-precision event still counts it.
    const edge = cooperationGraph(dataset, {
      window: { start: Date.UTC(2018, 2, 31), end: Date.UTC(2018, 3, 5) },
    });
    expect(edge.events).toEqual(["o1"]);
  });

  it("cooperationGraph(dataset, { facet: 'country' }) links the countries listed on each event", () => {
    const g = cooperationGraph(dataset, { facet: "country" });
    expect(g.edges.map((e) => [e.id, e.weight])).toEqual([
      ["DE~FR", 2],
      ["DE~NL", 1],
      ["FR~NL", 1],
    ]);
    const fr = g.nodes.find((n) => n.id === "FR")!;
    expect(fr).toMatchObject({ type: "country", kind: "country", name: "France", operations: 3 });
    expect(g.nodes.find((n) => n.id === "DE")!.label).toBe("DE");
  });

  it("cooperationGraph(dataset, { bipartite: true }) links each actor to its operations", () => {
    const g = cooperationGraph(dataset, { bipartite: true });
    expect(g.nodes.filter((n) => n.type === "event").map((n) => n.id)).toEqual(["o1", "o2", "o3"]);
    expect(g.edges).toHaveLength(3 + 2 + 2);
    expect(g.edges.every((e) => e.weight === 1)).toBe(true);
    expect(g.nodes.find((n) => n.id === "o1")).toMatchObject({ degree: 3, kind: "operation" });
  });

  it("cooperationGraph(events, { roles }) counts only the given roles", () => {
    const events: DataEvent[] = [
      {
        ...op("o9", "2021", []),
        actors: [
          { actor: "a", role: "lead" },
          { actor: "b", role: "support" },
          { actor: "c", role: "coordinator" },
        ],
      },
    ];
    const g = cooperationGraph(events, { roles: ["lead", "coordinator"] });
    expect(g.edges.map((e) => e.id)).toEqual(["a~c"]);
    // Without a dataset, labels fall back to ids.
    expect(g.nodes.map((n) => n.label)).toEqual(["a", "c"]);
  });

  it("cooperationGraph(dataset) does not mutate its input and ignores duplicate participants", () => {
    const before = JSON.stringify(dataset);
    cooperationGraph(dataset, { bipartite: true });
    expect(JSON.stringify(dataset)).toBe(before);
    const g = cooperationGraph([op("o", "2020", ["a", "a", "b"])]);
    expect(g.edges).toEqual([{ id: "a~b", source: "a", target: "b", weight: 1, events: ["o"] }]);
  });

  it("cooperationGraph(events) skips unparseable dates and treats ongoing spans as running to now", () => {
    const g = cooperationGraph(
      [op("bad", "not a date", ["a", "b"]), op("on", "2023/..", ["a", "b"])],
      {
        now: Date.UTC(2026, 0, 1),
        window: { start: Date.UTC(2025, 0, 1), end: Date.UTC(2025, 6, 1) },
      },
    );
    expect(g.events).toEqual(["on"]);
  });

  const actorIds = ["a", "b", "c", "d", "e", "f"];
  const eventsArb = fc
    .array(
      fc.record({
        year: fc.integer({ min: 2000, max: 2010 }),
        members: fc.uniqueArray(fc.constantFrom(...actorIds), { maxLength: 5 }),
      }),
      { maxLength: 25 },
    )
    .map((list) => list.map((e, i) => op(`e${i}`, String(e.year), e.members)));

  it("cooperationGraph(events): edge weights sum to the shared participations of all events", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const g = cooperationGraph(events);
        const total = g.edges.reduce((s, e) => s + e.weight, 0);
        const expected = events.reduce(
          (s, e) => s + (e.actors.length * (e.actors.length - 1)) / 2,
          0,
        );
        expect(total).toBe(expected);
        for (const e of g.edges) expect(e.events).toHaveLength(e.weight);
        const degreeSum = g.nodes.reduce((s, n) => s + n.weightedDegree, 0);
        expect(degreeSum).toBe(2 * total);
      }),
    );
  });

  it("cooperationGraph(events, { window }) never adds an edge nor raises a weight", () => {
    fc.assert(
      fc.property(
        eventsArb,
        fc.integer({ min: 1999, max: 2011 }),
        fc.integer({ min: 1, max: 6 }),
        (events, y, span) => {
          const all = new Map(cooperationGraph(events).edges.map((e) => [e.id, e.weight]));
          const windowed = cooperationGraph(events, {
            window: { start: Date.UTC(y, 0, 1), end: Date.UTC(y + span, 0, 1) },
          });
          for (const e of windowed.edges) {
            expect(all.has(e.id)).toBe(true);
            expect(e.weight).toBeLessThanOrEqual(all.get(e.id)!);
          }
        },
      ),
    );
  });

  it("cooperationGraph(events) is deterministic whatever the order of the events", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const a = cooperationGraph(events);
        const b = cooperationGraph([...events].reverse());
        expect(b.edges.map((e) => [e.id, e.weight])).toEqual(a.edges.map((e) => [e.id, e.weight]));
        expect(b.nodes.map((n) => n.id)).toEqual(a.nodes.map((n) => n.id));
      }),
    );
  });
});
