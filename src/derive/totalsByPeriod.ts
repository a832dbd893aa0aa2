import type { DataEvent, Dataset, Issue } from "../model";
import { hasErrors } from "../model/issue";
import { totalsReport } from "./totalsReport";
import type { PeriodTotal, TotalsByPeriodOptions } from "./totalsTypes";

// The totals are split by concept: the options and results (totalsTypes), periods (periodOf),
// the date an event counts at (placeEvent), what it adds (contributionOf), the figures left out
// (uncountedFigures) and the report (totalsReport). This module keeps the throwing form and
// re-exports the rest under the name charts have always imported.
export { type PeriodSpan, periodOf } from "./periodOf";
export { totalsReport } from "./totalsReport";
export {
  type Attribute,
  allFacet,
  noFacet,
  type Period,
  type PeriodTotal,
  severalFacet,
  type TotalsByPeriodOptions,
  type TotalsFacet,
  type TotalsReport,
  type UncountedFigure,
} from "./totalsTypes";

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
