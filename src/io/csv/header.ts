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
import { tCsv } from "./messages";
import type { CsvRow } from "./parseCsvRows";
import type { SectionBlock } from "./sections";

// A section's header row: what each column stands for, and rows whose cells do not match it.

/** What a header cell stands for. */
export type HeaderSlot = { column: CsvColumn } | { extraKey: string } | { ignore: true };

/** Reads a section's header row: which column each cell names, and every problem with it. */
export function readHeader(
  block: SectionBlock,
  issues: Issue[],
  locale?: string,
): HeaderSlot[] | undefined {
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
            message: tCsv(locale, "csv.unnamedEventColumn", {
              n: String(index + 1),
              key: `column ${index + 1}`,
            }),
            expected: tCsv(locale, "csv.aHeader"),
            found: tCsv(locale, "csv.emptyHeaderCell"),
            hint: tCsv(locale, "csv.nameTheColumn"),
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
            message: tCsv(locale, "csv.unnamedColumn", {
              n: String(index + 1),
              section: `#${section}`,
            }),
            expected: tCsv(locale, "csv.aHeaderOneOf", {
              list: sectionColumns[section].map((c) => c.field).join(", "),
            }),
            found: tCsv(locale, "csv.emptyHeaderCell"),
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
          message: tCsv(locale, "csv.duplicateColumn", { previous, name, field: column.field }),
          expected: tCsv(locale, "csv.eachColumnOnce"),
          found: tCsv(locale, "csv.twoHeaders", { previous, name }),
          hint: tCsv(locale, "csv.removeOrRename"),
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
          message: tCsv(locale, "csv.unknownEventColumn", { name }),
          expected: tCsv(locale, "csv.oneOfOrExtra", { list: fields.join(", ") }),
          found: name,
          hint:
            field !== undefined
              ? tCsv(locale, "csv.didYouMean", { suggestion: field })
              : tCsv(locale, "csv.nameItExtra", { name }),
        }),
      );
    } else {
      issues.push(
        issue({
          code: "unknown_column",
          path: [],
          row: header.line,
          column: name,
          message: tCsv(locale, "csv.unknownColumn", { name, section: `#${section}` }),
          expected: tCsv(locale, "csv.oneOf", { list: fields.join(", ") }),
          found: name,
          hint:
            field !== undefined
              ? tCsv(locale, "csv.didYouMean", { suggestion: field })
              : tCsv(locale, "csv.removeColumn"),
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
      header.cells.some((c) => c.trim().toLowerCase() === "headline") &&
      header.cells.some((c) => c.trim().toLowerCase() === "year");
    issues.push(
      issue({
        code: "missing_column",
        path: [],
        row: header.line,
        column: missing[0]!.field,
        message:
          section === "events"
            ? tCsv(locale, "csv.missingColumns", { n: missing.length, names })
            : tCsv(locale, "csv.missingSectionColumns", {
                n: missing.length,
                names,
                section: `#${section}`,
              }),
        expected: tCsv(locale, "csv.theColumns", {
          names: columns
            .filter((c) => c.required)
            .map((c) => c.field)
            .join(", "),
        }),
        found:
          header.cells
            .map((c) => c.trim())
            .filter((c) => c !== "")
            .join(", ") || tCsv(locale, "csv.noHeaders"),
        ...(guesses.length > 0
          ? { hint: tCsv(locale, "csv.didYouMeanList", { guesses: guesses.join(", ") }) }
          : looksLikeTimelineJs
            ? { hint: tCsv(locale, "csv.looksLikeTimelineJs") }
            : {}),
      }),
    );
    return undefined;
  }
  return slots;
}

/** Reports a row with cells beyond the header (error: they would be lost) or fewer (warning). */
export function checkCellCount(
  row: CsvRow,
  slots: readonly HeaderSlot[],
  issues: Issue[],
  locale?: string,
): void {
  const width = slots.length;
  const counts = { cells: row.cells.length, width };
  if (row.cells.length > width && row.cells.slice(width).some((cell) => !isBlank(cell))) {
    issues.push(
      issue({
        code: "too_many_cells",
        path: [],
        row: row.line,
        column: `column ${width + 1}`,
        message: tCsv(locale, "csv.tooManyCells", counts),
        expected: tCsv(locale, "csv.atMostCells", counts),
        found: tCsv(locale, "csv.cells", counts),
        hint: tCsv(locale, "csv.tooManyCellsHint"),
      }),
    );
  } else if (row.cells.length < width) {
    issues.push(
      issue({
        severity: "warning",
        code: "missing_cells",
        path: [],
        row: row.line,
        message: tCsv(locale, "csv.missingCells", counts),
        expected: tCsv(locale, "csv.cells", { cells: width }),
        found: tCsv(locale, "csv.cells", counts),
        hint: tCsv(locale, "csv.missingCellsHint"),
      }),
    );
  }
}
