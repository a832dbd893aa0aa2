import { type Dataset, type DatasetInput, hasErrors, type Issue, type ReadResult } from "../model";
import { isBinaryFile } from "./csv/binary";
import { type Collection, type Entry, type EntryLocation, locate, readEntry } from "./csv/entries";
import { unescapeFormula } from "./csv/formulas";
import { checkCellCount, readHeader } from "./csv/header";
import { issue } from "./csv/issue";
import { foldMedia } from "./csv/layout";
import { tCsv } from "./csv/messages";
import { type MetricRows, mergeMetrics, readMetricsSection } from "./csv/metrics";
import { parseCsvRows } from "./csv/parseCsvRows";
import { readDatasetSection, splitSections } from "./csv/sections";
import type { ReadSizeOptions } from "./fileTooLarge";
import { tRead } from "./messages";
import { parseDataset } from "./parseDataset";
import { readableText } from "./readableText";

/**
 * Options of {@link readCsv}, with the size guard `maxBytes` (default 50 MB) and the language of
 * the messages `locale` (default English).
 */
export interface ReadCsvOptions extends ReadSizeOptions {
  /**
   * Dataset fields and collections kept outside the CSV, e.g. the sources and actors of a JSON
   * file, so that a sheet of events alone can be read. The CSV's own `#sources`, `#actors` and
   * `#eras` rows are added after these, and its `#dataset` fields and `#metrics` rows take
   * precedence.
   * Default: nothing.
   * @example readCsv(eventsSheet, { dataset: { title: "Takedowns", sources, actors } })
   */
  dataset?: Partial<DatasetInput>;
}

/**
 * Reads a dataset from jointline's CSV format (docs/csv-format.md): one row per event, then
 * optional `#dataset`, `#metrics`, `#sources`, `#actors`, `#eras` and `#annotations` sections. Detects `;` and tab
 * delimiters, reads a BOM, CRLF and quoted line breaks, keeps unknown event columns in each
 * event's `extra` (with a warning), and reports every problem with its row (the file's line,
 * header = 1) and column. A text longer than `maxBytes` characters (default 50 MB) is not read:
 * it gives one `file_too_large` error. Never throws.
 * @example const { data, issues } = readCsv(await file.text());
 * @example const { data, issues } = readCsv(text, { maxBytes: 50_000_000 });
 */
export function readCsv(text: string, options: ReadCsvOptions = {}): ReadResult<Dataset> {
  const { locale } = options;
  // First, before anything walks the text (the BOM and blank checks, the sniffing, the parse).
  const body = readableText(text, options.maxBytes, tCsv(locale, "csv.expectedFile"), locale);
  if (typeof body !== "string") return { data: undefined, issues: [body] };
  const start = body.trimStart();
  if (start.startsWith("{") || start.startsWith("[") || isBinaryFile(body)) {
    const json = start.startsWith("{") || start.startsWith("[");
    return {
      data: undefined,
      issues: [
        issue({
          code: "not_csv",
          path: [],
          row: 1,
          message: tCsv(locale, json ? "csv.isJson" : "csv.isBinary"),
          expected: tCsv(locale, "csv.csvText"),
          found: JSON.stringify(start.slice(0, 20)),
          ...(json ? { hint: tCsv(locale, "csv.readWithJson") } : {}),
        }),
      ],
    };
  }

  const parsed = parseCsvRows(body, locale);
  // writeCsv escapes cells that start like a formula with a `'` (for spreadsheets): undone here.
  for (const row of parsed.rows) row.cells = row.cells.map(unescapeFormula);
  const issues: Issue[] = [...parsed.issues];
  // After a broken quote, cells are shifted or merged: errors about them would only mislead.
  if (hasErrors(issues)) return { data: undefined, issues };
  const blocks = splitSections(parsed.rows, issues, locale);

  const base = options.dataset ?? {};
  const collections: Record<Collection, Entry[]> = {
    events: [...((base.events ?? []) as Entry[])],
    sources: [...((base.sources ?? []) as Entry[])],
    actors: [...((base.actors ?? []) as Entry[])],
    eras: [...((base.eras ?? []) as Entry[])],
    annotations: [...((base.annotations ?? []) as Entry[])],
  };
  const locations: Record<Collection, (EntryLocation | undefined)[]> = {
    events: collections.events.map(() => undefined),
    sources: collections.sources.map(() => undefined),
    actors: collections.actors.map(() => undefined),
    eras: collections.eras.map(() => undefined),
    annotations: collections.annotations.map(() => undefined),
  };
  const fields: Record<string, unknown> = {};
  const notes: [string, string][] = Object.entries(base.notes ?? {});
  const datasetLines = new Map<string, number>();
  const metricRows: MetricRows = { entries: [], locations: new Map() };
  let hasMetrics = false;

  for (const block of blocks) {
    const slots = readHeader(block, issues, locale);
    if (slots === undefined) continue;
    if (block.section === "dataset") {
      readDatasetSection(block, slots, fields, notes, datasetLines, issues, locale);
      continue;
    }
    if (block.section === "metrics") {
      hasMetrics = true;
      readMetricsSection(block, slots, metricRows, issues, locale);
      continue;
    }
    const name = block.section;
    for (const row of block.rows) {
      checkCellCount(row, slots, issues, locale);
      const index = collections[name].length;
      const { entry, location } = readEntry(
        row,
        slots,
        block.header,
        (field) => [name, index, field],
        issues,
        locale,
      );
      if (name === "events") foldMedia(entry);
      collections[name].push(entry);
      locations[name].push(location);
    }
  }

  const { annotations, ...lists } = collections;
  const input: Record<string, unknown> = { ...base, ...fields, ...lists };
  // Absent unless given or written: a file without annotations reads back without the field.
  if (base.annotations !== undefined || blocks.some((b) => b.section === "annotations"))
    input.annotations = annotations;
  if (notes.length > 0) input.notes = Object.fromEntries(notes);
  const metrics = mergeMetrics(base.metrics, metricRows, hasMetrics);
  if (metrics !== undefined) input.metrics = metrics;
  if (input.title === undefined) {
    const title = tCsv(locale, "csv.untitled");
    input.title = title;
    issues.push(
      issue({
        severity: "warning",
        code: "missing_title",
        path: ["title"],
        message: tCsv(locale, "csv.missingTitle", { title }),
        expected: tCsv(locale, "csv.missingTitleExpected"),
        found: tRead(locale, "read.nothing"),
        hint: tCsv(locale, "csv.missingTitleHint"),
      }),
    );
  }
  const validated = parseDataset(input, { locale });
  issues.push(
    ...validated.issues.map((found) =>
      locate(found, locations, datasetLines, metricRows.locations, locale),
    ),
  );
  return { data: hasErrors(issues) ? undefined : validated.data, issues };
}
