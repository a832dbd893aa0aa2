import { toExtent } from "./toExtent.js";
import type { When } from "./types.js";

/**
 * Orders two {@link When}s by earliest start, then by latest end (an ongoing span ends where its
 * start range ends), for `Array.prototype.sort`; returns a negative, zero or positive number.
 *
 * @example
 * ["2025", "2024-Q4", "2024"].map((t) => parseWhen(t).value).sort(compareWhen);
 * // 2024, 2024-Q4, 2025
 */
export function compareWhen(a: When, b: When): number {
  const x = toExtent(a);
  const y = toExtent(b);
  return x.earliestStart - y.earliestStart || x.latestEnd - y.latestEnd;
}
