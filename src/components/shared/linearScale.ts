import { ticks as arrayTicks, bisect, tickIncrement } from "d3-array";

/**
 * A linear map from a numeric domain to a pixel range with the part of d3-scale's
 * `scaleLinear` API that jointline uses: call it, `domain`, `range`, `invert`, `copy`, `ticks`,
 * `nice`, so d3-zoom's `transform.rescaleX(scale)` accepts it. Like d3's, it is polylinear: a
 * domain and range of more than two values map piece by piece (the timeline's sequential
 * scale). With `{ time: true }` it stands in for d3's `scaleUtc` as a map (domain values are
 * whole milliseconds, as in a Date). It exists for the script-tag bundle: d3-scale's scales
 * carry `tickFormat` (d3-format, d3-time-format) and colour interpolation (d3-interpolate,
 * d3-color) that cannot be tree-shaken.
 *
 * @example
 * const y = linearScale([0, 120], [300, 0]).nice(5);
 * y(60); // 150
 * y.ticks(5); // [0, 20, 40, …, 120]
 * linearScale([0, 10, 1000], [0, 0.5, 1])(505); // 0.75
 */
export interface LinearScale {
  /** The range value of a domain value, extrapolated outside the domain; NaN for NaN. */
  (value: number | Date): number;
  /** The domain (Dates are read as milliseconds). */
  domain(): number[];
  domain(domain: readonly (number | Date)[]): LinearScale;
  /** The range. */
  range(): number[];
  range(range: readonly number[]): LinearScale;
  /** The domain value of a range value (a whole millisecond with `time`). */
  invert(value: number): number;
  /** An independent copy. */
  copy(): LinearScale;
  /** About `count` round values between the first and last domain value (d3-array's `ticks`); default 10. */
  ticks(count?: number): number[];
  /** Extends the first and last domain value to round values for about `count` ticks; default 10. */
  nice(count?: number): LinearScale;
}

/** Options for {@link linearScale}. */
export interface LinearScaleOptions {
  /**
   * The domain holds instants, as d3's `scaleUtc` does: numbers set as the domain are rounded
   * to whole milliseconds, and `domain()` and `invert` return what a Date holds (a rounded,
   * clipped millisecond, NaN outside a Date's range), as numbers rather than Dates. `ticks` and
   * `nice` stay linear (not calendar units: the timeline's axis uses `timeTicks`). Default
   * false: d3's `scaleLinear`.
   * @example linearScale([start, end], [0, width], { time: true })
   */
  time?: boolean;
}

/** `x` as a position in `[a, b]`, 0 at `a` and 1 at `b` (d3-scale's `normalize`). */
function normalize(a: number, b: number): (x: number) => number {
  const extent = b - a;
  if (!extent) {
    const t = Number.isNaN(extent) ? Number.NaN : 0.5;
    return () => t;
  }
  return (x) => (x - a) / extent;
}

/** The value at position `t` from `a` to `b` (d3-interpolate's `interpolateNumber`). */
function interpolate(a: number, b: number): (t: number) => number {
  return (t) => a * (1 - t) + b * t;
}

/**
 * The map from `domain` to `range`, computed as d3-scale's `bimap` (two points) and `polymap`
 * (more) do, in the same order of operations, so every value is d3's to the last bit: a
 * reversed domain is read from its low end; a one-point piece maps to its middle; a value
 * outside the domain extrapolates the first or last piece (no clamping).
 */
function piecewise(domain: readonly number[], range: readonly number[]): (x: number) => number {
  const j = Math.min(domain.length, range.length) - 1;
  if (j <= 1) {
    const d0 = domain[0]!;
    const d1 = domain[1]!;
    const r0 = range[0]!;
    const r1 = range[1]!;
    const t = d1 < d0 ? normalize(d1, d0) : normalize(d0, d1);
    const r = d1 < d0 ? interpolate(r1, r0) : interpolate(r0, r1);
    return (x) => r(t(x));
  }
  let d = domain;
  let r = range;
  if (d[j]! < d[0]!) {
    d = d.slice().reverse();
    r = r.slice().reverse();
  }
  const ts: ((x: number) => number)[] = [];
  const rs: ((t: number) => number)[] = [];
  for (let i = 0; i < j; i++) {
    ts.push(normalize(d[i]!, d[i + 1]!));
    rs.push(interpolate(r[i]!, r[i + 1]!));
  }
  return (x) => {
    const i = bisect(d, x, 1, j) - 1;
    return rs[i]!(ts[i]!(x));
  };
}

/** What a Date holds for `t` milliseconds: `+new Date(t)` (whole, clipped, NaN out of range). */
const instant = (t: number): number => +new Date(t);

/**
 * A {@link LinearScale} from `domain` to `range`; default `[0, 1]` to `[0, 1]`.
 *
 * @example
 * linearScale([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)], [0, 600], { time: true });
 */
export function linearScale(
  domain: readonly (number | Date)[] = [0, 1],
  range: readonly number[] = [0, 1],
  options: LinearScaleOptions = {},
): LinearScale {
  const time = options.time === true;
  // d3's scaleUtc rounds numbers (a Date keeps its milliseconds); scaleLinear keeps them.
  const read = time
    ? (v: number | Date) => (v instanceof Date ? +v : Math.round(v))
    : (v: number | Date) => +v;
  let d: number[] = Array.from(domain, read);
  let r: number[] = Array.from(range);
  // Built on first use after a change, as d3 does, so that setting domain then range is cheap.
  let output: ((x: number) => number) | undefined;
  let input: ((y: number) => number) | undefined;
  const scale = ((value: number | Date) => {
    output ??= piecewise(d, r);
    return output(+value);
  }) as LinearScale;
  scale.domain = ((next?: readonly (number | Date)[]) => {
    if (next === undefined) return time ? d.map(instant) : d.slice();
    d = Array.from(next, read);
    output = input = undefined;
    return scale;
  }) as LinearScale["domain"];
  scale.range = ((next?: readonly number[]) => {
    if (next === undefined) return r.slice();
    r = Array.from(next);
    output = input = undefined;
    return scale;
  }) as LinearScale["range"];
  scale.invert = (value) => {
    input ??= piecewise(r, d);
    const v = input(value);
    return time ? instant(Math.round(v)) : v;
  };
  scale.copy = () => linearScale(scale.domain(), r, options);
  scale.ticks = (count = 10) => arrayTicks(d[0]!, d[d.length - 1]!, count);
  // d3-scale's own loop (d3-array's `nice` differs on tiny extents).
  scale.nice = (count = 10) => {
    const next = d.slice();
    let i0 = 0;
    let i1 = next.length - 1;
    let start = next[i0]!;
    let stop = next[i1]!;
    if (stop < start) {
      [start, stop] = [stop, start];
      [i0, i1] = [i1, i0];
    }
    let previous: number | undefined;
    for (let i = 0; i < 10; i++) {
      const step = tickIncrement(start, stop, count);
      if (step === previous) {
        next[i0] = start;
        next[i1] = stop;
        return scale.domain(next);
      }
      if (step > 0) {
        start = Math.floor(start / step) * step;
        stop = Math.ceil(stop / step) * step;
      } else if (step < 0) {
        start = Math.ceil(start * step) / step;
        stop = Math.floor(stop * step) / step;
      } else return scale;
      previous = step;
    }
    // No round extent within ten steps: d3 leaves the domain as it is.
    return scale;
  };
  return scale;
}
