// Edits of a sheet as pure functions: each returns a new sheet and leaves its input alone, so
// the undo history can keep earlier sheets as they were (rows are shared, not copied).
import type { Sheet, TableName } from "./sheet.ts";

/**
 * The sheet with one cell changed.
 * @example setCell(sheet, "events", 0, 3, "2025-02-13")
 */
export function setCell(
  sheet: Sheet,
  table: TableName,
  row: number,
  column: number,
  value: string,
): Sheet {
  const t = sheet[table];
  const rows = [...t.rows];
  const cells = [...(rows[row] ?? [])];
  while (cells.length < t.header.length) cells.push("");
  cells[column] = value;
  rows[row] = cells;
  return { ...sheet, [table]: { header: t.header, rows } };
}

/** The sheet with an empty row inserted at `at` (default: the end). */
export function addRow(sheet: Sheet, table: TableName, at?: number): Sheet {
  const t = sheet[table];
  const rows = [...t.rows];
  rows.splice(
    at ?? rows.length,
    0,
    t.header.map(() => ""),
  );
  return { ...sheet, [table]: { header: t.header, rows } };
}

/** The sheet without row `row`. */
export function deleteRow(sheet: Sheet, table: TableName, row: number): Sheet {
  const t = sheet[table];
  return { ...sheet, [table]: { header: t.header, rows: t.rows.filter((_, i) => i !== row) } };
}

/** The sheet with row `row` moved by `by` places (−1 up, +1 down), kept inside the table. */
export function moveRow(sheet: Sheet, table: TableName, row: number, by: number): Sheet {
  const t = sheet[table];
  const to = Math.max(0, Math.min(t.rows.length - 1, row + by));
  if (to === row || !t.rows[row]) return sheet;
  const rows = [...t.rows];
  const [moved] = rows.splice(row, 1);
  rows.splice(to, 0, moved!);
  return { ...sheet, [table]: { header: t.header, rows } };
}

/** The sheet with a column added at the end of a table (every row gets an empty cell). */
export function addColumn(sheet: Sheet, table: TableName, header: string): Sheet {
  const t = sheet[table];
  return {
    ...sheet,
    [table]: { header: [...t.header, header], rows: t.rows.map((r) => [...r, ""]) },
  };
}
