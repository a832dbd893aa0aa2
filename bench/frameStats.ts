// Turns the frames, inputs and long tasks a page recorded during an interaction into what a
// reader feels: input to next paint, long tasks, and the interval between frames inside the
// gesture (idle frames before or after it would dilute a p95).
import type { FrameRecording } from "./pages/runtime";
import { median, quantile } from "./stats";

/** What one gesture felt like (ms). */
export interface FrameStats {
  /** Input events of the driven kind (or programmatic calls). */
  inputs: number;
  /** Input to next paint: the input's timestamp to the end of the first frame rendered after it. */
  latencyMedian: number;
  latencyP95: number;
  latencyMax: number;
  /**
   * Frames that started inside the gesture: after the first input, up to {@link GESTURE_TAIL_MS}
   * after the last one (the redraw of the last step).
   */
  frames: number;
  /** Interval between the starts of consecutive frames inside the gesture (16.7 ms at 60 Hz). */
  intervalMedian: number;
  intervalP95: number;
  intervalMax: number;
  /** Main-thread work per frame inside the gesture: its rAF timestamp to the end of its rendering. */
  frameMedian: number;
  frameP95: number;
  frameMax: number;
  /**
   * Long tasks (Long Tasks API: > 50 ms) that overlapped the gesture, from its first input to
   * `settleMs` after the last (deferred redraws, transitions, idle work a gesture set off).
   */
  longTasks: number;
  /** The longest of them, 0 when none. */
  longTaskMax: number;
  /**
   * Tasks that used more than 50 ms of main-thread CPU in the same span (from a trace: a
   * loaded machine inflates wall time, not this); set by the driver.
   */
  cpuLongTasks?: number;
  cpuLongTaskMax?: number;
}

/** How long after the last input a frame still counts as part of the gesture. */
export const GESTURE_TAIL_MS = 100;

/**
 * Statistics of the inputs of kinds `types` in `recording` and the frames and long tasks around
 * them (see {@link FrameStats}).
 * @example frameStats(recording, ["wheel"], 750);
 */
export function frameStats(
  recording: FrameRecording,
  types: readonly string[],
  settleMs: number,
): FrameStats {
  const inputs = recording.inputs.filter((input) => types.includes(input.type));
  const first = inputs[0]?.time ?? Number.POSITIVE_INFINITY;
  const last = inputs.at(-1)?.time ?? Number.NEGATIVE_INFINITY;
  const all = recording.frames;
  const inside: number[] = [];
  const intervals: number[] = [];
  for (let i = 0; i < all.length; i++) {
    const f = all[i]!;
    if (f.start < first || f.start > last + GESTURE_TAIL_MS) continue;
    inside.push(f.end - f.start);
    const before = all[i - 1];
    // The interval that ends at this frame; the one before the first input is not the gesture's.
    if (before && before.start >= first - 17) intervals.push(f.start - before.start);
  }
  const latency = inputs.map((input) => {
    const next = all.find((f) => f.end > input.time);
    return next ? next.end - input.time : Number.NaN;
  });
  const known = latency.filter((x) => !Number.isNaN(x));
  const long = (recording.longTasks ?? []).filter(
    (t) => t.start + t.duration > first && t.start < last + settleMs,
  );
  const max = (xs: readonly number[]) => (xs.length ? Math.max(...xs) : Number.NaN);
  return {
    inputs: inputs.length,
    latencyMedian: median(known),
    latencyP95: quantile(known, 0.95),
    latencyMax: max(known),
    frames: inside.length,
    intervalMedian: median(intervals),
    intervalP95: quantile(intervals, 0.95),
    intervalMax: max(intervals),
    frameMedian: median(inside),
    frameP95: quantile(inside, 0.95),
    frameMax: max(inside),
    longTasks: long.length,
    longTaskMax: long.length ? Math.max(...long.map((t) => t.duration)) : 0,
  };
}
