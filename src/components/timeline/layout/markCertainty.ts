import { parseWhen } from "../../../time/parseWhen";
import type { Bound, TimeExtent } from "../../../time/types";

/**
 * How much of an event's date is known exactly, which decides how its mark is drawn: an exact
 * side (a day, neither approximate `~` nor uncertain `?`, not open) is drawn solid; any other
 * side is drawn as uncertain (hatched range, faded open end, hollow glyph).
 */
export interface MarkCertainty {
  /** Whether the start is an exact day. */
  startExact: boolean;
  /** Whether the end is an exact day. */
  endExact: boolean;
  /**
   * The time (ms) the event certainly covers, drawn solid: a day-exact side counts its whole
   * day, an uncertain side only what every reading of it covers. `coreEnd ≤ coreStart` when no
   * instant is certain (the whole mark is then drawn as uncertain).
   */
  coreStart: number;
  coreEnd: number;
}

const isExact = (b: Bound | undefined): boolean =>
  b !== undefined && "precision" in b && b.precision === "day" && !b.approximate && !b.uncertain;

/**
 * The certainty of a date from its EDTF text and its extent (see {@link MarkCertainty}). Without
 * a parsable text (a hand-built value) the extent's flags, which merge both sides, decide.
 *
 * @example
 * markCertainty("2014-11-06/2014-11-07", extent);
 * // { startExact: true, endExact: true, coreStart: Date.UTC(2014, 10, 6), coreEnd: Date.UTC(2014, 10, 8) }
 */
export function markCertainty(when: string | undefined, e: TimeExtent): MarkCertainty {
  let startExact: boolean;
  let endExact: boolean;
  const flagged = e.approximate || e.uncertain;
  // The text is read only to tell which side a `~` or `?` is on: with neither, the extent's
  // precisions say it all (it was made from the same reading). Parsing every date again was
  // most of the legend's look at 10,000 events (~10 ms of a first render).
  const parsed = flagged && typeof when === "string" ? parseWhen(when) : undefined;
  if (parsed?.ok) {
    const w = parsed.value;
    startExact = isExact(w.type === "date" ? w.date : w.start);
    endExact = isExact(w.type === "date" ? w.date : w.end);
  } else {
    startExact = !flagged && !e.openStart && e.startPrecision === "day";
    endExact = !flagged && !e.openEnd && e.endPrecision === "day";
  }
  // An open side is never exact, whatever the text says of the other side.
  if (e.openStart) startExact = false;
  if (e.openEnd) endExact = false;
  let coreStart = startExact ? e.earliestStart : e.latestStart;
  let coreEnd = endExact ? e.latestEnd : e.earliestEnd;
  // A day-exact side bounds the other: "2014/2014-11-06" certainly covers 6 Nov.
  if (endExact && !startExact) coreStart = Math.min(coreStart, e.earliestEnd);
  if (startExact && !endExact) coreEnd = Math.max(coreEnd, e.latestStart);
  return { startExact, endExact, coreStart, coreEnd };
}

/**
 * Whether an event's date is known exactly (both sides exact days): the one test behind every
 * solid-or-uncertain choice, in the layout, the renderers and the legend.
 *
 * @example
 * isExactDate("2023-04-04", extent); // true
 * isExactDate("2023-04", extent); // false
 */
export function isExactDate(when: string | undefined, e: TimeExtent): boolean {
  const c = markCertainty(when, e);
  return c.startExact && c.endExact;
}
