import { t } from "../../i18n/catalog";
import { el } from "../shared/el";
import { partFailureIssue } from "../shared/partFailure";
import { renderIssues } from "../shared/renderIssues";
import { detailsCode, loadDetailsCode } from "./detailsCode";
import type { Scheduler } from "./scheduler";
import type { TimelineState } from "./state";

/**
 * Builds the data table's first page, unless it is there already: `whole` builds every row at
 * once (a reader asked for it) where a hidden table otherwise comes a slice per idle task. The
 * table's code (`renderTablePage`) may come with the `details` part of the script-tag build:
 * built when it is here (the opener, which has focus when it was pressed, keeps its place
 * until then, and the table takes its focus); a part that cannot load is reported under the
 * opener (`part_load_failed`), which tries again when pressed.
 */
export function buildTable(s: TimelineState, scheduler: Scheduler, whole = false): void {
  const dom = s.dom;
  if (!dom || !s.dataset || dom.tableGeneration > 0) return;
  const code = detailsCode();
  if (code) {
    code.renderTablePage(s, scheduler, 0, whole);
    return;
  }
  loadDetailsCode().then(
    () => {
      if (s.dom === dom) buildTable(s, scheduler, whole);
    },
    (error: unknown) => {
      if (s.dom !== dom) return;
      dom.tableWrap.querySelector(".jl-issues")?.remove();
      dom.tableWrap.append(
        renderIssues(s.document, [partFailureIssue(error, s.opts.locale)], {
          heading: t(s.opts.locale, "chart.dataTable"),
          locale: s.opts.locale,
        }),
      );
    },
  );
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
