import { eventExtent } from "../../derive/eventExtent";
import type { DataEvent, Dataset } from "../../model";

/** One step of a presentation: an event and the time window that frames it. */
export interface PresentationStep {
  event: DataEvent;
  /** The window shown, `[start, end]` in ms: the event's extent with room on both sides. */
  window: [number, number];
}

const DAY = 86_400_000;

/**
 * The steps of a presentation: the events in time order (earliest possible start, then
 * latest end, then file order), each with a window that shows the event with context — twice
 * its whole possible extent and at least `minSpan` wide, a quarter of the room before the event
 * and three quarters after it, where its label goes.
 *
 * @example
 * presentationSteps(dataset).map((s) => s.event.id);
 */
export function presentationSteps(
  dataset: Dataset,
  options: { now?: number; minSpan?: number } = {},
): PresentationStep[] {
  const minSpan = options.minSpan ?? 365 * DAY;
  const now = options.now;
  return dataset.events
    .map((event, index) => ({
      event,
      index,
      extent: eventExtent(event, now === undefined ? {} : { now }),
    }))
    .sort(
      (a, b) =>
        a.extent.earliestStart - b.extent.earliestStart ||
        a.extent.latestEnd - b.extent.latestEnd ||
        a.index - b.index,
    )
    .map(({ event, extent }) => {
      const start = extent.earliestStart;
      const end = Math.max(extent.latestEnd, start + DAY);
      const span = Math.max((end - start) * 2, minSpan);
      // A quarter of the room before the event and the rest after it, where its label runs
      // (towards later times, leftwards in a right-to-left chart): the label stays in view.
      const before = (span - (end - start)) / 4;
      return { event, window: [start - before, start - before + span] as [number, number] };
    });
}

/** The keys that move a presentation, as clickers send them (PageUp/PageDown) and keyboards. */
export type PresentationMove = "next" | "previous" | "first" | "last" | "fullscreen";

/**
 * What a key does in presentation mode, or undefined for keys it leaves alone. Presentation
 * clickers send PageDown/PageUp (some send arrows, "." or "b"); Space and Enter advance too.
 *
 * @example
 * presentationKey("PageDown"); // "next"
 */
export function presentationKey(key: string, shift = false): PresentationMove | undefined {
  switch (key) {
    case "ArrowRight":
    case "ArrowDown":
    case "PageDown":
    case "Enter":
    case "n":
    case "N":
      return "next";
    case " ":
      return shift ? "previous" : "next";
    case "ArrowLeft":
    case "ArrowUp":
    case "PageUp":
    case "Backspace":
    case "p":
    case "P":
      return "previous";
    case "Home":
      return "first";
    case "End":
      return "last";
    case "f":
    case "F":
      return "fullscreen";
    default:
      return undefined;
  }
}
