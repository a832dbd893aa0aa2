/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP's list for CSV injection):
 * `=`, `+`, `-`, `@`, a tab or a carriage return at the start. `=HYPERLINK(…)` in a cell runs
 * when the file is opened in Excel, LibreOffice or Google Sheets.
 */
const formulaStart = /^'*[=+\-@\t\r]/;

/** A cell written for spreadsheets starts with the `'` that escapes it, then what it escaped. */
const escapedStart = /^''*[=+\-@\t\r]/;

/**
 * A cell as written for a spreadsheet: with a leading `'` (the OWASP escape, which spreadsheets
 * read as "text, not a formula") when it starts like a formula. Cells that already start with
 * `'`s before such a character get one more, so that {@link unescapeFormula} gives every cell
 * back exactly.
 * @example escapeFormula("=HYPERLINK(\"http://x\")"); // "'=HYPERLINK(\"http://x\")"
 * @example escapeFormula("-0043"); // "'-0043"
 */
export function escapeFormula(cell: string): string {
  return formulaStart.test(cell) ? `'${cell}` : cell;
}

/**
 * A cell of a CSV file as it was before {@link escapeFormula}: one leading `'` is dropped where
 * it comes before `'`s and a formula character. readCsv does this for every cell, so a file
 * written for spreadsheets reads back exactly.
 * @example unescapeFormula("'=1+1"); // "=1+1"
 */
export function unescapeFormula(cell: string): string {
  return escapedStart.test(cell) ? cell.slice(1) : cell;
}
