import type { Issue } from "../model";
import { fileTooLarge } from "./fileTooLarge";
import { tRead } from "./messages";

/**
 * The start every reader makes (readJson, readCsv, readTimelineJs): a text past `maxBytes` is
 * refused before anything walks it (`file_too_large`), a byte-order mark is dropped, and an
 * empty or blank text is refused (`empty_file`, saying what the reader `expected`). Returns the
 * text to read, or the one issue that stops the read, written in `locale` (default English).
 * @example
 * const text = readableText(input, options.maxBytes, "a JSON dataset");
 * if (typeof text !== "string") return { data: undefined, issues: [text] };
 */
export function readableText(
  text: string,
  maxBytes: number | undefined,
  expected: string,
  locale?: string,
): string | Issue {
  const tooLarge = fileTooLarge(text, maxBytes, locale);
  if (tooLarge) return tooLarge;
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  if (body.trim() !== "") return body;
  return {
    code: "empty_file",
    severity: "error",
    path: [],
    message: tRead(locale, "read.emptyFile"),
    expected,
    found: tRead(locale, "read.nothing"),
  };
}
