// Turns the frames and inputs a page recorded during an interaction into frame-time statistics.
import type { FrameRecording } from "./pages/runtime";
import { median, quantile } from "./stats";

/** Frame-time statistics of one interaction (ms). */
export interface FrameStats {
  /** Frames that ended between the first input and `settleMs` after the last. */
  frames: number;
  /** Main-thread work per frame: rAF timestamp to the end of that frame's rendering. */
  frameMedian: number;
  frameP95: number;
  frameMax: number;
  /** Input events of the driven kind. */
  inputs: number;
  /** Input to next paint: the input's timestamp to the end of the first frame rendered after it. */
  latencyMedian: number;
  latencyP95: number;
}

/**
 * Frame statistics over the frames that ended while `types` inputs were being sent, up to
 * `settleMs` after the last one (transitions and deferred redraws count).
 * @example frameStats(recording, ["wheel"], 300);
 */
export function frameStats(
  recording: FrameRecording,
  types: readonly string[],
  settleMs: number,
): FrameStats {
  const inputs = recording.inputs.filter((input) => types.includes(input.type));
  const first = inputs[0]?.time ?? Number.POSITIVE_INFINITY;
  const last = inputs.at(-1)?.time ?? Number.NEGATIVE_INFINITY;
  const frames = recording.frames.filter((f) => f.end >= first && f.end <= last + settleMs);
  const work = frames.map((f) => f.end - f.start);
  const latency = inputs.map((input) => {
    const next = recording.frames.find((f) => f.end > input.time);
    return next ? next.end - input.time : Number.NaN;
  });
  const known = latency.filter((x) => !Number.isNaN(x));
  return {
    frames: frames.length,
    frameMedian: median(work),
    frameP95: quantile(work, 0.95),
    frameMax: work.length ? Math.max(...work) : Number.NaN,
    inputs: inputs.length,
    latencyMedian: median(known),
    latencyP95: quantile(known, 0.95),
  };
}
