import { readCsv } from "../io/readCsv";
import { readJson } from "../io/readJson";
import { readTimelineJs } from "../io/readTimelineJs";
import type { Dataset, ReadResult } from "../model";

/** The file formats a chart can load. */
export type DatasetFormat = "json" | "csv" | "timelinejs";

/** Options of {@link readDatasetText}. */
export interface ReadDatasetTextOptions {
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
  const head = text.replace(/^\uFEFF/, "").trimStart();
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
 * format (given or guessed). Returns `{ data, issues }` like every reader; never throws.
 * @example const { data, issues } = readDatasetText(await response.text(), { name: "ops.csv" });
 */
export function readDatasetText(
  text: string,
  options: ReadDatasetTextOptions = {},
): ReadResult<Dataset> & { format: DatasetFormat } {
  const format = options.format ?? guessFormat(text, options.name, options.contentType);
  if (format === "csv") return { ...readCsv(text), format };
  if (format === "timelinejs") return { ...readTimelineJs(text), format };
  return { ...readJson(text), format };
}
