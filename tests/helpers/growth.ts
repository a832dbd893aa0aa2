/**
 * How much longer `run` takes on a larger input than on a smaller one, both timed in the same run
 * so that a loaded machine slows both alike: the best of `repeats` timings at each size, the
 * sizes taken in turn. Linear work grows by about `factor`, quadratic work by `factor²`; assert
 * well under the latter (e.g. `< factor * 3`) rather than a number of milliseconds, which a
 * shared 2-core machine cannot promise.
 *
 * Timings under `floorMs` count as `floorMs`: two calls that both answer at once grow by 1.
 *
 * @example
 * expect(growth((n) => htmlToText("<p>x</p>".repeat(n)), 10_000, 8)).toBeLessThan(24);
 */
export function growth(
  run: (size: number) => unknown,
  small: number,
  factor: number,
  { repeats = 5, floorMs = 1 }: { repeats?: number; floorMs?: number } = {},
): number {
  const large = small * factor;
  const time = (size: number) => {
    const start = performance.now();
    run(size);
    return performance.now() - start;
  };
  time(small); // warm up: compile and optimise before timing
  let bestSmall = Number.POSITIVE_INFINITY;
  let bestLarge = Number.POSITIVE_INFINITY;
  for (let i = 0; i < repeats; i++) {
    bestSmall = Math.min(bestSmall, time(small));
    bestLarge = Math.min(bestLarge, time(large));
  }
  return Math.max(bestLarge, floorMs) / Math.max(bestSmall, floorMs);
}
