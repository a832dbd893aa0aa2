import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readJson } from "../../src/io/readJson";
import { writeJson } from "../../src/io/writeJson";

const converted = readFileSync(new URL("../../data/csam-operations.json", import.meta.url), "utf8");
const original = JSON.parse(
  readFileSync(new URL("../../data/original/csam-operations.json", import.meta.url), "utf8"),
);

describe("the default dataset", () => {
  const { data, issues } = readJson(converted);

  it("readJson(default dataset) validates with no issues", () => {
    expect(issues).toEqual([]);
    expect(data).toBeDefined();
  });

  it("keeps every event, source and actor of the original", () => {
    expect(data!.events.map((e) => e.id)).toEqual(original.events.map((e: { id: string }) => e.id));
    expect(data!.sources.map((s) => s.id)).toEqual(
      original.sources.map((s: { id: string }) => s.id),
    );
    expect(data!.actors.map((a) => a.id)).toEqual(original.actors.map((a: { id: string }) => a.id));
    expect(data!.events).toHaveLength(33);
    expect(data!.sources).toHaveLength(83);
    expect(data!.actors).toHaveLength(94);
  });

  it("keeps every figure with its value, qualifier and source, unrounded", () => {
    const figures = (
      events: { figures: { metric: string; value: number; qualifier: string; source: string }[] }[],
    ) =>
      events.flatMap((e) =>
        e.figures.map((f) => `${f.metric}|${f.value}|${f.qualifier}|${f.source}`),
      );
    expect(figures(data!.events)).toEqual(figures(original.events));
    expect(figures(data!.events)).toHaveLength(141);
  });

  it("keeps every source's URL, publisher and date, and each event's sources and countries", () => {
    original.sources.forEach(
      (
        s: { id: string; url: string | null; publisher: string; published: string | null },
        i: number,
      ) => {
        const ours = data!.sources[i]!;
        expect(ours.publisher).toBe(s.publisher);
        expect(ours.url ?? null).toBe(s.url);
        expect(ours.published ?? null).toBe(s.published);
      },
    );
    original.events.forEach(
      (
        e: { sources: string[]; countries: string[]; title: string; summary: string },
        i: number,
      ) => {
        const ours = data!.events[i]!;
        expect(ours.sources).toEqual(e.sources);
        expect(ours.countries).toEqual(e.countries);
        expect(ours.title).toBe(e.title);
        expect(ours.summary).toBe(e.summary);
      },
    );
  });

  it("maps the original's extra kinds onto the three kinds, as data/README.md documents", () => {
    const byId = new Map(data!.events.map((e) => [e.id, e]));
    expect(byId.get("boystown-2021")).toMatchObject({ kind: "arrest", action: "takedown" });
    expect(byId.get("blackwrist-admin-sentenced-2018")).toMatchObject({
      kind: "arrest",
      action: "sentence",
    });
    expect(byId.get("weprotect-summit-2014")).toMatchObject({
      kind: "legislation",
      stage: "declared",
    });
    expect(byId.get("eu-csa-regulation-proposal-2022")).toMatchObject({
      kind: "legislation",
      stage: "proposed",
    });
    expect(byId.get("icmec-model-legislation-9th-2018")).toMatchObject({
      kind: "legislation",
      stage: "reviewed",
    });
  });

  it("keeps the content note, reachable from the model", () => {
    expect(data!.contentNote).toBe(original.content_note);
  });

  it("writeJson(readJson(text)) reproduces the file byte for byte", () => {
    expect(writeJson(data!)).toBe(converted);
  });
});
