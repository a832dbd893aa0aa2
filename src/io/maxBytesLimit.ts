/**
 * The default of every reader's `maxBytes`: 50 MB, i.e. 50,000,000 characters of text. A
 * 100,000-event dataset is about 20 MB of JSON and must read; past 50 MB a read takes seconds and
 * hundreds of MB of memory, which a page should not be made to spend unasked.
 */
export const defaultMaxBytes = 50_000_000;

/**
 * The limit a `maxBytes` option stands for: the value when it is a number ≥ 0, else
 * {@link defaultMaxBytes}.
 * @example maxBytesLimit(undefined) // 50_000_000
 */
export function maxBytesLimit(maxBytes: number | undefined): number {
  return typeof maxBytes === "number" && maxBytes >= 0 ? maxBytes : defaultMaxBytes;
}
