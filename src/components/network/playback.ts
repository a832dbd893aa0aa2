import type { TimeWindow } from "../../derive/cooperationGraph";
import { datasetNow } from "../../derive/datasetNow";
import { timeExtent } from "../../derive/timeExtent";
import type { Dataset, EventKind } from "../../model";

// The network's playback as pure steps: the years there are, and the window one step away.

const year = (t: number) => new Date(t).getUTCFullYear();
const yearStart = (y: number) => Date.UTC(y, 0, 1);

/**
 * The first and last years with events of these kinds (ongoing spans run to `now`, default the
 * dataset's `updated` date), or undefined when there are none.
 * @example playbackYears(dataset, ["operation"]); // [2008, 2025]
 */
export function playbackYears(
  data: Dataset,
  kinds: "all" | readonly EventKind[],
  now?: number,
): [number, number] | undefined {
  const events = kinds === "all" ? data.events : data.events.filter((e) => kinds.includes(e.kind));
  const at = now ?? datasetNow(data);
  const extent = timeExtent(events, at === undefined ? {} : { now: at });
  return extent ? [year(extent[0]), year(extent[1] - 1)] : undefined;
}

/**
 * The window one year after (or before) `current`, `span` years wide, kept inside `years`;
 * `more` says whether another step the same way is possible. Undefined when the window cannot
 * move. Without a current window, a step forward starts at the first year.
 * @example nextPlaybackWindow([2010, 2020], undefined, 1, 3); // { window: 2010–2012, more: true }
 */
export function nextPlaybackWindow(
  years: [number, number],
  current: TimeWindow | undefined,
  direction: 1 | -1,
  span: number,
): { window: TimeWindow; more: boolean } | undefined {
  const width = Math.max(1, Math.round(span));
  const from = current ? year(current.start) : direction > 0 ? years[0] - 1 : years[1] - width + 2;
  const first = years[0];
  const last = Math.max(years[0], years[1] - width + 1);
  const next = Math.min(last, Math.max(first, from + direction));
  if (current && next === from) return undefined;
  return {
    window: { start: yearStart(next), end: yearStart(next + width) },
    more: next !== last || direction < 0,
  };
}

/**
 * Whether a window is at (or past) the last step, so that playing starts over.
 * @example playbackAtEnd([2010, 2020], window, 3)
 */
export function playbackAtEnd(
  years: [number, number],
  current: TimeWindow | undefined,
  span: number,
): boolean {
  return current !== undefined && year(current.start) >= years[1] - Math.max(1, span) + 1;
}
