import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { acceptReferencesFast } from "../../src/model/acceptReferencesFast";
import { checkReferences } from "../../src/model/checkReferences";
import { arbitraryDataset } from "../arbitraries/arbitraryDataset";

type Loose = Record<string, unknown>;
const list = (value: unknown): Loose[] => (Array.isArray(value) ? (value as Loose[]) : []);

/**
 * Every place of a dataset that holds an id or points at one, as [object, key]: the ids of each
 * collection, actors' parents, events' sources, actors, figures' and image's sources and
 * relations, eras' and annotations' sources, annotations' event and date; and the end of each
 * list, where a new reference lands.
 */
function slots(dataset: Loose): [Loose, string][] {
  const out: [Loose, string][] = [];
  const ids = (items: Loose[]) => {
    for (const item of items) out.push([item, "id"]);
  };
  const each = (items: unknown) => {
    if (!Array.isArray(items)) return;
    const array = items as unknown as Loose;
    for (let j = 0; j <= items.length; j++) out.push([array, String(j)]);
  };
  for (const name of ["sources", "actors", "events", "eras", "annotations"])
    ids(list(dataset[name]));
  for (const actor of list(dataset.actors)) out.push([actor, "parent"]);
  for (const event of list(dataset.events)) {
    each(event.sources);
    for (const role of list(event.actors)) out.push([role, "actor"]);
    for (const figure of list(event.figures)) out.push([figure, "source"]);
    if (event.media) out.push([event.media as Loose, "source"]);
    for (const relation of list(event.relations)) out.push([relation, "event"]);
    for (const relation of list(event.relations)) out.push([relation, "type"]);
    if (!event.relations) event.relations = [];
    const relations = event.relations as Loose[];
    relations.push({ type: "part_of" });
    out.push([relations[relations.length - 1]!, "event"]);
  }
  for (const era of list(dataset.eras)) each(era.sources);
  for (const annotation of list(dataset.annotations)) {
    out.push([annotation, "event"], [annotation, "when"]);
    each(annotation.sources);
  }
  return out;
}

/**
 * A valid dataset with one to four references changed: set to the id of any entry of any
 * collection (a duplicate id, a parent or part_of that closes a cycle, an entry pointing at
 * itself, an id of the wrong collection), to an id nobody has, to a value that is no id, or
 * removed. Most break a rule of checkReferences; some break none (a relation to another event,
 * a parent that is an earlier actor), and both must be judged alike.
 */
const editedDataset = fc
  .tuple(
    arbitraryDataset({ maxEvents: 5, maxSources: 3, maxActors: 4 }),
    fc.array(fc.tuple(fc.nat(), fc.nat(), fc.constantFrom("id", "other", "none", "remove")), {
      minLength: 1,
      maxLength: 4,
    }),
  )
  .map(([d, edits]) => {
    const dataset = structuredClone(d) as Loose;
    const all = slots(dataset);
    const ids = all.flatMap(([object, key]) =>
      key === "id" && typeof object.id === "string" ? [object.id] : [],
    );
    for (const [at, pick, how] of edits) {
      const [object, key] = all[at % all.length]!;
      if (how === "remove") delete object[key];
      else if (how === "none") object[key] = 7;
      else
        object[key] = how === "other" || ids.length === 0 ? "no-such-id" : ids[pick % ids.length];
    }
    // The relations appended without an event are dropped again, as the generator made them.
    for (const event of list(dataset.events))
      event.relations = list(event.relations).filter(
        (r) => r.event !== undefined || r.type !== "part_of",
      );
    return dataset;
  });

/** Values a loose reader must not trip on. */
const odd = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.record({
    sources: fc.jsonValue({ maxDepth: 2 }),
    actors: fc.jsonValue({ maxDepth: 2 }),
    events: fc.jsonValue({ maxDepth: 3 }),
    eras: fc.jsonValue({ maxDepth: 2 }),
    annotations: fc.jsonValue({ maxDepth: 2 }),
  }),
);

describe("acceptReferencesFast(value)", () => {
  it("acceptReferencesFast(edited dataset) is true exactly when checkReferences finds nothing", () => {
    let held = 0;
    let broken = 0;
    fc.assert(
      fc.property(editedDataset, (dataset) => {
        const issues = checkReferences(dataset);
        if (issues.length === 0) held++;
        else broken++;
        expect(acceptReferencesFast(dataset)).toBe(issues.length === 0);
      }),
      { numRuns: 3000 },
    );
    // Both answers were given often, so the property says something.
    expect(held).toBeGreaterThan(300);
    expect(broken).toBeGreaterThan(300);
  }, 120_000);

  it("acceptReferencesFast(valid dataset) is true, as checkReferences finds nothing", () => {
    fc.assert(
      fc.property(arbitraryDataset(), (dataset) => {
        expect(checkReferences(dataset)).toEqual([]);
        expect(acceptReferencesFast(dataset)).toBe(true);
      }),
      { numRuns: 200 },
    );
  }, 60_000);

  it("acceptReferencesFast(odd value) agrees with checkReferences and never throws", () => {
    fc.assert(
      fc.property(odd, (value) => {
        expect(acceptReferencesFast(value)).toBe(checkReferences(value).length === 0);
      }),
      { numRuns: 1000 },
    );
  });

  it("every rule of checkReferences makes acceptReferencesFast false", () => {
    const event = (id: string, more: Loose = {}) => ({ id, sources: ["s"], ...more });
    const cases: [string, Loose][] = [
      ["duplicate_id", { sources: [{ id: "s" }, { id: "s" }] }],
      ["duplicate_id", { sources: [{ id: "s" }], eras: [{ id: "e" }, { id: "e" }] }],
      [
        "duplicate_id",
        {
          annotations: [
            { id: "a", when: "2020" },
            { id: "a", when: "2021" },
          ],
        },
      ],
      ["self_reference", { actors: [{ id: "a", parent: "a" }] }],
      ["unknown_actor", { actors: [{ id: "a", parent: "b" }] }],
      [
        "parent_cycle",
        {
          actors: [
            { id: "a", parent: "b" },
            { id: "b", parent: "a" },
          ],
        },
      ],
      ["unknown_source", { sources: [{ id: "s" }], events: [event("e", { sources: ["t"] })] }],
      [
        "unknown_actor",
        { sources: [{ id: "s" }], events: [event("e", { actors: [{ actor: "x" }] })] },
      ],
      [
        "unknown_source",
        { sources: [{ id: "s" }], events: [event("e", { figures: [{ source: "t" }] })] },
      ],
      [
        "unknown_source",
        { sources: [{ id: "s" }], events: [event("e", { media: { source: "t" } })] },
      ],
      [
        "self_reference",
        { sources: [{ id: "s" }], events: [event("e", { relations: [{ event: "e" }] })] },
      ],
      [
        "unknown_event",
        { sources: [{ id: "s" }], events: [event("e", { relations: [{ event: "f" }] })] },
      ],
      [
        "part_of_cycle",
        {
          sources: [{ id: "s" }],
          events: [
            event("a", { relations: [{ type: "part_of", event: "b" }] }),
            event("b", { relations: [{ type: "part_of", event: "c" }] }),
            event("c", { relations: [{ type: "part_of", event: "a" }] }),
          ],
        },
      ],
      ["unknown_source", { sources: [{ id: "s" }], eras: [{ id: "r", sources: ["t"] }] }],
      [
        "ambiguous_annotation",
        { events: [event("e")], annotations: [{ when: "2020", event: "e" }] },
      ],
      ["missing_annotation_target", { annotations: [{ text: "note" }] }],
      ["unknown_event", { annotations: [{ event: "e" }] }],
      ["unknown_source", { annotations: [{ when: "2020", sources: ["t"] }] }],
    ];
    for (const [code, dataset] of cases) {
      expect(
        checkReferences(dataset).map((i) => i.code),
        code,
      ).toContain(code);
      expect(acceptReferencesFast(dataset), code).toBe(false);
    }
    // A long chain of parts, none closing: no stack overflow, no cycle.
    const chain = Array.from({ length: 50_000 }, (_, i) =>
      event(`e${i}`, i > 0 ? { relations: [{ type: "part_of", event: `e${i - 1}` }] } : {}),
    );
    const long = { sources: [{ id: "s" }], events: chain };
    expect(checkReferences(long)).toEqual([]);
    expect(acceptReferencesFast(long)).toBe(true);
  });

  it("acceptReferencesFast(value) does not mutate its input", () => {
    fc.assert(
      fc.property(editedDataset, (dataset) => {
        const before = JSON.stringify(dataset);
        acceptReferencesFast(dataset);
        expect(JSON.stringify(dataset)).toBe(before);
      }),
      { numRuns: 100 },
    );
  });
});
