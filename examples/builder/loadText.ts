// Turns what a journalist brings — a pasted table, a file, a published sheet's text — into a
// sheet. A CSV or pasted table goes into the grid cell by cell, errors and all, so they can be
// fixed in place; a JSON or TimelineJS file is read by the library's readers and written back
// as the CSV layout (readCsv(writeCsv(d)) is d, so nothing is lost, `extra` included).
import { type Issue, writeCsv } from "../../src/index.ts";
import { readDataset } from "./readers.ts";
import { emptySheet, type Sheet, sheetFromText } from "./sheet.ts";

/** What loading gave: a sheet to edit, or only the problems that stopped it. */
export interface Loaded {
  sheet?: Sheet;
  /** Problems of a file that could not become a sheet, and warnings of the conversion. */
  issues: Issue[];
  /** What was read, in words, for the status line. */
  what: string;
  /** Whether the text held sources/actors/dataset sections of its own. */
  complete: boolean;
}

/**
 * Reads pasted text or a file's text. `current` supplies the sources, actors and dataset
 * fields when the text is a table of events alone (a pasted sheet often is).
 * @example loadText("id\tkind\t…", "pasted table", sheet)
 */
export function loadText(text: string, name: string, current: Sheet): Loaded {
  const read = readDataset(text, { name });
  if (read.format !== "csv") {
    if (!read.data)
      return { issues: read.issues, what: `${name} (${read.format})`, complete: false };
    const table = sheetFromText(writeCsv(read.data));
    return {
      sheet: { ...emptySheet(), ...withoutSyntax(table) },
      issues: read.issues,
      what: `${name}: ${read.data.events.length} events (${read.format === "json" ? "jointline JSON" : "TimelineJS"})`,
      complete: true,
    };
  }
  const table = sheetFromText(text);
  if (!table.events) {
    return {
      issues: [
        {
          code: "empty_file",
          severity: "error",
          path: [],
          message: `${name} holds no table.`,
          expected: "a header row (id, kind, title, when, sources…) and one row per event",
          found: "nothing",
        },
      ],
      what: name,
      complete: false,
    };
  }
  const complete = Boolean(table.sources || table.actors || table.dataset || table.kept);
  const sheet: Sheet = {
    events: table.events,
    sources: table.sources ?? current.sources,
    actors: table.actors ?? current.actors,
    dataset: table.dataset ?? (complete ? [] : current.dataset),
    kept: table.kept ?? (complete ? [] : current.kept),
  };
  return {
    sheet,
    issues: [],
    what: `${name}: ${table.events.rows.length} rows`,
    complete,
  };
}

function withoutSyntax(sheet: Partial<Sheet> & { syntax: string[] }): Partial<Sheet> {
  const { syntax: _syntax, ...rest } = sheet;
  return rest;
}
