import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  agreedQualifier,
  countFigureClaims,
  figureClaims,
  highestClaimValue,
} from "../../src/derive/figureClaims";
import type { DataEvent } from "../../src/model";
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
  it("agreedQualifier(reports) keeps a bound unless an exact figure states the same scope or date", () => {
    // The bound is true under both readings; bare qualifiers state no scope.
    expect(agreedQualifier(["at least", "exact"])).toBe("at least");
    expect(agreedQualifier(["more than", "exact"])).toBe("more than");
    expect(
      agreedQualifier([
        { qualifier: "at least", asOf: "2025-02-28" },
        { qualifier: "exact", asOf: "2025-02-28" },
      ]),
    ).toBe("exact");
    expect(
      agreedQualifier([
        { qualifier: "at least", scope: "worldwide" },
        { qualifier: "exact", scope: "worldwide" },
      ]),
    ).toBe("exact");
    expect(
      agreedQualifier([
        { qualifier: "at least", asOf: "2025-02-28" },
        { qualifier: "exact", asOf: "2025-03-15" },
      ]),
    ).toBe("at least");
    // A count settles an estimate of the same number.
    expect(agreedQualifier(["approximately", "exact"])).toBe("exact");
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
      setAside: [],
      values: [10],
      // s1 reports exactly 10 and s2 "at least 10", neither stating a scope: the bound is kept.
      low: 10,
      lowQualifier: "at least",
      high: 10,
      highQualifier: "at least",
      isConflict: false,
      qualifier: "at least",
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

  it("figureClaims(default dataset) keeps the Kidflix suspects as a range 1,393–1,400 with every source", () => {
    const dataset = loadDefaultDataset();
    const kidflix = dataset.events.find((e) => e.id === "kidflix-operation-stream-2025")!;
    const [suspects] = figureClaims(kidflix, "suspects_identified");
    expect(suspects).toMatchObject({
      low: 1393,
      lowQualifier: "exact",
      high: 1400,
      highQualifier: "nearly",
      values: [1393, 1400],
      isConflict: true,
      // "almost 1 400" was published by two sources (s66, s01), 1,393 by s67; Il Post's 1,300
      // "besides the 79 arrested" is a claim of its own scope.
      sources: ["s66", "s67", "s01"],
    });
    expect(suspects!.figures).toHaveLength(3);
    const [arrests] = figureClaims(kidflix, "arrests");
    expect(arrests).toMatchObject({
      low: 79,
      high: 79,
      isConflict: false,
      sources: ["s66", "s01"],
    });
  });

  it("figureClaims(default dataset): Boystown's users are 'more than 400,000', as both sources say", () => {
    const [users] = figureClaims(
      loadDefaultDataset().events.filter((e) => e.id === "boystown-2021"),
      "registered_users",
    );
    expect(users).toMatchObject({ low: 400000, qualifier: "more than", sources: ["s41", "s42"] });
  });

  it("figureClaims(default dataset): Kidflix's 1,300 'besides the 79 arrested' is another scope, not a conflict", () => {
    const claims = figureClaims(
      loadDefaultDataset().events.filter((e) => e.id === "kidflix-operation-stream-2025"),
      "suspects_identified",
    );
    expect(claims.map((c) => [c.scope, c.low, c.high, c.isConflict])).toEqual([
      [undefined, 1393, 1400, true],
      ["besides the 79 arrested", 1300, 1300, false],
    ]);
  });

  it("figureClaims(default dataset) sets aside a misreading and a headline rounding", () => {
    const dataset = loadDefaultDataset();
    const [vidtf] = figureClaims(
      dataset.events.filter((e) => e.id === "vidtf-17-2025"),
      "countries",
    );
    // "27 experts from Europol, Interpol and 22 countries": 22, not "22–27".
    expect(vidtf).toMatchObject({ low: 22, high: 22, isConflict: false, sources: ["s78"] });
    expect(vidtf!.setAside.map((f) => [f.value, f.source, f.correction])).toEqual([
      [27, "s01", "misreading"],
    ]);
    const [pacifier] = figureClaims(
      dataset.events.filter((e) => e.id === "operation-pacifier-2015-2017"),
      "arrests_or_convictions_worldwide",
    );
    expect(pacifier).toMatchObject({ low: 870, high: 870, qualifier: "exact", isConflict: false });
    expect(countFigureClaims(dataset.events)).toEqual({
      claims: figureClaims(dataset).length,
      conflicting: figureClaims(dataset).filter((c) => c.isConflict).length,
    });
  });

  it("figureClaims(default dataset) keeps Cumberland's suspects 272/273 and its 'at least 25' arrests", () => {
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
    // s61 reports 25, s62 "at least 25": neither states a scope or a date, so the exact figure
    // does not settle the bound (docs/figures.md).
    expect(arrests).toMatchObject({ low: 25, high: 25, isConflict: false, qualifier: "at least" });
    expect(
      figureClaims(dataset, { metric: "suspects_identified", preferSources: ["s64"] }).find(
        (c) => c.event === "operation-cumberland-2025",
      )!.chosen?.value,
    ).toBe(272);
  });

  it("figureClaims(events) keeps every figure exactly once, and low ≤ every value ≤ high", () => {
    fc.assert(
      fc.property(eventsArb, (events: DataEvent[]) => {
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

  it("countFigureClaims(default dataset) gives 115 claims, 11 of them conflicts", () => {
    // Since the fact check (issue 18): Kidflix's 1,300 is a claim of its own scope and techUK's
    // mixed count of signatories a metric of its own (+2 claims); the VIDTF 17 misreading, the
    // Pacifier headline rounding and the WePROTECT countries are no longer conflicts, Orion's
    // breakdown (136 against 144) is one (−2 conflicts).
    expect(countFigureClaims(loadDefaultDataset().events)).toEqual({
      claims: 115,
      conflicting: 11,
    });
  });
});

describe("highestClaimValue", () => {
  // Figures with scopes and corrections too, which eventsArb's do not have.
  const figureArb = fc.record(
    {
      metric: fc.constantFrom("arrests", "suspects_identified"),
      value: fc.integer({ min: 0, max: 2000 }),
      qualifier: fc.constantFrom("exact", "at least", "approximately"),
      source: fc.constantFrom("s1", "s2"),
      scope: fc.constantFrom("abroad", "online"),
      correction: fc.constantFrom("misreading", "rounding"),
    },
    { requiredKeys: ["metric", "value", "qualifier", "source"] },
  );

  it("is figureClaims(event, metric)[0]?.high, scopes and corrections included (property)", () => {
    fc.assert(
      fc.property(fc.array(figureArb, { maxLength: 6 }), (figures) => {
        const event = makeEvent({
          id: "e",
          when: "2020",
          figures: figures as DataEvent["figures"],
        });
        for (const metric of ["arrests", "suspects_identified", "searches"])
          expect(highestClaimValue(event, metric)).toBe(figureClaims(event, metric)[0]?.high);
      }),
      { numRuns: 500 },
    );
  });

  it("gives the default dataset's sizes as figureClaims does", () => {
    const { events } = loadDefaultDataset();
    const sized = events.filter((e) => highestClaimValue(e, "arrests") !== undefined);
    expect(sized.length).toBeGreaterThan(5);
    for (const e of events)
      expect(highestClaimValue(e, "arrests")).toBe(figureClaims(e, "arrests")[0]?.high);
  });
});
