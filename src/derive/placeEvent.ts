import type { DataEvent } from "../model";
import type { TimeExtent } from "../time";
import { eventExtent, whenExtent } from "./eventExtent";
import { type Period, periodIndex, withinOne } from "./periodOf";
import type { Attribute } from "./totalsTypes";

/**
 * The period an event's figures are counted in (see totalsByPeriod), and whether it is a guess.
 * With "announced", the figures' `asOf` date when one lies within a period, else as "end".
 * @example placeEvent(event, [], "announced", "year", {}); // { index: 2011, coarse: false }
 */
export function placeEvent(
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
