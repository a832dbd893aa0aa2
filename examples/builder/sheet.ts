// The builder's document: the dataset as the cells of jointline's CSV format (docs/csv-format.md),
// section by section, exactly as typed. The grid edits these cells; the library's own CSV reader
// validates them, so every issue comes back with the row and column of a cell.
import { parseCsvRows } from "../../src/index.ts";

/** One section's table: its header cells and its rows, each as long as the header. */
export interface Table {
  header: string[];
  rows: string[][];
}

/** The sections the grid edits, each in its own tab. */
export type TableName = "events" | "sources" | "actors";
export const tableNames: readonly TableName[] = ["events", "sources", "actors"];

/**
 * A dataset as spreadsheet cells. `dataset` holds the `#dataset` section's field/value pairs
 * (title, description, content note, licence, notes…); `kept` holds every other section
 * (`#eras`, anything unknown) verbatim, so nothing the grid does not show is ever lost.
 */
export interface Sheet {
  events: Table;
  sources: Table;
  actors: Table;
  dataset: [string, string][];
  kept: { marker: string; rows: string[][] }[];
}

/** The columns a new events table starts with: the CSV format's, in its order. */
export const eventHeader = [
  "id",
  "kind",
  "title",
  "when",
  "dateLabel",
  "summary",
  "actors",
  "countries",
  "figures",
  "sources",
  "tags",
  "group",
  "relations",
  "target",
  "status",
  "action",
  "instrument",
  "jurisdiction",
  "stage",
];
export const sourceHeader = ["id", "publisher", "title", "url", "published", "kind", "note"];
export const actorHeader = [
  "id",
  "name",
  "shortName",
  "kind",
  "country",
  "parent",
  "subkind",
  "scope",
  "note",
];

/** An empty sheet with the format's columns. */
export function emptySheet(): Sheet {
  return {
    events: { header: [...eventHeader], rows: [] },
    sources: { header: [...sourceHeader], rows: [] },
    actors: { header: [...actorHeader], rows: [] },
    dataset: [],
    kept: [],
  };
}

const markerPattern = /^#\s*([A-Za-z]+)\s*$/;
const isBlankRow = (cells: readonly string[]) => cells.every((c) => c.trim() === "");

/** The cells of a row padded (or cut, when the extra cells are empty) to a header's length. */
function fitRow(cells: readonly string[], length: number): string[] {
  const row = cells.slice(0, length);
  while (row.length < length) row.push("");
  // Cells past the header are kept, never dropped: the reader reports them on their row.
  for (let i = length; i < cells.length; i++) if (cells[i]!.trim() !== "") return [...cells];
  return row;
}

function tableOf(rows: string[][]): Table {
  const [header = [], ...body] = rows.filter((r) => !isBlankRow(r));
  // A header's trailing empty cells (what a spreadsheet copies past the last column) go.
  let width = header.length;
  while (width > 0 && header[width - 1]!.trim() === "") width--;
  const head = header.slice(0, width);
  return { header: head, rows: body.map((r) => fitRow(r, head.length)) };
}

/**
 * Reads a sheet from delimited text — comma-, semicolon- or tab-separated, as a spreadsheet
 * copies or exports it — with the `#sources`, `#actors`, `#dataset` and other sections of the
 * CSV format. Sections the text does not have are left out of the result.
 * @example sheetFromText("id\tkind\ttitle\twhen\tsources\ne1\tarrest\tRaid\t2025-01-02\ts1")
 */
export function sheetFromText(text: string): Partial<Sheet> & { syntax: string[] } {
  const parsed = parseCsvRows(text);
  const sections = new Map<string, string[][]>();
  let current = "events";
  sections.set(current, []);
  for (const { cells } of parsed.rows) {
    const match = markerPattern.exec(cells[0] ?? "");
    if (match && cells.slice(1).every((c) => c.trim() === "")) {
      current = match[1]!.toLowerCase();
      if (!sections.has(current)) sections.set(current, []);
      continue;
    }
    sections.get(current)!.push(cells);
  }
  const sheet: Partial<Sheet> & { syntax: string[] } = {
    syntax: parsed.issues.filter((i) => i.severity === "error").map((i) => i.message),
  };
  for (const [name, rows] of sections) {
    if (rows.every(isBlankRow)) continue;
    if (name === "events" || name === "sources" || name === "actors") sheet[name] = tableOf(rows);
    else if (name === "dataset") {
      sheet.dataset = tableOf(rows).rows.map((r): [string, string] => [r[0] ?? "", r[1] ?? ""]);
    } else {
      sheet.kept ??= [];
      sheet.kept.push({ marker: `#${name}`, rows: rows.filter((r) => !isBlankRow(r)) });
    }
  }
  return sheet;
}

/** A cell as CSV: quoted when it holds a comma, a quote, a line break or edge spaces. */
function csvCell(cell: string): string {
  return /[",\r\n]/.test(cell) || /^\s|\s$/.test(cell) ? `"${cell.replace(/"/g, '""')}"` : cell;
}

/** Lines a written record takes: one, plus one per line break inside its cells. */
function linesOf(cells: readonly string[]): number {
  let n = 1;
  for (const cell of cells) n += (cell.match(/\r\n|\r|\n/g) ?? []).length;
  return n;
}

/** Where a line of the written CSV came from: a table's row (or header, row -1). */
export interface LineOrigin {
  table: TableName | "dataset" | "kept";
  row: number;
}

/**
 * The sheet as jointline CSV (what `readCsv` reads and `writeCsv` writes), and for each line of
 * that text the table row it came from, so that an issue's `row` (a line of the file) finds
 * its cell in the grid.
 * @example const { text, origins } = sheetToCsv(sheet); readCsv(text).issues[0].row
 */
export function sheetToCsv(sheet: Sheet): { text: string; origins: Map<number, LineOrigin> } {
  const out: string[] = [];
  const origins = new Map<number, LineOrigin>();
  let line = 1;
  const write = (cells: readonly string[], origin?: LineOrigin) => {
    if (origin) origins.set(line, origin);
    out.push(cells.map(csvCell).join(","));
    line += linesOf(cells);
  };
  const section = (marker: string | undefined, table: Table, name: TableName) => {
    if (marker) {
      if (table.rows.length === 0) return;
      write([]);
      write([marker]);
    }
    write(table.header, { table: name, row: -1 });
    table.rows.forEach((row, i) => {
      write(row, { table: name, row: i });
    });
  };
  section(undefined, sheet.events, "events");
  if (sheet.dataset.length > 0) {
    write([]);
    write(["#dataset"]);
    write(["field", "value"]);
    sheet.dataset.forEach((pair, i) => {
      write(pair, { table: "dataset", row: i });
    });
  }
  section("#sources", sheet.sources, "sources");
  section("#actors", sheet.actors, "actors");
  for (const kept of sheet.kept) {
    write([]);
    write([kept.marker]);
    for (const row of kept.rows) write(row, { table: "kept", row: 0 });
  }
  return { text: `${out.join("\n")}\n`, origins };
}

/** A dataset field of the `#dataset` section (title, description…), or "" when unset. */
export function datasetField(sheet: Sheet, field: string): string {
  return sheet.dataset.find(([f]) => f.trim() === field)?.[1] ?? "";
}

/** The sheet with a dataset field set (an empty value removes it). Does not mutate `sheet`. */
export function withDatasetField(sheet: Sheet, field: string, value: string): Sheet {
  const rest = sheet.dataset.filter(([f]) => f.trim() !== field);
  const at = sheet.dataset.findIndex(([f]) => f.trim() === field);
  if (value.trim() === "") return { ...sheet, dataset: rest };
  const dataset = [...sheet.dataset];
  if (at >= 0) dataset[at] = [field, value];
  else dataset.push([field, value]);
  return { ...sheet, dataset };
}
