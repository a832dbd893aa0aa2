/**
 * How much longer `run` takes on a larger input than on a smaller one, both timed in the same run
 * so that a loaded machine slows both alike: the best of `repeats` timings at each size, the
 * sizes taken in turn. Linear work grows by about `factor`, quadratic work by `factor²`; assert
 * well under the latter (e.g. `< factor * 3`) rather than a number of milliseconds, which a
 * shared 2-core machine cannot promise.
 *
 * In Node the time is the process's CPU time (`process.cpuUsage`), which other processes on the
 * machine do not inflate: under a load of 16 on 2 cores, wall-clock ratios of linear work reached
 * 12 where idle ones were 3. In a browser it is `performance.now()`.
 *
 * Each timing repeats the call until at least `minMs` have passed (CPU time advances in ticks).
 * Timings under `floorMs` count as `floorMs`: two calls that both answer at once grow by 1.
 *
 * @example
 * expect(growth((n) => htmlToText("<p>x</p>".repeat(n)), 10_000, 8)).toBeLessThan(24);
 */
export function growth(
  run: (size: number) => unknown,
  small: number,
  factor: number,
  {
    repeats = 5,
    floorMs = 1,
    minMs = 40,
  }: { repeats?: number; floorMs?: number; minMs?: number } = {},
): number {
  const large = small * factor;
  // CPU time is counted in scheduler ticks (a few ms): repeat a short call until the time spent
  // is well above a tick, and take the time per call.
  const time = (size: number) => {
    const start = cpuNow();
    let calls = 0;
    let spent = 0;
    do {
      run(size);
      calls++;
      spent = cpuNow() - start;
    } while (spent < minMs);
    return spent / calls;
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

/**
 * Milliseconds of this process's CPU time (user + system) in Node; wall time elsewhere.
 * @example const start = cpuNow(); work(); const spent = cpuNow() - start;
 */
export function cpuNow(): number {
  if (typeof process !== "undefined" && typeof process.cpuUsage === "function") {
    const { user, system } = process.cpuUsage();
    return (user + system) / 1000;
  }
  return performance.now();
}
