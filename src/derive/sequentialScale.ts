/** Options for {@link sequentialScale}. */
export interface SequentialScaleOptions {
  /**
   * A quiet period longer than this fraction of the total active time is compressed to exactly
   * this fraction, so bursts of events get the width; default 0.04.
   * @example { gap: 0.02 }
   */
  gap?: number;
  /**
   * The least share of width an active stretch gets, so that a one-day event stays visible
   * among multi-year spans; default 0.006.
   * @example { minSegment: 0.01 }
   */
  minSegment?: number;
}

/** A compressed quiet period of a {@link SequentialScale}, to draw as an axis break. */
export interface ScaleBreak {
  /** The real start and end of the quiet period, ms since the epoch. */
  start: number;
  end: number;
  /** Where it sits on the unit range, its start and end. */
  from: number;
  to: number;
}

/**
 * A piecewise-linear mapping from time to [0, 1] that keeps time proportional inside active
 * stretches and compresses long empty periods, for bursty news data (KronoGraph's compressed
 * time, Timeline Storyteller's sequential scale with interim durations). `domain` and `range`
 * feed d3's polylinear `scaleLinear().domain(domain).range(range.map(…))`.
 *
 * @example
 * const s = sequentialScale([[0, 10], [1000, 1010]]);
 * s.domain; // [0, 10, 1000, 1010]
 * s.breaks; // [{ start: 10, end: 1000, from: …, to: … }]
 */
export interface SequentialScale {
  domain: number[];
  range: number[];
  breaks: ScaleBreak[];
}

/**
 * Builds a {@link SequentialScale} from the intervals events cover (`[start, end]`, any order).
 * Pure and deterministic; with no interval it is the identity on [0, 1].
 *
 * @example
 * sequentialScale(events.map((e) => { const x = eventExtent(e); return [x.earliestStart, x.latestEnd]; }));
 */
export function sequentialScale(
  intervals: readonly (readonly [number, number])[],
  options: SequentialScaleOptions = {},
): SequentialScale {
  const gapShare = options.gap ?? 0.04;
  const minShare = options.minSegment ?? 0.006;
  const sorted = intervals
    .filter(([a, b]) => Number.isFinite(a) && Number.isFinite(b))
    .map(([a, b]) => (a <= b ? [a, b] : [b, a]) as [number, number])
    .sort((p, q) => p[0] - q[0]);
  if (sorted.length === 0) return { domain: [0, 1], range: [0, 1], breaks: [] };
  // Union of intervals: the active stretches.
  const segments: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = segments[segments.length - 1];
    if (last && a <= last[1]) last[1] = Math.max(last[1], b);
    else segments.push([a, b]);
  }
  const active = segments.reduce((sum, [a, b]) => sum + (b - a), 0) || 1;
  const minWeight = active * minShare;
  const gapWeight = active * gapShare;
  const domain: number[] = [];
  const weights: number[] = [0];
  const compressed: boolean[] = [];
  segments.forEach(([a, b], i) => {
    if (i > 0) {
      const prevEnd = segments[i - 1]![1];
      const gap = a - prevEnd;
      weights.push(weights[weights.length - 1]! + Math.min(gap, gapWeight));
      compressed.push(gap > gapWeight);
    }
    const end = b > a ? b : a + 1;
    domain.push(a, end);
    weights.push(weights[weights.length - 1]! + Math.max(end - a, minWeight));
  });
  // weights: [0, seg0end, gap0end(=seg1start), seg1end, …] aligns with domain points.
  const total = weights[weights.length - 1]! || 1;
  const range = weights.map((w) => w / total);
  const breaks: ScaleBreak[] = [];
  for (let i = 0; i < compressed.length; i++) {
    if (!compressed[i]) continue;
    breaks.push({
      start: domain[2 * i + 1]!,
      end: domain[2 * i + 2]!,
      from: range[2 * i + 1]!,
      to: range[2 * i + 2]!,
    });
  }
  return { domain, range, breaks };
}
