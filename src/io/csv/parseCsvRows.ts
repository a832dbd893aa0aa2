import { dsvFormat } from "d3-dsv";
import type { Issue } from "../../model";
import { tCsv } from "./messages";

/** One record of a delimited file and the 1-based line of the file it starts on. */
export interface CsvRow {
  /** The line the record starts on; a quoted cell with line breaks makes a record span lines. */
  line: number;
  cells: string[];
}

/** The records of a delimited file, the delimiter used, and any problem with the file's syntax. */
export interface CsvRows {
  rows: CsvRow[];
  /** `,`, `;` or a tab. */
  delimiter: string;
  issues: Issue[];
}

/** The message key of each delimiter's name. */
const delimiterNames = { ",": "csv.commas", ";": "csv.semicolons", "\t": "csv.tabs" } as const;
type Delimiter = keyof typeof delimiterNames;

/** The 1-based line a character offset falls on, counting `\r\n`, `\r` and `\n` as d3-dsv does. */
function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) line++;
    else if (c === 13) {
      line++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return line;
}

/** The delimiter used on the header line: the most frequent of comma, semicolon and tab outside quotes. */
function detectDelimiter(text: string): Delimiter {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c in counts) counts[c]!++;
  }
  let best: Delimiter = ",";
  for (const d of [";", "\t"] as const) if (counts[d]! > counts[best]!) best = d;
  return best;
}

/**
 * Finds what d3-dsv would silently mend: a quote that is never closed (the rest of the file would
 * become one cell) and text after a closing quote (d3-dsv drops it).
 */
function checkQuotes(text: string, delimiter: Delimiter, locale: string | undefined): Issue[] {
  const issues: Issue[] = [];
  let atFieldStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (atFieldStart && c === '"') {
      const open = i;
      let j = i + 1;
      for (;;) {
        const q = text.indexOf('"', j);
        if (q === -1) {
          issues.push({
            code: "unclosed_quote",
            severity: "error",
            path: [],
            row: lineAt(text, open),
            message: tCsv(locale, "csv.unclosedQuote", { line: String(lineAt(text, open)) }),
            expected: tCsv(locale, "csv.unclosedQuoteExpected"),
            found: tCsv(locale, "csv.endOfFile"),
            hint: tCsv(locale, "csv.unclosedQuoteHint"),
          });
          return issues;
        }
        if (text[q + 1] === '"') {
          j = q + 2;
          continue;
        }
        i = q;
        break;
      }
      const next = text[i + 1];
      if (next !== undefined && next !== delimiter && next !== "\n" && next !== "\r") {
        const end = text.slice(i + 1).search(/[\r\n]/);
        issues.push({
          code: "stray_quote",
          severity: "error",
          path: [],
          row: lineAt(text, i),
          message: tCsv(locale, "csv.strayQuote", { line: String(lineAt(text, i)) }),
          expected: tCsv(locale, "csv.strayQuoteExpected", {
            delimiter: tCsv(locale, delimiterNames[delimiter]),
          }),
          found: JSON.stringify(
            text.slice(i + 1, end === -1 ? undefined : i + 1 + Math.min(end, 20)),
          ),
          hint: tCsv(locale, "csv.strayQuoteHint"),
        });
      }
      atFieldStart = false;
      continue;
    }
    atFieldStart = c === delimiter || c === "\n" || c === "\r";
  }
  return issues;
}

/** How many lines a record's cells add beyond its first line. */
function extraLines(cells: readonly string[]): number {
  let n = 0;
  for (const cell of cells) {
    const matches = cell.match(/\r\n|\r|\n/g);
    if (matches) n += matches.length;
  }
  return n;
}

/**
 * Splits delimited text into records with the line each starts on. Strips a UTF-8 byte order
 * mark, reads CRLF, LF or CR line ends and quoted cells with line breaks and delimiters, and
 * detects a semicolon- or tab-separated file from its first line (with a warning saying so).
 * Blank lines are kept as records of one empty cell so that line numbers stay right. Issues
 * are written in `locale` (default English).
 * @example parseCsvRows("id,title\na,Hello\n").rows // [{ line: 1, cells: ["id","title"] }, { line: 2, cells: ["a","Hello"] }]
 */
export function parseCsvRows(text: string, locale?: string): CsvRows {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const issues: Issue[] = [];
  if (delimiter !== ",") {
    issues.push({
      code: "delimiter_detected",
      severity: "warning",
      path: [],
      row: 1,
      message: tCsv(
        locale,
        delimiter === ";" ? "csv.separatedBySemicolons" : "csv.separatedByTabs",
      ),
      expected: tCsv(locale, "csv.commaSeparated"),
      found: tCsv(locale, "csv.betweenHeaders", {
        delimiter: tCsv(locale, delimiterNames[delimiter]),
      }),
    });
  }
  issues.push(...checkQuotes(body, delimiter, locale));
  const records = dsvFormat(delimiter).parseRows(body);
  const rows: CsvRow[] = [];
  let line = 1;
  for (const cells of records) {
    rows.push({ line, cells });
    line += 1 + extraLines(cells);
  }
  return { rows, delimiter, issues };
}
