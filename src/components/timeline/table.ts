import { t } from "../../i18n/catalog";
import { renderAnnotationTable } from "../shared/describeAnnotations";
import { el } from "../shared/el";
import { formatNumber } from "../shared/formatFigure";
import { appendTableRows, renderDataTable } from "../shared/renderDataTable";
import { getIndex } from "./caches";
import { timelineTableColumns } from "./describe";
import type { Scheduler } from "./scheduler";
import type { TimelineState } from "./state";

/** Rows per page of the data table. */
const TABLE_PAGE = 250;
/** Rows of the hidden table added per idle task (10–30 ms of style and layout each). */
const TABLE_SLICE = 25;

/**
 * Builds the data table's first page, unless it is there already: `whole` builds every row at
 * once (a reader asked for it) where a hidden table otherwise comes a slice per idle task.
 */
export function buildTable(s: TimelineState, scheduler: Scheduler, whole = false): void {
  const dom = s.dom;
  if (!dom || !s.dataset || dom.tableGeneration > 0) return;
  renderTablePage(s, scheduler, 0, whole);
}

/**
 * What the hidden table's place holds until the table is built: one button, "Data table",
 * that screen readers meet in reading order where the table will be (it is no tab stop while
 * hidden, see {@link syncTableTabStops}). Pressing it builds the table there, still visually
 * hidden, and moves focus to it. The table is not built at idle: at 100 events its ~1,000
 * elements were most of the chart's DOM (issue 16); the text summary speaks for the chart
 * meanwhile, and the toolbar's "Show table" builds and shows it. The caller listens for clicks.
 *
 * @example
 * wrap.append(renderTableOpener(document, "en")); // <button class="jl-table-open">Data table</button>
 */
export function renderTableOpener(document: Document, locale: string): HTMLButtonElement {
  const button = el(document, "button", "jl-table-open", t(locale, "chart.dataTable"));
  button.type = "button";
  return button;
}

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
      ? t(opts.locale, "timeline.tableCaption", { title: dataset.title, n: rows.length })
      : t(opts.locale, "timeline.tableCaptionPage", {
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
    nav.setAttribute("aria-label", t(opts.locale, "table.pages"));
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
      pageButton(t(opts.locale, "table.previousRows"), tablePage - 1, tablePage === 0),
      el(
        document,
        "span",
        "jl-meta",
        t(opts.locale, "table.page", { page: n(tablePage + 1), pages: n(pages) }),
      ),
      pageButton(t(opts.locale, "table.nextRows"), tablePage + 1, tablePage >= pages - 1),
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

/**
 * Keeps the hidden table out of the tab order: screen readers still read it (it is only
 * visually hidden), but its links, buttons and scrolling boxes (which Chromium makes tab stops
 * by themselves) are no tab stops until "Show table" reveals it — otherwise Tab walked through
 * every source link, unseen, after the plot. Showing it puts back what was there.
 */
export function syncTableTabStops(tableWrap: HTMLElement): void {
  if (tableWrap.classList.contains("jl-visually-hidden")) {
    const focusable = tableWrap.querySelectorAll(
      "a[href], button, input, select, textarea, div, [tabindex]",
    );
    for (const node of [tableWrap, ...focusable]) {
      if (node.hasAttribute("data-jl-tabindex")) continue;
      node.setAttribute("data-jl-tabindex", node.getAttribute("tabindex") ?? "");
      node.setAttribute("tabindex", "-1");
    }
    return;
  }
  for (const node of [tableWrap, ...tableWrap.querySelectorAll("[data-jl-tabindex]")]) {
    if (!node.hasAttribute("data-jl-tabindex")) continue;
    const before = node.getAttribute("data-jl-tabindex");
    if (before) node.setAttribute("tabindex", before);
    else node.removeAttribute("tabindex");
    node.removeAttribute("data-jl-tabindex");
  }
}
