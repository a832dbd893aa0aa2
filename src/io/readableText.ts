import type { Issue } from "../model";
import { fileTooLarge } from "./fileTooLarge";

/**
 * The start every reader makes (readJson, readCsv, readTimelineJs): a text past `maxBytes` is
 * refused before anything walks it (`file_too_large`), a byte-order mark is dropped, and an
 * empty or blank text is refused (`empty_file`, saying what the reader `expected`). Returns the
 * text to read, or the one issue that stops the read.
 * @example
 * const text = readableText(input, options.maxBytes, "a JSON dataset");
 * if (typeof text !== "string") return { data: undefined, issues: [text] };
 */
export function readableText(
  text: string,
  maxBytes: number | undefined,
  expected: string,
): string | Issue {
  const tooLarge = fileTooLarge(text, maxBytes);
  if (tooLarge) return tooLarge;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() !== "") return body;
  return {
    code: "empty_file",
    severity: "error",
    path: [],
    message: "The file is empty.",
    expected,
    found: "nothing",
  };
}
