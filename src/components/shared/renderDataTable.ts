import { el } from "./el";

/**
 * One column of a {@link renderDataTable} table: a header and how to render a row's cell
 * (text, or a node such as a link).
 *
 * @example
 * const column: TableColumn<Event> = { label: "Date", cell: (e) => formatWhen(parseWhen(e.when).value) };
 */
export interface TableColumn<T> {
  label: string;
  cell: (row: T) => string | Node;
  /** Whether this column names the row (rendered as a row header `<th scope="row">`). */
  rowHeader?: boolean;
}

/**
 * An accessible HTML table equivalent to a chart: a caption, column headers with `scope`, and a
 * row header per row, so a screen reader can read every value the chart draws.
 *
 * @example
 * renderDataTable(document, "Events in the timeline", events, columns);
 */
export function renderDataTable<T>(
  document: Document,
  caption: string,
  rows: readonly T[],
  columns: readonly TableColumn<T>[],
): HTMLTableElement {
  const table = el(document, "table", "jl-table");
  table.append(el(document, "caption", undefined, caption));
  const head = el(document, "thead");
  const headRow = el(document, "tr");
  for (const column of columns) {
    const th = el(document, "th", undefined, column.label);
    th.scope = "col";
    headRow.append(th);
  }
  head.append(headRow);
  table.append(head, el(document, "tbody"));
  appendTableRows(table, rows, columns);
  return table;
}

/**
 * Appends rows to a table made by {@link renderDataTable}, so that a long table can be built a
 * slice at a time (one style-and-layout frame per slice, not one long frame for all of it).
 *
 * @example
 * appendTableRows(table, events.slice(50, 100), columns);
 */
export function appendTableRows<T>(
  table: HTMLTableElement,
  rows: readonly T[],
  columns: readonly TableColumn<T>[],
): void {
  const document = table.ownerDocument;
  // querySelector rather than tBodies: the DOMs of the Node renderer need not implement it.
  const body = table.querySelector("tbody") ?? table.appendChild(el(document, "tbody"));
  for (const row of rows) {
    const tr = el(document, "tr");
    for (const column of columns) {
      const cell = column.rowHeader ? el(document, "th") : el(document, "td");
      if (column.rowHeader) (cell as HTMLTableCellElement).scope = "row";
      const value = column.cell(row);
      if (typeof value === "string") cell.textContent = value;
      else cell.append(value);
      tr.append(cell);
    }
    body.append(tr);
  }
}
