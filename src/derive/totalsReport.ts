import { t } from "../i18n/catalog";
import { isMessageKey, type MessageKey } from "../i18n/messages";
import type { DataEvent, Dataset, Issue, MetricKind, Metrics, Qualifier } from "../model";
import { metricInfo } from "../model/metricInfo";
import { combineQualifiers, isApproximate } from "./combineQualifiers";
import { type Contribution, contributionOf, countryParts, facetValuesOf } from "./contributionOf";
import { datasetNow } from "./datasetNow";
import { claimOf, type FigureClaimsOptions } from "./figureClaims";
import { periodAt, periodIndex } from "./periodOf";
import { placeEvent } from "./placeEvent";
import { tTotals } from "./totalsMessages";
import {
  type PeriodTotal,
  severalFacet,
  type TotalsByPeriodOptions,
  type TotalsReport,
} from "./totalsTypes";
import { metricNames, uncountedFigures } from "./uncountedFigures";

/**
 * Sums one figure per event per period, optionally split by a facet, and says what it did not
 * count (docs/figures.md has the full rule). Refuses, with an error issue and no rows, to add up
 * a metric that is not a `count` (see `metricInfo`: countries involved, registered users, a
 * sentence in years) and leaves out periods whose sum is not a finite number. The issues are
 * worded in `options.locale` (default English).
 *
 * @example
 * const { rows, issues, uncounted } = totalsReport(dataset, { metric: "arrests" });
 * totalsReport(dataset, { metric: "countries" }).issues[0].code; // "not_summable"
 */
export function totalsReport(
  input: Dataset | readonly DataEvent[],
  options: TotalsByPeriodOptions,
): TotalsReport {
  const isDataset = !Array.isArray(input);
  const events: readonly DataEvent[] = isDataset
    ? (input as Dataset).events
    : (input as DataEvent[]);
  const period = options.period ?? "year";
  const facet = options.facet ?? "none";
  const claimChoice = options.claim ?? "low";
  const attribute = options.attribute ?? "announced";
  const now = options.now ?? (isDataset ? datasetNow(input as Dataset) : undefined);
  const sources = options.sources ?? (isDataset ? (input as Dataset).sources : []);
  const metrics = options.metrics ?? (isDataset ? (input as Dataset).metrics : undefined);
  const metric = options.metric;
  const locale = options.locale;

  const issues: Issue[] = [];
  const info = metricInfo(metric, metrics);
  const uncounted = uncountedFigures(events, metric, metrics, period, attribute, now);
  if (info.kind !== "count") {
    issues.push({
      code: "not_summable",
      severity: "error",
      path: ["metric"],
      message: tTotals(locale, notSummableReason[info.kind], {
        metric: capitalize(metricWords(metric, metrics, locale)),
      }),
      expected: tTotals(locale, "derive.notSummableExpected"),
      found: `${metric} (${info.kind})`,
      hint: tTotals(locale, "derive.notSummableHint", {
        // JSON to copy into the file: the same in every language.
        declaration: `{ ${JSON.stringify(metric)}: { "kind": "count" } }`,
      }),
    });
    return { rows: [], issues, uncounted };
  }

  const claimOptions: FigureClaimsOptions = {
    ...(options.preferSources ? { preferSources: options.preferSources } : {}),
    ...(options.prefer ? { prefer: options.prefer } : {}),
  };
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const extentOptions = now === undefined ? {} : { now };
  const several = options.several ?? "each";
  const parts = several === "parts" && facet === "country";
  const known = parts ? metricNames(events) : [];

  const rows = new Map<string, PeriodTotal & { parts: Qualifier[]; split: string[] }>();
  // Each event's contribution counted once per period: what the period's own total is.
  const periodSums = new Map<number, number>();
  const add = (
    index: number,
    coarse: boolean,
    facetValue: string,
    event: DataEvent,
    contribution: Omit<Contribution, "asOf">,
    flag: "shared" | "split" | undefined,
  ) => {
    const key = `${index}\u0000${facetValue}`;
    let row = rows.get(key);
    if (!row) {
      row = {
        ...periodAt(index, period),
        facet: facetValue,
        value: 0,
        qualifier: "exact",
        approximate: false,
        events: [],
        values: [],
        sources: [],
        shared: [],
        split: [],
        coarse: [],
        parts: [],
      };
      rows.set(key, row);
    }
    row.value += contribution.value;
    row.parts.push(contribution.qualifier);
    row.approximate ||= isApproximate(contribution.qualifier);
    row.events.push(event.id);
    row.values.push(contribution.value);
    for (const id of contribution.sources) if (!row.sources.includes(id)) row.sources.push(id);
    if (flag === "shared") row.shared.push(event.id);
    if (flag === "split") row.split.push(event.id);
    if (coarse) row.coarse.push(event.id);
  };

  for (const event of events) {
    const claim = claimOf(event, metric, claimOptions, sourceById);
    if (!claim) continue;
    const contribution = contributionOf(claim, claimChoice);
    const placed = placeEvent(event, contribution.asOf, attribute, period, extentOptions);
    periodSums.set(placed.index, (periodSums.get(placed.index) ?? 0) + contribution.value);
    const all = facetValuesOf(event, facet);
    if (all.length > 1 && parts) {
      const split = countryParts(
        event,
        metric,
        contribution,
        metrics,
        known,
        claimOptions,
        sourceById,
      );
      if (split) {
        for (const part of split)
          add(placed.index, placed.coarse, part.facet, event, part, "split");
        continue;
      }
    }
    const facetValues =
      all.length > 1 && (several === "together" || several === "parts") ? [severalFacet] : all;
    for (const value of facetValues)
      add(
        placed.index,
        placed.coarse,
        value,
        event,
        contribution,
        facetValues.length > 1 ? "shared" : undefined,
      );
  }

  const refused = new Set<number>();
  for (const [index, sum] of periodSums) {
    const rowsOfPeriod = [...rows.values()].filter((r) => periodIndex(r.start, period) === index);
    if (Number.isFinite(sum) && rowsOfPeriod.every((r) => Number.isFinite(r.value))) continue;
    refused.add(index);
    const name = periodAt(index, period).period;
    issues.push({
      code: "sum_not_finite",
      severity: "error",
      path: ["events"],
      message: tTotals(locale, "derive.sumNotFinite", {
        metric: metricWords(metric, metrics, locale),
        period: name,
      }),
      expected: tTotals(locale, "derive.sumNotFiniteExpected"),
      found: tTotals(locale, "derive.sumNotFiniteFound", {
        sum: String(sum),
        n: new Set(rowsOfPeriod.flatMap((r) => r.events)).size,
      }),
      hint: tTotals(locale, "derive.sumNotFiniteHint"),
    });
  }
  const result = [...rows.values()]
    .filter((r) => !refused.has(periodIndex(r.start, period)))
    .map(({ parts, ...row }) => ({ ...row, qualifier: combineQualifiers(parts) }))
    .sort((a, b) => a.start - b.start || (a.facet < b.facet ? -1 : a.facet > b.facet ? 1 : 0));
  return { rows: result, issues, uncounted };
}

const notSummableReason = {
  overlapping: "derive.notSummableOverlapping",
  stock: "derive.notSummableStock",
  measure: "derive.notSummableMeasure",
} as const satisfies Record<Exclude<MetricKind, "count">, string>;

/**
 * A metric's name in a sentence: the dataset's label in the locale, else the catalogue's name
 * of a common metric (outside English, as charts name it), else the id as words.
 */
function metricWords(
  metric: string,
  metrics: Readonly<Metrics> | undefined,
  locale = "en",
): string {
  const declared = metrics && Object.hasOwn(metrics, metric) && metrics[metric]?.label;
  const key = `metric.${metric}`;
  if (!declared && !locale.startsWith("en") && isMessageKey(key))
    return t(locale, key as MessageKey, { n: 2 });
  return metricInfo(metric, metrics, [], locale).label;
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
