import type { DataEvent } from "../model";
import { dateWords } from "../model/dateWords";
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
// Kept per event object (events are immutable) with the `now` it was computed for: one slot, as
// a chart asks with one `now`; a changed event is a new key and a dropped one is collected.
const cache = new WeakMap<object, { now: number | undefined; extent: Readonly<TimeExtent> }>();

// Many events share a date (100,000 synthetic events over 15 years have 42,000 distinct `when`
// texts), so extents are also shared by text, per `now`. Bounded: emptied when full, so a
// stream of distinct dates cannot grow it without end.
const byText = new Map<number | undefined, Map<string, Readonly<TimeExtent>>>();
const BY_TEXT_MAX = 100_000;
let byTextSize = 0;

/** `options.now` when it is a finite instant, else undefined (no "now"): the cache key. */
export function nowOf(options: EventExtentOptions): number | undefined {
  return typeof options.now === "number" && Number.isFinite(options.now) ? options.now : undefined;
}

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
export function eventExtent(
  event: DataEvent,
  options: EventExtentOptions = {},
): Readonly<TimeExtent> {
  const now = nowOf(options);
  const cached = cache.get(event);
  if (cached && cached.now === now) return cached.extent;
  const extent = whenExtent(event.when, now);
  if (!extent) {
    const parsed = parseWhen(event.when);
    // The script-tag core has the words only once its validator part has run (model/dateWords).
    const words = dateWords();
    const reason = parsed.ok ? "" : `: ${words?.(parsed.error).message ?? parsed.error.reason}`;
    throw new RangeError(`The event "${event.id}" has an invalid date "${event.when}"${reason}.`);
  }
  cache.set(event, { now, extent });
  return extent;
}

/**
 * The extent of a `when` text, as {@link eventExtent} gives for an event with it, or undefined
 * when the text is not valid EDTF. Shared by text and `now`, without the per-event cache: for a
 * chart that derives every event's extent once (100,000 entries in a WeakMap cost more than
 * they save there).
 *
 * @example whenExtent("2025-04-02", undefined)?.latestEnd; // Date.UTC(2025, 3, 3)
 */
export function whenExtent(
  when: string,
  now: number | undefined,
): Readonly<TimeExtent> | undefined {
  let texts = byText.get(now);
  const known = texts?.get(when);
  if (known) return known;
  const parsed = parseWhen(when);
  if (!parsed.ok) return undefined;
  const extent = Object.freeze(toExtent(parsed.value, now === undefined ? {} : { now }));
  if (byTextSize >= BY_TEXT_MAX) {
    byText.clear();
    byTextSize = 0;
    texts = undefined;
  }
  if (!texts) {
    texts = new Map();
    byText.set(now, texts);
  }
  texts.set(when, extent);
  byTextSize++;
  return extent;
}
