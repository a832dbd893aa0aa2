import { readCsv } from "../io/readCsv";
import { readJson } from "../io/readJson";
import type { Dataset, ReadResult } from "../model";

/** The file formats a chart can load. */
export type DatasetFormat = "json" | "csv" | "timelinejs";

/** Options of {@link readDatasetText}. */
export interface ReadDatasetTextOptions {
  /**
   * The format; default guessed from `name`'s extension or media type, then from the text
   * itself (JSON starts with `{` or `[`; anything else is read as CSV).
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
 * document whose events carry TimelineJS's `start_date` objects is a TimelineJS file.
 * @example guessFormat('{"events":[{"start_date":{"year":"2020"}}]}'); // "timelinejs"
 */
export function guessFormat(text: string, name = "", contentType = ""): DatasetFormat {
  const path = name.split(/[?#]/)[0]?.toLowerCase() ?? "";
  const head = text.replace(/^\uFEFF/, "").trimStart();
  const looksJson = head.startsWith("{") || head.startsWith("[");
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
  if (format === "timelinejs") {
    // src/io/readTimelineJs.ts is not in the library yet: say so instead of misreading the file.
    return {
      data: undefined,
      format,
      issues: [
        {
          code: "unsupported_format",
          severity: "error",
          path: [],
          message: "This looks like a TimelineJS file, which this version cannot read yet.",
          expected: "a jointline JSON or CSV dataset",
          found: "TimelineJS JSON (events with start_date objects)",
          hint: "convert it to the jointline format (see data/README.md)",
        },
      ],
    };
  }
  return { ...readJson(text), format };
}
