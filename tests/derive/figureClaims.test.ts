import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { agreedQualifier, countFigureClaims, figureClaims } from "../../src/derive/figureClaims";
import type { Event } from "../../src/model";
import { eventsArb, fig, loadDefaultDataset, makeEvent, snapshot } from "./helpers";

const event = makeEvent({
  id: "e",
  when: "2025",
  sources: ["s1", "s2", "s3"],
  figures: [
    fig("arrests", 10, "s1"),
    fig("suspects", 100, "s1", "nearly"),
    fig("arrests", 10, "s2", "at least"),
    fig("suspects", 90, "s2"),
    fig("suspects", 95, "s3", "approximately"),
  ],
});

describe("figureClaims", () => {
  it("agreedQualifier(qualifiers) lets an exact report settle a bound of the same value", () => {
    expect(agreedQualifier(["at least", "exact"])).toBe("exact");
    expect(agreedQualifier(["nearly", "nearly"])).toBe("nearly");
    expect(agreedQualifier(["nearly", "approximately"])).toBe("approximately");
  });
  it("figureClaims(event) groups figures by metric in order of first appearance", () => {
    const claims = figureClaims(event);
    expect(claims.map((c) => c.metric)).toEqual(["arrests", "suspects"]);
    expect(claims[0]).toEqual({
      event: "e",
      metric: "arrests",
      figures: [event.figures[0], event.figures[2]],
      sources: ["s1", "s2"],
      values: [10],
      low: 10,
      lowQualifier: "exact",
      high: 10,
      highQualifier: "exact",
      isConflict: false,
      qualifier: "exact",
    });
  });

  it("figureClaims(event) gives disagreeing sources a range, never a sum or an average", () => {
    const [suspects] = figureClaims(event, "suspects");
    expect(suspects).toMatchObject({
      values: [90, 95, 100],
      low: 90,
      lowQualifier: "exact",
      high: 100,
      highQualifier: "nearly",
      isConflict: true,
      qualifier: "at least",
      sources: ["s1", "s2", "s3"],
    });
    expect(suspects!.figures).toHaveLength(3);
    expect(suspects!.chosen).toBeUndefined();
  });

  it("figureClaims(events, { preferSources }) picks the first listed source that reported", () => {
    const [suspects] = figureClaims([event], {
      metric: "suspects",
      preferSources: ["s9", "s3", "s1"],
    });
    expect(suspects!.chosen).toEqual(fig("suspects", 95, "s3", "approximately"));
    const [none] = figureClaims([event], { metric: "suspects", preferSources: ["s9"] });
    expect(none!.chosen).toBeUndefined();
  });

  it("figureClaims(event, { prefer }) picks the highest finite score, the first on a tie", () => {
    const sources = [
      { id: "s1", publisher: "Agency", title: "t", kind: "press_release" as const },
      { id: "s2", publisher: "Paper", title: "t", kind: "news" as const },
      { id: "s3", publisher: "Agency", title: "t", kind: "press_release" as const },
    ];
    const [suspects] = figureClaims(event, {
      metric: "suspects",
      sources,
      prefer: (_figure, source) => (source?.kind === "press_release" ? 1 : 0),
    });
    expect(suspects!.chosen?.source).toBe("s1");
    const [never] = figureClaims(event, { metric: "suspects", prefer: () => Number.NaN });
    expect(never!.chosen).toBeUndefined();
  });

  it("figureClaims(events) of events without figures is empty", () => {
    expect(figureClaims([makeEvent({ id: "x", when: "2020" })])).toEqual([]);
    expect(figureClaims(event, "victims")).toEqual([]);
  });

  it("figureClaims(default dataset) keeps the Kidflix suspects as a range 1,300–1,400 with every source", () => {
    const dataset = loadDefaultDataset();
    const kidflix = dataset.events.find((e) => e.id === "kidflix-operation-stream-2025")!;
    const [suspects] = figureClaims(kidflix, "suspects_identified");
    expect(suspects).toMatchObject({
      low: 1300,
      lowQualifier: "exact",
      high: 1400,
      highQualifier: "nearly",
      values: [1300, 1393, 1400],
      isConflict: true,
      // "almost 1 400" was published by two sources (s66, s01), 1,393 by s67 and 1,300 by s68.
      sources: ["s66", "s67", "s68", "s01"],
    });
    expect(suspects!.figures).toHaveLength(4);
    const [arrests] = figureClaims(kidflix, "arrests");
    expect(arrests).toMatchObject({
      low: 79,
      high: 79,
      isConflict: false,
      sources: ["s66", "s01"],
    });
  });

  it("figureClaims(default dataset) keeps Cumberland's suspects 272/273 and agrees on 25 arrests", () => {
    const dataset = loadDefaultDataset();
    const claims = figureClaims(dataset).filter((c) => c.event === "operation-cumberland-2025");
    const suspects = claims.find((c) => c.metric === "suspects_identified")!;
    expect(suspects).toMatchObject({
      low: 272,
      high: 273,
      isConflict: true,
      sources: ["s61", "s64"],
    });
    const arrests = claims.find((c) => c.metric === "arrests")!;
    // s61 reports exactly 25, s62 "at least 25": the same number, settled by the exact count.
    expect(arrests).toMatchObject({ low: 25, high: 25, isConflict: false, qualifier: "exact" });
    expect(
      figureClaims(dataset, { metric: "suspects_identified", preferSources: ["s64"] }).find(
        (c) => c.event === "operation-cumberland-2025",
      )!.chosen?.value,
    ).toBe(272);
  });

  it("figureClaims(events) keeps every figure exactly once, and low ≤ every value ≤ high", () => {
    fc.assert(
      fc.property(eventsArb, (events: Event[]) => {
        const claims = figureClaims(events);
        expect(claims.reduce((n, c) => n + c.figures.length, 0)).toBe(
          events.reduce((n, e) => n + e.figures.length, 0),
        );
        for (const claim of claims) {
          for (const f of claim.figures) {
            expect(f.metric).toBe(claim.metric);
            expect(f.value).toBeGreaterThanOrEqual(claim.low);
            expect(f.value).toBeLessThanOrEqual(claim.high);
          }
          expect(claim.isConflict).toBe(claim.low !== claim.high);
        }
      }),
    );
  });

  it("figureClaims(events) does not mutate its input", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const before = snapshot(events);
        figureClaims(events, { preferSources: ["s2"] });
        expect(events).toEqual(before);
      }),
    );
  });
});

describe("countFigureClaims", () => {
  it("countFigureClaims(events) counts the claims and conflicts figureClaims returns (property)", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const claims = figureClaims(events);
        expect(countFigureClaims(events)).toEqual({
          claims: claims.length,
          conflicting: claims.filter((c) => c.isConflict).length,
        });
      }),
      { numRuns: 300 },
    );
  });

  it("countFigureClaims(default dataset) gives 113 claims, 13 of them conflicts", () => {
    expect(countFigureClaims(loadDefaultDataset().events)).toEqual({
      claims: 113,
      conflicting: 13,
    });
  });
});
