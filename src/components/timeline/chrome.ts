import { summarizeDataset } from "../../derive/summarizeDataset";
import { t } from "../../i18n/catalog";
import type { Dataset, Source } from "../../model";
import { describeAnnotations } from "../shared/describeAnnotations";
import type { Disposables } from "../shared/dispatch";
import { el } from "../shared/el";
import { renderContentNote } from "../shared/renderContentNote";
import { renderEmptyState } from "../shared/renderEmptyState";
import { renderIssues } from "../shared/renderIssues";
import { renderLegend } from "../shared/renderLegend";
import { renderSourcesFooter } from "../shared/renderSourcesFooter";
import { renderTextSummary } from "../shared/renderTextSummary";
import { createTooltip } from "../shared/tooltip";
import { getIndex } from "./caches";
import { timelineLegendItems, timelineStylesPresent } from "./describe";
import { prefetchDetailsCode } from "./detailsCode";
import { encodingsCode } from "./encodingsCode";
import { eventsInWindow } from "./layout";
import { visibleWindow } from "./scale";
import type { Scheduler } from "./scheduler";
import type { TimelineActions, TimelineDom, TimelineState } from "./state";
import { renderTableOpener, syncTableTabStops } from "./table";

/** Sources listed in the footer at most. */
const SOURCES_SHOWN = 200;
const svgNs = "http://www.w3.org/2000/svg";

/**
 * The timeline's DOM skeleton, in reading order: content note, toolbar, legends, the plot (an
 * SVG, and a canvas while marks draw there), the overview, a live region, the text summary and
 * key help, the details panel, the data table and the sources footer. Rebuilt whole by
 * `createTimeline` when options that change it change; drawn into by `draw.ts`.
 */

/**
 * Empties the root and builds the chrome for the current state: an error report without a
 * dataset, an empty state without events, else the chart's parts (returned; also set as
 * `s.dom`). Listeners go in `bag`; deferred work (the hidden summary and table) in `scheduler`.
 */
export function buildChrome(
  s: TimelineState,
  act: TimelineActions,
  bag: Disposables,
  scheduler: Scheduler,
): TimelineDom | undefined {
  const { root, document, opts, dataset, id } = s;
  const events = s.enc.events;
  s.tooltip.destroy();
  root.replaceChildren();
  s.tooltip = createTooltip(root);
  root.setAttribute("data-theme", opts.theme);
  root.setAttribute("dir", opts.rtl ? "rtl" : "ltr");
  root.setAttribute("lang", opts.locale);
  s.dom = undefined;
  if (dataset?.contentNote && opts.contentNote)
    root.append(
      renderContentNote(document, dataset.contentNote, t(opts.locale, "chart.contentNote")),
    );
  if (!dataset) {
    root.append(
      renderIssues(
        document,
        s.issues.length
          ? s.issues
          : [
              {
                code: "no_data",
                severity: "error",
                path: [],
                message: t(opts.locale, "chart.noData"),
              },
            ],
        { locale: opts.locale },
      ),
    );
    return undefined;
  }
  if (events.length === 0) {
    root.append(
      renderEmptyState(
        document,
        t(opts.locale, "chart.noEvents"),
        t(opts.locale, "chart.noEventsYet", { title: dataset.title }),
      ),
    );
    return undefined;
  }
  const summaryId = `${id}-summary`;
  const helpId = `${id}-help`;
  // A skip link past the chart (its toolbar, every event, the table and the sources), seen
  // when focused; it moves focus to the end marker rather than changing the page's address.
  const endId = `${id}-end`;
  const skip = el(document, "a", "jl-skip", t(opts.locale, "timeline.skip"));
  skip.setAttribute("href", `#${endId}`);
  bag.listen(skip, "click", (e) => {
    e.preventDefault();
    root.querySelector<HTMLElement>(`[id="${endId}"]`)?.focus();
  });
  root.append(skip);
  const toolbar = opts.toolbar ? buildToolbar(s, act, bag) : undefined;
  if (toolbar) root.append(toolbar.bar);
  if (opts.legend) appendLegends(s);
  const plot = el(document, "div", "jl-plot");
  plot.tabIndex = 0;
  plot.setAttribute("role", "group");
  plot.setAttribute("aria-roledescription", t(opts.locale, "timeline.role"));
  plot.setAttribute(
    "aria-label",
    t(opts.locale, "timeline.label", { title: dataset.title, n: events.length }),
  );
  plot.setAttribute("aria-describedby", `${summaryId} ${helpId}`);
  root.append(plot);
  // The details panel's and the table's code (a part of the script-tag build) is fetched when a
  // reader first points at or focuses the chart (its chrome or plot), before the first click or
  // Enter needs it.
  bag.listen(root, "pointerenter", prefetchDetailsCode);
  bag.listen(root, "focusin", prefetchDetailsCode);
  const svg = document.createElementNS(svgNs, "svg") as SVGSVGElement;
  plot.append(svg);
  let overviewSvg: SVGSVGElement | undefined;
  if (opts.overview) {
    overviewSvg = document.createElementNS(svgNs, "svg") as SVGSVGElement;
    overviewSvg.setAttribute("class", "jl-overview");
    overviewSvg.setAttribute("aria-hidden", "true");
    root.append(overviewSvg);
  }
  const liveRegion = el(document, "div", "jl-visually-hidden");
  liveRegion.setAttribute("aria-live", "polite");
  root.append(liveRegion);
  const summaryOf = (d: Dataset) =>
    `${summarizeDataset(d, { locale: opts.locale, ...(opts.now === undefined ? {} : { now: opts.now }) }).text} ${t(opts.locale, "timeline.lanes", { lanes: s.enc.assignment.lanes.map((l) => `${l.label} (${l.count})`).join(", ") })} ${describeAnnotations(d, opts.locale)}`.trimEnd();
  // A hidden summary (a pass over every figure: ~10 ms at 1,000 events) is written when the
  // page is idle after the first paint; the paragraph and its id are there from the start for
  // aria-describedby.
  const deferSummary = !opts.showSummary;
  const summary = renderTextSummary(document, deferSummary ? "" : summaryOf(dataset), {
    id: summaryId,
    visible: opts.showSummary,
  });
  root.append(summary);
  if (deferSummary) {
    scheduler.afterPaint(() => {
      summary.textContent = summaryOf(dataset);
    });
  }
  root.append(
    renderTextSummary(document, t(opts.locale, "timeline.keys"), { id: helpId, visible: false }),
  );
  const details = el(document, "aside", "jl-details");
  details.setAttribute("aria-label", t(opts.locale, "chart.selectedEvent"));
  details.hidden = true;
  root.append(details);
  const tableWrap = el(
    document,
    "div",
    opts.showTable ? "jl-table-wrap" : "jl-table-wrap jl-visually-hidden",
  );
  tableWrap.id = `${id}-table`;
  if (!opts.showTable) {
    const opener = renderTableOpener(document, opts.locale);
    bag.listen(opener, "click", () => {
      act.buildTable(true);
      const table = tableWrap.querySelector<HTMLTableElement>("table");
      if (!table) return;
      table.tabIndex = -1;
      table.focus();
    });
    tableWrap.append(opener);
    syncTableTabStops(tableWrap);
  }
  root.append(tableWrap);
  toolbar?.tableButton.setAttribute("aria-controls", tableWrap.id);
  let footer: HTMLElement | undefined;
  if (opts.sourcesFooter) {
    footer = el(document, "div");
    root.append(footer);
  }
  // Where the skip link lands: focusable from code only, so Tab goes on to the page.
  const end = el(document, "span", "jl-visually-hidden", t(opts.locale, "timeline.end"));
  end.id = endId;
  end.tabIndex = -1;
  root.append(end);
  s.dom = {
    plot,
    svg,
    canvas: undefined,
    spareCanvas: undefined,
    liveRegion,
    details,
    tableWrap,
    tableButton: toolbar?.tableButton,
    footer,
    overviewSvg,
    overviewBrush: undefined,
    zoom: undefined,
    tablePage: 0,
    tableGeneration: 0,
  };
  // A new plot: not scrolled, and its scroll padding not yet written.
  s.plotScrollTop = 0;
  s.scrollPadding = -1;
  // The table is built when a reader asks for it ("Show table", the "Data table" button in its
  // place), or shown from the start; and, up to 1,000 events, at idle once focus enters the
  // chart, so that a screen reader reading on from the plot finds it. Not at idle otherwise:
  // at 100 events it was ~1,000 of the chart's ~1,700 elements (issue 16).
  if (opts.showTable) scheduler.afterPaint(() => act.buildTable());
  else if (events.length <= 1000) {
    let asked = false;
    bag.listen(root, "focusin", () => {
      if (asked) return;
      asked = true;
      scheduler.afterPaint(() => act.buildTable());
    });
  }
  return s.dom;
}

function buildToolbar(
  s: TimelineState,
  act: TimelineActions,
  bag: Disposables,
): { bar: HTMLElement; tableButton: HTMLButtonElement } {
  const { document, opts } = s;
  const bar = el(document, "div", "jl-toolbar");
  bar.setAttribute("role", "toolbar");
  bar.setAttribute("aria-label", t(opts.locale, "timeline.controls"));
  const button = (text: string, label: string, onClick: () => void) => {
    const b = el(document, "button", undefined, text);
    b.type = "button";
    if (label) {
      b.setAttribute("aria-label", label);
      b.title = label;
    }
    bag.listen(b, "click", onClick);
    bar.append(b);
    return b;
  };
  button("+", t(opts.locale, "chart.zoomIn"), () => act.zoomBy(2));
  button("−", t(opts.locale, "chart.zoomOut"), () => act.zoomBy(0.5));
  const reset = button(t(opts.locale, "chart.reset"), t(opts.locale, "chart.resetZoom"), () =>
    act.zoomTo(null),
  );
  reset.classList.add("jl-reset");
  bar.append(el(document, "span", "jl-spacer"));
  const tableButton = button(
    t(opts.locale, opts.showTable ? "chart.hideTable" : "chart.showTable"),
    "",
    () => {
      const tableWrap = s.dom?.tableWrap;
      if (!tableWrap) return;
      const show = tableWrap.classList.toggle("jl-visually-hidden") === false;
      if (show) act.buildTable();
      syncTableTabStops(tableWrap);
      tableButton.textContent = t(opts.locale, show ? "chart.hideTable" : "chart.showTable");
      tableButton.setAttribute("aria-expanded", String(show));
    },
  );
  tableButton.setAttribute("aria-expanded", String(opts.showTable));
  return { bar, tableButton };
}

/** The legend of kinds (or colours), and of sizes when marks are sized by a figure. */
function appendLegends(s: TimelineState): void {
  const { root, document, opts } = s;
  const present = timelineStylesPresent(s.enc.events, s.enc.extents);
  root.append(
    renderLegend(
      document,
      timelineLegendItems(opts.color === undefined, present, opts.locale),
      t(opts.locale, "chart.legend"),
    ),
  );
  // Sizes come with their code (the `encodings` part of the script-tag build).
  encodingsCode()?.renderSizeLegend(s);
}

/**
 * Lists under the chart the sources of the events in the visible window (found by binary
 * search, stopping once every source is named), the first {@link SOURCES_SHOWN} of them.
 */
export function updateSources(s: TimelineState): void {
  const footer = s.dom?.footer;
  const { dataset, document } = s;
  if (!footer || !dataset) return;
  const [a, b] = visibleWindow(s);
  const ids = new Set<string>();
  const all = dataset.sources.length;
  const events = s.enc.events;
  eventsInWindow(getIndex(s), a, b, (i) => {
    for (const src of events[i]!.sources) ids.add(src);
    return ids.size < all;
  });
  const found: Source[] = dataset.sources.filter((src) => ids.has(src.id));
  // A footer of thousands of links helps nobody: the first ones, and how many more.
  const list = found.slice(0, SOURCES_SHOWN);
  const wasOpen = footer.querySelector("details")?.open ?? false;
  footer.replaceChildren(
    renderSourcesFooter(document, list, {
      heading: t(s.opts.locale, "timeline.sourcesShown"),
      emptyText: t(s.opts.locale, "chart.noSources"),
      open: wasOpen,
    }),
  );
  if (found.length > list.length) {
    const more = el(
      document,
      "p",
      "jl-meta",
      t(s.opts.locale, "timeline.moreSources", { n: found.length - list.length }),
    );
    (footer.querySelector("details") ?? footer).append(more);
  }
}
