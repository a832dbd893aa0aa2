import type { Issue } from "../../model";
import { closest } from "../../model/closest";
import { tRead } from "../messages";
import { checkCellCount, type HeaderSlot } from "./header";
import { issue } from "./issue";
import { type CsvSection, csvSections, datasetFields, isBlank, normalizeHeader } from "./layout";
import { tCsv } from "./messages";
import type { CsvRow } from "./parseCsvRows";

// A CSV file's sections: the events, then #dataset, #metrics, #sources, #actors and #eras after their marker rows.

/** One section of the file: its header row and its data rows. */
export interface SectionBlock {
  section: CsvSection;
  header: CsvRow;
  rows: CsvRow[];
}

const markerPattern = /^#\s*([A-Za-z]+)\s*$/;

/** The section a marker row starts (`#sources` alone in its row), or undefined if it is not one. */
function markerOf(cells: readonly string[]): string | undefined {
  const match = markerPattern.exec(cells[0] ?? "");
  if (!match || !cells.slice(1).every(isBlank)) return undefined;
  return match[1]!.toLowerCase();
}

/** Splits the rows into sections; the file starts in the events section. */
export function splitSections(
  rows: readonly CsvRow[],
  issues: Issue[],
  locale?: string,
): SectionBlock[] {
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
            message: tCsv(locale, "csv.unknownSection", { marker: row.cells[0]!.trim() }),
            expected: tCsv(locale, "csv.oneOf", {
              list: csvSections.map((name) => `#${name}`).join(", "),
            }),
            found: row.cells[0]!.trim(),
            ...(suggestion
              ? { hint: tCsv(locale, "csv.didYouMean", { suggestion: `#${suggestion}` }) }
              : {}),
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
            message: tCsv(locale, "csv.duplicateSection", { section: `#${known}` }),
            expected: tCsv(locale, "csv.oneSection", { section: `#${known}` }),
            found: tCsv(locale, "csv.secondSection", { section: `#${known}` }),
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

/** The `#dataset` fields whose value is a code, read trimmed; the others are text. */
const codeFields: ReadonlySet<string> = new Set(["schemaVersion", "updated", "coverage"]);

/** Reads the `#dataset` section's field/value rows. */
export function readDatasetSection(
  block: SectionBlock,
  slots: readonly HeaderSlot[],
  fields: Record<string, unknown>,
  notes: [string, string][],
  lines: Map<string, number>,
  issues: Issue[],
  locale?: string,
): void {
  const fieldIndex = slots.findIndex((slot) => "column" in slot && slot.column.field === "field");
  const valueIndex = slots.findIndex((slot) => "column" in slot && slot.column.field === "value");
  for (const row of block.rows) {
    checkCellCount(row, slots, issues, locale);
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
          message: tCsv(locale, "csv.missingField"),
          expected: tCsv(locale, "csv.fieldsOrNotes", { list: datasetFields.join(", ") }),
          found: tRead(locale, "read.nothing"),
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
          message: tCsv(locale, "csv.unknownField", { name }),
          expected: tCsv(locale, "csv.fieldsOrNotes", { list: datasetFields.join(", ") }),
          found: name,
          ...(suggestion ? { hint: tCsv(locale, "csv.didYouMean", { suggestion }) } : {}),
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
          message: tCsv(locale, "csv.duplicateField", {
            field,
            line: String(lines.get(field)),
          }),
          expected: tCsv(locale, "csv.eachFieldOnce"),
          found: field,
        }),
      );
      continue;
    }
    lines.set(field, row.line);
    if (isBlank(value)) continue;
    if (isNote) notes.push([key.slice("notes.".length), value]);
    else fields[field] = codeFields.has(field) ? value.trim() : value;
  }
}
