import { datePartRange } from "./datePartRange.js";
import type { Bound, DatePart, TimeExtent, When } from "./types.js";

/** Options for {@link toExtent}. */
export interface ToExtentOptions {
  /**
   * The instant (ms since the epoch) an open end (`..`, ongoing) reaches; default: none, so an
   * ongoing span ends where its start range ends.
   *
   * @example
   * toExtent(when, { now: Date.UTC(2026, 0, 1) });
   */
  now?: number;
}

const isDate = (b: Bound): b is DatePart => "precision" in b;

/**
 * The earliest and latest start and end instants a {@link When} allows (UTC midnights, ends
 * exclusive); a date of precision P covers [start of its unit, start of the next unit) and
 * approximate/uncertain only set flags, never widen the range.
 *
 * A span `A/B` takes its start range from A and its end range from B (clamped so that
 * `latestStart ≤ latestEnd` and `earliestEnd ≥ earliestStart`). An open end (`..`) sets
 * `openEnd` and ends at `max(latestStart, now)`; an unknown end (empty) also sets `openEnd`
 * but ends at `latestStart`, as nothing is known past it. An open or unknown start sets
 * `openStart` and starts at the end's earliest instant (`earliestStart = latestStart =
 * earliestEnd`). The precision of a missing side is that of the other side.
 *
 * @example
 * toExtent(parseWhen("2024-23").value);
 * // { earliestStart: Date.UTC(2024, 8, 1), latestStart: Date.UTC(2024, 11, 1), earliestEnd: Date.UTC(2024, 8, 1), latestEnd: Date.UTC(2024, 11, 1), … }
 */
export function toExtent(when: When, options: ToExtentOptions = {}): TimeExtent {
  const start = when.type === "date" ? when.date : when.start;
  const end = when.type === "date" ? when.date : when.end;
  const now = options.now;
  if (isDate(start) && isDate(end)) {
    const a = datePartRange(start);
    const b = datePartRange(end);
    return {
      earliestStart: a.start,
      latestStart: Math.min(a.end, b.end),
      earliestEnd: Math.max(b.start, a.start),
      latestEnd: b.end,
      openStart: false,
      openEnd: false,
      approximate: start.approximate || end.approximate,
      uncertain: start.uncertain || end.uncertain,
      startPrecision: start.precision,
      endPrecision: end.precision,
    };
  }
  if (isDate(start)) {
    const a = datePartRange(start);
    const stop =
      "open" in end && typeof now === "number" && Number.isFinite(now)
        ? Math.max(a.end, now)
        : a.end;
    return {
      earliestStart: a.start,
      latestStart: a.end,
      earliestEnd: stop,
      latestEnd: stop,
      openStart: false,
      openEnd: true,
      approximate: start.approximate,
      uncertain: start.uncertain,
      startPrecision: start.precision,
      endPrecision: start.precision,
    };
  }
  if (isDate(end)) {
    const b = datePartRange(end);
    return {
      earliestStart: b.start,
      latestStart: b.start,
      earliestEnd: b.start,
      latestEnd: b.end,
      openStart: true,
      openEnd: false,
      approximate: end.approximate,
      uncertain: end.uncertain,
      startPrecision: end.precision,
      endPrecision: end.precision,
    };
  }
  // parseWhen never yields a span without a date; keep hand-built values total and finite.
  const t = typeof now === "number" && Number.isFinite(now) ? now : 0;
  return {
    earliestStart: t,
    latestStart: t,
    earliestEnd: t,
    latestEnd: t,
    openStart: true,
    openEnd: true,
    approximate: false,
    uncertain: false,
    startPrecision: "day",
    endPrecision: "day",
  };
}
