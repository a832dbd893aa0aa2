// Validation of the sheet by the library's CSV reader, with each issue placed on its cell: the
// reader gives the line of the file and the column's header, and sheetToCsv knows which table
// row wrote each line.
import { type Dataset, type Issue, type ReadResult, readCsv } from "../../src/index.ts";
import { type Sheet, sheetToCsv, type TableName } from "./sheet.ts";

/** Where an issue sits in the grid. */
export interface CellRef {
  table: TableName;
  row: number;
  column: number;
}

/** The key of a cell in {@link Validation.cells}. */
export const cellKey = (ref: CellRef) => `${ref.table}:${ref.row}:${ref.column}`;

/** What the reader made of the sheet. */
export interface Validation {
  result: ReadResult<Dataset>;
  /** The CSV text the reader read (also what "Download CSV" saves). */
  csv: string;
  /** Issues on a cell, by {@link cellKey}. */
  cells: Map<string, { ref: CellRef; issues: Issue[] }>;
  /** Issues on a row but no one cell of it (a row too long…), by `table:row`. */
  rows: Map<string, Issue[]>;
  /** Issues of the whole sheet (a missing column, no title…) or of sections the grid does not show. */
  general: Issue[];
}

/**
 * Reads the sheet with `readCsv` and places every issue on its cell.
 * @example validateSheet(sheet).cells.get("events:2:7")?.issues
 */
export function validateSheet(sheet: Sheet): Validation {
  const { text, origins } = sheetToCsv(sheet);
  const result = readCsv(text);
  const cells = new Map<string, { ref: CellRef; issues: Issue[] }>();
  const rows = new Map<string, Issue[]>();
  const general: Issue[] = [];
  for (const issue of result.issues) {
    const origin = issue.row === undefined ? undefined : origins.get(issue.row);
    if (!origin || origin.table === "dataset" || origin.table === "kept" || origin.row < 0) {
      general.push(issue);
      continue;
    }
    const column =
      issue.column === undefined ? -1 : sheet[origin.table].header.indexOf(issue.column);
    if (column < 0) {
      const key = `${origin.table}:${origin.row}`;
      rows.set(key, [...(rows.get(key) ?? []), issue]);
      continue;
    }
    const ref = { table: origin.table, row: origin.row, column };
    const key = cellKey(ref);
    const entry = cells.get(key) ?? { ref, issues: [] };
    entry.issues.push(issue);
    cells.set(key, entry);
  }
  return { result, csv: text, cells, rows, general };
}
