import { type ZoomTransform, zoomIdentity } from "d3-zoom";
import { t } from "../../i18n/catalog";
import { formatCalendar } from "../../time/formatCalendar";
import { resolveTimeWords } from "../../time/timeWords";
import { type LinearScale, linearScale } from "../shared/linearScale";
import type { TimelineEncoding } from "./encode";
import type { TimelineState } from "./state";
import { type TimeTick, timeTicks } from "./ticks";

const DAY = 86_400_000;

/**
 * The power-of-two zoom level at or below scale `k`, the unit rows are packed per.
 * @example zoomLevel(5); // 2
 */
export const zoomLevel = (k: number): number => Math.max(0, Math.floor(Math.log2(k) + 1e-9));

/** Whether the encoding draws on a sequential (compressed) scale. */
const isSequential = (enc: TimelineEncoding): boolean =>
  enc.sequential !== undefined && enc.events.length > 1;

/**
 * The unzoomed scale from time to a plot `w` pixels wide: the padded domain, or the sequential
 * scale's stretches with a small margin; right to left when `rtl`.
 *
 * @example
 * const base = baseScale(enc, 800, false);
 */
export function baseScale(enc: TimelineEncoding, w: number, rtl: boolean): LinearScale {
  const seq = enc.sequential;
  if (seq && isSequential(enc)) {
    const pad = Math.min(24, w * 0.03);
    const inner = (r: number) => pad + r * (w - 2 * pad);
    return linearScale(
      seq.domain,
      seq.range.map((r) => (rtl ? w - inner(r) : inner(r))),
    );
  }
  return linearScale(enc.fullDomain, rtl ? [w, 0] : [0, w], { time: true });
}

/**
 * A chronological scale is linear in milliseconds: map times with one multiply-add instead
 * of d3's scale call (which goes through Date objects) for the thousands of calls per frame.
 *
 * @example
 * const x = linearOf(enc, transform.rescaleX(base));
 */
export function linearOf(enc: TimelineEncoding, x: LinearScale): (t: number) => number {
  if (isSequential(enc)) return (t) => x(t) as number;
  const [d0, d1] = x.domain().map(Number) as [number, number];
  const [r0, r1] = x.range() as [number, number];
  const a = (r1 - r0) / (d1 - d0 || 1);
  return (t) => r0 + (t - d0) * a;
}

/** The scale of the current zoom. */
export function currentScale(s: TimelineState): LinearScale {
  return s.transform.rescaleX(s.base);
}

/** The visible time window, `[start, end]` in ms since the epoch, earliest first. */
export function visibleWindow(s: TimelineState): [number, number] {
  const x = currentScale(s);
  const a = +x.invert(0);
  const b = +x.invert(s.width);
  return a <= b ? [a, b] : [b, a];
}

/** Whether the chart shows everything (no zoom, no pan). */
export function isFullView(s: TimelineState): boolean {
  return s.transform.k === 1 && s.transform.x === 0;
}

/** The zoom transform that shows the time window `interval` across the plot. */
export function windowTransform(
  s: TimelineState,
  interval: readonly [number, number],
): ZoomTransform {
  const a = s.base(interval[0]) as number;
  const b = s.base(interval[1]) as number;
  const lo = Math.min(a, b);
  const hi = Math.max(a, b);
  const k = Math.max(1, s.width / Math.max(1e-6, hi - lo));
  return zoomIdentity.scale(k).translate(-lo, 0);
}

/**
 * The axis ticks of a window: a tick per 90 px at 12 px type (further apart for larger type),
 * or, on a sequential scale, ticks per active stretch sized by its width on screen.
 */
export function axisTicks(s: TimelineState, x: LinearScale, window: [number, number]): TimeTick[] {
  const { opts, enc, width } = s;
  const xs = (t: number) => x(t) as number;
  // Further apart for larger type (the slide theme, presentation mode), so that labels such as
  // "Jan 2007" do not run into each other.
  const spacing = 90 * Math.max(1, opts.fontSize / 12);
  const seq = enc.sequential;
  // Dates are known to the day at best: ticks a day apart at least, so the first tick always
  // carries its year (the hours format had none).
  if (!seq || !isSequential(enc)) return timeTicks(window, width, xs, opts.locale, spacing, DAY);
  const ticks: TimeTick[] = [];
  for (let i = 0; i < seq.domain.length; i += 2) {
    const a = Math.max(seq.domain[i]!, window[0]);
    const b = Math.min(seq.domain[i + 1]!, window[1]);
    if (!(b > a)) continue;
    const w = Math.abs(xs(b) - xs(a));
    if (w < 40) continue;
    for (const tick of timeTicks([a, b], w, xs, opts.locale, spacing, DAY)) {
      if (ticks.some((t) => Math.abs(t.x - tick.x) < (60 * spacing) / 90)) continue;
      ticks.push(tick);
    }
  }
  return ticks;
}

/**
 * "showing 1 Jan 2016 to 31 Dec 2020", in the locale's words ({@link formatCalendar}), as
 * the axis writes dates: the same text in Node as in every browser, and no
 * Intl.DateTimeFormat, whose first use on a page costs 15–45 ms (measured in Chromium).
 *
 * @example formatWindow("en", [Date.UTC(2016, 0, 1), Date.UTC(2020, 11, 31)]);
 */
export function formatWindow(
  locale: string,
  [a, b]: [number, number],
  key: "timeline.showing" | "timeline.range" = "timeline.showing",
): string {
  const words = resolveTimeWords(locale);
  const day = (time: number) => formatCalendar(words.dayShort, words, time);
  return t(locale, key, { from: day(a), to: day(b) });
}
