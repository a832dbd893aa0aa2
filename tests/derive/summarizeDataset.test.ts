import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { figureClaims } from "../../src/derive/figureClaims";
import { summarizeDataset } from "../../src/derive/summarizeDataset";
import { registerLocale } from "../../src/i18n";
import fr from "../../src/i18n/locales/fr";
import pl from "../../src/i18n/locales/pl";
import ru from "../../src/i18n/locales/ru";
import { Dataset } from "../../src/model";
import { eventsArb, fig, loadDefaultDataset, snapshot } from "./helpers";

registerLocale(fr);
registerLocale(pl);
registerLocale(ru);

/** A dataset of `operations` operations in 2019 and `laws` legislative stages in 2021. */
function counted(operations: number, laws: number): Dataset {
  const op = (i: number) => ({
    kind: "operation",
    id: `op${i}`,
    title: `Op ${i}`,
    when: "2019",
    sources: ["s1"],
  });
  const law = (i: number) => ({
    kind: "legislation",
    id: `law${i}`,
    title: `Law ${i}`,
    when: "2021",
    instrument: "law",
    stage: "adopted",
    sources: ["s1"],
  });
  return Dataset.parse({
    title: "Counted",
    sources: [{ id: "s1", publisher: "P", title: "T" }],
    events: [
      ...Array.from({ length: operations }, (_, i) => op(i)),
      ...Array.from({ length: laws }, (_, i) => law(i)),
    ],
  });
}

describe("summarizeDataset", () => {
  it("summarizeDataset(dataset) counts a small dataset and says so in one paragraph", () => {
    const dataset = Dataset.parse({
      title: "Small",
      sources: [
        { id: "s1", publisher: "P", title: "T" },
        { id: "s2", publisher: "Q", title: "U" },
      ],
      actors: [
        { id: "a", name: "Agency A", kind: "agency", country: "FR" },
        { id: "b", name: "Body B", kind: "intergovernmental" },
      ],
      events: [
        {
          kind: "operation",
          id: "op",
          title: "Op",
          when: "2019/2020-03",
          countries: ["DE", "FR"],
          figures: [fig("arrests", 5, "s1"), fig("arrests", 6, "s2"), fig("countries", 2, "s1")],
          sources: ["s1", "s2"],
        },
        {
          kind: "legislation",
          id: "law",
          title: "Law",
          when: "2021-05-04",
          instrument: "law",
          stage: "adopted",
          sources: ["s1"],
        },
      ],
    });
    const summary = summarizeDataset(dataset);
    expect(summary).toEqual({
      title: "Small",
      events: 2,
      byKind: { operation: 1, arrest: 0, legislation: 1 },
      extent: [Date.UTC(2019, 0, 1), Date.UTC(2021, 4, 5)],
      firstYear: 2019,
      lastYear: 2021,
      actors: 2,
      countries: 2,
      sources: 2,
      figures: 3,
      claims: 2,
      conflictingClaims: 1,
      text:
        "2 events from 2019 to 2021: 1 operation and 1 legislative milestone. They involve 2 actors and 2 countries and cite 2 sources. " +
        "They report 3 figures on 2 counts; for 1 count the sources disagree, and every reported value is kept.",
    });
  });

  it("summarizeDataset(empty dataset) says there are no events", () => {
    const summary = summarizeDataset(Dataset.parse({ title: "Empty" }));
    expect(summary).toMatchObject({
      events: 0,
      extent: undefined,
      firstYear: undefined,
      text: "No events.",
    });
  });

  it("summarizeDataset(default dataset) counts 33 events from 2001 to 2025", () => {
    const dataset = loadDefaultDataset();
    const before = snapshot(dataset);
    const summary = summarizeDataset(dataset);
    expect(summary).toMatchObject({
      events: 33,
      byKind: { operation: 17, arrest: 3, legislation: 13 },
      firstYear: 2001,
      lastYear: 2025,
      actors: dataset.actors.length,
      sources: dataset.sources.length,
      figures: dataset.events.reduce((n, e) => n + e.figures.length, 0),
    });
    expect(summary.text).toMatch(
      /^33 events from 2001 to 2025: 17 operations, 3 enforcement actions and 13 legislative milestones\. /,
    );
    // Kidflix's suspects and Cumberland's suspects are among the disagreements.
    expect(summary.conflictingClaims).toBeGreaterThanOrEqual(2);
    expect(summary.text).toContain(`for ${summary.conflictingClaims} counts the sources disagree`);
    expect(dataset).toEqual(before);
  });

  it('summarizeDataset(dataset, { locale: "fr" }) writes the paragraph in French, numbers in the locale', () => {
    const text = summarizeDataset(loadDefaultDataset(), { locale: "fr" }).text;
    expect(text).toMatch(
      /^33 événements de 2001 à 2025 : 17 opérations, 3 mesures coercitives et 13 étapes législatives\. Ils impliquent \d+ acteurs et \d+ pays, et citent \d+ sources\. /,
    );
    expect(summarizeDataset(counted(1, 0), { locale: "fr" }).text).toBe(
      "1 événement en 2019 : 1 opération. Ils impliquent 0 acteur et 0 pays, et citent 1 source.",
    );
    expect(summarizeDataset(counted(1200, 0), { locale: "fr" }).text).toMatch(
      /^1\u202f200 événements en 2019 : 1\u202f200 opérations\./,
    );
    expect(summarizeDataset(Dataset.parse({ title: "Vide" }), { locale: "fr" }).text).toBe(
      "Aucun événement.",
    );
  });

  it("summarizeDataset(dataset) in English builds no Intl.NumberFormat (a page's first one is slow: bench/FINDINGS.md §10)", () => {
    // en-GB: no earlier test in this file has cached a number format for it.
    const numberFormat = vi.spyOn(Intl, "NumberFormat");
    try {
      const { text } = summarizeDataset(counted(1200, 3), { locale: "en-GB" });
      expect(text).toBe(
        "1,203 events from 2019 to 2021: 1,200 operations and 3 legislative milestones. They involve 0 actors and 0 countries and cite 1 source.",
      );
      expect(numberFormat).not.toHaveBeenCalled();
    } finally {
      numberFormat.mockRestore();
    }
  });

  it("summarizeDataset(dataset, { locale }) chooses the plural form of pl and ru by the count", () => {
    const pl = (ops: number, laws: number) =>
      summarizeDataset(counted(ops, laws), { locale: "pl" }).text.split(". ")[0];
    expect(pl(1, 1)).toBe("2 wydarzenia z lat 2019–2021: 1 operacja i 1 etap legislacyjny");
    expect(pl(3, 2)).toBe("5 wydarzeń z lat 2019–2021: 3 operacje i 2 etapy legislacyjne");
    expect(pl(22, 0)).toBe("22 wydarzenia w roku 2019: 22 operacje");
    expect(pl(5, 0)).toBe("5 wydarzeń w roku 2019: 5 operacji");
    const ru = (ops: number) => summarizeDataset(counted(ops, 0), { locale: "ru" }).text;
    expect(ru(1)).toBe("1 событие за 2019: 1 операция. Участников: 0, стран: 0, источников: 1.");
    expect(ru(3).split(". ")[0]).toBe("3 события за 2019: 3 операции");
    expect(ru(11).split(". ")[0]).toBe("11 событий за 2019: 11 операций");
    expect(ru(21).split(". ")[0]).toBe("21 событие за 2019: 21 операция");
  });

  it("summarizeDataset counts claims and disagreements as figureClaims groups them (property)", () => {
    fc.assert(
      fc.property(eventsArb, (events) => {
        const dataset = Dataset.parse({ title: "T" });
        const summary = summarizeDataset({ ...dataset, events });
        const claims = figureClaims(events);
        expect(summary.claims).toBe(claims.length);
        expect(summary.conflictingClaims).toBe(claims.filter((c) => c.isConflict).length);
      }),
      { numRuns: 300 },
    );
  });
});
