import type { Precision, TimeExtent } from "../../time/types";

const DAY = 86_400_000;

/** Length of one unit of each precision, in ms (months and years at their mean length). */
const unitOf: Record<Precision, number> = {
  day: DAY,
  month: 30.44 * DAY,
  season: 91.3 * DAY,
  quarter: 91.3 * DAY,
  year: 365.25 * DAY,
  decade: 3652.5 * DAY,
  century: 36525 * DAY,
};

/** Units of the finest precision shown at the deepest zoom: "a few days" for dates to the day. */
export const UNITS_AT_DEEPEST_ZOOM = 4;

/**
 * The narrowest time window (ms) zooming may reach for these extents: a few units of the finest
 * precision any date has (one step past it: days for dates known to the month), and never less
 * than `minSpan`. The model has no time of day, so dates to the day stop at a few days on screen
 * and the axis never counts hours.
 *
 * @example
 * minZoomWindow([toExtent(parseWhen("2014-11-06").value)], 86_400_000); // 4 days
 * minZoomWindow([toExtent(parseWhen("2014").value)], 86_400_000); // 4 years
 */
export function minZoomWindow(extents: readonly TimeExtent[], minSpan: number): number {
  let finest = Number.POSITIVE_INFINITY;
  for (const e of extents) {
    const u = Math.min(unitOf[e.startPrecision], unitOf[e.endPrecision]);
    if (u < finest) finest = u;
    if (finest === DAY) break;
  }
  if (!Number.isFinite(finest)) finest = DAY;
  return Math.max(minSpan, UNITS_AT_DEEPEST_ZOOM * finest);
}
