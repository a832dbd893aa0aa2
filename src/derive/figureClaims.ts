import type { DataEvent, Dataset, Figure, Qualifier, Source } from "../model";
import { combineQualifiers, isLowerBound } from "./combineQualifiers";
import { type FigureGroup, figuresByMetric } from "./figureGroups";

// Counting claims and sizing marks need only the grouping: figureGroups.ts, which the script-tag
// core carries without this module.
export { countFigureClaims, highestClaimValue } from "./figureGroups";

/**
 * Everything reported about one metric of one event, and how to show it (docs/figures.md):
 * all figures are kept; when they agree the claim is one value, when they disagree it is the
 * range `low–high`, never a sum or an average of the reports.
 * @example
 * const claim: FigureClaim = figureClaims(event, "arrests")[0];
 * claim.isConflict ? `${claim.low}–${claim.high}` : String(claim.low);
 */
export interface FigureClaim {
  /** The event's id. */
  event: string;
  metric: string;
  /**
   * The figures' `scope` ("besides the 79 arrested"), when they count something narrower or
   * other than the metric's plain meaning: figures of one metric with different scopes are
   * separate claims, never a conflict. Absent for the metric's plain meaning.
   */
  scope?: string;
  /**
   * Every figure reported for this metric (and scope), in the order of the data, except those
   * marked as a `correction` (a misreading, a headline rounding): those are in `setAside`.
   */
  figures: Figure[];
  /** Figures of this metric and scope kept for the record only (`correction` set); often empty. */
  setAside: Figure[];
  /** The distinct source ids of those figures, in the same order. */
  sources: string[];
  /** The distinct values reported, ascending. */
  values: number[];
  /** The smallest value reported. */
  low: number;
  /** How the smallest value was worded (see {@link agreedQualifier} when several sources gave it). */
  lowQualifier: Qualifier;
  /** The largest value reported; equal to `low` when the sources agree. */
  high: number;
  highQualifier: Qualifier;
  /** Whether sources report different values (a range is shown, not one number). */
  isConflict: boolean;
  /**
   * The qualifier of the claim read as one number, `low`: the agreed qualifier when the sources
   * agree, and "at least" when they disagree, since the low end is then a floor.
   */
  qualifier: Qualifier;
  /** The figure picked by `prefer` or `preferSources`, when one was asked for and found. */
  chosen?: Figure;
}

/**
 * Options for {@link figureClaims}.
 * @example
 * const options: FigureClaimsOptions = { metric: "arrests", preferSources: ["s61"] };
 */
export interface FigureClaimsOptions {
  /**
   * Only this metric; default: every metric.
   * @example { metric: "arrests" }
   */
  metric?: string;
  /**
   * Source ids in order of preference: the claim's `chosen` figure is the first figure whose
   * source comes first in this list; default: none. Used before `prefer`.
   * @example { preferSources: ["s67", "s66"] }
   */
  preferSources?: readonly string[];
  /**
   * Scores each figure; `chosen` is the figure with the highest finite score (the first one on
   * a tie). The source is looked up in the dataset or `sources`; default: no scoring.
   * @example { prefer: (figure, source) => (source?.kind === "press_release" ? 1 : 0) }
   */
  prefer?: (figure: Figure, source: Source | undefined) => number;
  /**
   * Sources to look figures' sources up in for `prefer`, when the input is not a dataset;
   * default: the dataset's sources, or none.
   */
  sources?: readonly Source[];
}

type Reported = Qualifier | Pick<Figure, "qualifier" | "asOf" | "scope">;

/**
 * The qualifier of several figures that report the same value (docs/figures.md, "the display
 * rule"):
 *
 * - **A bound is kept** ("at least 25" and "25" read "at least 25") unless a source gives an
 *   exact figure for the same metric and scope: an exact figure settles a bound only when both
 *   state the same `scope` or the same `asOf` date. Figures that state neither may count
 *   different things (the arrests of the action day, the arrests by the announcement), and the
 *   bound is true under both readings. Bare qualifiers state no scope: the bound is kept.
 * - **An exact figure settles an estimate** of the same number ("about 100" and "100" → 100).
 * - Otherwise the common qualifier, or the join of {@link combineQualifiers}.
 *
 * @example agreedQualifier(["at least", "exact"]); // "at least"
 * @example agreedQualifier([{ qualifier: "at least", asOf: "2025-02-28" }, { qualifier: "exact", asOf: "2025-02-28" }]); // "exact"
 * @example agreedQualifier(["approximately", "exact"]); // "exact"
 */
export function agreedQualifier(reports: readonly Reported[]): Qualifier {
  const figures = reports.map((r) => (typeof r === "string" ? { qualifier: r } : r));
  const exact = figures.filter((f) => f.qualifier === "exact");
  if (exact.length === 0) return combineQualifiers(figures.map((f) => f.qualifier));
  const bounds = figures.filter((f) => isLowerBound(f.qualifier));
  const settled = bounds.every((bound) =>
    exact.some(
      (e) =>
        (bound.scope !== undefined && e.scope === bound.scope) ||
        (bound.asOf !== undefined && e.asOf === bound.asOf),
    ),
  );
  return settled ? "exact" : combineQualifiers(bounds.map((f) => f.qualifier));
}

function isDataset(input: Dataset | DataEvent | readonly DataEvent[]): input is Dataset {
  return !Array.isArray(input) && "events" in input;
}

/**
 * Groups the figures of one or more events by (event, metric) into claims, keeping every
 * figure and saying how to show each group: one value when the sources agree, the range
 * `low–high` when they disagree (never a sum or an average), and optionally one figure chosen
 * by source preference. Claims come in event order, then in the order their metric first
 * appears in the event's figures. A string is shorthand for `{ metric }`.
 *
 * @example
 * const [suspects, besides] = figureClaims(kidflix, "suspects_identified");
 * // { low: 1393, high: 1400, isConflict: true, qualifier: "at least", values: [1393, 1400],
 * //   sources: ["s66", "s67", "s01"], figures: [ …3 figures ], setAside: [] }
 * // besides: { scope: "besides the 79 arrested", low: 1300, high: 1300, isConflict: false, … }
 * figureClaims(dataset, { metric: "arrests", preferSources: ["s61"] });
 */
export function figureClaims(
  input: Dataset | DataEvent | readonly DataEvent[],
  options: string | FigureClaimsOptions = {},
): FigureClaim[] {
  const opts: FigureClaimsOptions = typeof options === "string" ? { metric: options } : options;
  const events: readonly DataEvent[] = isDataset(input)
    ? input.events
    : Array.isArray(input)
      ? input
      : [input as DataEvent];
  const sourceList = opts.sources ?? (isDataset(input) ? input.sources : []);
  const sourceById = new Map(sourceList.map((s) => [s.id, s]));

  const claims: FigureClaim[] = [];
  for (const event of events) {
    for (const group of figuresByMetric(event, opts.metric)) {
      const claim = buildClaim(event.id, group, opts, sourceById);
      if (claim) claims.push(claim);
    }
  }
  return claims;
}

/**
 * The claim of one event for one metric in its plain meaning (figures without a `scope`), or
 * undefined when it has no such figure; the building block of {@link figureClaims} for callers
 * that look up many events (totals) and so build the source index once.
 * @example claimOf(event, "arrests", {}, new Map())?.low
 */
export function claimOf(
  event: DataEvent,
  metric: string,
  opts: FigureClaimsOptions,
  sourceById: ReadonlyMap<string, Source>,
): FigureClaim | undefined {
  const figures = event.figures.filter((f) => f.metric === metric && f.scope === undefined);
  return figures.length === 0
    ? undefined
    : buildClaim(event.id, { metric, scope: undefined, figures }, opts, sourceById);
}

function buildClaim(
  event: string,
  group: FigureGroup,
  opts: FigureClaimsOptions,
  sourceById: ReadonlyMap<string, Source>,
): FigureClaim | undefined {
  const { metric, scope } = group;
  const figures = group.figures.filter((f) => f.correction === undefined);
  const setAside = group.figures.filter((f) => f.correction !== undefined);
  if (figures.length === 0) return undefined;
  const values = [...new Set(figures.map((f) => f.value))].sort((a, b) => a - b);
  const low = values[0]!;
  const high = values[values.length - 1]!;
  const qualifierAt = (value: number) => agreedQualifier(figures.filter((f) => f.value === value));
  const lowQualifier = qualifierAt(low);
  const isConflict = values.length > 1;
  const chosen = choose(figures, opts, sourceById);
  return {
    event,
    metric,
    ...(scope !== undefined ? { scope } : {}),
    figures: [...figures],
    setAside,
    sources: [...new Set(figures.map((f) => f.source))],
    values,
    low,
    lowQualifier,
    high,
    highQualifier: qualifierAt(high),
    isConflict,
    qualifier: isConflict ? "at least" : lowQualifier,
    ...(chosen ? { chosen } : {}),
  };
}

function choose(
  figures: readonly Figure[],
  opts: FigureClaimsOptions,
  sourceById: ReadonlyMap<string, Source>,
): Figure | undefined {
  for (const source of opts.preferSources ?? []) {
    const figure = figures.find((f) => f.source === source);
    if (figure) return figure;
  }
  if (!opts.prefer) return undefined;
  let best: Figure | undefined;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const figure of figures) {
    const score = opts.prefer(figure, sourceById.get(figure.source));
    if (Number.isFinite(score) && score > bestScore) {
      best = figure;
      bestScore = score;
    }
  }
  return best;
}
