import type { Event } from "../model";
import { parseWhen, type TimeExtent, toExtent } from "../time";

/** Options for {@link eventExtent}. @example eventExtent(event, { now: Date.UTC(2026, 0, 1) }) */
export interface EventExtentOptions {
  /**
   * The instant (ms since the epoch) an ongoing span (`2023/..`) runs to; default: none, so an
   * ongoing span ends where its start range ends. {@link datasetNow} gives a dataset's own "now".
   *
   * @example
   * eventExtent(event, { now: Date.UTC(2026, 0, 1) });
   */
  now?: number;
}

// Charts ask for the same event's extent on every frame; parsing EDTF each time would dominate.
// Keyed by the event object (events are immutable), then by `now`, so a changed event is a new
// key and a dropped one is collected.
const cache = new WeakMap<object, Map<number | undefined, Readonly<TimeExtent>>>();

// Many events share a date (100,000 events over 15 years fall on ~5,500 days), so extents are
// also shared by `when` text and `now`. Bounded: emptied when full, so a stream of distinct dates
// cannot grow it without end.
const byText = new Map<string, Readonly<TimeExtent>>();
const BY_TEXT_MAX = 50_000;

/**
 * The earliest and latest instants an event's `when` allows (see `toExtent` in `src/time`):
 * calendar dates at UTC midnight, ends exclusive, imprecision kept as ranges. Results are
 * cached per event object and frozen, since they are shared between callers.
 *
 * Throws a `RangeError` naming the event when `when` is not valid EDTF: events that went through
 * `parseDataset` always have a valid `when`, so this only happens with hand-built events.
 *
 * @example
 * eventExtent({ kind: "arrest", id: "a", when: "2025-04-02", … });
 * // { earliestStart: Date.UTC(2025, 3, 2), latestEnd: Date.UTC(2025, 3, 3), startPrecision: "day", … }
 * eventExtent(ongoing, { now: Date.UTC(2026, 0, 1) }).latestEnd; // Date.UTC(2026, 0, 1)
 */
export function eventExtent(event: Event, options: EventExtentOptions = {}): Readonly<TimeExtent> {
  const now =
    typeof options.now === "number" && Number.isFinite(options.now) ? options.now : undefined;
  let byNow = cache.get(event);
  const cached = byNow?.get(now);
  if (cached) return cached;
  const textKey = `${now ?? ""}|${event.when}`;
  let extent = byText.get(textKey);
  if (!extent) {
    const parsed = parseWhen(event.when);
    if (!parsed.ok) {
      throw new RangeError(
        `The event "${event.id}" has an invalid date "${event.when}": ${parsed.error.message}.`,
      );
    }
    extent = Object.freeze(toExtent(parsed.value, now === undefined ? {} : { now }));
    if (byText.size >= BY_TEXT_MAX) byText.clear();
    byText.set(textKey, extent);
  }
  if (!byNow) {
    byNow = new Map();
    cache.set(event, byNow);
  }
  byNow.set(now, extent);
  return extent;
}
