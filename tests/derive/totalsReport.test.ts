import { describe, expect, it } from "vitest";
import {
  severalFacet,
  TotalsRefused,
  totalsByPeriod,
  totalsReport,
} from "../../src/derive/totalsByPeriod";
import { registerLocale } from "../../src/i18n";
import fr from "../../src/i18n/locales/fr";
import ru from "../../src/i18n/locales/ru";
import type { Figure } from "../../src/model";
import { fig, loadDefaultDataset, makeEvent } from "./helpers";

registerLocale(fr);
registerLocale(ru);

describe("totalsReport", () => {
  it("totalsReport(dataset, { metric: 'countries' }) refuses to add up countries, with an issue", () => {
    const dataset = loadDefaultDataset();
    const report = totalsReport(dataset, { metric: "countries" });
    expect(report.rows).toEqual([]);
    expect(report.issues).toHaveLength(1);
    expect(report.issues[0]).toMatchObject({
      code: "not_summable",
      severity: "error",
      found: "countries (overlapping)",
    });
    expect(report.issues[0]!.message).toMatch(/not added up over events/);
    // Before: 2025 came out as "113 countries".
    expect(() => totalsByPeriod(dataset, { metric: "countries" })).toThrow(TotalsRefused);
  });

  it("totalsReport(dataset) refuses snapshots (registered users) and measures (years)", () => {
    const dataset = loadDefaultDataset();
    expect(totalsReport(dataset, { metric: "registered_users" }).issues[0]?.found).toBe(
      "registered_users (stock)",
    );
    expect(totalsReport(dataset, { metric: "sentence_years" }).issues[0]?.found).toBe(
      "sentence_years (measure)",
    );
  });

  it('totalsReport(dataset, { locale: "fr" }) says why it does not add up in French, the JSON to declare as it is', () => {
    const english = totalsReport(loadDefaultDataset(), { metric: "countries" }).issues[0]!;
    expect(english).toMatchObject({
      message:
        "Countries may count the same members in several events (a country in two operations), so they are not added up over events; each event's figure is shown on its own.",
      hint: 'Declare the metric\'s kind in the dataset\'s "metrics" if it does add up: { "countries": { "kind": "count" } }.',
    });
    const issue = totalsReport(loadDefaultDataset(), { metric: "countries", locale: "fr" })
      .issues[0]!;
    expect(issue).toMatchObject({
      code: "not_summable",
      found: "countries (overlapping)",
      message:
        "Pays : ces chiffres peuvent compter les mêmes membres dans plusieurs événements (un pays dans deux opérations) ; ils ne sont donc pas additionnés d’un événement à l’autre, et le chiffre de chaque événement est montré seul.",
      hint: 'Déclarez le type de l’indicateur dans "metrics" du jeu de données s’il s’additionne : { "countries": { "kind": "count" } }.',
    });
  });

  it('totalsReport(events, { locale: "ru" }) counts the events of a sum past the largest number in the plural form', () => {
    const events = (n: number) =>
      Array.from({ length: n }, (_, i) =>
        makeEvent({ id: `e${i}`, when: "2020", figures: [fig("arrests", 1e308, "s1")] }),
      );
    const found = (n: number) =>
      totalsReport(events(n), { metric: "arrests", locale: "ru" }).issues[0]?.found;
    expect(found(2)).toBe("сумма Infinity по 2 событиям");
    expect(found(21)).toBe("сумма Infinity по 21 событию");
    expect(totalsReport(events(2), { metric: "arrests" }).issues[0]).toMatchObject({
      message:
        "The arrests of 2020 add up to more than the largest number a chart can draw; that period is left out.",
      found: "a sum of Infinity from 2 events",
    });
  });

  it("totalsReport(events, { metrics }) sums a metric the dataset declares a count", () => {
    const events = [makeEvent({ id: "a", when: "2020", figures: [fig("members", 3, "s1")] })];
    expect(totalsReport(events, { metric: "members" }).issues[0]?.code).toBe("not_summable");
    const { rows, issues } = totalsReport(events, {
      metric: "members",
      metrics: { members: { kind: "count" } },
    });
    expect(issues).toEqual([]);
    expect(rows.map((r) => r.value)).toEqual([3]);
  });

  it("totalsReport(events) refuses a sum past the largest number instead of returning Infinity", () => {
    const events = [
      makeEvent({ id: "a", when: "2020", figures: [fig("arrests", 1e308, "s1")] }),
      makeEvent({ id: "b", when: "2020-05", figures: [fig("arrests", 1e308, "s1")] }),
      makeEvent({ id: "c", when: "2021", figures: [fig("arrests", 5, "s1")] }),
    ];
    const report = totalsReport(events, { metric: "arrests" });
    expect(report.issues.map((i) => [i.code, i.severity])).toEqual([["sum_not_finite", "error"]]);
    expect(report.issues[0]!.message).toMatch(/2020/);
    expect(report.rows.map((r) => [r.period, r.value])).toEqual([["2021", 5]]);
    for (const row of report.rows) expect(Number.isFinite(row.value)).toBe(true);
    expect(() => totalsByPeriod(events, { metric: "arrests" })).toThrow(TotalsRefused);
  });

  it("totalsReport(default dataset, arrests) names the related figures it did not count", () => {
    const { uncounted } = totalsReport(loadDefaultDataset(), { metric: "arrests" });
    // Historia/Pureza II's ~100 "arrested or charged" and Pacifier's 870 "arrests or
    // convictions" have other metrics: they are left out, and said so.
    expect(
      uncounted.map((u) => [u.event, u.period, u.metric, u.value, u.qualifier, u.label]),
    ).toEqual([
      [
        "operations-historia-pureza-2013",
        "2013",
        "arrests_or_charged",
        100,
        "approximately",
        "arrested or charged",
      ],
      [
        "operation-pacifier-2015-2017",
        "2017",
        "arrests_or_convictions_europe",
        368,
        "exact",
        "arrests or convictions in Europe",
      ],
      [
        "operation-pacifier-2015-2017",
        "2017",
        "arrests_or_convictions_us",
        350,
        "exact",
        "arrests or convictions in the US",
      ],
      [
        "operation-pacifier-2015-2017",
        "2017",
        "arrests_or_convictions_worldwide",
        870,
        "exact",
        "arrests or convictions worldwide",
      ],
      [
        "operation-pacifier-2015-2017",
        "2017",
        "arrests_europe",
        400,
        "nearly",
        "arrests in Europe",
      ],
    ]);
  });

  it("totalsReport(events) lists a figure of the metric with a narrower scope as not counted", () => {
    const scoped: Figure = { ...fig("suspects", 1300, "s1"), scope: "besides those arrested" };
    const events = [makeEvent({ id: "a", when: "2025", figures: [scoped] })];
    const report = totalsReport(events, { metric: "suspects" });
    expect(report.rows).toEqual([]);
    expect(report.uncounted).toMatchObject([
      { event: "a", label: "suspects (besides those arrested)", value: 1300 },
    ]);
  });

  it("totalsReport(events, { attribute }) counts a span at its start, its end, or its figures' asOf", () => {
    const asOf: Figure = { ...fig("arrests", 10, "s1"), asOf: "2024-06-01" };
    const events = [
      makeEvent({ id: "span", when: "2022/2025-04-02", figures: [fig("arrests", 79, "s1")] }),
      makeEvent({ id: "dated", when: "2020/2025", figures: [asOf] }),
    ];
    const periods = (attribute: "start" | "end" | "announced") =>
      totalsByPeriod(events, { metric: "arrests", attribute }).map((r) => [r.period, r.events]);
    expect(periods("end")).toEqual([["2025", ["span", "dated"]]]);
    expect(periods("start")).toEqual([
      ["2020", ["dated"]],
      ["2022", ["span"]],
    ]);
    expect(periods("announced")).toEqual([
      ["2024", ["dated"]],
      ["2025", ["span"]],
    ]);
  });

  it("totalsReport(dataset, { facet: 'country', several: 'parts' }) splits an operation by its own country figures", () => {
    const dataset = loadDefaultDataset();
    const rows = totalsByPeriod(dataset, {
      metric: "arrests",
      facet: "country",
      several: "parts",
    }).filter((r) => r.period === "2011");
    // Rescue: 184 arrests, "more than 120" in the UK (arrests_in_uk), the rest not broken down;
    // Delego (14 countries, no country figure) counts once under "(several)".
    expect(rows.map((r) => [r.facet, r.events, r.values, r.qualifier])).toEqual([
      [severalFacet, ["operation-rescue-2011", "operation-delego-2011"], [64, 52], "at least"],
      ["GB", ["operation-rescue-2011"], [120], "more than"],
    ]);
    expect(rows[0]!.split).toEqual(["operation-rescue-2011"]);
    // The parts of one event add up to its figure: the rows add up to the period's total.
    const total = totalsByPeriod(dataset, { metric: "arrests" }).find((r) => r.period === "2011")!;
    expect(rows.reduce((n, r) => n + r.value, 0)).toBe(total.value);
  });
});
