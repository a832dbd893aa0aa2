import type { Issue } from "../../model";
import { closest } from "../../model/closest";
import { parseCsvRows } from "../csv/parseCsvRows";
import {
  cleanInteger,
  column,
  type DateFields,
  dateColumns,
  extraColumns,
  htmlCellText,
  htmlColumns,
  isShortTitleHeader,
  knownColumns,
  type Slide,
} from "./columns";
import { tTimelineJs } from "./messages";

// TimelineJS's Google Sheets template, exported as CSV, read into slides.

/** Reads a TimelineJS sheet (CSV) into slides; rows with nothing in them are skipped. */
export function slidesFromCsv(text: string, issues: Issue[], locale = "en"): Slide[] | undefined {
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
  const missing: string[] = [column.year, column.headline].filter((name) => !index.has(name));
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
      message: tTimelineJs(locale, "timelinejs.missingColumns", {
        n: missing.length,
        columns: missing.join(", "),
      }),
      expected: tTimelineJs(locale, "timelinejs.missingColumnsExpected", {
        columns: knownColumns.filter((c) => c !== column.tag && c !== column.altText).join(", "),
      }),
      found:
        names.filter((n) => n !== "").join(", ") || tTimelineJs(locale, "timelinejs.noHeaders"),
      ...(guesses.length > 0
        ? {
            hint: tTimelineJs(locale, "timelinejs.didYouMeanColumns", {
              guesses: guesses.join(", "),
            }),
          }
        : looksLikeOurs
          ? { hint: tTimelineJs(locale, "timelinejs.looksLikeJointlineCsv") }
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
      message: tTimelineJs(locale, "timelinejs.unknownColumn", { name }),
      expected: tTimelineJs(locale, "timelinejs.unknownColumnExpected", {
        columns: knownColumns.join(", "),
      }),
      found: name,
      ...(suggestion
        ? { hint: tTimelineJs(locale, "timelinejs.didYouMeanColumn", { column: suggestion }) }
        : {}),
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
        column: tTimelineJs(locale, "timelinejs.columnNumber", { n: String(names.length + 1) }),
        message: tTimelineJs(locale, "timelinejs.tooManyCells", {
          cells: row.cells.length,
          header: names.length,
        }),
        expected: tTimelineJs(locale, "timelinejs.tooManyCellsExpected", { n: names.length }),
        found: tTimelineJs(locale, "timelinejs.tooManyCellsFound", { n: row.cells.length }),
        hint: tTimelineJs(locale, "timelinejs.tooManyCellsHint"),
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
    const date = (columns: (typeof dateColumns)["start" | "end"]): DateFields | undefined => {
      const year = cleanInteger(cell(columns.year));
      const month = cleanInteger(cell(columns.month));
      const day = cleanInteger(cell(columns.day));
      return year === "" && month === "" && day === "" ? undefined : { year, month, day };
    };
    return {
      row: row.line,
      path: [],
      type: cell(column.type),
      start: date(dateColumns.start),
      end: date(dateColumns.end),
      headline: cell(column.headline),
      text: cell(column.text),
      displayDate: cell(column.displayDate),
      group: cell(column.group) || cell(column.tag),
      uniqueId: "",
      ...(shortTitle !== undefined && (row.cells[shortTitle] ?? "").trim() !== ""
        ? { label: (row.cells[shortTitle] ?? "").trim() }
        : {}),
      extra,
    };
  });
}
