import { ticks as arrayTicks, tickIncrement } from "d3-array";

/**
 * A linear map from a numeric domain to a pixel range with the part of d3-scale's
 * `scaleLinear` API that jointline uses: call it, `domain`, `range`, `invert`, `copy`, `ticks`,
 * `nice`, so d3-zoom's `transform.rescaleX(scale)` accepts it. It exists for the script-tag
 * bundle: d3-scale's scales carry `tickFormat` (d3-format, d3-time-format) and colour
 * interpolation (d3-interpolate, d3-color) that cannot be tree-shaken, about 8 KB gzip once no
 * chart imports d3-scale.
 *
 * @example
 * const y = linearScale([0, 120], [300, 0]).nice(5);
 * y(60); // 150
 * y.ticks(5); // [0, 20, 40, …, 120]
 */
export interface LinearScale {
  /** The range value of a domain value, extrapolated outside the domain. */
  (value: number | Date): number;
  /** The domain, two numbers (Dates are read as milliseconds). */
  domain(): [number, number];
  domain(domain: readonly (number | Date)[]): LinearScale;
  /** The range, two numbers. */
  range(): [number, number];
  range(range: readonly number[]): LinearScale;
  /** The domain value of a range value. */
  invert(value: number): number;
  /** An independent copy. */
  copy(): LinearScale;
  /** About `count` round values in the domain (d3-array's `ticks`); default 10. */
  ticks(count?: number): number[];
  /** Extends the domain to round values for about `count` ticks; default 10. */
  nice(count?: number): LinearScale;
}

/**
 * `x` mapped from `[a, b]` onto `[c, d]`, computed as d3's bimap does (a reversed domain is
 * read from its low end; a one-point domain maps to the middle), so values match d3 exactly.
 */
function bimap(a: number, b: number, c: number, d: number, x: number): number {
  if (b < a) [a, b, c, d] = [b, a, d, c];
  const t = b - a ? (x - a) / (b - a) : 0.5;
  return c * (1 - t) + d * t;
}

/**
 * A {@link LinearScale} from `domain` to `range`; default `[0, 1]` to `[0, 1]`.
 *
 * @example
 * linearScale([Date.UTC(2020, 0, 1), Date.UTC(2021, 0, 1)], [0, 600]);
 */
export function linearScale(
  domain: readonly (number | Date)[] = [0, 1],
  range: readonly number[] = [0, 1],
): LinearScale {
  let d0 = +(domain[0] ?? 0);
  let d1 = +(domain[domain.length - 1] ?? 1);
  let r0 = range[0] ?? 0;
  let r1 = range[range.length - 1] ?? 1;
  const scale = ((value: number | Date) => bimap(d0, d1, r0, r1, +value)) as LinearScale;
  scale.domain = ((next?: readonly (number | Date)[]) => {
    if (next === undefined) return [d0, d1];
    d0 = +(next[0] ?? 0);
    d1 = +(next[next.length - 1] ?? 0);
    return scale;
  }) as LinearScale["domain"];
  scale.range = ((next?: readonly number[]) => {
    if (next === undefined) return [r0, r1];
    r0 = next[0] ?? 0;
    r1 = next[next.length - 1] ?? 0;
    return scale;
  }) as LinearScale["range"];
  scale.invert = (value) => bimap(r0, r1, d0, d1, value);
  scale.copy = () => linearScale([d0, d1], [r0, r1]);
  scale.ticks = (count = 10) => arrayTicks(d0, d1, count);
  // d3-scale's own loop (d3-array's `nice` differs on tiny extents).
  scale.nice = (count = 10) => {
    const flip = d1 < d0;
    let start = flip ? d1 : d0;
    let stop = flip ? d0 : d1;
    let previous: number | undefined;
    for (let i = 0; i < 10; i++) {
      const step = tickIncrement(start, stop, count);
      if (step === previous) return scale.domain(flip ? [stop, start] : [start, stop]);
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
