import type { DataEvent } from "../model";
import { type EventExtentOptions, eventExtent, nowOf, whenExtent } from "./eventExtent";

/** Options for {@link timeExtent}; the same as {@link EventExtentOptions}. @example timeExtent(events, { now: Date.UTC(2026, 0, 1) }) */
export type TimeExtentOptions = EventExtentOptions;

/**
 * The span of time a list of events may cover: `[earliest possible start, latest possible end)`
 * in ms since the epoch, or undefined when there are no events. Imprecise dates count with
 * their whole range, so "2014" reaches from 1 January 2014 to 1 January 2015.
 *
 * @example
 * timeExtent(dataset.events); // [Date.UTC(2001, 10, 23), Date.UTC(2025, 8, 20)]
 * timeExtent([]); // undefined
 */
export function timeExtent(
  events: readonly DataEvent[],
  options: TimeExtentOptions = {},
): [number, number] | undefined {
  const now = nowOf(options);
  let min = Number.POSITIVE_INFINITY;
  let max = Number.NEGATIVE_INFINITY;
  for (const event of events) {
    // By text, without a per-event cache entry (100,000 of them cost more than they save in one
    // pass); eventExtent only to throw its error for an invalid date.
    const extent = whenExtent(event.when, now) ?? eventExtent(event, options);
    if (extent.earliestStart < min) min = extent.earliestStart;
    if (extent.latestEnd > max) max = extent.latestEnd;
  }
  return events.length === 0 ? undefined : [min, max];
}
