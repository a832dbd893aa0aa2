import { type Dataset, type DatasetInput, hasErrors, type Issue, type ReadResult } from "../model";
import { closest } from "../model/closest";
import {
  type CellProblem,
  readActorRole,
  readFigure,
  readList,
  readRelation,
  splitEscaped,
} from "./csvCells";
import { unescapeFormula } from "./csvFormulas";
import {
  type CsvColumn,
  type CsvSection,
  csvSections,
  datasetFields,
  extraPrefix,
  findColumn,
  isBlank,
  normalizeHeader,
  sectionColumns,
} from "./csvLayout";
import type { ReadSizeOptions } from "./fileTooLarge";
import { type CsvRow, parseCsvRows } from "./parseCsvRows";
import { parseDataset } from "./parseDataset";
import { readableText } from "./readableText";

/** Options of {@link readCsv}, with the size guard `maxBytes` (default 50 MB). */
export interface ReadCsvOptions extends ReadSizeOptions {
  /**
   * Dataset fields and collections kept outside the CSV, e.g. the sources and actors of a JSON
   * file, so that a sheet of events alone can be read. The CSV's own `#sources`, `#actors` and
   * `#eras` rows are added after these, and its `#dataset` fields take precedence.
   * Default: nothing.
   * @example readCsv(eventsSheet, { dataset: { title: "Takedowns", sources, actors } })
   */
  dataset?: Partial<DatasetInput>;
}

/** Where one entry of a collection came from: its line and the header of each of its fields. */
interface EntryLocation {
  line: number;
  columns: Map<string, string>;
  /** For events: the header of each `extra` key. */
  extra: Map<string, string>;
  /** For list cells whose bad items were left out: the item of the cell each kept value came from. */
  items: Map<string, number[]>;
}

/** One section of the file: its header row and its data rows. */
interface SectionBlock {
  section: CsvSection;
  header: CsvRow;
  rows: CsvRow[];
}

/** What a header cell stands for. */
type HeaderSlot = { column: CsvColumn } | { extraKey: string } | { ignore: true };

type Collection = "events" | "sources" | "actors" | "eras";
type Entry = Record<string, unknown>;

const markerPattern = /^#\s*([A-Za-z]+)\s*$/;

function issue(fields: Omit<Issue, "severity"> & { severity?: Issue["severity"] }): Issue {
  return { severity: "error", ...fields };
}

function fromCellProblem(
  problem: CellProblem,
  row: number,
  column: string,
  path: Issue["path"],
): Issue {
  return issue({ ...problem, path, row, column });
}

/** The section a marker row starts (`#sources` alone in its row), or undefined if it is not one. */
function markerOf(cells: readonly string[]): string | undefined {
  const match = markerPattern.exec(cells[0] ?? "");
  if (!match || !cells.slice(1).every(isBlank)) return undefined;
  return match[1]!.toLowerCase();
}

/** Splits the rows into sections; the file starts in the events section. */
function splitSections(rows: readonly CsvRow[], issues: Issue[]): SectionBlock[] {
  const blocks: SectionBlock[] = [];
  let section: CsvSection | undefined = "events";
  let current: SectionBlock | undefined;
  const seen = new Set<CsvSection>();
  for (const row of rows) {
    if (row.cells.every(isBlank)) continue;
    const marker = markerOf(row.cells);
    if (marker !== undefined) {
      current = undefined;
      const known = csvSections.find((name) => name === marker);
      if (known === undefined) {
        const suggestion = closest(marker, csvSections);
        issues.push(
          issue({
            code: "unknown_section",
            path: [],
            row: row.line,
            message: `"${row.cells[0]!.trim()}" is not a section; its rows were not read.`,
            expected: `one of ${csvSections.map((name) => `#${name}`).join(", ")}`,
            found: row.cells[0]!.trim(),
            ...(suggestion ? { hint: `did you mean "#${suggestion}"?` } : {}),
          }),
        );
        section = undefined;
        continue;
      }
      if (seen.has(known)) {
        issues.push(
          issue({
            code: "duplicate_section",
            path: [],
            row: row.line,
            message: `The section #${known} appears twice; write all its rows under one header.`,
            expected: `one #${known} section`,
            found: `a second #${known}`,
          }),
        );
      }
      section = known;
      continue;
    }
    if (section === undefined) continue;
    if (current === undefined) {
      current = { section, header: row, rows: [] };
      seen.add(section);
      blocks.push(current);
    } else current.rows.push(row);
  }
  return blocks;
}

/** Reads a section's header row: which column each cell names, and every problem with it. */
function readHeader(block: SectionBlock, issues: Issue[]): HeaderSlot[] | undefined {
  const { section, header } = block;
  const slots: HeaderSlot[] = [];
  const byField = new Map<string, string>();
  const unknown: string[] = [];
  header.cells.forEach((cell, index) => {
    const name = cell.trim();
    if (name === "") {
      const used = block.rows.some((row) => !isBlank(row.cells[index]));
      if (used && section === "events") {
        slots.push({ extraKey: `column ${index + 1}` });
        issues.push(
          issue({
            severity: "warning",
            code: "unnamed_column",
            path: [],
            row: header.line,
            column: `column ${index + 1}`,
            message: `Column ${index + 1} has no header; its cells were kept in each event's extra as "column ${index + 1}".`,
            expected: "a header",
            found: "an empty header cell",
            hint: "give the column a header",
          }),
        );
      } else if (used) {
        slots.push({ ignore: true });
        issues.push(
          issue({
            code: "unnamed_column",
            path: [],
            row: header.line,
            column: `column ${index + 1}`,
            message: `Column ${index + 1} of the #${section} section has no header, but has values.`,
            expected: `a header, one of ${sectionColumns[section].map((c) => c.field).join(", ")}`,
            found: "an empty header cell",
          }),
        );
      } else slots.push({ ignore: true });
      return;
    }
    if (section === "events" && name.toLowerCase().startsWith(extraPrefix)) {
      // The key is the rest of the cell as written, spaces included (as for `notes.<topic>`):
      // writeCsv writes `extra.<key>` for any key, and trimming turned " note " into "note".
      slots.push({ extraKey: cell.trimStart().slice(extraPrefix.length) });
      return;
    }
    const column = findColumn(section, name);
    if (column === undefined) {
      unknown.push(name);
      if (section === "events") {
        slots.push({ extraKey: name });
      } else slots.push({ ignore: true });
      return;
    }
    const previous = byField.get(column.field);
    if (previous !== undefined) {
      issues.push(
        issue({
          code: "duplicate_column",
          path: [],
          row: header.line,
          column: name,
          message: `The headers "${previous}" and "${name}" both name the column ${column.field}.`,
          expected: "each column once",
          found: `"${previous}" and "${name}"`,
          hint: "remove or rename one of them",
        }),
      );
      slots.push({ ignore: true });
      return;
    }
    byField.set(column.field, name);
    slots.push({ column });
  });

  const columns = sectionColumns[section];
  const missing = columns.filter((column) => column.required && !byField.has(column.field));
  const fields = columns.map((column) => column.field);
  for (const name of unknown) {
    const suggestion = closest(normalizeHeader(name), fields.map(normalizeHeader));
    const field =
      suggestion === undefined ? undefined : fields.find((f) => normalizeHeader(f) === suggestion);
    const isMissing = field !== undefined && missing.some((column) => column.field === field);
    if (isMissing) continue; // reported with the missing columns below
    if (section === "events") {
      issues.push(
        issue({
          severity: "warning",
          code: "unknown_column",
          path: [],
          row: header.line,
          column: name,
          message: `The column "${name}" is not part of the format; its cells were kept in each event's extra under "${name}".`,
          expected: `one of ${fields.join(", ")}, or extra.<name>`,
          found: name,
          hint:
            field !== undefined
              ? `did you mean "${field}"?`
              : `name it "extra.${name}" to keep it without this warning`,
        }),
      );
    } else {
      issues.push(
        issue({
          code: "unknown_column",
          path: [],
          row: header.line,
          column: name,
          message: `The column "${name}" is not part of the #${section} section, so its cells cannot be kept.`,
          expected: `one of ${fields.join(", ")}`,
          found: name,
          hint:
            field !== undefined
              ? `did you mean "${field}"?`
              : "remove the column, or move its text into a note",
        }),
      );
    }
  }
  if (missing.length > 0) {
    const guesses = missing.flatMap((column) => {
      const near = unknown.find(
        (name) => closest(normalizeHeader(name), [normalizeHeader(column.field)]) !== undefined,
      );
      return near === undefined ? [] : [`"${near}" → "${column.field}"`];
    });
    const names = missing.map((column) => column.field).join(", ");
    const looksLikeTimelineJs =
      section === "events" &&
      header.cells.some((c) => c.trim() === "Headline") &&
      header.cells.some((c) => c.trim() === "Year");
    issues.push(
      issue({
        code: "missing_column",
        path: [],
        row: header.line,
        column: missing[0]!.field,
        message: `The ${section === "events" ? "header" : `#${section} header`} lacks the required column${missing.length > 1 ? "s" : ""} ${names}.`,
        expected: `the columns ${columns
          .filter((c) => c.required)
          .map((c) => c.field)
          .join(", ")}`,
        found:
          header.cells
            .map((c) => c.trim())
            .filter((c) => c !== "")
            .join(", ") || "no headers",
        ...(guesses.length > 0
          ? { hint: `did you mean ${guesses.join(", ")}?` }
          : looksLikeTimelineJs
            ? { hint: "this looks like a TimelineJS sheet: read it with readTimelineJs" }
            : {}),
      }),
    );
    return undefined;
  }
  return slots;
}

/** Reports a row with cells beyond the header (error: they would be lost) or fewer (warning). */
function checkCellCount(row: CsvRow, slots: readonly HeaderSlot[], issues: Issue[]): void {
  const width = slots.length;
  if (row.cells.length > width && row.cells.slice(width).some((cell) => !isBlank(cell))) {
    issues.push(
      issue({
        code: "too_many_cells",
        path: [],
        row: row.line,
        column: `column ${width + 1}`,
        message: `This row has ${row.cells.length} cells but the header has ${width}; the cells beyond the header would be lost.`,
        expected: `at most ${width} cells`,
        found: `${row.cells.length} cells`,
        hint: "quote cells that contain the delimiter, or add a header for the extra column",
      }),
    );
  } else if (row.cells.length < width) {
    issues.push(
      issue({
        severity: "warning",
        code: "missing_cells",
        path: [],
        row: row.line,
        message: `This row has ${row.cells.length} cells but the header has ${width}; the missing ones were read as empty.`,
        expected: `${width} cells`,
        found: `${row.cells.length} cells`,
        hint: "check that no delimiter is missing, which would shift the cells",
      }),
    );
  }
}

/** Reads one data row of a collection section into an entry and its location. */
function readEntry(
  row: CsvRow,
  slots: readonly HeaderSlot[],
  header: CsvRow,
  pathOf: (field: string) => Issue["path"],
  issues: Issue[],
): { entry: Entry; location: EntryLocation } {
  const entry: Entry = {};
  const location: EntryLocation = {
    line: row.line,
    columns: new Map(),
    extra: new Map(),
    items: new Map(),
  };
  // Entries, then Object.fromEntries, so that a header such as "__proto__" is an own key.
  const extra: [string, string][] = [];
  slots.forEach((slot, index) => {
    const cell = row.cells[index] ?? "";
    const headerName = header.cells[index]!.trim() || `column ${index + 1}`;
    if ("ignore" in slot) return;
    if ("extraKey" in slot) {
      location.extra.set(slot.extraKey, headerName);
      if (!isBlank(cell)) extra.push([slot.extraKey, cell]);
      return;
    }
    const { field, type } = slot.column;
    location.columns.set(field, headerName);
    const path = pathOf(field);
    if (isBlank(cell)) {
      // An event must cite a source: an empty list gives "must cite at least one source".
      if (field === "sources" && path[0] === "events") entry[field] = [];
      return;
    }
    switch (type) {
      case "text":
        entry[field] = cell;
        break;
      case "code":
        entry[field] = cell.trim();
        break;
      case "list": {
        entry[field] = readList(cell);
        const raws = splitEscaped(cell, ";");
        location.items.set(
          field,
          raws.flatMap((raw, j) => (raw.trim() === "" ? [] : [j])),
        );
        break;
      }
      case "actors":
      case "relations":
      case "figures": {
        const values: unknown[] = [];
        const items: number[] = [];
        const raws = splitEscaped(cell, ";").filter((raw) => raw.trim() !== "");
        raws.forEach((raw, j) => {
          const result =
            type === "figures"
              ? readFigure(raw)
              : type === "actors"
                ? readActorRole(readList(raw)[0] ?? "")
                : readRelation(readList(raw)[0] ?? "");
          if (result.ok) {
            values.push(result.value);
            items.push(j);
          } else issues.push(fromCellProblem(result.problem, row.line, headerName, [...path, j]));
        });
        entry[field] = values;
        location.items.set(field, items);
        break;
      }
    }
  });
  if (extra.length > 0) entry.extra = Object.fromEntries(extra);
  return { entry, location };
}

/** Reads the `#dataset` section's field/value rows. */
function readDatasetSection(
  block: SectionBlock,
  slots: readonly HeaderSlot[],
  fields: Record<string, unknown>,
  notes: [string, string][],
  lines: Map<string, number>,
  issues: Issue[],
): void {
  const fieldIndex = slots.findIndex((slot) => "column" in slot && slot.column.field === "field");
  const valueIndex = slots.findIndex((slot) => "column" in slot && slot.column.field === "value");
  for (const row of block.rows) {
    checkCellCount(row, slots, issues);
    const rawField = row.cells[fieldIndex] ?? "";
    const value = row.cells[valueIndex] ?? "";
    const name = rawField.trim();
    if (name === "") {
      issues.push(
        issue({
          code: "missing_field",
          path: [],
          row: row.line,
          column: "field",
          message: "This #dataset row has a value but no field name.",
          expected: `one of ${datasetFields.join(", ")} or notes.<topic>`,
          found: "nothing",
        }),
      );
      continue;
    }
    const isNote = rawField.trimStart().startsWith("notes.");
    const key = isNote ? `notes.${rawField.trimStart().slice("notes.".length)}` : name;
    const field = isNote
      ? key
      : datasetFields.find((f) => normalizeHeader(f) === normalizeHeader(name));
    if (field === undefined) {
      const suggestion = closest(name, datasetFields);
      issues.push(
        issue({
          code: "unknown_field",
          path: [],
          row: row.line,
          column: "field",
          message: `"${name}" is not a field of the dataset.`,
          expected: `one of ${datasetFields.join(", ")} or notes.<topic>`,
          found: name,
          ...(suggestion ? { hint: `did you mean "${suggestion}"?` } : {}),
        }),
      );
      continue;
    }
    if (lines.has(field)) {
      issues.push(
        issue({
          code: "duplicate_field",
          path: isNote ? ["notes", key.slice("notes.".length)] : [field],
          row: row.line,
          column: "field",
          message: `The field ${field} is set twice in #dataset; it is already set on line ${lines.get(field)}.`,
          expected: "each field once",
          found: field,
        }),
      );
      continue;
    }
    lines.set(field, row.line);
    if (isBlank(value)) continue;
    if (isNote) notes.push([key.slice("notes.".length), value]);
    else fields[field] = field === "updated" || field === "schemaVersion" ? value.trim() : value;
  }
}

/** How many characters at the start of a file {@link isBinaryFile} looks at. */
const sniffLength = 16;

/**
 * Whether a file is binary rather than text: whether its first 16 characters hold NUL or another
 * control character (other than tab and line breaks), or DEL.
 *
 * Only the start is looked at because that is where binary formats differ from a CSV file:
 * each puts its magic number there, made of NULs and control characters (PNG
 * `\x89PNG\r\n\x1a\n\0\0\0\rIHDR`, ZIP and XLSX `PK\x03\x04`, gzip `\x1f\x8b`, JPEG, SQLite,
 * UTF-16 text read as UTF-8 `i\0d\0`), while a CSV file starts with its header row, whose column
 * names hold none. Further on, a control character is text in a cell, kept as readJson keeps it:
 * JSON accepts them in strings, writeCsv writes them as they are, and components render text
 * with textContent, where an ESC or a BEL shows as text and does nothing. (One such character
 * anywhere in the first 1,000 used to refuse the whole file, so a dataset valid as JSON could
 * not go through CSV.) writeCsv's files start with the header `id,kind,title,when`, so
 * readCsv(writeCsv(data)) holds whatever the cells hold. The other fix, escaping them in
 * writeCsv, would need an escape syntax in text cells, which are read as written: backslashes
 * in existing files would change meaning.
 * A binary file whose first 16 characters are all text (a PDF, a tar archive) is not caught
 * here: it is read as CSV, and refused for its missing columns.
 */
function isBinaryFile(text: string): boolean {
  const end = Math.min(text.length, sniffLength);
  for (let i = 0; i < end; i++) {
    const c = text.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 127) return true;
  }
  return false;
}

/** Rewrites a validation issue in CSV terms: its row and column, and a message about cells. */
function locate(
  found: Issue,
  locations: Record<Collection, (EntryLocation | undefined)[]>,
  datasetLines: Map<string, number>,
): Issue {
  const [first, index, field, item] = found.path;
  if (typeof first !== "string") return found;
  if (first in locations && typeof index === "number") {
    const location = locations[first as Collection][index];
    if (location === undefined) return found;
    let column: string | undefined;
    if (field === "extra" && typeof item === "string")
      column = location.extra.get(item) ?? `${extraPrefix}${item}`;
    else if (typeof field === "string") column = location.columns.get(field) ?? field;
    else if (found.code === "invalid_kind") column = location.columns.get("kind") ?? "kind";
    let message = found.message;
    if (found.code === "invalid_date") {
      message = `The date "${found.found}" cannot be read: ${message.replace(/\.$/, "")}.`;
    }
    if (found.code === "unknown_field" && typeof field === "string") {
      message = `The column "${column}" does not apply to this row; leave it empty here.`;
    } else if (typeof item === "number" && typeof field === "string" && field !== "extra") {
      const n = (location.items.get(field)?.[item] ?? item) + 1;
      message = `${message.replace(/\.$/, "")} (item ${n} of the cell).`;
    }
    return { ...found, message, row: location.line, ...(column !== undefined ? { column } : {}) };
  }
  const key = first === "notes" && typeof index === "string" ? `notes.${index}` : first;
  const line = datasetLines.get(key);
  return line === undefined ? found : { ...found, row: line, column: "value" };
}

/**
 * Reads a dataset from jointline's CSV format (docs/csv-format.md): one row per event, then
 * optional `#dataset`, `#sources`, `#actors` and `#eras` sections. Detects `;` and tab
 * delimiters, reads a BOM, CRLF and quoted line breaks, keeps unknown event columns in each
 * event's `extra` (with a warning), and reports every problem with its row (the file's line,
 * header = 1) and column. A text longer than `maxBytes` characters (default 50 MB) is not read:
 * it gives one `file_too_large` error. Never throws.
 * @example const { data, issues } = readCsv(await file.text());
 * @example const { data, issues } = readCsv(text, { maxBytes: 50_000_000 });
 */
export function readCsv(text: string, options: ReadCsvOptions = {}): ReadResult<Dataset> {
  // First, before anything walks the text (the BOM and blank checks, the sniffing, the parse).
  const body = readableText(
    text,
    options.maxBytes,
    "a header row (id,kind,title,when,sources,…) and one row per event",
  );
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
          message: json
            ? "The file is JSON, not CSV."
            : "The file is not text in CSV form: it starts with control characters, as binary files do.",
          expected: "CSV text",
          found: JSON.stringify(start.slice(0, 20)),
          ...(json ? { hint: "read it with readJson" } : {}),
        }),
      ],
    };
  }

  const parsed = parseCsvRows(body);
  // writeCsv escapes cells that start like a formula with a `'` (for spreadsheets): undone here.
  for (const row of parsed.rows) row.cells = row.cells.map(unescapeFormula);
  const issues: Issue[] = [...parsed.issues];
  // After a broken quote, cells are shifted or merged: errors about them would only mislead.
  if (hasErrors(issues)) return { data: undefined, issues };
  const blocks = splitSections(parsed.rows, issues);

  const base = options.dataset ?? {};
  const collections: Record<Collection, Entry[]> = {
    events: [...((base.events ?? []) as Entry[])],
    sources: [...((base.sources ?? []) as Entry[])],
    actors: [...((base.actors ?? []) as Entry[])],
    eras: [...((base.eras ?? []) as Entry[])],
  };
  const locations: Record<Collection, (EntryLocation | undefined)[]> = {
    events: collections.events.map(() => undefined),
    sources: collections.sources.map(() => undefined),
    actors: collections.actors.map(() => undefined),
    eras: collections.eras.map(() => undefined),
  };
  const fields: Record<string, unknown> = {};
  const notes: [string, string][] = Object.entries(base.notes ?? {});
  const datasetLines = new Map<string, number>();

  for (const block of blocks) {
    const slots = readHeader(block, issues);
    if (slots === undefined) continue;
    if (block.section === "dataset") {
      readDatasetSection(block, slots, fields, notes, datasetLines, issues);
      continue;
    }
    const name = block.section;
    for (const row of block.rows) {
      checkCellCount(row, slots, issues);
      const index = collections[name].length;
      const { entry, location } = readEntry(
        row,
        slots,
        block.header,
        (field) => [name, index, field],
        issues,
      );
      collections[name].push(entry);
      locations[name].push(location);
    }
  }

  const input: Record<string, unknown> = { ...base, ...fields, ...collections };
  if (notes.length > 0) input.notes = Object.fromEntries(notes);
  if (input.title === undefined) {
    input.title = "Untitled dataset";
    issues.push(
      issue({
        severity: "warning",
        code: "missing_title",
        path: ["title"],
        message: 'The file gives the dataset no title; it was called "Untitled dataset".',
        expected: "a #dataset section with a row: title,<the title>",
        found: "nothing",
        hint: "add the lines  #dataset / field,value / title,<your title>  after the events",
      }),
    );
  }
  const validated = parseDataset(input);
  issues.push(...validated.issues.map((found) => locate(found, locations, datasetLines)));
  return { data: hasErrors(issues) ? undefined : validated.data, issues };
}
