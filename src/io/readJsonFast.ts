import type { Dataset, ReadResult } from "../model";
import { acceptDatasetFast } from "../model/acceptDatasetFast";
import { acceptReferencesFast } from "../model/acceptReferencesFast";
import type { ReadSizeOptions } from "./fileTooLarge";
import { maxBytesLimit } from "./maxBytesLimit";

/**
 * `parseDataset(value)`'s result when `value` is certainly valid, its shape and its references
 * (then the two are equal: tests/model/acceptDatasetFast.test.ts and
 * acceptReferencesFast.test.ts); undefined when it may not be, and only `parseDataset` (zod,
 * `checkReferences` and their explanations) can tell. Imports neither: the script-tag core reads
 * a valid file with this alone, and loads the validator part for the rest. Never throws.
 * @example const result = parseDatasetFast(value) ?? parseDataset(value);
 */
export function parseDatasetFast(value: unknown): ReadResult<Dataset> | undefined {
  const data = acceptDatasetFast(value);
  // The references are checked on the input as parseDataset checks them.
  return data && acceptReferencesFast(value) ? { data, issues: [] } : undefined;
}

/**
 * `readJson(text, options)`'s result when the text is JSON whose shape is certainly valid;
 * undefined for anything else (a syntax error, an empty or too large file, an invalid shape),
 * which only `readJson` explains. Never throws.
 * @example const result = readJsonFast(text) ?? readJson(text);
 */
export function readJsonFast(
  text: string,
  options: ReadSizeOptions = {},
): ReadResult<Dataset> | undefined {
  // readableText's checks without its words (readJson explains): past the limit nothing walks
  // the text; a blank one fails JSON.parse.
  if (text.length > maxBytesLimit(options.maxBytes)) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch {
    return undefined;
  }
  return parseDatasetFast(value);
}
