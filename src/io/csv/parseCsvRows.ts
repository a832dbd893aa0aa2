import { dsvFormat } from "d3-dsv";
import type { Issue } from "../../model";

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

const delimiterNames: Record<string, string> = { ",": "commas", ";": "semicolons", "\t": "tabs" };

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
function detectDelimiter(text: string): string {
  const counts: Record<string, number> = { ",": 0, ";": 0, "\t": 0 };
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && (c === "\n" || c === "\r")) break;
    else if (!quoted && c in counts) counts[c]!++;
  }
  let best = ",";
  for (const d of [";", "\t"]) if (counts[d]! > counts[best]!) best = d;
  return best;
}

/**
 * Finds what d3-dsv would silently mend: a quote that is never closed (the rest of the file would
 * become one cell) and text after a closing quote (d3-dsv drops it).
 */
function checkQuotes(text: string, delimiter: string): Issue[] {
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
            message: `A quoted cell that starts on line ${lineAt(text, open)} is never closed, so the rest of the file would be read as one cell.`,
            expected: 'a closing " at the end of the cell',
            found: "the end of the file",
            hint: 'close the quote, and write a " inside a quoted cell as ""',
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
          message: `Text follows the closing quote of a cell on line ${lineAt(text, i)}; it would be lost.`,
          expected: `${delimiterNames[delimiter]} or the end of the line after a closing quote`,
          found: JSON.stringify(
            text.slice(i + 1, end === -1 ? undefined : i + 1 + Math.min(end, 20)),
          ),
          hint: 'quote the whole cell and double the quotes inside it: "say ""hello"" twice"',
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
 * Blank lines are kept as records of one empty cell so that line numbers stay right.
 * @example parseCsvRows("id,title\na,Hello\n").rows // [{ line: 1, cells: ["id","title"] }, { line: 2, cells: ["a","Hello"] }]
 */
export function parseCsvRows(text: string): CsvRows {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const delimiter = detectDelimiter(body);
  const issues: Issue[] = [];
  if (delimiter !== ",") {
    issues.push({
      code: "delimiter_detected",
      severity: "warning",
      path: [],
      row: 1,
      message: `The header line is separated by ${delimiterNames[delimiter]}, not commas; the file was read that way.`,
      expected: "comma-separated values",
      found: `${delimiterNames[delimiter]} between the headers`,
    });
  }
  issues.push(...checkQuotes(body, delimiter));
  const records = dsvFormat(delimiter).parseRows(body);
  const rows: CsvRow[] = [];
  let line = 1;
  for (const cells of records) {
    rows.push({ line, cells });
    line += 1 + extraLines(cells);
  }
  return { rows, delimiter, issues };
}
