import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type * as z from "zod/mini";
import { parseDataset } from "../../src/io/parseDataset";
import { acceptDatasetFast, datasetShapes } from "../../src/model/acceptDatasetFast";
import { eventShapes, type Shape, vocabulary } from "../../src/model/acceptEventFast";
import { Actor, ActorKind } from "../../src/model/actor";
import { ActorRole, Role } from "../../src/model/actorRole";
import { Annotation, AnnotationPlacement } from "../../src/model/annotation";
import { Dataset } from "../../src/model/dataset";
import { Era } from "../../src/model/era";
import {
  Arrest,
  EnforcementAction,
  Legislation,
  LegislativeStage,
  Operation,
  OperationStatus,
} from "../../src/model/event";
import { Figure, Qualifier } from "../../src/model/figure";
import { Media } from "../../src/model/media";
import { MetricInfo, MetricKind } from "../../src/model/metric";
import { Relation, RelationType } from "../../src/model/relation";
import { Source, SourceKind } from "../../src/model/source";
import { arbitraryDataset } from "../arbitraries/arbitraryDataset";

type Def = { type: string; innerType?: { _zod: { def: Def } }; entries?: Record<string, string> };
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

/** The zod schema of each rule table of the fast validator. */
const schemas: [string, Shape, z.ZodMiniObject][] = [
  ["ActorRole", eventShapes.ActorRole, ActorRole],
  ["Figure", eventShapes.Figure, Figure],
  ["Media", eventShapes.Media, Media],
  ["Relation", eventShapes.Relation, Relation],
  ["Operation", eventShapes.Operation, Operation],
  ["Arrest", eventShapes.Arrest, Arrest],
  ["Legislation", eventShapes.Legislation, Legislation],
  ["Source", datasetShapes.Source, Source],
  ["Actor", datasetShapes.Actor, Actor],
  ["Era", datasetShapes.Era, Era],
  ["Annotation", datasetShapes.Annotation, Annotation],
  ["MetricInfo", datasetShapes.MetricInfo, MetricInfo],
  ["Dataset", datasetShapes.Dataset, Dataset],
];

/** zod's verdict and output, with key order (JSON text keeps it). */
function zod(value: unknown): string | undefined {
  const r = Dataset.safeParse(value);
  return r.success ? JSON.stringify(r.data) : undefined;
}

/** Values a careless or hostile file puts anywhere. */
const nasty = fc.oneof(
  fc.jsonValue({ maxDepth: 2 }),
  fc.constantFrom(
    "",
    " ",
    "1",
    "2",
    "2025-13-40",
    "2024-Q4",
    "2014~",
    "UK",
    "GB",
    "de",
    "javascript:alert(1)",
    "https://example.org/",
    "https://user@example.org/",
    "x y",
    "a".repeat(201),
    "arrests",
    "Arrests",
    "count",
    "selection",
    "agency",
    "press_release",
    "above",
    -1,
    0,
    1.5,
    Number.NaN,
    Number.POSITIVE_INFINITY,
    null,
    undefined,
    [],
    {},
    [""],
    [{}],
    ["s1"],
    { en: "Arrests" },
    { en: "" },
    { en: 1 },
    { kind: "count" },
    { kind: "sum" },
    { label: "" },
    { family: "Arrests" },
    { country: "UK" },
    { id: "x", label: "Era", when: "2020" },
    { id: "x", text: "Note", when: "2020" },
  ),
);

const keys = [
  ...new Set([
    ...Object.values(datasetShapes).flatMap((shape) => Object.keys(shape)),
    ...Object.values(eventShapes).flatMap((shape) => Object.keys(shape)),
    "titel",
    "Arrests",
    "arrests",
    "x y",
    "en",
    "__proto__",
  ]),
];

type Loose = Record<string, unknown>;
/** Every object in a dataset a mutation may land in (the dataset itself, its entries, records). */
function containers(dataset: Loose): Loose[] {
  const out: Loose[] = [dataset];
  const add = (value: unknown) => {
    if (value !== null && typeof value === "object" && !Array.isArray(value))
      out.push(value as Loose);
  };
  for (const list of ["sources", "actors", "eras", "annotations", "events"]) {
    for (const item of (dataset[list] as unknown[] | undefined) ?? []) add(item);
  }
  add(dataset.metrics);
  add(dataset.notes);
  for (const info of Object.values((dataset.metrics as Loose | undefined) ?? {})) add(info);
  for (const event of (dataset.events as Loose[] | undefined) ?? []) {
    add(event.media);
    add(event.extra);
    for (const list of ["actors", "figures", "relations"])
      for (const item of (event[list] as unknown[] | undefined) ?? []) add(item);
  }
  return out;
}

/** A dataset with one field somewhere set to something odd, or removed, or an unknown one added. */
const mutatedDataset = fc
  .tuple(
    arbitraryDataset({ maxEvents: 3, maxSources: 3, maxActors: 3 }),
    fc.nat(),
    fc.constantFrom(...keys),
    nasty,
    fc.boolean(),
  )
  .map(([d, i, key, value, remove]) => {
    const dataset = structuredClone(d) as Loose;
    const all = containers(dataset);
    const target = all[i % all.length]!;
    if (remove) delete target[key];
    else if (key === "__proto__") Object.defineProperty(target, key, { value, enumerable: true });
    else target[key] = value;
    return dataset;
  });

describe("acceptDatasetFast(value)", () => {
  it("its rules have the keys of the zod schemas, in their order, optional or defaulted alike", () => {
    for (const [name, shape, schema] of schemas) {
      expect(Object.keys(shape), name).toEqual(Object.keys(schema.shape));
      for (const [key, field] of Object.entries(shape)) {
        const type = defOf(schema.shape[key]).type;
        const presence =
          type === "optional" ? "optional" : type === "default" ? "default" : "required";
        expect(field.presence, `${name}.${key}`).toBe(presence);
      }
    }
  });

  it("its lists of allowed words are the zod schemas' lists", () => {
    const inner = (schema: unknown) => defOf(schema).innerType as unknown as { options: unknown };
    expect(vocabulary.Role).toEqual(Role.options);
    expect(vocabulary.Qualifier).toEqual(Qualifier.options);
    expect(vocabulary.RelationType).toEqual(RelationType.options);
    expect(vocabulary.OperationStatus).toEqual(OperationStatus.options);
    expect(vocabulary.EnforcementAction).toEqual(EnforcementAction.options);
    expect(vocabulary.LegislativeStage).toEqual(LegislativeStage.options);
    expect(vocabulary.FigureCorrection).toEqual(inner(Figure.shape.correction).options);
    expect(vocabulary.SourceKind).toEqual(SourceKind.options);
    expect(vocabulary.ActorKind).toEqual(ActorKind.options);
    expect(vocabulary.AnnotationPlacement).toEqual(AnnotationPlacement.options);
    expect(vocabulary.MetricKind).toEqual(MetricKind.options);
    expect(vocabulary.Coverage).toEqual(inner(Dataset.shape.coverage).options);
  });

  it("acceptDatasetFast(valid dataset) returns exactly what zod returns, key order included", () => {
    fc.assert(
      fc.property(arbitraryDataset(), (d) => {
        const fast = acceptDatasetFast(d);
        expect(fast).toBeDefined();
        expect(JSON.stringify(fast)).toBe(zod(d));
      }),
      { numRuns: 300 },
    );
  }, 60_000);

  it("acceptDatasetFast(mutated dataset) never accepts what zod rejects, nor differs from zod", () => {
    let accepted = 0;
    let rejected = 0;
    fc.assert(
      fc.property(mutatedDataset, (dataset) => {
        const fast = acceptDatasetFast(dataset);
        const expected = zod(dataset);
        if (fast === undefined) {
          rejected++;
          return;
        }
        accepted++;
        expect(expected).toBeDefined();
        expect(JSON.stringify(fast)).toBe(expected);
      }),
      { numRuns: 4000 },
    );
    // Both branches were exercised, so the property says something.
    expect(accepted).toBeGreaterThan(200);
    expect(rejected).toBeGreaterThan(200);
  }, 120_000);

  it("acceptDatasetFast accepts the labels per locale of a metric, as zod does", () => {
    const dataset = {
      title: "T",
      metrics: { arrests_gb: { label: { en: "Arrests in the UK", fr: "Arrestations" } } },
    };
    expect(JSON.stringify(acceptDatasetFast(dataset))).toBe(zod(dataset));
    const blank = { title: "T", metrics: { arrests_gb: { label: { en: "" } } } };
    expect(zod(blank)).toBeUndefined();
    expect(acceptDatasetFast(blank)).toBeUndefined();
  });

  it("acceptDatasetFast(value) does not mutate its input and never throws on odd values", () => {
    for (const value of [null, 1, "x", [], {}, { title: "" }, { title: "T", events: [null] }]) {
      const before = JSON.stringify(value);
      expect(() => acceptDatasetFast(value)).not.toThrow();
      expect(acceptDatasetFast(value)).toBeUndefined();
      expect(JSON.stringify(value)).toBe(before);
    }
    fc.assert(
      fc.property(arbitraryDataset({ maxEvents: 3 }), (d) => {
        const before = JSON.stringify(d);
        acceptDatasetFast(d);
        expect(JSON.stringify(d)).toBe(before);
      }),
      { numRuns: 50 },
    );
  });

  it("parseDataset(mutated dataset) gives the same result as zod alone would", () => {
    // parseDataset takes the fast path when it accepts: what it returns must not depend on that.
    fc.assert(
      fc.property(mutatedDataset, (dataset) => {
        const { data } = parseDataset(dataset);
        if (data) expect(JSON.stringify(data)).toBe(zod(dataset));
      }),
      { numRuns: 500 },
    );
  }, 60_000);
});
