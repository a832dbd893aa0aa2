import { tDetails } from "../shared/detailsMessages";
import { el } from "../shared/el";
import { formatNumber } from "../shared/formatFigure";
import { renderAnnotationTable } from "../shared/renderAnnotationTable";
import { appendTableRows, renderDataTable } from "../shared/renderDataTable";
import { getIndex } from "./caches";
import type { Scheduler } from "./scheduler";
import type { TimelineState } from "./state";
import { syncTableTabStops } from "./table";
import { timelineTableColumns } from "./tableColumns";

/** Rows per page of the data table. */
const TABLE_PAGE = 250;
/** Rows of the hidden table added per idle task (10–30 ms of style and layout each). */
const TABLE_SLICE = 25;

/**
 * One page of the data table ({@link TABLE_PAGE} rows in time order) with previous/next
 * buttons when there are more: a table row per event would put every event in the DOM.
 */
export function renderTablePage(
  s: TimelineState,
  scheduler: Scheduler,
  page: number,
  whole = false,
): void {
  const { dom, dataset, document, opts } = s;
  if (!dom || !dataset) return;
  const tableWrap = dom.tableWrap;
  if (s.enc.events.length) getIndex(s);
  const { order } = s;
  const events = s.enc.events;
  const pages = Math.max(1, Math.ceil(order.length / TABLE_PAGE));
  dom.tablePage = Math.min(pages - 1, Math.max(0, page));
  const tablePage = dom.tablePage;
  const from = tablePage * TABLE_PAGE;
  const to = Math.min(order.length, from + TABLE_PAGE);
  const rows = Array.from(order.subarray(from, to), (i) => events[i]!);
  const n = (v: number) => formatNumber(v, opts.locale);
  const caption =
    pages === 1
      ? tDetails(opts.locale, "timeline.tableCaption", { title: dataset.title, n: rows.length })
      : tDetails(opts.locale, "timeline.tableCaptionPage", {
          title: dataset.title,
          from: n(from + 1),
          to: n(to),
          n: n(order.length),
        });
  const columns = timelineTableColumns(document, dataset, opts.locale);
  // The hidden table (for screen readers, built when idle) comes a slice per idle task: its
  // style and layout in one piece was one ~100 ms frame at 250 rows (bench/FINDINGS.md §10).
  // A table the reader asked to see comes whole.
  const sliced = !whole && tableWrap.classList.contains("jl-visually-hidden");
  const first = sliced ? rows.slice(0, TABLE_SLICE) : rows;
  const table = renderDataTable(document, caption, first, columns);
  const generation = ++dom.tableGeneration;
  const appendFrom = (k: number) => {
    if (generation !== dom.tableGeneration || k >= rows.length) return;
    appendTableRows(table, rows.slice(k, k + TABLE_SLICE), columns);
    syncTableTabStops(tableWrap);
    scheduler.afterPaint(() => appendFrom(k + TABLE_SLICE));
  };
  if (first.length < rows.length) scheduler.afterPaint(() => appendFrom(first.length));
  const parts: Node[] = [table];
  if (pages > 1) {
    const nav = el(document, "div", "jl-table-pager");
    nav.setAttribute("role", "group");
    nav.setAttribute("aria-label", tDetails(opts.locale, "table.pages"));
    const pageButton = (text: string, target: number, disabled: boolean) => {
      const b = el(document, "button", undefined, text);
      b.type = "button";
      b.disabled = disabled;
      b.addEventListener("click", () => {
        renderTablePage(s, scheduler, target);
        tableWrap
          .querySelector<HTMLButtonElement>(".jl-table-pager button:not([disabled])")
          ?.focus();
      });
      return b;
    };
    nav.append(
      pageButton(tDetails(opts.locale, "table.previousRows"), tablePage - 1, tablePage === 0),
      el(
        document,
        "span",
        "jl-meta",
        tDetails(opts.locale, "table.page", { page: n(tablePage + 1), pages: n(pages) }),
      ),
      pageButton(tDetails(opts.locale, "table.nextRows"), tablePage + 1, tablePage >= pages - 1),
    );
    parts.push(nav);
  }
  const notes = renderAnnotationTable(document, dataset, opts.locale);
  if (notes) parts.push(notes);
  // Focus inside the place being replaced (the opener, a screen reader's cursor) goes to the
  // table rather than to the page's body.
  const place = tableWrap.getRootNode?.() as Document | ShadowRoot | undefined;
  const active = place?.activeElement ?? document.activeElement;
  const hadFocus = active !== null && tableWrap.contains(active);
  tableWrap.replaceChildren(...parts);
  syncTableTabStops(tableWrap);
  if (hadFocus) {
    table.tabIndex = -1;
    table.focus();
  }
}
