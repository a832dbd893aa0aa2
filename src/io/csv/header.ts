import type { Issue } from "../../model";
import { closest } from "../../model/closest";
import { issue } from "./issue";
import {
  type CsvColumn,
  extraPrefix,
  findColumn,
  isBlank,
  normalizeHeader,
  sectionColumns,
} from "./layout";
import type { CsvRow } from "./parseCsvRows";
import type { SectionBlock } from "./sections";

// A section's header row: what each column stands for, and rows whose cells do not match it.

/** What a header cell stands for. */
export type HeaderSlot = { column: CsvColumn } | { extraKey: string } | { ignore: true };

/** Reads a section's header row: which column each cell names, and every problem with it. */
export function readHeader(block: SectionBlock, issues: Issue[]): HeaderSlot[] | undefined {
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
export function checkCellCount(row: CsvRow, slots: readonly HeaderSlot[], issues: Issue[]): void {
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
