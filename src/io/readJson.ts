import type { Dataset, ReadResult } from "../model";
import type { ReadSizeOptions } from "./fileTooLarge";
import { parseDataset } from "./parseDataset";
import { readableText } from "./readableText";

/** Options of {@link readJson}: the size guard (see {@link ReadSizeOptions.maxBytes}). */
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
 * 50 MB) is not parsed: it gives one `file_too_large` error. Never throws.
 * @example const { data, issues } = readJson(await file.text());
 * @example const { data, issues } = readJson(text, { maxBytes: 50_000_000 });
 */
export function readJson(text: string, options: ReadJsonOptions = {}): ReadResult<Dataset> {
  // First, before anything walks the text: past the limit, not even JSON.parse runs.
  const body = readableText(text, options.maxBytes, "a JSON dataset");
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
          message: `The file is not valid JSON${where ? ` (line ${where.line}, column ${where.column})` : ""}: ${reason}`,
          expected: "JSON text",
          found: body.trimStart().slice(0, 40),
          ...(looksLikeCsv ? { hint: "this looks like CSV: read it with readCsv" } : {}),
          ...(where ? { row: where.line } : {}),
        },
      ],
    };
  }
  if (value === null || typeof value !== "object" || Array.isArray(value)) {
    return {
      data: undefined,
      issues: [
        {
          code: "invalid_type",
          severity: "error",
          path: [],
          message: `Expected a dataset object with title, sources, actors and events, found ${Array.isArray(value) ? "a list" : typeof value}.`,
          expected: "an object",
          found: Array.isArray(value) ? "a list" : typeof value,
          ...(Array.isArray(value)
            ? { hint: 'put the list under "events" in an object with a "title"' }
            : {}),
        },
      ],
    };
  }
  return parseDataset(value);
}
