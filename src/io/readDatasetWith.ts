import type { Dataset, ReadResult } from "../model";
import { decodeBytes, type TextEncodingName } from "./decodeBytes";
import type { ReadSizeOptions } from "./fileTooLarge";
import type { ReadCsvOptions } from "./readCsv";

/** The file formats a chart can load. */
export type DatasetFormat = "json" | "csv" | "timelinejs";

/**
 * Options of `readDataset`, with the readers' size guard `maxBytes` (default 50 MB) and the
 * language of their messages `locale` (default English), passed to whichever reader the format
 * picks.
 */
export interface ReadDatasetOptions extends ReadSizeOptions {
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
  /**
   * Options passed to `readCsv` when the format is `csv` (its own `maxBytes` applies when the
   * top-level one is not set). Default: none.
   * @example readDataset(sheet, { format: "csv", csv: { dataset: { title: "Takedowns" } } })
   */
  csv?: ReadCsvOptions;
}

/** What {@link readDataset} returns: the reader's result, the format read, and the encoding. */
export type ReadDatasetResult = ReadResult<Dataset> & {
  format: DatasetFormat;
  /** The encoding the bytes were decoded as; `undefined` when text was given. */
  encoding?: TextEncodingName;
};

/** The reader of each format, given to {@link readDatasetWith}. */
export type DatasetReaders = Partial<
  Record<
    DatasetFormat,
    (text: string, options: ReadSizeOptions & ReadCsvOptions) => ReadResult<Dataset>
  >
>;

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
 * Reads a dataset with the reader of its format (given or guessed) among `readers`: the one
 * format dispatcher, which {@link readDataset} calls with all three readers. Bytes are decoded
 * with `decodeBytes` first (its `text_encoding` warning kept), then read by
 * {@link readTextWith}. Never throws for bad data. `readers` are the readers to choose from
 * ({@link readDataset} gives all three); a format without one throws.
 * @example const { data, issues } = readDatasetWith({ json: readJson }, '{"title":"T","events":[]}');
 */
export function readDatasetWith(
  readers: DatasetReaders,
  input: string | Uint8Array | ArrayBuffer,
  options: ReadDatasetOptions = {},
): ReadDatasetResult {
  if (typeof input === "string") return readTextWith(readers, input, options);
  const decoded = decodeBytes(input, { locale: options.locale });
  const result = readTextWith(readers, decoded.text, options);
  return {
    ...result,
    issues: [...decoded.issues, ...result.issues],
    encoding: decoded.encoding,
  };
}

/**
 * {@link readDatasetWith} for text: the reader of its format (given or guessed) among
 * `readers`, with the size guard and locale each reader takes. Without `decodeBytes`, so that
 * the script-tag embed, which gives the readers it has loaded after guessing the format with
 * {@link guessFormat} and decodes a UTF-8 file itself (`decodeUtf8Fast`), does not carry it. A
 * format without a reader throws.
 * @example const { data, issues } = readTextWith({ json: readJson }, '{"title":"T","events":[]}');
 */
export function readTextWith(
  readers: DatasetReaders,
  text: string,
  options: ReadDatasetOptions = {},
): ReadDatasetResult {
  const format = options.format ?? guessFormat(text, options.name, options.contentType);
  const size = {
    maxBytes: options.maxBytes ?? (format === "csv" ? options.csv?.maxBytes : undefined),
    locale: options.locale ?? (format === "csv" ? options.csv?.locale : undefined),
  };
  const read = readers[format];
  if (!read) throw new Error(`No reader for the ${format} format was given.`);
  const result = format === "csv" ? read(text, { ...options.csv, ...size }) : read(text, size);
  return { ...result, format };
}
