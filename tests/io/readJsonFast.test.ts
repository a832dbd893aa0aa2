import { readFileSync } from "node:fs";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseDataset } from "../../src/io/parseDataset";
import { readJson } from "../../src/io/readJson";
import { parseDatasetFast, readJsonFast } from "../../src/io/readJsonFast";
import { acceptDatasetFast } from "../../src/model/acceptDatasetFast";
import { arbitraryDataset } from "../arbitraries/arbitraryDataset";

const root = new URL("../../", import.meta.url);

/** A valid dataset with one reference or one field broken, or left whole. */
const brokenDataset = fc
  .tuple(
    arbitraryDataset({ maxEvents: 4 }),
    fc.constantFrom(
      "none",
      "dangling source",
      "duplicate id",
      "bad date",
      "unknown key",
      "no title",
      "dangling actor",
    ),
  )
  .map(([d, how]) => {
    const dataset = structuredClone(d) as Record<string, unknown> & {
      events: Record<string, unknown>[];
      sources: Record<string, unknown>[];
    };
    const event = dataset.events[0];
    if (how === "dangling source" && event) event.sources = ["no-such-source"];
    if (how === "duplicate id" && dataset.sources[0]) dataset.sources.push(dataset.sources[0]);
    if (how === "bad date" && event) event.when = "2025-13-40";
    if (how === "unknown key") dataset.titel = "T";
    if (how === "no title") delete dataset.title;
    if (how === "dangling actor" && event) event.actors = [{ actor: "no-such-actor" }];
    return dataset;
  });

describe("parseDatasetFast(value) and readJsonFast(text)", () => {
  it("parseDatasetFast(value) is parseDataset(value) whenever it gives a result", () => {
    let answered = 0;
    let declined = 0;
    fc.assert(
      fc.property(brokenDataset, (dataset) => {
        const fast = parseDatasetFast(dataset);
        if (!fast) {
          declined++;
          return;
        }
        answered++;
        expect(fast).toEqual(parseDataset(dataset));
      }),
      { numRuns: 400 },
    );
    expect(answered).toBeGreaterThan(50);
    expect(declined).toBeGreaterThan(50);
  }, 60_000);

  it("parseDatasetFast(value) declines what only zod can explain", () => {
    for (const value of [
      null,
      [],
      "text",
      { title: "" },
      { title: "T", events: [{ kind: "raid" }] },
      { title: "T", notes: JSON.parse('{"__proto__": "x"}') },
    ]) {
      expect(parseDatasetFast(value)).toBeUndefined();
      expect(parseDataset(value).data).toBeUndefined();
    }
  });

  it("parseDatasetFast(value) declines a sound shape with broken references: the validator part explains", () => {
    const source = { id: "s", publisher: "P", title: "S" };
    const event = { id: "e", kind: "operation", title: "E", when: "2020", sources: ["s"] };
    const sound = { title: "T", sources: [source], events: [event] };
    expect(parseDatasetFast(sound)).toEqual(parseDataset(sound));
    expect(parseDatasetFast(sound)?.data).toBeDefined();
    for (const broken of [
      { ...sound, events: [{ ...event, sources: ["t"] }] },
      { ...sound, sources: [source, source] },
      { ...sound, events: [{ ...event, relations: [{ type: "part_of", event: "e" }] }] },
    ]) {
      expect(acceptDatasetFast(broken)).toBeDefined();
      expect(parseDatasetFast(broken)).toBeUndefined();
      expect(parseDataset(broken).data).toBeUndefined();
    }
  });

  it("readJsonFast(the default dataset) is readJson's dataset, without a word from zod", () => {
    const text = readFileSync(new URL("data/csam-operations.json", root), "utf8");
    const fast = readJsonFast(text);
    expect(fast?.data).toBeDefined();
    expect(fast).toEqual(readJson(text));
  });

  it("readJsonFast(text) declines syntax errors, empty and too large files", () => {
    for (const text of ["", "   ", "{", '{"title": "T",}', "title,when\nT,2025"]) {
      expect(readJsonFast(text)).toBeUndefined();
      expect(readJson(text).data).toBeUndefined();
    }
    expect(readJsonFast('{"title":"T"}', { maxBytes: 5 })).toBeUndefined();
    expect(readJsonFast('{"title":"T"}')).toEqual(readJson('{"title":"T"}'));
  });
});
