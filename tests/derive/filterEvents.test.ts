import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { filterEvents, foldText } from "../../src/derive/filterEvents";
import { Dataset } from "../../src/model";
import { eventsArb, loadDefaultDataset, makeEvent, snapshot } from "./helpers";

const events = [
  makeEvent({
    id: "year",
    when: "2014",
    title: "Operação Luz na Infância",
    countries: ["BR"],
    tags: ["x"],
    actors: [{ actor: "pf", role: "lead" }],
  }),
  makeEvent({
    id: "day",
    kind: "arrest",
    when: "2014-03-05",
    title: "Server seized",
    summary: "Straße police acted",
    countries: ["DE"],
    actors: [{ actor: "europol", role: "coordinator" }],
  } as never),
  makeEvent({
    id: "span",
    when: "2012/2015-06-01",
    title: "Long investigation",
    countries: ["DE", "NL"],
    tags: ["y"],
    actors: [
      { actor: "pf", role: "participant" },
      { actor: "europol", role: "lead" },
    ],
  }),
  makeEvent({ id: "ongoing", when: "2016/..", title: "Task force" }),
];
const march2014 = { start: Date.UTC(2014, 2, 1), end: Date.UTC(2014, 3, 1) };
const ids = (list: { id: string }[]) => list.map((e) => e.id);

describe("filterEvents", () => {
  it("filterEvents(events, {}) keeps every event in a new array", () => {
    const result = filterEvents(events, {});
    expect(result).toEqual(events);
    expect(result).not.toBe(events);
    expect(filterEvents(events)).toEqual(events);
  });

  it("filterEvents(events, window) keeps events whose possible range overlaps it, imprecise ones included", () => {
    expect(ids(filterEvents(events, march2014))).toEqual(["year", "day", "span"]);
  });

  it("filterEvents(events, { precise: true }) keeps only events certainly in the window", () => {
    // "2014" may fall outside March; "2012/2015-06-01" certainly ran through March 2014
    // (it had started by 1 January 2013 and ended no earlier than 1 June 2015).
    expect(ids(filterEvents(events, { ...march2014, precise: true }))).toEqual(["day", "span"]);
    expect(
      ids(
        filterEvents(events, {
          start: Date.UTC(2012, 5, 1),
          end: Date.UTC(2012, 6, 1),
          precise: true,
        }),
      ),
    ).toEqual([]);
    expect(
      ids(filterEvents(events, { start: Date.UTC(2012, 5, 1), end: Date.UTC(2012, 6, 1) })),
    ).toEqual(["span"]);
  });

  it("filterEvents(events, window) treats the window as [start, end)", () => {
    const day = Date.UTC(2014, 2, 5);
    expect(
      ids(
        filterEvents(events, {
          start: day + 86_400_000,
          end: Date.UTC(2014, 2, 7),
          kinds: ["arrest"],
        }),
      ),
    ).toEqual([]);
    expect(
      ids(filterEvents(events, { start: Date.UTC(2014, 2, 4), end: day, kinds: ["arrest"] })),
    ).toEqual([]);
    expect(ids(filterEvents(events, { start: day, end: day + 1, kinds: ["arrest"] }))).toEqual([
      "day",
    ]);
    expect(ids(filterEvents(events, { start: day, end: day }))).toEqual([]);
  });

  it("filterEvents(events, { start }) with an open end, and { now } for ongoing spans", () => {
    expect(ids(filterEvents(events, { start: Date.UTC(2015, 0, 1) }))).toEqual(["span", "ongoing"]);
    const in2020 = { start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) };
    expect(ids(filterEvents(events, in2020))).toEqual([]);
    expect(ids(filterEvents(events, { ...in2020, now: Date.UTC(2025, 0, 1) }))).toEqual([
      "ongoing",
    ]);
  });

  it("filterEvents(events, { kinds, countries, tags }) ORs within a field and ANDs across fields", () => {
    expect(ids(filterEvents(events, { kinds: ["arrest", "legislation"] }))).toEqual(["day"]);
    expect(ids(filterEvents(events, { countries: ["NL", "BR"] }))).toEqual(["year", "span"]);
    expect(ids(filterEvents(events, { countries: ["DE"], tags: ["y"] }))).toEqual(["span"]);
    expect(ids(filterEvents(events, { tags: ["x", "y"] }))).toEqual(["year", "span"]);
    expect(ids(filterEvents(events, { kinds: [], countries: [] }))).toEqual(ids(events));
  });

  it("filterEvents(events, { actors, roles }) matches actors, optionally in given roles", () => {
    expect(ids(filterEvents(events, { actors: ["europol"] }))).toEqual(["day", "span"]);
    expect(ids(filterEvents(events, { actors: ["europol"], roles: ["lead"] }))).toEqual(["span"]);
    expect(ids(filterEvents(events, { roles: ["lead"] }))).toEqual(["year", "span"]);
    expect(ids(filterEvents(events, { actors: ["pf"], roles: ["coordinator"] }))).toEqual([]);
  });

  it("filterEvents(events, { query }) ignores case and accents and needs every word", () => {
    expect(ids(filterEvents(events, { query: "OPERACAO infancia" }))).toEqual(["year"]);
    expect(ids(filterEvents(events, { query: "operação" }))).toEqual(["year"]);
    expect(ids(filterEvents(events, { query: "strasse" }))).toEqual(["day"]);
    expect(ids(filterEvents(events, { query: "seized police" }))).toEqual(["day"]);
    expect(ids(filterEvents(events, { query: "seized nowhere" }))).toEqual([]);
    expect(ids(filterEvents(events, { query: "   " }))).toEqual(ids(events));
  });

  it("filterEvents(dataset, { query }) searches actor names and short names", () => {
    const dataset = Dataset.parse({
      title: "t",
      sources: [{ id: "s1", publisher: "p", title: "t" }],
      actors: [
        { id: "pf", name: "Polícia Federal", shortName: "PF", kind: "agency", country: "BR" },
        { id: "europol", name: "Europol", kind: "agency" },
      ],
      events,
    });
    expect(ids(filterEvents(dataset, { query: "policia federal" }))).toEqual(["year", "span"]);
    expect(ids(filterEvents(events, { query: "policia" }))).toEqual([]);
    expect(ids(filterEvents(events, { query: "europol" }))).toEqual(["day", "span"]);
  });

  it("foldText(text) lowercases and strips accents", () => {
    expect(foldText("Operação Luz na Infância")).toBe("operacao luz na infancia");
    expect(foldText("Ørsted ÉCOLE ﬁle")).toBe("ørsted ecole file");
  });

  it("filterEvents(default dataset) finds Kidflix by text and Europol-coordinated operations in 2025", () => {
    const dataset = loadDefaultDataset();
    expect(ids(filterEvents(dataset, { query: "kidflix" }))).toEqual([
      "kidflix-operation-stream-2025",
    ]);
    const coordinated = filterEvents(dataset, {
      start: Date.UTC(2025, 0, 1),
      end: Date.UTC(2026, 0, 1),
      kinds: ["operation"],
      actors: ["europol"],
      roles: ["coordinator"],
    });
    expect(ids(coordinated)).toContain("kidflix-operation-stream-2025");
    expect(ids(coordinated)).toContain("operation-cumberland-2025");
    for (const event of coordinated) {
      expect(event.actors).toContainEqual({ actor: "europol", role: "coordinator" });
    }
  });

  it("filterEvents(events, window) never adds events, and a narrower window keeps a subset", () => {
    fc.assert(
      fc.property(
        eventsArb,
        fc.integer({ min: Date.UTC(1997, 0, 1), max: Date.UTC(2029, 0, 1) }),
        fc.integer({ min: 0, max: 10 * 365 * 86_400_000 }),
        fc.integer({ min: 0, max: 365 * 86_400_000 }),
        fc.boolean(),
        (list, start, length, shrink, precise) => {
          const wide = filterEvents(list, { start, end: start + length, precise });
          const narrow = filterEvents(list, {
            start: start + Math.min(shrink, length),
            end: start + length,
            precise,
          });
          expect(wide.every((e) => list.includes(e))).toBe(true);
          expect(narrow.every((e) => wide.includes(e))).toBe(true);
          // What is certainly in the window is also possibly in it.
          const lenient = filterEvents(list, { start, end: start + length });
          expect(
            filterEvents(list, { start, end: start + length, precise: true }).every((e) =>
              lenient.includes(e),
            ),
          ).toBe(true);
        },
      ),
    );
  });

  it("filterEvents(events, filter) does not mutate its input", () => {
    fc.assert(
      fc.property(eventsArb, (list) => {
        const before = snapshot(list);
        filterEvents(list, {
          start: Date.UTC(2010, 0, 1),
          end: Date.UTC(2020, 0, 1),
          query: "event",
          tags: ["x"],
        });
        expect(list).toEqual(before);
      }),
    );
  });
});
