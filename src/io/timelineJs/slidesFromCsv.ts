import type { Issue } from "../../model";
import { closest } from "../../model/closest";
import { parseCsvRows } from "../csv/parseCsvRows";
import {
  cleanInteger,
  type DateFields,
  extraColumns,
  htmlCellText,
  htmlColumns,
  isShortTitleHeader,
  knownColumns,
  type Slide,
} from "./columns";

// TimelineJS's Google Sheets template, exported as CSV, read into slides.

/** Reads a TimelineJS sheet (CSV) into slides; rows with nothing in them are skipped. */
export function slidesFromCsv(text: string, issues: Issue[]): Slide[] | undefined {
  const { rows, issues: syntax } = parseCsvRows(text);
  issues.push(...syntax);
  const [header, ...data] = rows.filter((row) => row.cells.some((cell) => cell.trim() !== ""));
  if (header === undefined) return [];
  const names = header.cells.map((cell) => cell.trim());
  const index = new Map<string, number>();
  const unknown: string[] = [];
  let shortTitle: number | undefined;
  names.forEach((name, i) => {
    const known = knownColumns.find((column) => column.toLowerCase() === name.toLowerCase());
    if (known !== undefined && !index.has(known)) index.set(known, i);
    else if (shortTitle === undefined && isShortTitleHeader(name)) shortTitle = i;
    else if (name !== "") unknown.push(name);
  });
  const missing = ["Year", "Headline"].filter((name) => !index.has(name));
  if (missing.length > 0) {
    const guesses = missing.flatMap((name) => {
      const near = unknown.find((u) => closest(u, [name]) !== undefined);
      return near === undefined ? [] : [`"${near}" → "${name}"`];
    });
    const looksLikeOurs = names.includes("id") && names.includes("when");
    issues.push({
      code: "missing_column",
      severity: "error",
      path: [],
      row: header.line,
      column: missing[0],
      message: `The header lacks the TimelineJS column${missing.length > 1 ? "s" : ""} ${missing.join(", ")}.`,
      expected: `the TimelineJS columns ${knownColumns.filter((c) => c !== "Tag" && c !== "Alt Text").join(", ")}`,
      found: names.filter((n) => n !== "").join(", ") || "no headers",
      ...(guesses.length > 0
        ? { hint: `did you mean ${guesses.join(", ")}?` }
        : looksLikeOurs
          ? { hint: "this looks like a jointline CSV: read it with readCsv" }
          : {}),
    });
    return undefined;
  }
  for (const name of unknown) {
    const suggestion = closest(name, knownColumns);
    issues.push({
      code: "unknown_column",
      severity: "warning",
      path: [],
      row: header.line,
      column: name,
      message: `The column "${name}" is not a TimelineJS column; its cells were kept in each event's extra under "${name}".`,
      expected: `one of ${knownColumns.join(", ")}`,
      found: name,
      ...(suggestion ? { hint: `did you mean "${suggestion}"?` } : {}),
    });
  }
  return data.map((row) => {
    const cell = (name: string) => {
      const i = index.get(name);
      return i === undefined ? "" : (row.cells[i] ?? "").trim();
    };
    if (
      row.cells.length > names.length &&
      row.cells.slice(names.length).some((c) => c.trim() !== "")
    ) {
      issues.push({
        code: "too_many_cells",
        severity: "error",
        path: [],
        row: row.line,
        column: `column ${names.length + 1}`,
        message: `This row has ${row.cells.length} cells but the header has ${names.length}; the cells beyond the header would be lost.`,
        expected: `at most ${names.length} cells`,
        found: `${row.cells.length} cells`,
        hint: "quote cells that contain a comma",
      });
    }
    const extra: [string, string][] = [];
    for (const name of extraColumns) {
      const value = cell(name);
      if (value !== "") extra.push([name, htmlColumns.has(name) ? htmlCellText(value) : value]);
    }
    names.forEach((name, i) => {
      const value = (row.cells[i] ?? "").trim();
      if (unknown.includes(name) && value !== "") extra.push([name, value]);
    });
    const date = (prefix: string): DateFields | undefined => {
      const year = cleanInteger(cell(`${prefix}Year`));
      const month = cleanInteger(cell(`${prefix}Month`));
      const day = cleanInteger(cell(`${prefix}Day`));
      return year === "" && month === "" && day === "" ? undefined : { year, month, day };
    };
    return {
      row: row.line,
      path: [],
      type: cell("Type"),
      start: date(""),
      end: date("End "),
      headline: cell("Headline"),
      text: cell("Text"),
      displayDate: cell("Display Date"),
      group: cell("Group") || cell("Tag"),
      uniqueId: "",
      ...(shortTitle !== undefined && (row.cells[shortTitle] ?? "").trim() !== ""
        ? { label: (row.cells[shortTitle] ?? "").trim() }
        : {}),
      extra,
    };
  });
}
