import { csvFormatRows } from "d3-dsv";
import type { DataEvent, Dataset } from "../model";
import { writeActorRole, writeList, writeRelation } from "./csv/cells";
import { writeFigure } from "./csv/figureCell";
import { escapeFormula } from "./csv/formulas";
import {
  actorColumns,
  annotationColumns,
  type CsvColumn,
  datasetFields,
  eraColumns,
  eventColumns,
  extraPrefix,
  metricColumns,
  sourceColumns,
  spreadMedia,
} from "./csv/layout";

/** Options of {@link writeCsv}. */
export interface WriteCsvOptions {
  /**
   * What to do with cells that start like a spreadsheet formula (`=`, `+`, `-`, `@`, a tab or a
   * carriage return), which Excel, LibreOffice and Google Sheets would run (`=HYPERLINK(…)`):
   * - `"escape"` (default): write them after a `'`, the OWASP escape, so a spreadsheet shows
   *   them as text. For files people open in a spreadsheet. `readCsv` removes the `'` again, so
   *   `readCsv(writeCsv(dataset))` still gives the same dataset back.
   * - `"exact"`: write every cell as it is, for programs that read CSV as data (pandas, R, a
   *   database import) and would keep the `'`. Never open such a file in a spreadsheet unless
   *   you trust every cell.
   * @example writeCsv(dataset, { formulas: "exact" })
   */
  formulas?: "escape" | "exact";
}

/** Writes one cell of an entry as `readCsv` reads it back. */
function cell(entry: Record<string, unknown>, column: CsvColumn): string {
  const value = entry[column.field];
  if (value === undefined) return "";
  switch (column.type) {
    case "list":
      return writeList(value as string[]);
    case "actors":
      return (value as DataEvent["actors"]).map(writeActorRole).join("; ");
    case "figures":
      return (value as DataEvent["figures"]).map(writeFigure).join("; ");
    case "relations":
      return (value as DataEvent["relations"]).map(writeRelation).join("; ");
    default:
      return String(value);
  }
}

/** Whether a column has something to write for any entry; empty optional columns are left out. */
function isUsed(entries: readonly Record<string, unknown>[], column: CsvColumn): boolean {
  return column.required === true || entries.some((entry) => cell(entry, column) !== "");
}

/** The header and rows of one collection, with only the columns it uses. */
function table(
  entries: readonly Record<string, unknown>[],
  columns: readonly CsvColumn[],
): string[][] {
  const used = columns.filter((column) => isUsed(entries, column));
  return [
    used.map((column) => column.field),
    ...entries.map((entry) => used.map((column) => cell(entry, column))),
  ];
}

/** An event's `extra` value for a key, or an empty cell; own keys only (not "toString"). */
function extraCell(event: DataEvent, key: string): string {
  return event.extra !== undefined && Object.hasOwn(event.extra, key) ? event.extra[key]! : "";
}

/**
 * Writes a dataset in jointline's CSV format (docs/csv-format.md): the events, one per row,
 * then the `#dataset`, `#metrics` (when the dataset declares metrics), `#sources`, `#actors`,
 * `#eras` and `#annotations` sections, so that
 * `readCsv(writeCsv(dataset))` gives the same dataset back. Optional columns that no entry uses
 * are left out; each `extra` key of the events becomes an `extra.<key>` column. Cells that
 * start like a formula are escaped with a leading `'` unless `formulas` is `"exact"`
 * ({@link WriteCsvOptions}).
 * @example await writeFile("events.csv", writeCsv(dataset));
 * @example await writeFile("for-pandas.csv", writeCsv(dataset, { formulas: "exact" }));
 */
export function writeCsv(dataset: Dataset, options: WriteCsvOptions = {}): string {
  const format =
    options.formulas === "exact"
      ? csvFormatRows
      : (rows: string[][]) => csvFormatRows(rows.map((row) => row.map(escapeFormula)));
  const events = (dataset.events as unknown as Record<string, unknown>[]).map(spreadMedia);
  const extraKeys: string[] = [];
  for (const event of dataset.events) {
    for (const key of Object.keys(event.extra ?? {}))
      if (!extraKeys.includes(key)) extraKeys.push(key);
  }
  const [header = [], ...rows] = table(events, eventColumns);
  const eventRows = [
    [...header, ...extraKeys.map((key) => `${extraPrefix}${key}`)],
    ...rows.map((row, i) => [
      ...row,
      ...extraKeys.map((key) => extraCell(dataset.events[i]!, key)),
    ]),
  ];

  const datasetRows: string[][] = [["field", "value"]];
  for (const field of datasetFields) {
    const value = dataset[field];
    if (value !== undefined) datasetRows.push([field, value]);
  }
  for (const [topic, note] of Object.entries(dataset.notes ?? {}))
    datasetRows.push([`notes.${topic}`, note]);

  const sections: string[] = [format(eventRows), `#dataset\n${format(datasetRows)}`];
  // Written whenever the dataset has a metrics map, even an empty one: its header alone reads
  // back as `metrics: {}`, so an empty map is not lost either.
  if (dataset.metrics !== undefined) {
    const metrics = Object.entries(dataset.metrics).map(([metric, info]) => ({ metric, ...info }));
    sections.push(`#metrics\n${format(table(metrics, metricColumns))}`);
  }
  const collections = [
    ["sources", dataset.sources, sourceColumns],
    ["actors", dataset.actors, actorColumns],
    ["eras", dataset.eras, eraColumns],
    ["annotations", dataset.annotations ?? [], annotationColumns],
  ] as const;
  for (const [name, entries, columns] of collections) {
    // An empty annotations list is written as its header, so that it reads back as a list.
    if (entries.length === 0 && !(name === "annotations" && dataset.annotations)) continue;
    sections.push(
      `#${name}\n${format(table(entries as unknown as Record<string, unknown>[], columns))}`,
    );
  }
  return `${sections.join("\n\n")}\n`;
}
