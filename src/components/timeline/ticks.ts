import { utcTicks } from "d3-time";
import { formatCalendar } from "../../time/formatCalendar";
import { resolveTimeWords, type TimeWords } from "../../time/timeWords";

/** One axis tick: its time, its x position and its label; `major` ticks start a larger unit. */
export interface TimeTick {
  t: number;
  x: number;
  label: string;
  major: boolean;
}

const DAY = 86_400_000;

/**
 * The tick label format for a step between ticks, in a locale: years, months (with the year at
 * January and on the first tick), days (with the month year on the first), or hours.
 */
function labelFor(
  t: number,
  step: number,
  first: boolean,
  words: TimeWords,
  usStyle: boolean,
): { label: string; major: boolean } {
  const u = new Date(t);
  if (step >= 360 * DAY)
    return { label: formatCalendar("y", words, t), major: u.getUTCFullYear() % 10 === 0 };
  if (step >= 28 * DAY) {
    const jan = u.getUTCMonth() === 0;
    return { label: formatCalendar(jan || first ? "LLL y" : "LLL", words, t), major: jan };
  }
  if (step >= DAY) {
    const firstOfMonth = u.getUTCDate() === 1;
    const pattern = usStyle ? "LLL d" : "d LLL";
    return {
      label: formatCalendar(
        first || (firstOfMonth && u.getUTCMonth() === 0) ? `${pattern} y` : pattern,
        words,
        t,
      ),
      major: firstOfMonth,
    };
  }
  return {
    label: formatCalendar(first ? "d LLL HH:mm" : "HH:mm", words, t),
    major: u.getUTCHours() === 0,
  };
}

/**
 * Ticks for a visible time window `[t0, t1]` drawn over `width` pixels: about one per 90 px,
 * at calendar units (years, quarters, months, days) with labels in the locale's language and
 * order. `x` maps time to pixels (it may run right to left). `minStep` (ms) keeps ticks at
 * least that far apart, e.g. a day so that a chart of dates never labels hours.
 *
 * @example
 * timeTicks([Date.UTC(2020, 0, 1), Date.UTC(2025, 0, 1)], 600, (t) => …, "fr");
 */
export function timeTicks(
  window: readonly [number, number],
  width: number,
  x: (t: number) => number,
  locale = "en",
  spacing = 90,
  minStep = 0,
): TimeTick[] {
  const [t0, t1] = window[0] <= window[1] ? window : [window[1], window[0]];
  if (!(t1 > t0) || width <= 0) return [];
  let count = Math.max(2, Math.floor(width / spacing));
  // No finer ticks than the data's precision (days: never hours for dates without a time).
  if (minStep > 0) count = Math.max(1, Math.min(count, Math.floor((t1 - t0) / minStep)));
  // Dates, as d3-scale's scaleUtc().domain([t0, t1]).ticks(count) passed them: whole
  // milliseconds (rounded as scaleUtc rounds its domain), so ticks at a window's edge match.
  const ticks = utcTicks(new Date(Math.round(t0)), new Date(Math.round(t1)), count).map((d) =>
    d.getTime(),
  );
  if (ticks.length === 0) return [];
  const step = ticks.length > 1 ? ticks[1]! - ticks[0]! : t1 - t0;
  const words = resolveTimeWords(locale);
  const usStyle = /^en-US/i.test(locale);
  return ticks.map((t, i) => ({
    t,
    x: x(t),
    ...labelFor(t, step, i === 0, words, usStyle),
  }));
}
