// The editable grid: a plain <table> of inputs, one row per entry and one column per CSV column,
// shown a page of rows at a time (a 1,000-row sheet would otherwise be 15,000 elements to lay
// out again on every change), built as one HTML string and patched row by row when only values
// change. Every input is labelled by its column and row; the arrow keys move between
// rows, Enter moves down as in a spreadsheet, Alt+Shift+↑/↓ moves the row itself. Issues are
// shown on their cells, with a one-click fix where the hint names one.
import type { Issue } from "../../src/index.ts";
import { applyHint } from "./hintFix.ts";
import type { Table, TableName } from "./sheet.ts";
import type { CellRef, Validation } from "./validateSheet.ts";

/** What the grid tells its owner. */
export interface GridEvents {
  /** A cell's text changed (on every keystroke). */
  edit(row: number, column: number, value: string): void;
  /** The focus left a cell: the end of one undo step. */
  editEnd(): void;
  /** A row button: move up or down, insert a row below, delete. */
  rowAction(action: "up" | "down" | "insert" | "delete", row: number): void;
  /** A hint's fix was clicked: the cell's new text. */
  fix(row: number, column: number, value: string): void;
}

/** The handle of a grid. */
export interface Grid {
  /** The grid: the page switcher (when there is more than one page) and the table. */
  element: HTMLElement;
  /** Shows a table: rebuilds when its shape changed, else patches the rows that changed. */
  show(table: Table): void;
  /** Marks the issues of this grid's table on their cells (and rows). */
  showIssues(validation: Validation | undefined): void;
  /** Moves keyboard focus to a cell. */
  focusCell(row: number, column: number): void;
}

const escapeHtml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** Columns whose cells are long prose: a textarea, which keeps line breaks. */
const proseColumns = new Set(["summary", "note"]);

const singular: Record<TableName, string> = { events: "event", sources: "source", actors: "actor" };

/** Rows shown at once. */
export const pageSize = 100;

/**
 * A grid for one table of the sheet.
 * @example const grid = createGrid(document, "events", { edit, editEnd, rowAction, fix });
 */
export function createGrid(doc: Document, name: TableName, events: GridEvents): Grid {
  const element = doc.createElement("div");
  element.className = "grid-wrap";
  const table = doc.createElement("table");
  table.className = "grid";
  table.dataset.table = name;
  const pager = doc.createElement("nav");
  pager.className = "pager";
  pager.setAttribute("aria-label", `Pages of ${name}`);
  element.append(pager, table);
  let shown: Table = { header: [], rows: [] };
  /** The first row of the page shown. */
  let first = 0;
  let lastValidation: Validation | undefined;
  let marked: HTMLElement[] = [];
  /** The issues of each cell, by "row:column", for the fix buttons. */
  let cellIssues = new Map<string, Issue[]>();

  const cellHtml = (value: string, r: number, c: number, header: string) => {
    const label = escapeHtml(`${header}, ${singular[name]} ${r + 1}`);
    const common = `data-r="${r}" data-c="${c}" aria-label="${label}" spellcheck="false"`;
    const td = `<td data-col="${escapeHtml(header)}">`;
    return proseColumns.has(header) || /[\r\n]/.test(value)
      ? `${td}<textarea ${common} rows="1">${escapeHtml(value)}</textarea></td>`
      : `${td}<input ${common} value="${escapeHtml(value)}"></td>`;
  };
  const rowHtml = (cells: readonly string[], r: number, header: readonly string[]) => {
    const n = r + 1;
    const what = `${singular[name]} ${n}`;
    let html = `<tr data-r="${r}"><th scope="row" class="row-head"><span class="row-number">${n}</span><span class="row-actions">`;
    html += `<button type="button" data-action="up" aria-label="Move ${what} up" title="Move up (Alt+Shift+↑)">↑</button>`;
    html += `<button type="button" data-action="down" aria-label="Move ${what} down" title="Move down (Alt+Shift+↓)">↓</button>`;
    html += `<button type="button" data-action="insert" aria-label="Insert a row below ${what}" title="Insert a row below">+</button>`;
    html += `<button type="button" data-action="delete" aria-label="Delete ${what}" title="Delete the row">✕</button>`;
    html += "</span></th>";
    for (let c = 0; c < header.length; c++) html += cellHtml(cells[c] ?? "", r, c, header[c]!);
    // Cells past the header (a pasted row longer than its header) are kept and shown.
    for (let c = header.length; c < cells.length; c++)
      html += cellHtml(cells[c]!, r, c, `column ${c + 1}`);
    return `${html}</tr>`;
  };

  function rebuild(data: Table) {
    first = Math.max(
      0,
      Math.min(first, Math.floor(Math.max(0, data.rows.length - 1) / pageSize) * pageSize),
    );
    const head = data.header
      .map((h, c) => `<th scope="col" data-c="${c}">${escapeHtml(h)}</th>`)
      .join("");
    let body = "";
    const end = Math.min(data.rows.length, first + pageSize);
    for (let r = first; r < end; r++) body += rowHtml(data.rows[r]!, r, data.header);
    table.innerHTML = `<thead><tr><th scope="col" class="row-head">#</th>${head}</tr></thead><tbody>${body}</tbody>`;
    marked = [];
    renderPager(data.rows.length);
    showIssues(lastValidation);
  }

  function renderPager(count: number) {
    pager.hidden = count <= pageSize;
    if (pager.hidden) return;
    const last = Math.min(count, first + pageSize);
    pager.innerHTML = `<button type="button" data-page="-1"${first === 0 ? " disabled" : ""}>Previous ${pageSize}</button> <span>Rows ${first + 1}–${last} of ${count}</span> <button type="button" data-page="1"${last >= count ? " disabled" : ""}>Next ${pageSize}</button>`;
  }
  pager.addEventListener("click", (event) => {
    const button = (event.target as Element).closest<HTMLButtonElement>("button[data-page]");
    if (!button) return;
    first = Math.max(0, first + Number(button.dataset.page) * pageSize);
    rebuild(shown);
  });

  /** The <tr> of a row of the sheet, if it is on the page shown. */
  const rowElement = (r: number) =>
    r >= first && r < first + pageSize ? table.tBodies[0]?.rows[r - first] : undefined;

  function patchRow(r: number, cells: readonly string[]) {
    const tr = rowElement(r);
    if (!tr) return;
    const inputs = tr.querySelectorAll<HTMLInputElement | HTMLTextAreaElement>("input, textarea");
    if (inputs.length !== Math.max(cells.length, shown.header.length)) {
      tr.outerHTML = rowHtml(cells, r, shown.header);
      return;
    }
    inputs.forEach((input, c) => {
      const value = cells[c] ?? "";
      if (input.value === value) return;
      if (input instanceof HTMLInputElement && /[\r\n]/.test(value)) {
        tr.outerHTML = rowHtml(cells, r, shown.header);
        return;
      }
      input.value = value;
    });
  }

  function show(data: Table) {
    const sameShape =
      data.header === shown.header ||
      (data.header.length === shown.header.length &&
        data.header.every((h, i) => h === shown.header[i]));
    if (!sameShape || data.rows.length !== shown.rows.length || !table.tBodies[0]) {
      const focused = position(doc.activeElement);
      shown = data;
      rebuild(data);
      if (focused) focusCell(Math.min(focused.row, data.rows.length - 1), focused.column);
      return;
    }
    const previous = shown;
    shown = data;
    // Sheets share unchanged rows: only rows that are new objects can differ.
    const end = Math.min(data.rows.length, first + pageSize);
    for (let r = first; r < end; r++) {
      if (data.rows[r] !== previous.rows[r]) patchRow(r, data.rows[r]!);
    }
  }

  function position(node: Element | null): { row: number; column: number } | undefined {
    if (!(node instanceof HTMLElement) || !table.contains(node) || node.dataset.c === undefined) {
      return undefined;
    }
    return { row: Number(node.dataset.r), column: Number(node.dataset.c) };
  }

  function input(row: number, column: number) {
    return (
      rowElement(row)?.querySelector<HTMLInputElement | HTMLTextAreaElement>(
        `[data-c="${column}"]`,
      ) ?? null
    );
  }

  function focusCell(row: number, column: number) {
    if (row < 0 || row >= shown.rows.length) return;
    if (!rowElement(row)) {
      first = Math.floor(row / pageSize) * pageSize;
      rebuild(shown);
    }
    const target = input(row, column);
    target?.focus();
    if (target instanceof HTMLInputElement) target.select();
  }

  function showIssues(validation: Validation | undefined) {
    lastValidation = validation;
    for (const node of marked) {
      node.classList.remove("has-issue", "has-warning");
      node.querySelector(".cell-issue")?.remove();
      const field = node.querySelector("input, textarea");
      field?.removeAttribute("aria-invalid");
      field?.removeAttribute("aria-describedby");
    }
    marked = [];
    cellIssues = new Map();
    if (!validation) return;
    for (const { ref, issues } of validation.cells.values()) {
      if (ref.table !== name || !rowElement(ref.row)) continue;
      markCell(ref, issues);
    }
    for (const [key, issues] of validation.rows) {
      const [table, row] = key.split(":");
      if (table !== name) continue;
      const th = rowElement(Number(row))?.cells[0];
      if (!th) continue;
      th.classList.add(issues.some((i) => i.severity === "error") ? "has-issue" : "has-warning");
      th.title = issues.map((i) => i.message).join("\n");
      marked.push(th);
    }
  }

  function markCell(ref: CellRef, issues: Issue[]) {
    const field = input(ref.row, ref.column);
    const td = field?.parentElement;
    if (!field || !td) return;
    const error = issues.some((i) => i.severity === "error");
    td.classList.add(error ? "has-issue" : "has-warning");
    cellIssues.set(`${ref.row}:${ref.column}`, issues);
    const box = doc.createElement("div");
    box.className = "cell-issue";
    box.id = `issue-${name}-${ref.row}-${ref.column}`;
    issues.forEach((issue, i) => {
      const p = doc.createElement("p");
      p.textContent = issue.hint ? `${issue.message} Hint: ${issue.hint}` : issue.message;
      const fixed = applyHint(field.value, issue);
      if (fixed !== undefined) {
        const button = doc.createElement("button");
        button.type = "button";
        button.className = "fix";
        button.dataset.fix = String(i);
        button.textContent = `Use “${fixed}”`;
        button.setAttribute(
          "aria-label",
          `Fix ${shown.header[ref.column] ?? "cell"} of ${singular[name]} ${ref.row + 1}: use “${fixed}”`,
        );
        p.append(" ", button);
      }
      box.append(p);
    });
    td.append(box);
    if (error) field.setAttribute("aria-invalid", "true");
    field.setAttribute("aria-describedby", box.id);
    marked.push(td);
  }

  table.addEventListener("input", (event) => {
    const at = position(event.target as Element);
    if (at) events.edit(at.row, at.column, (event.target as HTMLInputElement).value);
  });
  table.addEventListener("focusout", (event) => {
    if (position(event.target as Element)) events.editEnd();
  });
  table.addEventListener("click", (event) => {
    const button = (event.target as Element).closest("button");
    if (!button) return;
    const tr = button.closest("tr");
    const row = Number(tr?.dataset.r);
    if (button.dataset.action) {
      events.rowAction(button.dataset.action as "up" | "down" | "insert" | "delete", row);
      return;
    }
    if (button.dataset.fix !== undefined) {
      const td = button.closest("td");
      const field = td?.querySelector<HTMLInputElement | HTMLTextAreaElement>("input, textarea");
      const at = position(field ?? null);
      const issue = at && cellIssues.get(`${at.row}:${at.column}`)?.[Number(button.dataset.fix)];
      const fixed = at && issue && field ? applyHint(field.value, issue) : undefined;
      if (at && fixed !== undefined) {
        events.fix(at.row, at.column, fixed);
        focusCell(at.row, at.column);
      }
    }
  });
  table.addEventListener("keydown", (event) => {
    const at = position(event.target as Element);
    if (!at) return;
    const prose = event.target instanceof HTMLTextAreaElement;
    const vertical = event.key === "ArrowUp" || event.key === "ArrowDown";
    const by = event.key === "ArrowUp" ? -1 : 1;
    if (vertical && event.altKey && event.shiftKey) {
      event.preventDefault();
      events.rowAction(by < 0 ? "up" : "down", at.row);
      focusCell(at.row + by, at.column);
    } else if (vertical && (!prose || event.altKey) && !event.shiftKey) {
      event.preventDefault();
      focusCell(at.row + by, at.column);
    } else if (event.key === "Enter" && !prose && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      focusCell(at.row + 1, at.column);
    }
  });

  return { element, show, showIssues, focusCell };
}
