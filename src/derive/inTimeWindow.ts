import type { DataEvent, Dataset } from "../model";
import type { TimeExtent } from "../time/types";
import { datasetNow } from "./datasetNow";
import { eventExtent } from "./eventExtent";

/**
 * Whether an event's extent falls in the time window `[start, end)`: when it *may* overlap it
 * (imprecise dates count with their whole possible range), or with `precise` only when it
 * *certainly* does. An empty window ([t, t) or reversed) holds nothing. The one time test of
 * {@link filterEvents}, kept apart so that what needs only a window (an embed's `start`/`end`
 * chrome) does not carry the whole filter into the script-tag core.
 *
 * @example inTimeWindow(eventExtent(event), Date.UTC(2024, 0, 1), Date.UTC(2025, 0, 1));
 */
export function inTimeWindow(
  extent: Readonly<TimeExtent>,
  start: number,
  end: number,
  precise = false,
): boolean {
  return (
    start < end &&
    (precise
      ? extent.latestStart <= end && extent.earliestEnd >= start
      : extent.earliestStart < end && extent.latestEnd > start)
  );
}

/**
 * A dataset's events that may overlap `[start, end)` (either side open when undefined), ongoing
 * spans running to the dataset's `updated` date: `filterEvents(dataset, { start, end })`.
 *
 * @example eventsInTimeWindow(dataset, Date.UTC(2024, 0, 1), undefined);
 */
export function eventsInTimeWindow(
  dataset: Dataset,
  start: number | undefined,
  end: number | undefined,
): DataEvent[] {
  const now = datasetNow(dataset);
  return dataset.events.filter((event) =>
    inTimeWindow(
      eventExtent(event, now === undefined ? {} : { now }),
      start ?? Number.NEGATIVE_INFINITY,
      end ?? Number.POSITIVE_INFINITY,
    ),
  );
}
