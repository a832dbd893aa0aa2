import type { Dataset, ReadResult } from "../model";
import type { ReadSizeOptions } from "./fileTooLarge";
import { tRead } from "./messages";
import { parseDataset } from "./parseDataset";
import { readableText } from "./readableText";

/**
 * Options of {@link readJson}: the size guard (see {@link ReadSizeOptions.maxBytes}) and the
 * language of the messages (`locale`, default English).
 */
export interface ReadJsonOptions extends ReadSizeOptions {}

/** Line and column (1-based) of a character offset, for JSON syntax errors. */
function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const line = before.split("\n").length;
  return { line, column: offset - before.lastIndexOf("\n") };
}

/**
 * Reads a dataset from JSON text: syntax errors with their line and column, then every
 * validation problem with its JSON path. A text longer than `maxBytes` characters (default
 * 50 MB) is not parsed: it gives one `file_too_large` error. Messages are written in `locale`
 * (default English). Never throws.
 * @example const { data, issues } = readJson(await file.text());
 * @example const { data, issues } = readJson(text, { maxBytes: 50_000_000 });
 */
export function readJson(text: string, options: ReadJsonOptions = {}): ReadResult<Dataset> {
  const { locale } = options;
  // First, before anything walks the text: past the limit, not even JSON.parse runs.
  const body = readableText(text, options.maxBytes, tRead(locale, "read.jsonDataset"), locale);
  if (typeof body !== "string") return { data: undefined, issues: [body] };
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const position = /position (\d+)/.exec(reason);
    // "Unexpected end of JSON input" carries no position: the problem is at the very end.
    const offset = position
      ? Number(position[1])
      : /end of JSON/.test(reason)
        ? body.length
        : undefined;
    const where = offset === undefined ? undefined : lineAndColumn(body, offset);
    const looksLikeCsv = /^[^{[\n]*,[^\n]*\n/.test(body.trimStart());
    return {
      data: undefined,
      issues: [
        {
          code: "invalid_json",
          severity: "error",
          path: [],
          message: where
            ? tRead(locale, "read.invalidJsonAt", {
                line: String(where.line),
                column: String(where.column),
                reason,
              })
            : tRead(locale, "read.invalidJson", { reason }),
          expected: tRead(locale, "read.jsonText"),
          found: body.trimStart().slice(0, 40),
          ...(looksLikeCsv ? { hint: tRead(locale, "read.looksLikeCsv") } : {}),
          ...(where ? { row: where.line } : {}),
        },
      ],
    };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    const found = tRead(
      locale,
      Array.isArray(value)
        ? "read.aList"
        : value === null
          ? "read.null"
          : typeof value === "string"
            ? "read.aString"
            : typeof value === "number"
              ? "read.aNumber"
              : "read.aBoolean",
    );
    return {
      data: undefined,
      issues: [
        {
          code: "invalid_type",
          severity: "error",
          path: [],
          message: tRead(locale, "read.notAnObject", { found }),
          expected: tRead(locale, "read.anObject"),
          found,
          ...(Array.isArray(value) ? { hint: tRead(locale, "read.listHint") } : {}),
        },
      ],
    };
  }
  return parseDataset(value, { locale });
}
