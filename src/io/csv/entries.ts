import type { Issue } from "../../model";
import { readActorRole, readList, readRelation, splitEscaped } from "./cells";
import { readFigure } from "./figureCell";
import type { HeaderSlot } from "./header";
import { fromCellProblem } from "./issue";
import { extraPrefix, isBlank, mediaFields } from "./layout";
import { tCsv } from "./messages";
import type { CsvRow } from "./parseCsvRows";

// One data row of a section read into an entry, and validation issues put back at their row and column.

/** Where one entry of a collection came from: its line and the header of each of its fields. */
export interface EntryLocation {
  line: number;
  columns: Map<string, string>;
  /** For events: the header of each `extra` key. */
  extra: Map<string, string>;
  /** For list cells whose bad items were left out: the item of the cell each kept value came from. */
  items: Map<string, number[]>;
}

/** The collections a CSV file's sections fill. */
export type Collection = "events" | "sources" | "actors" | "eras" | "annotations";

/** One entry of a collection, as read from its row, before validation. */
export type Entry = Record<string, unknown>;

/** Reads one data row of a collection section into an entry and its location. */
export function readEntry(
  row: CsvRow,
  slots: readonly HeaderSlot[],
  header: CsvRow,
  pathOf: (field: string) => Issue["path"],
  issues: Issue[],
  locale?: string,
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
      case "integer":
        entry[field] = /^\s*\d{1,9}\s*$/.test(cell) ? Number(cell) : cell.trim();
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
              ? readFigure(raw, locale)
              : type === "actors"
                ? readActorRole(readList(raw)[0] ?? "", locale)
                : readRelation(readList(raw)[0] ?? "", locale);
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

/**
 * Rewrites a validation issue in CSV terms: its row and column, and a message about cells
 * (written in `locale`, default English, as the validation's message is).
 */
export function locate(
  found: Issue,
  locations: Record<Collection, (EntryLocation | undefined)[]>,
  datasetLines: Map<string, number>,
  metricLocations: ReadonlyMap<string, EntryLocation> = new Map(),
  locale?: string,
): Issue {
  const [first, index, field, item] = found.path;
  if (typeof first !== "string") return found;
  if (first === "metrics" && typeof index === "string") {
    // A #metrics row: the column of the declared field, or the metric's own cell.
    const location = metricLocations.get(index);
    if (location === undefined) return found;
    const name = typeof field === "string" ? field : "metric";
    const column = location.columns.get(name) ?? name;
    return { ...found, row: location.line, column };
  }
  if (first in locations && typeof index === "number") {
    const location = locations[first as Collection][index];
    if (location === undefined) return found;
    let column: string | undefined;
    if (field === "extra" && typeof item === "string")
      column = location.extra.get(item) ?? `${extraPrefix}${item}`;
    else if (field === "media" && typeof item === "string") {
      const name = mediaFields.find(([key]) => key === item)?.[1] ?? "media.url";
      column = location.columns.get(name) ?? name;
    } else if (field === "media") column = location.columns.get("media.url") ?? "media.url";
    else if (typeof field === "string") column = location.columns.get(field) ?? field;
    else if (found.code === "invalid_kind") column = location.columns.get("kind") ?? "kind";
    let message = found.message;
    if (found.code === "invalid_date") {
      message = tCsv(locale, "csv.dateUnreadable", {
        date: String(found.found),
        reason: message.replace(/[.。]$/, ""),
      });
    }
    if (found.code === "unknown_field" && typeof field === "string") {
      message = tCsv(locale, "csv.columnDoesNotApply", { column: String(column) });
    } else if (typeof item === "number" && typeof field === "string" && field !== "extra") {
      const n = (location.items.get(field)?.[item] ?? item) + 1;
      message = tCsv(locale, "csv.itemOfCell", { message: message.replace(/[.。]$/, ""), n });
    }
    return { ...found, message, row: location.line, ...(column !== undefined ? { column } : {}) };
  }
  const key = first === "notes" && typeof index === "string" ? `notes.${index}` : first;
  const line = datasetLines.get(key);
  return line === undefined ? found : { ...found, row: line, column: "value" };
}
