import { readCsv } from "./readCsv";
import {
  type DatasetReaders,
  type ReadDatasetOptions,
  type ReadDatasetResult,
  readDatasetWith,
} from "./readDatasetWith";
import { readJson } from "./readJson";
import { readTimelineJs } from "./readTimelineJs";

export {
  type DatasetFormat,
  type DatasetReaders,
  guessFormat,
  type ReadDatasetOptions,
  type ReadDatasetResult,
  readDatasetWith,
  readTextWith,
} from "./readDatasetWith";

const readers: DatasetReaders = { json: readJson, csv: readCsv, timelinejs: readTimelineJs };

/**
 * Reads a dataset from a JSON, CSV or TimelineJS file, choosing the reader from the format (given
 * or guessed): the one format dispatcher of the library (the CLI, the embed and readInWorker use
 * it; the script-tag embed calls `readTextWith` with the readers it has loaded). Give it
 * the file's bytes (`Uint8Array` or `ArrayBuffer`) where you have them: they are decoded with
 * `decodeBytes`, which reads UTF-16 and Windows-1252 spreadsheets too and says so in a
 * `text_encoding` warning, where text decoded beforehand as UTF-8 would have lost every accented
 * letter to “\ufffd” without a word. Returns `{ data, issues, format }`; never throws. A text
 * longer than `maxBytes` characters (default 50 MB) gives one `file_too_large` error.
 * @example const { data, issues } = readDataset(await response.arrayBuffer(), { name: "ops.csv" });
 * @example const { data, issues } = readDataset('{"title":"T","events":[]}');
 */
export function readDataset(
  input: string | Uint8Array | ArrayBuffer,
  options: ReadDatasetOptions = {},
): ReadDatasetResult {
  return readDatasetWith(readers, input, options);
}
