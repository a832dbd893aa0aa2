import {
  type DataEvent,
  type Dataset,
  type Figure,
  hasErrors,
  type Issue,
  type MetricKind,
  type Metrics,
  metricInfo,
  type Qualifier,
  type ResolvedMetric,
  type Source,
} from "../model";
import { type TimeExtent, utcDay } from "../time";
import { combineQualifiers, isApproximate, isLowerBound } from "./combineQualifiers";
import { datasetNow } from "./datasetNow";
import { eventExtent, whenExtent } from "./eventExtent";
import { claimOf, type FigureClaim, type FigureClaimsOptions, figureClaims } from "./figureClaims";

/** A calendar period of totals, in UTC. @example const period: Period = "quarter"; */
export type Period = "year" | "quarter" | "month";

/**
 * Which date of an event its figures count at: "announced" (their `asOf` date where given, else
 * the end, when an operation's results are usually published), "end" or "start".
 * @example const attribute: Attribute = "start";
 */
export type Attribute = "announced" | "end" | "start";

/** What a total is split by. @example const facet: TotalsFacet = "country"; */
export type TotalsFacet = "kind" | "leadActor" | "country" | "tag" | "none";

/** The facet value of rows with `facet: "none"`. @example rows.filter((r) => r.facet === allFacet) */
export const allFacet = "all";
/** The facet value of events that have no lead actor, no country or no tag. @example rows.filter((r) => r.facet !== noFacet) */
export const noFacet = "(none)";
/** The facet value of events with several facet values, with `several: "together"`. @example rows.find((r) => r.facet === severalFacet) */
export const severalFacet = "(several)";

/**
 * Options for {@link totalsByPeriod}.
 * @example
 * const options: TotalsByPeriodOptions = { metric: "arrests", period: "year", facet: "kind" };
 */
export interface TotalsByPeriodOptions {
  /**
   * The metric to total, e.g. "arrests". Required: summing different metrics means nothing.
   * @example { metric: "arrests" }
   */
  metric: string;
  /** The length of a period; default "year". @example { metric: "arrests", period: "quarter" } */
  period?: Period;
  /**
   * What to split each period's total by; default "none" (one row per period, facet "all").
   * "leadActor", "country" and "tag" can give one event several facet values: each of them
   * gets the event's full value (see {@link PeriodTotal.shared}).
   * @example { metric: "arrests", facet: "kind" }
   */
  facet?: TotalsFacet;
  /**
   * Where an event with several facet values (an operation in 17 countries, two lead agencies)
   * counts: "each" (the default) gives every value the event's full figure, so a country's row
   * means "arrests in operations that involved this country", not arrests made there, and the
   * facet rows of a period add up to more than its total (flagged in `shared`); "together" puts
   * the event under {@link severalFacet} once, so the facet rows add up to the total and can be
   * stacked; "parts" (with `facet: "country"`) splits the event by its own country-level
   * figures (`arrests_gb`, or a metric declared with a `country` in the dataset's `metrics`)
   * where it has them and puts the rest under {@link severalFacet}, so the rows still add up.
   * A figure is never divided in any other way: the data does not say how.
   * @example { metric: "arrests", facet: "country", several: "together" }
   */
  several?: "each" | "together" | "parts";
  /**
   * Which date of an event counts (see {@link Attribute}); default "announced".
   * @example { metric: "arrests", attribute: "start" }
   */
  attribute?: Attribute;
  /**
   * What the metrics are (kinds and families), for a bare list of events; default the
   * dataset's `metrics`, else the defaults by name (see `metricInfo`).
   * @example { metric: "seizures", metrics: { seizures: { kind: "count" } } }
   */
  metrics?: Metrics;
  /**
   * Which value of an event whose sources disagree counts: "low" (the default, so totals are
   * lower bounds), "high", or "preferred" (the figure picked by `preferSources`/`prefer`,
   * falling back to "low" when none is picked). Agreeing sources give one value in every case.
   * @example { metric: "arrests", claim: "preferred", preferSources: ["s61"] }
   */
  claim?: "low" | "high" | "preferred";
  /** Source ids in order of preference, for `claim: "preferred"` (see `figureClaims`). */
  preferSources?: readonly string[];
  /** Scores figures, for `claim: "preferred"` (see `figureClaims`). */
  prefer?: (figure: Figure, source: Source | undefined) => number;
  /** Sources for `prefer` when the input is a bare list of events. */
  sources?: readonly Source[];
  /**
   * The instant ongoing spans run to; default: the dataset's `updated` date, or none.
   */
  now?: number;
}

/**
 * One period's total of one facet value.
 * @example
 * // { period: "2011", start: Date.UTC(2011, 0, 1), end: Date.UTC(2012, 0, 1), facet: "all", value: 236,
 * //   qualifier: "at least", approximate: false, events: ["operation-rescue-2011", "operation-delego-2011"],
 * //   values: [184, 52], sources: ["s02", "s08"], shared: [], coarse: [] }
 */
export interface PeriodTotal {
  /** "2025", "2025-Q2" or "2025-04". */
  period: string;
  /** First instant of the period (UTC midnight), ms since the epoch. */
  start: number;
  /** First instant after the period, exclusive. */
  end: number;
  /** The facet value: a kind, actor id, country code, tag, {@link allFacet} or {@link noFacet}. */
  facet: string;
  /** The sum of one value per contributing event. */
  value: number;
  /** The qualifier of the sum (see `combineQualifiers`): "at least" when any part is a floor. */
  qualifier: Qualifier;
  /** Whether any part is an estimate ("approximately", "nearly", "up to"), even when `qualifier` is a bound. */
  approximate: boolean;
  /** Ids of the events summed, in data order. */
  events: string[];
  /**
   * The value each of `events` contributed, in the same order: what merging rows needs so that
   * an event counted under two merged facet values (two countries put together as "other")
   * counts once.
   */
  values: number[];
  /** Ids of the sources of the figures summed, for hover-to-source. */
  sources: string[];
  /**
   * Ids of contributing events also counted under another facet value of this period (an
   * operation in several countries): when non-empty, the facet rows of the period add up to
   * more than the period's total and must not be stacked as if they were parts of it.
   */
  shared: string[];
  /**
   * Ids of contributing events whose figure is split between facet values by their own
   * country-level figures (`several: "parts"`): their parts in the rows of a period add up to
   * the event's figure, so merging two such rows adds both parts.
   */
  split?: string[];
  /**
   * Ids of contributing events whose date is coarser than the period ("2014" in monthly totals):
   * they are counted in the first period their date allows, which is not a known month.
   */
  coarse: string[];
}

interface Contribution {
  value: number;
  qualifier: Qualifier;
  sources: string[];
  /** The `asOf` dates of the figures behind the value. */
  asOf: string[];
}

/**
 * A figure of a related metric (a variant or a part of the one totalled, or the same metric
 * with a narrower `scope`) on an event that has no figure of the metric itself: not counted,
 * and named so a chart can say so ("870 arrests or convictions (Operation Pacifier) not counted").
 * @example
 * // { event: "operation-pacifier-2015-2017", period: "2017", metric: "arrests_or_convictions_worldwide",
 * //   label: "arrests or convictions worldwide", value: 870, qualifier: "exact", sources: ["s27"] }
 */
export interface UncountedFigure {
  event: string;
  /** The period the event would have counted in. */
  period: string;
  metric: string;
  /** The figure's `scope`, when it is the metric itself with a narrower scope. */
  scope?: string;
  /** The metric's label (see `metricInfo`), with the scope when there is one. */
  label: string;
  /** The claim's value (its low end when sources disagree) and qualifier. */
  value: number;
  qualifier: Qualifier;
  sources: string[];
}

/**
 * What {@link totalsReport} gives: the rows, the figures left out, and why nothing was summed
 * when it refuses.
 */
export interface TotalsReport {
  /** The totals; empty when an error issue refuses the sum. */
  rows: PeriodTotal[];
  /**
   * `not_summable` (error): the metric is not a count that adds up (countries, registered users…);
   * `sum_not_finite` (error): a period's figures add up past the largest number (its rows are
   * left out).
   */
  issues: Issue[];
  /**
   * Figures of related metrics on events without a figure of the metric itself, one per event
   * and related metric (see {@link UncountedFigure}), in data order.
   */
  uncounted: UncountedFigure[];
}

/**
 * Sums one figure per event per period, optionally split by a facet, and says what it did not
 * count (docs/figures.md has the full rule). Refuses, with an error issue and no rows, to add up
 * a metric that is not a `count` (see `metricInfo`: countries involved, registered users, a
 * sentence in years) and leaves out periods whose sum is not a finite number.
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

  const issues: Issue[] = [];
  const info = metricInfo(metric, metrics);
  const uncounted = uncountedFigures(events, metric, metrics, period, attribute, now);
  if (info.kind !== "count") {
    issues.push({
      code: "not_summable",
      severity: "error",
      path: ["metric"],
      message: `${capitalize(info.label)} ${notSummableReason[info.kind]}, so they are not added up over events; each event's figure is shown on its own.`,
      expected: "a metric that counts people or things once per event, such as arrests",
      found: `${metric} (${info.kind})`,
      hint: `Declare the metric's kind in the dataset's "metrics" if it does add up: { "${metric}": { "kind": "count" } }.`,
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
      message: `The ${metric.replaceAll("_", " ")} of ${name} add up to more than the largest number a chart can draw; that period is left out.`,
      expected: "figures whose sum is a finite number",
      found: `a sum of ${sum} from ${rowsOfPeriod.flatMap((r) => r.events).filter((e, i, a) => a.indexOf(e) === i).length} events`,
      hint: "Check the figures of these events for a misplaced exponent or extra digits.",
    });
  }
  const result = [...rows.values()]
    .filter((r) => !refused.has(periodIndex(r.start, period)))
    .map(({ parts, ...row }) => ({ ...row, qualifier: combineQualifiers(parts) }))
    .sort((a, b) => a.start - b.start || (a.facet < b.facet ? -1 : a.facet > b.facet ? 1 : 0));
  return { rows: result, issues, uncounted };
}

/**
 * Thrown by {@link totalsByPeriod} when it refuses to sum: `issues` says why (the same issues
 * {@link totalsReport} returns).
 * @example try { totalsByPeriod(dataset, { metric: "countries" }); } catch (e) { if (e instanceof TotalsRefused) console.log(e.issues); }
 */
export class TotalsRefused extends Error {
  readonly issues: Issue[];
  constructor(issues: Issue[]) {
    super(issues.map((i) => i.message).join(" "));
    this.name = "TotalsRefused";
    this.issues = issues;
  }
}

/**
 * Sums one figure per event per period, optionally split by a facet (docs/figures.md has the
 * full rule); {@link totalsReport} gives the same rows with the issues and the figures not
 * counted:
 *
 * - **Only counts add up.** A metric that is not a `count` (countries involved, registered
 *   users: see `metricInfo` and a dataset's `metrics`) is refused: this throws
 *   {@link TotalsRefused} with a `not_summable` issue. So does a sum past the largest number
 *   (`sum_not_finite`).
 * - **Which date** (`attribute`, default "announced"). An event counts in the period its figures
 *   were announced — their `asOf` date when they give one, else the event's end, the day an
 *   operation's results are usually published — if that date falls within one period; with
 *   "end" the end; with "start" the start. A date coarser than a period falls back to the other
 *   end, else to the first period it may fall in, and is listed in `coarse`. A span crossing
 *   periods is counted once, never split.
 * - **Which value.** Each event gives one value from its claim (`figureClaims`): the agreed
 *   value, or for disagreeing sources the low end by default ("at least"), the high end ("up
 *   to") or the preferred figure. Conflicting reports of one event are never added up.
 * - **Qualifier.** The join of the parts' qualifiers (`combineQualifiers`): a sum with any
 *   "at least"/"more than" part or a low end of a disagreement is "at least"; otherwise one with
 *   "approximately"/"nearly"/"up to" is an estimate.
 *
 * Events without a figure for the metric do not count, and periods without any give no row
 * (no row is not a reported zero). Rows are sorted by period, then facet value.
 *
 * @example
 * totalsByPeriod(dataset, { metric: "arrests" });
 * // [{ period: "2011", facet: "all", value: 236, qualifier: "at least", events: ["operation-rescue-2011", "operation-delego-2011"], … }, …]
 * totalsByPeriod(dataset, { metric: "arrests", period: "quarter", facet: "kind" });
 */
export function totalsByPeriod(
  input: Dataset | readonly DataEvent[],
  options: TotalsByPeriodOptions,
): PeriodTotal[] {
  const report = totalsReport(input, options);
  if (hasErrors(report.issues)) throw new TotalsRefused(report.issues);
  return report.rows;
}

const notSummableReason: Record<Exclude<MetricKind, "count">, string> = {
  overlapping: "may count the same members in several events (a country in two operations)",
  stock: "are snapshots of a size at one time, not new cases",
  measure: "are not counts",
};

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function metricNames(events: readonly DataEvent[]): string[] {
  const names = new Set<string>();
  for (const event of events) for (const f of event.figures) names.add(f.metric);
  return [...names];
}

/**
 * The related figures of events that have no figure of `metric` itself: figures of metrics in
 * its family, and figures of `metric` with a scope.
 */
function uncountedFigures(
  events: readonly DataEvent[],
  metric: string,
  metrics: Metrics | undefined,
  period: Period,
  attribute: Attribute,
  now: number | undefined,
): UncountedFigure[] {
  const known = metricNames(events);
  const related = new Map<string, ResolvedMetric>();
  for (const name of known) {
    const info = metricInfo(name, metrics, known);
    if (info.family === metric) related.set(name, info);
  }
  const out: UncountedFigure[] = [];
  const extentOptions = now === undefined ? {} : { now };
  for (const event of events) {
    const own = event.figures.some(
      (f) => f.metric === metric && f.scope === undefined && f.correction === undefined,
    );
    if (own) continue;
    const claims = figureClaims(event).filter(
      (c) => related.has(c.metric) || (c.metric === metric && c.scope !== undefined),
    );
    if (claims.length === 0) continue;
    const placed = placeEvent(event, [], attribute, period, extentOptions);
    const name = periodAt(placed.index, period).period;
    for (const claim of claims) {
      const label = related.get(claim.metric)?.label ?? claim.metric.replaceAll("_", " ");
      out.push({
        event: event.id,
        period: name,
        metric: claim.metric,
        ...(claim.scope !== undefined ? { scope: claim.scope } : {}),
        label: claim.scope !== undefined ? `${label} (${claim.scope})` : label,
        value: claim.low,
        qualifier: claim.qualifier,
        sources: claim.sources,
      });
    }
  }
  return out;
}

/**
 * With `several: "parts"`, a multi-country event's figure split by its own country-level
 * figures (`arrests_gb`, or a metric declared with a `country`): each part to its country and
 * the rest to {@link severalFacet}. Undefined when the event has no such figure, or its parts
 * add up to more than its figure (the sources then do not allow a split).
 */
function countryParts(
  event: DataEvent,
  metric: string,
  whole: Contribution,
  metrics: Metrics | undefined,
  known: readonly string[],
  claimOptions: FigureClaimsOptions,
  sourceById: ReadonlyMap<string, Source>,
): (Omit<Contribution, "asOf"> & { facet: string })[] | undefined {
  const out: (Omit<Contribution, "asOf"> & { facet: string })[] = [];
  for (const name of new Set(event.figures.map((f) => f.metric))) {
    const info = metricInfo(name, metrics, known);
    if (info.family !== metric || !info.country || !event.countries.includes(info.country))
      continue;
    const claim = claimOf(event, name, claimOptions, sourceById);
    if (!claim || out.some((p) => p.facet === info.country)) continue;
    const part = contributionOf(claim, "low");
    out.push({
      facet: info.country,
      value: part.value,
      qualifier: part.qualifier,
      sources: part.sources,
    });
  }
  if (out.length === 0) return undefined;
  const sum = out.reduce((s, p) => s + p.value, 0);
  if (sum > whole.value) return undefined;
  const rest = whole.value - sum;
  if (rest > 0) {
    const partsExact = out.every((p) => p.qualifier === "exact");
    // The rest of a count minus counts is what the whole is; minus floors it is a ceiling.
    const qualifier: Qualifier = partsExact
      ? whole.qualifier
      : whole.qualifier === "exact" && out.every((p) => isLowerBound(p.qualifier))
        ? "up to"
        : "approximately";
    out.push({ facet: severalFacet, value: rest, qualifier, sources: whole.sources });
  }
  return out;
}

function contributionOf(
  claim: FigureClaim,
  claimChoice: "low" | "high" | "preferred",
): Contribution {
  const sourcesAt = (value: number) =>
    claim.figures.filter((f) => f.value === value).map((f) => f.source);
  const asOfAt = (value: number) =>
    claim.figures.flatMap((f) => (f.value === value && f.asOf ? [f.asOf] : []));
  if (claimChoice === "preferred" && claim.chosen) {
    const { chosen } = claim;
    return {
      value: chosen.value,
      qualifier: chosen.qualifier,
      sources: [chosen.source],
      asOf: chosen.asOf ? [chosen.asOf] : [],
    };
  }
  if (claimChoice === "high") {
    // The highest of disagreeing reports is a ceiling ("up to") unless its own source gave it
    // as a floor.
    const qualifier =
      claim.isConflict && !isLowerBound(claim.highQualifier) ? "up to" : claim.highQualifier;
    return {
      value: claim.high,
      qualifier,
      sources: sourcesAt(claim.high),
      asOf: asOfAt(claim.high),
    };
  }
  return {
    value: claim.low,
    qualifier: claim.qualifier,
    sources: sourcesAt(claim.low),
    asOf: asOfAt(claim.low),
  };
}

function facetValuesOf(event: DataEvent, facet: TotalsFacet): string[] {
  let values: string[];
  switch (facet) {
    case "none":
      return [allFacet];
    case "kind":
      return [event.kind];
    case "leadActor":
      values = event.actors.filter((a) => a.role === "lead").map((a) => a.actor);
      break;
    case "country":
      values = event.countries;
      break;
    case "tag":
      values = event.tags;
      break;
  }
  const unique = [...new Set(values)];
  return unique.length > 0 ? unique : [noFacet];
}

interface PeriodSpan {
  period: string;
  start: number;
  end: number;
}

/** A period as one integer (years, quarters or months since year 0), cheap to compare. */
function periodIndex(time: number, period: Period): number {
  const date = new Date(time);
  const year = date.getUTCFullYear();
  if (period === "year") return year;
  const month = date.getUTCMonth();
  return period === "quarter" ? year * 4 + Math.floor(month / 3) : year * 12 + month;
}

/** The name and bounds of the period with this index. */
function periodAt(index: number, period: Period): PeriodSpan {
  const perYear = period === "year" ? 1 : period === "quarter" ? 4 : 12;
  const year = Math.floor(index / perYear);
  const part = index - year * perYear;
  const yearText = year < 0 ? `-${String(-year).padStart(4, "0")}` : String(year).padStart(4, "0");
  switch (period) {
    case "year":
      return { period: yearText, start: utcDay(year, 0, 1), end: utcDay(year + 1, 0, 1) };
    case "quarter":
      return {
        period: `${yearText}-Q${part + 1}`,
        start: utcDay(year, part * 3, 1),
        end: utcDay(year, part * 3 + 3, 1),
      };
    case "month":
      return {
        period: `${yearText}-${String(part + 1).padStart(2, "0")}`,
        start: utcDay(year, part, 1),
        end: utcDay(year, part + 1, 1),
      };
  }
}

/**
 * The period containing an instant, in UTC: its name, first instant and first instant after it.
 * @example periodOf(Date.UTC(2025, 3, 2), "quarter"); // { period: "2025-Q2", start: Date.UTC(2025, 3, 1), end: Date.UTC(2025, 6, 1) }
 */
export function periodOf(time: number, period: Period): PeriodSpan {
  return periodAt(periodIndex(time, period), period);
}

/** Whether the range [from, to) lies within one period. */
function withinOne(from: number, to: number, period: Period): boolean {
  return periodIndex(from, period) === periodIndex(Math.max(from, to - 1), period);
}

/**
 * The period an event's figures are counted in (see totalsByPeriod), and whether it is a guess.
 * With "announced", the figures' `asOf` date when one lies within a period, else as "end".
 */
function placeEvent(
  event: DataEvent,
  asOf: readonly string[],
  attribute: Attribute,
  period: Period,
  extentOptions: { now?: number },
): { index: number; coarse: boolean } {
  if (attribute === "announced") {
    for (const date of asOf) {
      const at = whenExtent(date, extentOptions.now);
      if (at && !at.openEnd && withinOne(at.earliestEnd, at.latestEnd, period))
        return { index: periodIndex(at.earliestEnd, period), coarse: false };
    }
  }
  const extent: Readonly<TimeExtent> = eventExtent(event, extentOptions);
  const endFits = !extent.openEnd && withinOne(extent.earliestEnd, extent.latestEnd, period);
  const startFits =
    !extent.openStart && withinOne(extent.earliestStart, extent.latestStart, period);
  if (attribute === "start") {
    if (startFits) return { index: periodIndex(extent.earliestStart, period), coarse: false };
    if (endFits) return { index: periodIndex(extent.earliestEnd, period), coarse: false };
    return { index: periodIndex(extent.earliestStart, period), coarse: true };
  }
  if (endFits) return { index: periodIndex(extent.earliestEnd, period), coarse: false };
  if (startFits) return { index: periodIndex(extent.earliestStart, period), coarse: false };
  return {
    index: periodIndex(extent.openEnd ? extent.earliestStart : extent.earliestEnd, period),
    coarse: true,
  };
}
