import type { Issue } from "../model";
import { maxBytesLimit } from "./maxBytesLimit";
import { tRead } from "./messages";

// Defined beside maxBytesLimit, which the script-tag core takes without this module's words.
export { defaultMaxBytes } from "./maxBytesLimit";

/**
 * The options every reader shares (readJson, readCsv, readTimelineJs and their callers): the
 * size guard, and the language of the messages.
 */
export interface ReadSizeOptions {
  /**
   * The most text the reader accepts, as a number of characters: `text.length`, i.e. UTF-16
   * code units, 1 MB = 1,000,000. A longer text is not read at all: the result is no data and
   * one `file_too_large` error, returned at once, so a huge file (hostile or accidental) cannot
   * hold the page for seconds. The count is cheap and never larger than the file's size in
   * UTF-8 bytes (each code unit takes 1 to 3 bytes), so a file of at most `maxBytes` bytes is
   * always read; text in non-Latin scripts may be up to 3 times larger on disk and still pass.
   * `Infinity` disables the guard; a value that is not a number ≥ 0 (such as `NaN`) counts as
   * the default. Default: 50 MB (`defaultMaxBytes`). Larger files are better read with
   * `readInWorker`, which keeps the page responsive.
   * @example readJson(text, { maxBytes: 50_000_000 }) // accept up to 50 MB
   * @example readCsv(text, { maxBytes: Infinity }) // no limit, e.g. in a script
   */
  maxBytes?: number;
  /**
   * The language the issues' messages, hints and expectations are written in (a BCP 47 tag;
   * codes stay the same in every language). A locale whose words are not loaded (see
   * `loadLocale`) reads English. Default: `"en"`.
   * @example readCsv(text, { locale: "fr" })
   */
  locale?: string;
}

/** A count of characters in MB for messages, to three significant digits: 51, 0.04. */
function inMegabytes(count: number): number {
  return Number((count / 1_000_000).toPrecision(3));
}

/**
 * The `file_too_large` error for a text longer than the reader's `maxBytes`, or `undefined` when
 * it fits, written in `locale` (default English). Only `text.length` is looked at, so the check
 * costs nothing whatever the size; the readers call it before anything else and do not read the
 * text past the limit.
 * @example
 * const tooLarge = fileTooLarge(text, options.maxBytes);
 * if (tooLarge) return { data: undefined, issues: [tooLarge] };
 */
export function fileTooLarge(
  text: string,
  maxBytes: number | undefined,
  locale?: string,
): Issue | undefined {
  const limit = maxBytesLimit(maxBytes);
  if (text.length <= limit) return undefined;
  const sizes = {
    size: inMegabytes(text.length),
    length: text.length,
    limit: inMegabytes(limit),
    max: limit,
  };
  return {
    code: "file_too_large",
    severity: "error",
    path: [],
    // Both sizes also in characters: rounded, 20.04 MB over a 50 MB limit would read "50 MB".
    message: tRead(locale, "read.fileTooLarge", sizes),
    expected: tRead(locale, "read.fileTooLargeExpected", sizes),
    found: tRead(locale, "read.fileTooLargeFound", sizes),
    hint: tRead(locale, "read.fileTooLargeHint"),
  };
}
