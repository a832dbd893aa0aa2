import { readFileSync } from "node:fs";
import fc from "fast-check";
import { readJson } from "../../src/io/readJson";
import type { DataEvent, Dataset, Figure, Qualifier } from "../../src/model";

/** A valid event with defaults for every field the test does not care about. */
export function makeEvent(partial: Partial<DataEvent> & { id: string; when: string }): DataEvent {
  return {
    kind: "operation",
    title: `Event ${partial.id}`,
    actors: [],
    countries: [],
    figures: [],
    sources: ["s1"],
    tags: [],
    relations: [],
    ...partial,
  } as DataEvent;
}

/** A figure of one source. */
export function fig(
  metric: string,
  value: number,
  source: string,
  qualifier: Qualifier = "exact",
): Figure {
  return { metric, value, qualifier, source };
}

/** The default dataset, validated. */
export function loadDefaultDataset(): Dataset {
  const text = readFileSync(new URL("../../data/csam-operations.json", import.meta.url), "utf8");
  const { data, issues } = readJson(text);
  if (!data) throw new Error(`default dataset did not load: ${JSON.stringify(issues)}`);
  return data;
}

export const qualifiers: Qualifier[] = [
  "exact",
  "approximately",
  "nearly",
  "at least",
  "more than",
  "up to",
];

const pad = (n: number) => String(n).padStart(2, "0");

/** EDTF dates of every precision the model uses, 1998–2027. */
export const dateArb: fc.Arbitrary<string> = fc.oneof(
  fc.integer({ min: 1998, max: 2027 }).map(String),
  fc
    .tuple(fc.integer({ min: 1998, max: 2027 }), fc.integer({ min: 1, max: 4 }))
    .map(([y, q]) => `${y}-Q${q}`),
  fc
    .tuple(fc.integer({ min: 1998, max: 2027 }), fc.integer({ min: 1, max: 12 }))
    .map(([y, m]) => `${y}-${pad(m)}`),
  fc
    .tuple(
      fc.integer({ min: 1998, max: 2027 }),
      fc.integer({ min: 1, max: 12 }),
      fc.integer({ min: 1, max: 28 }),
    )
    .map(([y, m, d]) => `${y}-${pad(m)}-${pad(d)}`),
  fc.integer({ min: 1998, max: 2027 }).map((y) => `${y}~`),
);

/** EDTF values: single dates, spans (the end never before the start's year) and ongoing spans. */
export const whenArb: fc.Arbitrary<string> = fc.oneof(
  dateArb,
  fc
    .tuple(fc.integer({ min: 1998, max: 2020 }), fc.integer({ min: 0, max: 6 }), dateArb)
    .map(([y, add, end]) => `${y}/${Number(end.slice(0, 4)) > y ? end : String(y + add)}`),
  fc.integer({ min: 1998, max: 2027 }).map((y) => `${y}/..`),
);

const figureArb: fc.Arbitrary<Figure> = fc.record({
  metric: fc.constantFrom("arrests", "suspects_identified"),
  value: fc.integer({ min: 0, max: 2000 }),
  qualifier: fc.constantFrom(...qualifiers),
  source: fc.constantFrom("s1", "s2", "s3"),
});

/** Events with unique ids and random dates, kinds, actors, countries, tags and figures. */
export const eventsArb: fc.Arbitrary<DataEvent[]> = fc
  .array(
    fc.record({
      kind: fc.constantFrom("operation", "arrest", "legislation"),
      when: whenArb,
      actors: fc.uniqueArray(
        fc.record({
          actor: fc.constantFrom("a", "b", "c", "d"),
          role: fc.constantFrom("lead", "coordinator", "participant", "support"),
        }),
        { maxLength: 3, selector: (a) => a.actor },
      ),
      countries: fc.uniqueArray(fc.constantFrom("DE", "FR", "NL", "US"), { maxLength: 3 }),
      tags: fc.uniqueArray(fc.constantFrom("x", "y", "z"), { maxLength: 2 }),
      figures: fc.array(figureArb, { maxLength: 4 }),
    }),
    { maxLength: 25 },
  )
  .map((records) =>
    records.map((r, i) => {
      const base = makeEvent({
        id: `e${i}`,
        when: r.when,
        actors: r.actors,
        countries: r.countries,
        tags: r.tags,
        figures: r.figures,
      });
      if (r.kind === "arrest") return { ...base, kind: "arrest", action: "arrest" } as DataEvent;
      if (r.kind === "legislation")
        return { ...base, kind: "legislation", instrument: "law", stage: "adopted" } as DataEvent;
      return base;
    }),
  );

/** A deep copy, to check that a function left its input as it was. */
export function snapshot<T>(value: T): T {
  return structuredClone(value);
}
