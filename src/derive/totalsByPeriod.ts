import type { Dataset, Event, Figure, Qualifier, Source } from "../model";
import { type TimeExtent, utcDay } from "../time";
import { combineQualifiers, isApproximate, isLowerBound } from "./combineQualifiers";
import { datasetNow } from "./datasetNow";
import { eventExtent } from "./eventExtent";
import { claimOf, type FigureClaim, type FigureClaimsOptions } from "./figureClaims";

/** A calendar period of totals, in UTC. @example const period: Period = "quarter"; */
export type Period = "year" | "quarter" | "month";

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
   * stacked. A figure is never split between facet values: the data does not say how.
   * @example { metric: "arrests", facet: "country", several: "together" }
   */
  several?: "each" | "together";
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
   * Ids of contributing events whose date is coarser than the period ("2014" in monthly totals):
   * they are counted in the first period their date allows, which is not a known month.
   */
  coarse: string[];
}

interface Contribution {
  value: number;
  qualifier: Qualifier;
  sources: string[];
}

/**
 * Sums one figure per event per period, optionally split by a facet (docs/figures.md has the
 * full rule):
 *
 * - **Which date.** An event counts in the period of its end (when figures are announced) if
 *   its end falls within one period; else in the period of its start if that falls within one;
 *   else in the first period its end may fall in (its start's, when the end is open) and it is
 *   listed in `coarse`. A span crossing periods is counted once, in its end period.
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
 * // [{ period: "2011", facet: "all", value: 246, qualifier: "exact", events: ["operation-rescue-2011", "operation-delego-2011"], … }, …]
 * totalsByPeriod(dataset, { metric: "arrests", period: "quarter", facet: "kind" });
 */
export function totalsByPeriod(
  input: Dataset | readonly Event[],
  options: TotalsByPeriodOptions,
): PeriodTotal[] {
  const isDataset = !Array.isArray(input);
  const events: readonly Event[] = isDataset ? (input as Dataset).events : (input as Event[]);
  const period = options.period ?? "year";
  const facet = options.facet ?? "none";
  const claimChoice = options.claim ?? "low";
  const now = options.now ?? (isDataset ? datasetNow(input as Dataset) : undefined);
  const sources = options.sources ?? (isDataset ? (input as Dataset).sources : []);

  const claimOptions: FigureClaimsOptions = {
    ...(options.preferSources ? { preferSources: options.preferSources } : {}),
    ...(options.prefer ? { prefer: options.prefer } : {}),
  };
  const sourceById = new Map(sources.map((s) => [s.id, s]));
  const extentOptions = now === undefined ? {} : { now };

  const rows = new Map<string, PeriodTotal & { parts: Qualifier[] }>();
  for (const event of events) {
    const claim = claimOf(event, options.metric, claimOptions, sourceById);
    if (!claim) continue;
    const contribution = contributionOf(claim, claimChoice);
    const placed = placeEvent(eventExtent(event, extentOptions), period);
    const all = facetValuesOf(event, facet);
    const facetValues = all.length > 1 && options.several === "together" ? [severalFacet] : all;
    for (const value of facetValues) {
      const key = `${placed.index}\u0000${value}`;
      let row = rows.get(key);
      if (!row) {
        row = {
          ...periodAt(placed.index, period),
          facet: value,
          value: 0,
          qualifier: "exact",
          approximate: false,
          events: [],
          values: [],
          sources: [],
          shared: [],
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
      if (facetValues.length > 1) row.shared.push(event.id);
      if (placed.coarse) row.coarse.push(event.id);
    }
  }
  return [...rows.values()]
    .map(({ parts, ...row }) => ({ ...row, qualifier: combineQualifiers(parts) }))
    .sort((a, b) => a.start - b.start || (a.facet < b.facet ? -1 : a.facet > b.facet ? 1 : 0));
}

function contributionOf(
  claim: FigureClaim,
  claimChoice: "low" | "high" | "preferred",
): Contribution {
  const sourcesAt = (value: number) =>
    claim.figures.filter((f) => f.value === value).map((f) => f.source);
  if (claimChoice === "preferred" && claim.chosen) {
    const { chosen } = claim;
    return { value: chosen.value, qualifier: chosen.qualifier, sources: [chosen.source] };
  }
  if (claimChoice === "high") {
    // The highest of disagreeing reports is a ceiling ("up to") unless its own source gave it
    // as a floor.
    const qualifier =
      claim.isConflict && !isLowerBound(claim.highQualifier) ? "up to" : claim.highQualifier;
    return { value: claim.high, qualifier, sources: sourcesAt(claim.high) };
  }
  return { value: claim.low, qualifier: claim.qualifier, sources: sourcesAt(claim.low) };
}

function facetValuesOf(event: Event, facet: TotalsFacet): string[] {
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

/** The period an event's figures are counted in (see totalsByPeriod), and whether it is a guess. */
function placeEvent(
  extent: Readonly<TimeExtent>,
  period: Period,
): { index: number; coarse: boolean } {
  if (!extent.openEnd && withinOne(extent.earliestEnd, extent.latestEnd, period)) {
    return { index: periodIndex(extent.earliestEnd, period), coarse: false };
  }
  if (!extent.openStart && withinOne(extent.earliestStart, extent.latestStart, period)) {
    return { index: periodIndex(extent.earliestStart, period), coarse: false };
  }
  return {
    index: periodIndex(extent.openEnd ? extent.earliestStart : extent.earliestEnd, period),
    coarse: true,
  };
}
