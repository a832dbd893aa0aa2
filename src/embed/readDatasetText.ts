import type { ReadSizeOptions } from "../io/fileTooLarge";
import { readCsv } from "../io/readCsv";
import { readJson } from "../io/readJson";
import { readTimelineJs } from "../io/readTimelineJs";
import type { Dataset, ReadResult } from "../model";

/** The file formats a chart can load. */
export type DatasetFormat = "json" | "csv" | "timelinejs";

/**
 * Options of {@link readDatasetText}, with the readers' size guard `maxBytes` (default 50 MB),
 * passed to whichever reader the format picks.
 */
export interface ReadDatasetTextOptions extends ReadSizeOptions {
  /**
   * The format; default guessed from `name`'s extension or media type, then from the text
   * itself (JSON starts with `{` or `[`; a sheet starting `Year,Month,Day` is TimelineJS's template;
   * anything else is read as CSV).
   * @example { format: "csv" }
   */
  format?: DatasetFormat;
  /** A file name or URL, whose extension helps guess the format. Default: none. */
  name?: string;
  /** A media type such as `text/csv` (from a fetch response). Default: none. */
  contentType?: string;
}

/**
 * Guesses the format of a dataset file from its name, media type and first characters. A JSON
 * document whose events carry TimelineJS's `start_date` objects, or a CSV sheet with TimelineJS's
 * `Year,Month,Day…` columns, is a TimelineJS file.
 * @example guessFormat('{"events":[{"start_date":{"year":"2020"}}]}'); // "timelinejs"
 */
export function guessFormat(text: string, name = "", contentType = ""): DatasetFormat {
  const path = name.split(/[?#]/)[0]?.toLowerCase() ?? "";
  // Only the start is looked at (slices share the text's memory), so a file over the readers'
  // size limit is not copied here before they refuse it.
  const head = text.slice(text.charCodeAt(0) === 0xfeff ? 1 : 0, 100_000).trimStart();
  const looksJson = head.startsWith("{") || head.startsWith("[");
  // TimelineJS's Google Sheets template, exported as CSV, starts with these columns.
  if (!looksJson && /^"?Year"?\s*,\s*"?Month"?\s*,\s*"?Day"?/i.test(head)) return "timelinejs";
  if (path.endsWith(".csv") || path.endsWith(".tsv") || /text\/csv/i.test(contentType)) {
    return "csv";
  }
  if (!looksJson && !path.endsWith(".json") && !/json/i.test(contentType)) return "csv";
  // TimelineJS's JSON: events with start_date objects (ours have `when` strings).
  if (/"start_date"\s*:\s*\{/.test(head.slice(0, 20_000))) return "timelinejs";
  return "json";
}

/**
 * Reads a dataset from the text of a JSON, CSV or TimelineJS file, choosing the reader from the
 * format (given or guessed). Returns `{ data, issues }` like every reader; never throws. A text
 * longer than `maxBytes` characters (default 50 MB) gives one `file_too_large` error.
 * @example const { data, issues } = readDatasetText(await response.text(), { name: "ops.csv" });
 */
export function readDatasetText(
  text: string,
  options: ReadDatasetTextOptions = {},
): ReadResult<Dataset> & { format: DatasetFormat } {
  const format = options.format ?? guessFormat(text, options.name, options.contentType);
  const size = { maxBytes: options.maxBytes };
  if (format === "csv") return { ...readCsv(text, size), format };
  if (format === "timelinejs") return { ...readTimelineJs(text, size), format };
  return { ...readJson(text, size), format };
}
