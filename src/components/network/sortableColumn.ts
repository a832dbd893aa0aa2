import { el } from "../shared/el";
import { appendTableRows, type TableColumn } from "../shared/renderDataTable";
import { tNetwork } from "./messages";

type Order = "none" | "descending" | "ascending";

/**
 * Makes one column of a table from `renderDataTable` sortable: its header becomes a button that
 * cycles the rows through highest first, lowest first and the table's own order, with
 * `aria-sort` on the header (the ARIA sortable-table pattern). Ties keep the table's own order.
 * @example makeSortable(table, edges, columns, 1, (e) => e.weight);
 */
export function makeSortable<T>(
  table: HTMLTableElement,
  rows: readonly T[],
  columns: readonly TableColumn<T>[],
  index: number,
  value: (row: T) => number,
  locale?: string,
): HTMLButtonElement | null {
  const document = table.ownerDocument;
  const th = table.querySelectorAll("thead th")[index] as HTMLTableCellElement | undefined;
  if (!th) return null;
  const label = th.textContent ?? "";
  const button = el(document, "button", "jl-sort", label);
  button.type = "button";
  const arrow = el(document, "span", "jl-sort-arrow", "");
  arrow.setAttribute("aria-hidden", "true");
  button.append(arrow);
  th.replaceChildren(button);
  let order: Order = "none";
  const show = () => {
    if (order === "none") th.removeAttribute("aria-sort");
    else th.setAttribute("aria-sort", order);
    arrow.textContent = order === "descending" ? " ▼" : order === "ascending" ? " ▲" : " ↕";
    button.title =
      order === "descending"
        ? tNetwork(locale, "table.sortedHighest", { label })
        : order === "ascending"
          ? tNetwork(locale, "table.sortedLowest", { label })
          : tNetwork(locale, "table.sortBy", { label });
  };
  show();
  button.addEventListener("click", () => {
    order = order === "none" ? "descending" : order === "descending" ? "ascending" : "none";
    const indexed = rows.map((row, i) => ({ row, i, v: value(row) }));
    if (order !== "none")
      indexed.sort((a, b) => (order === "descending" ? b.v - a.v : a.v - b.v) || a.i - b.i);
    table.querySelector("tbody")?.replaceChildren();
    appendTableRows(
      table,
      indexed.map((d) => d.row),
      columns,
    );
    show();
  });
  return button;
}
