import { select } from "d3-selection";
import {
  type D3ZoomEvent,
  type ZoomBehavior,
  type ZoomTransform,
  zoom,
  zoomIdentity,
} from "d3-zoom";
import type { LaneAssignment } from "../../derive/assignLanes";
import { datasetNow } from "../../derive/datasetNow";
import type { SequentialScale } from "../../derive/sequentialScale";
import { summarizeDataset } from "../../derive/summarizeDataset";
import type { Dataset, Event, Source } from "../../model";
import { hasErrors, type ReadResult } from "../../model/issue";
import { formatCalendar } from "../../time/formatCalendar";
import { parseWhen } from "../../time/parseWhen";
import { resolveTimeWords } from "../../time/timeWords";
import { toExtent } from "../../time/toExtent";
import type { TimeExtent } from "../../time/types";
import { maybeAccessor } from "../shared/accessor";
import { createDisposables, dispatch } from "../shared/dispatch";
import { el } from "../shared/el";
import { formatNumber, metricLabel } from "../shared/formatFigure";
import { type LinearScale, linearScale } from "../shared/linearScale";
import { canvasTextMeasurer, type TextMeasurer } from "../shared/measureText";
import { categoricalCount } from "../shared/palette";
import { renderContentNote } from "../shared/renderContentNote";
import { appendTableRows, renderDataTable } from "../shared/renderDataTable";
import { renderEmptyState } from "../shared/renderEmptyState";
import { renderEventDetails } from "../shared/renderEventDetails";
import { renderIssues } from "../shared/renderIssues";
import { renderLegend } from "../shared/renderLegend";
import { renderSourcesFooter } from "../shared/renderSourcesFooter";
import { renderTextSummary } from "../shared/renderTextSummary";
import { adoptStyle, adoptTheme, readThemeColors, rootClass } from "../shared/theme";
import { createTooltip } from "../shared/tooltip";
import { eventAriaLabel, timelineLegendItems, timelineTableColumns } from "./describe";
import { type CanvasColors, drawCanvas } from "./drawCanvas";
import { encodeTimeline } from "./encode";
import {
  buildHitIndex,
  eventsInWindow,
  frameTimeline,
  type HitIndex,
  indexTimeline,
  type MarkLayout,
  packTimeline,
  stickyAxisHeight,
  type TimelineIndex,
  type TimelineLayout,
  type TimelinePacking,
  truncateLabel,
} from "./layout";
import {
  type ResolvedTimelineOptions,
  resolveTimelineOptions,
  type TimelineOptions,
} from "./options";
import {
  brushToWindow,
  createOverviewBrush,
  type OverviewBrush,
  windowToBrush,
} from "./overviewBrush";
import {
  type DensityBar,
  densityBarAt,
  renderStickyAxis,
  renderTimeline,
  showDensityHover,
} from "./render";
import { timelineCss } from "./style";
import { type TimeTick, timeTicks } from "./ticks";

/** `detail` of `timeline-select`: the selected event, or nulls when the selection is cleared. */
export interface TimelineSelectDetail {
  id: string | null;
  event: Event | null;
}
/** `detail` of `timeline-hover`: the event under the pointer or keyboard focus, or nulls. */
export interface TimelineHoverDetail {
  id: string | null;
  event: Event | null;
}
/** `detail` of `timeline-zoom`: the visible window in ms since the epoch and the zoom factor. */
export interface TimelineZoomDetail {
  start: number;
  end: number;
  k: number;
}

/** The CustomEvents a timeline dispatches on its element, for typed listeners. */
export interface TimelineEventMap {
  "timeline-select": CustomEvent<TimelineSelectDetail>;
  "timeline-hover": CustomEvent<TimelineHoverDetail>;
  "timeline-zoom": CustomEvent<TimelineZoomDetail>;
}

/** The timeline's root element: `value` is the selected event (or null). */
export type TimelineElement = HTMLDivElement & { value: Event | null };

/**
 * A live timeline. Each method in one line, as uPlot documents its API:
 *
 * - `element` — the root `<div>`; listen here for `timeline-select`, `timeline-hover`,
 *   `timeline-zoom`; `element.value` is the selected event.
 * - `update(partial)` — merges options and redraws, keeping the selection and the visible window.
 * - `setData(data)` — replaces the dataset (or a `ReadResult`), keeping options.
 * - `zoomTo([start, end])` — shows a time window (ms since the epoch); `zoomTo(null)` resets.
 * - `focus(id)` — moves keyboard focus to an event (panning to it) and shows its tooltip.
 * - `select(id)` — selects an event (or clears with null), as a click does.
 * - `highlight(ids)` — emphasises these events and dims the others (null clears); dispatches
 *   nothing, so linked views can mirror each other's selections without echoes.
 * - `destroy()` — removes every node, listener, observer, timer and stylesheet it added.
 *
 * @example
 * const chart = createTimeline(document.querySelector("#chart")!, dataset);
 * chart.element.addEventListener("timeline-select", (e) => console.log(e.detail.id));
 */
export interface Timeline {
  readonly element: TimelineElement;
  update(partial: Partial<TimelineOptions>): void;
  setData(data: Dataset | ReadResult<Dataset>): void;
  zoomTo(interval: readonly [number, number] | null): void;
  focus(eventId: string): void;
  select(eventId: string | null): void;
  highlight(eventIds: Iterable<string> | null): void;
  destroy(): void;
}

let chartCount = 0;
/** Rows per page of the data table. */
const TABLE_PAGE = 250;
/** Rows of the hidden table added per idle task (10–30 ms of style and layout each). */
const TABLE_SLICE = 25;
/** Sources listed in the footer at most. */
const SOURCES_SHOWN = 200;
/**
 * Visible events up to which marks stay SVG during a zoom or pan gesture: past it they draw on
 * canvas until the gesture ends, then SVG marks come back as focus targets. None: even 150 SVG
 * marks with their labels cost 30–45 ms a frame in style, layout and paint in Chromium, where
 * the canvas frame costs 15–20 ms (bench/, zoom p95 at 1,000 events 43 → 33 ms, at 100 events
 * 19 → 16 ms); the keyboard's and zoomTo's single steps are not gestures and stay SVG.
 */
const GESTURE_SVG_MARKS = 0;
/** Events up to which every label is measured exactly (see `labelMeasure`). */
const EXACT_LABELS = 500;
/**
 * Datasets up to this many events get the row packings of the first zoom levels that show
 * marks made while the page is idle after a paint ({@link WARM_LEVELS} of them, one idle task
 * each): otherwise the first wheel step into marks measures every label and packs every row in
 * one frame (~95 ms at 10,000 events in Chromium, bench/FINDINGS.md §9). Larger datasets are
 * packed on demand, as a level is reached.
 */
const WARM_PACKINGS_MAX = 20_000;
const WARM_LEVELS = 3;

type XScale = LinearScale;

/** The power-of-two zoom level at or below scale `k`, the unit rows are packed per. */
const zoomLevel = (k: number): number => Math.max(0, Math.floor(Math.log2(k) + 1e-9));

function isReadResult(data: Dataset | ReadResult<Dataset>): data is ReadResult<Dataset> {
  return "issues" in data && !("events" in data);
}

/**
 * Creates an interactive timeline of a dataset's events in `container`: lanes (by kind, actor,
 * country, tag…), operations as spans, enforcement actions as points, legislative stages as
 * milestones joined per instrument, imprecise dates drawn as ranges, zoom and pan (wheel, drag,
 * pinch, double-click, keyboard, buttons), tooltips and a details panel with every figure's
 * source, a sources footer, a data table and a text summary. Given a `ReadResult` whose data did
 * not load, it shows the error report instead.
 *
 * @example
 * import data from "../data/csam-operations.json";
 * const { data: dataset, issues } = parseDataset(data);
 * const chart = createTimeline(document.getElementById("chart")!, dataset ? dataset : { data: undefined, issues });
 */
export function createTimeline(
  container: HTMLElement,
  data: Dataset | ReadResult<Dataset>,
  options: TimelineOptions = {},
): Timeline {
  const document = container.ownerDocument;
  const view = document.defaultView;
  const id = `jl-tl-${++chartCount}`;
  const releaseTheme = adoptTheme(document);
  const releaseStyle = adoptStyle(document, "timeline", timelineCss);
  const bag = createDisposables();
  let opts: ResolvedTimelineOptions = resolveTimelineOptions(options);

  const root = el(document, "div", `${rootClass} jl-timeline`) as TimelineElement;
  root.value = null;
  container.appendChild(root);

  // Per-dataset state.
  let dataset: Dataset | undefined;
  let issues: ReadResult<Dataset>["issues"] = [];
  let events: Event[] = [];
  let extents: TimeExtent[] = [];
  let order: number[] = [];
  /** Position of each event in `order` (keyboard navigation in time order). */
  let positionOf = new Int32Array(0);
  let indexById = new Map<string, number>();
  let assignment: LaneAssignment = { lanes: [], membership: [] };
  let labels: (string | undefined)[] = [];
  let colorIndices: number[] = [];
  let radii: (number | undefined)[] | undefined;
  let ariaLabels: (string | undefined)[] = [];
  let sizeLegend: { value: number; r: number }[] = [];
  let fullDomain: [number, number] = [0, 1];
  let seq: SequentialScale | undefined;

  // View state.
  let width = 0;
  let base: XScale = linearScale([Date.UTC(2000, 0, 1), Date.UTC(2000, 0, 2)], [0, 1], {
    time: true,
  });
  let transform: ZoomTransform = zoomIdentity;
  let selected: string | null = options.selected ?? null;
  let focused: string | null = null;
  let hovered: string | null = null;
  /** Events emphasised from outside (a linked view's selection); null when none. */
  let emphasized: Set<string> | null = null;
  let layout: TimelineLayout | undefined;
  let hitIndex: HitIndex | undefined;
  /** Per-dataset layout index, and row packings per power-of-two zoom level (see draw()). */
  let layoutIndex: TimelineIndex | undefined;
  let packings = new Map<number, TimelinePacking>();
  let canvasColors: CanvasColors | undefined;
  let idleHandle = 0;
  let canvasMode = false;
  /** Whether a wheel, drag or pinch gesture is under way (marks then draw on canvas). */
  let gesture = false;
  let minRows = new Map<string, number>();
  let frame = 0;
  let sourcesTimer: ReturnType<typeof setTimeout> | undefined;
  let tableTimer: ReturnType<typeof setTimeout> | undefined;
  let lastWindow = "";
  let measure =
    opts.measureText ??
    canvasTextMeasurer(document, "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif");

  // DOM skeleton, rebuilt by build().
  let plot: HTMLDivElement | undefined;
  let svg: SVGSVGElement | undefined;
  let canvas: HTMLCanvasElement | undefined;
  /** The plot's scroll offset, kept from its scroll events (reading it would force a layout). */
  let plotScrollTop = 0;
  /** The plot's scroll-padding-top as last written: the height of the axis kept in view. */
  let scrollPadding = -1;
  let liveRegion: HTMLDivElement | undefined;
  let details: HTMLElement | undefined;
  let footer: HTMLElement | undefined;
  let tableWrap: HTMLDivElement | undefined;
  let tableButton: HTMLButtonElement | undefined;
  let overviewSvg: SVGSVGElement | undefined;
  let zoomBehavior: ZoomBehavior<SVGSVGElement, unknown> | undefined;
  let tooltip = createTooltip(root);
  let resizeObserver: ResizeObserver | undefined;

  function setData(input: Dataset | ReadResult<Dataset>): void {
    if (isReadResult(input)) {
      dataset = input.data && !hasErrors(input.issues) ? input.data : undefined;
      issues = input.issues;
    } else {
      dataset = input;
      issues = [];
    }
    prepare();
    minRows = new Map();
    transform = zoomIdentity;
    build();
  }

  /** Derives everything that depends on data and options but not on the view. */
  function prepare(): void {
    const enc = encodeTimeline(dataset, opts);
    events = enc.events;
    extents = enc.extents;
    indexById = enc.indexById;
    assignment = enc.assignment;
    colorIndices = enc.colorIndices;
    radii = enc.radii;
    sizeLegend = enc.sizeLegend;
    fullDomain = enc.fullDomain;
    seq = enc.sequential;
    // Time order comes from the layout index (sorted once, there).
    order = [];
    positionOf = new Int32Array(0);
    // Labels are truncated (measured) only when first drawn or packed: the density view of a
    // large dataset needs none.
    labels = new Array(events.length);
    ariaLabels = new Array(events.length);
    layoutIndex = undefined;
    packings = new Map();
    chooseLabelMeasure();
    eraCache = undefined;
  }

  /**
   * How labels of this dataset are measured: exactly (canvas `measureText` per string) for
   * ordinary sizes; past {@link EXACT_LABELS} events, as the sum of per-character advances
   * (each character measured once) with a small margin, so that packing 100,000 labels costs
   * milliseconds, not seconds. Sums of advances ignore kerning, hence the margin: labels may be
   * placed a pixel apart more than needed, never over each other.
   */
  let labelMeasure: TextMeasurer = measure;
  function chooseLabelMeasure(): void {
    if (events.length <= EXACT_LABELS) {
      labelMeasure = measure;
      return;
    }
    const exact = measure;
    const advances = new Map<string, number>();
    labelMeasure = (text, size) => {
      let w = 0;
      for (const ch of text) {
        const key = size === opts.fontSize ? ch : `${size}\u0000${ch}`;
        let a = advances.get(key);
        if (a === undefined) {
          a = exact(ch, size);
          advances.set(key, a);
        }
        w += a;
      }
      return w * 1.03 + 1;
    };
  }

  function labelOf(i: number): string {
    let text = labels[i];
    if (text === undefined) {
      const e = events[i]!;
      const label =
        opts.label === undefined ? undefined : maybeAccessor<Event, string>(opts.label, "")(e, i);
      text = truncateLabel(
        label === undefined ? e.title : String(label ?? e.title),
        opts.labelMaxWidth,
        labelMeasure,
        opts.fontSize,
      );
      labels[i] = text;
    }
    return text;
  }

  function ariaLabelOf(i: number): string {
    let text = ariaLabels[i];
    if (text === undefined) {
      text = eventAriaLabel(events[i]!, extents[i]!, opts.locale);
      ariaLabels[i] = text;
    }
    return text;
  }

  function getIndex(): TimelineIndex {
    if (!layoutIndex) buildIndex();
    return layoutIndex!;
  }

  function buildIndex(): void {
    layoutIndex = indexTimeline({
      events,
      extents,
      assignment,
      rtl: opts.rtl,
      rowHeight: opts.rowHeight,
      maxRowsPerLane: opts.maxRowsPerLane,
      fontSize: opts.fontSize,
      measure: labelMeasure,
      labels: labelOf,
      colorIndices,
      ...(radii ? { radii } : {}),
    });
    order = Array.from(layoutIndex.order);
    positionOf = new Int32Array(events.length);
    order.forEach((i, p) => {
      positionOf[i] = p;
    });
  }

  /**
   * Rows packed at the power-of-two zoom level at or below `k`: packing at a smaller zoom is
   * safe (marks only move apart), rows stay put while panning and within a level while
   * zooming, and each level is packed once.
   */
  function packingFor(k: number): TimelinePacking {
    const level = zoomLevel(k);
    let packing = packings.get(level);
    if (!packing) {
      const t = zoomIdentity.scale(2 ** level);
      const px = t.rescaleX(base);
      packing = packTimeline(getIndex(), linearOf(px));
      packings.set(level, packing);
    }
    return packing;
  }

  /**
   * Packs, one idle task at a time, the zoom levels where marks first replace counts (see
   * {@link WARM_PACKINGS_MAX}); stops when the data or the size changes (new packings).
   */
  function warmPackings(): void {
    const n = events.length;
    if (n === 0 || n > WARM_PACKINGS_MAX) return;
    const threshold = opts.densityThreshold;
    // About n / 2^level events are in view at zoom level `level`: marks from this level on.
    const marksFrom = threshold > 0 ? Math.floor(Math.log2(Math.max(1, n / threshold))) : 0;
    const first = Math.max(zoomLevel(transform.k), marksFrom);
    const these = packings;
    let level = first;
    const next = () => {
      if (packings !== these || level >= first + WARM_LEVELS) return;
      packingFor(2 ** level);
      level++;
      afterPaint(next);
    };
    afterPaint(next);
  }

  function makeBase(w: number): XScale {
    const range = opts.rtl ? [w, 0] : [0, w];
    if (seq && events.length > 1) {
      const pad = Math.min(24, w * 0.03);
      const inner = (r: number) => pad + r * (w - 2 * pad);
      return linearScale(
        seq.domain,
        seq.range.map((r) => (opts.rtl ? w - inner(r) : inner(r))),
      );
    }
    return linearScale(fullDomain, range, { time: true });
  }

  /**
   * A chronological scale is linear in milliseconds: map times with one multiply-add instead
   * of d3's scale call (which goes through Date objects) for the thousands of calls per frame.
   */
  function linearOf(x: XScale): (t: number) => number {
    if (seq && events.length > 1) return (t) => x(t) as number;
    const [d0, d1] = x.domain().map(Number) as [number, number];
    const [r0, r1] = x.range() as [number, number];
    const a = (r1 - r0) / (d1 - d0 || 1);
    return (t) => r0 + (t - d0) * a;
  }

  function currentScale(): XScale {
    return transform.rescaleX(base);
  }

  function visibleWindow(): [number, number] {
    const x = currentScale();
    const a = +x.invert(0);
    const b = +x.invert(width);
    return a <= b ? [a, b] : [b, a];
  }

  function measureWidth(): number {
    const w = plot?.clientWidth || root.clientWidth || container.clientWidth || opts.width;
    return Math.max(240, Math.floor(w));
  }

  function build(): void {
    cancelFrame();
    teardownView();
    root.replaceChildren();
    root.setAttribute("data-theme", opts.theme);
    root.setAttribute("dir", opts.rtl ? "rtl" : "ltr");
    root.setAttribute("lang", opts.locale);
    tooltip = createTooltip(root);
    if (dataset?.contentNote && opts.contentNote)
      root.append(renderContentNote(document, dataset.contentNote));
    if (!dataset) {
      root.append(
        renderIssues(
          document,
          issues.length
            ? issues
            : [{ code: "no_data", severity: "error", path: [], message: "No dataset was given." }],
        ),
      );
      return;
    }
    if (events.length === 0) {
      root.append(
        renderEmptyState(document, "No events to show", `“${dataset.title}” has no events yet.`),
      );
      return;
    }
    const summaryId = `${id}-summary`;
    const helpId = `${id}-help`;
    if (opts.toolbar) root.append(buildToolbar());
    if (opts.legend) {
      root.append(renderLegend(document, timelineLegendItems(opts.color === undefined), "Legend"));
      if (sizeLegend.length && opts.sizeBy !== undefined) {
        const metric = typeof opts.sizeBy === "string" ? metricLabel(opts.sizeBy) : "size";
        root.append(
          renderLegend(
            document,
            [
              ...sizeLegend.map((s) => ({
                label: formatNumber(s.value, opts.locale),
                color: "var(--jl-color-muted)",
                shape: "circle" as const,
                size: s.r,
              })),
              {
                label: "not reported",
                color: "var(--jl-color-muted)",
                shape: "circle" as const,
                size: 2.5,
              },
            ],
            `Size: ${metric} (largest reported value)`,
          ),
        );
        (root.lastElementChild as HTMLElement).prepend(
          el(document, "li", "jl-meta", `Size: ${metric} (largest value reported)`),
        );
      }
    }
    plot = el(document, "div", "jl-plot");
    plot.tabIndex = 0;
    plot.setAttribute("role", "group");
    plot.setAttribute("aria-roledescription", "timeline");
    plot.setAttribute("aria-label", `${dataset.title}: timeline of ${events.length} events`);
    plot.setAttribute("aria-describedby", `${summaryId} ${helpId}`);
    root.append(plot);
    svg = document.createElementNS("http://www.w3.org/2000/svg", "svg") as SVGSVGElement;
    plot.append(svg);
    if (opts.overview) {
      overviewSvg = document.createElementNS("http://www.w3.org/2000/svg", "svg") as SVGSVGElement;
      overviewSvg.setAttribute("class", "jl-overview");
      overviewSvg.setAttribute("aria-hidden", "true");
      root.append(overviewSvg);
    }
    liveRegion = el(document, "div", "jl-visually-hidden");
    liveRegion.setAttribute("aria-live", "polite");
    root.append(liveRegion);
    const summaryOf = (d: Dataset) =>
      `${summarizeDataset(d, opts.now === undefined ? {} : { now: opts.now }).text} Lanes: ${assignment.lanes.map((l) => `${l.label} (${l.count})`).join(", ")}.`;
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
      const d = dataset;
      afterPaint(() => {
        summary.textContent = summaryOf(d);
      });
    }
    root.append(
      renderTextSummary(
        document,
        "Keys: arrow keys move between events in time order, Home and End go to the first and last, Enter selects, Escape clears, plus and minus zoom, 0 resets the zoom.",
        { id: helpId, visible: false },
      ),
    );
    details = el(document, "aside", "jl-details");
    details.setAttribute("aria-label", "Selected event");
    details.hidden = true;
    root.append(details);
    tableWrap = el(
      document,
      "div",
      opts.showTable ? "jl-table-wrap" : "jl-table-wrap jl-visually-hidden",
    );
    tableWrap.id = `${id}-table`;
    root.append(tableWrap);
    if (tableButton) tableButton.setAttribute("aria-controls", tableWrap.id);
    // The table can hold thousands of rows: build it after the first paint when it is small,
    // else only when the reader asks for it (the text summary speaks for large datasets).
    if (events.length <= 1000 || opts.showTable) afterPaint(buildTable);
    if (opts.sourcesFooter) {
      footer = el(document, "div");
      root.append(footer);
    }
    width = measureWidth();
    base = makeBase(width);
    packings = new Map();
    attachInteractions();
    if (opts.initialWindow) applyWindow(opts.initialWindow, false);
    draw();
    warmPackings();
    // The footer names at most SOURCES_SHOWN sources, found by binary search: cheap enough for
    // the first paint, where it belongs (it is visible under the chart).
    updateSources();
    showDetails();
  }

  /**
   * Runs `fn` once the next frame has been painted, when the page is idle (within a second), so
   * work nobody sees at first (the hidden table, the long summary) neither delays the first
   * paint nor the first input after it. Soon, without animation frames (Node).
   */
  function afterPaint(fn: () => void): void {
    const run = () => {
      fn();
    };
    const raf = view?.requestAnimationFrame?.bind(view);
    if (!raf) {
      bag.add(clearTimer(setTimeout(run, 0)));
      return;
    }
    const idle = view?.requestIdleCallback?.bind(view);
    const handle = raf(() => {
      if (idle) {
        const task = idle(run, { timeout: 1000 });
        bag.add(() => view?.cancelIdleCallback(task));
      } else bag.add(clearTimer(setTimeout(run, 0)));
    });
    bag.add(() => view?.cancelAnimationFrame(handle));
  }

  let tablePage = 0;
  /** Bumped per table page built: slices still queued for an older page stop. */
  let tableGeneration = 0;
  function buildTable(): void {
    tableTimer = undefined;
    if (!tableWrap || !dataset || tableWrap.firstChild) return;
    renderTablePage(0);
  }

  /**
   * One page of the data table ({@link TABLE_PAGE} rows in time order) with previous/next
   * buttons when there are more: a table row per event would put every event in the DOM.
   */
  function renderTablePage(page: number): void {
    if (!tableWrap || !dataset) return;
    if (events.length) getIndex();
    const pages = Math.max(1, Math.ceil(order.length / TABLE_PAGE));
    tablePage = Math.min(pages - 1, Math.max(0, page));
    const from = tablePage * TABLE_PAGE;
    const to = Math.min(order.length, from + TABLE_PAGE);
    const rows = order.slice(from, to).map((i) => events[i]!);
    const n = (v: number) => formatNumber(v, opts.locale);
    const caption =
      pages === 1
        ? `${dataset.title}: ${rows.length} events in time order`
        : `${dataset.title}: events ${n(from + 1)}–${n(to)} of ${n(order.length)} in time order`;
    const columns = timelineTableColumns(document, dataset, opts.locale);
    // The hidden table (for screen readers, built when idle) comes a slice per idle task: its
    // style and layout in one piece was one ~100 ms frame at 250 rows (bench/FINDINGS.md §10).
    // A table the reader asked to see comes whole.
    const sliced = tableWrap.classList.contains("jl-visually-hidden");
    const first = sliced ? rows.slice(0, TABLE_SLICE) : rows;
    const table = renderDataTable(document, caption, first, columns);
    const generation = ++tableGeneration;
    const appendFrom = (k: number) => {
      if (generation !== tableGeneration || k >= rows.length) return;
      appendTableRows(table, rows.slice(k, k + TABLE_SLICE), columns);
      afterPaint(() => appendFrom(k + TABLE_SLICE));
    };
    if (first.length < rows.length) afterPaint(() => appendFrom(first.length));
    const parts: Node[] = [table];
    if (pages > 1) {
      const nav = el(document, "div", "jl-table-pager");
      nav.setAttribute("role", "group");
      nav.setAttribute("aria-label", "Table pages");
      const pageButton = (text: string, target: number, disabled: boolean) => {
        const b = el(document, "button", undefined, text);
        b.type = "button";
        b.disabled = disabled;
        b.addEventListener("click", () => {
          renderTablePage(target);
          tableWrap
            ?.querySelector<HTMLButtonElement>(".jl-table-pager button:not([disabled])")
            ?.focus();
        });
        return b;
      };
      nav.append(
        pageButton("Previous rows", tablePage - 1, tablePage === 0),
        el(document, "span", "jl-meta", `Page ${n(tablePage + 1)} of ${n(pages)}`),
        pageButton("Next rows", tablePage + 1, tablePage >= pages - 1),
      );
      parts.push(nav);
    }
    tableWrap.replaceChildren(...parts);
  }

  function buildToolbar(): HTMLElement {
    const bar = el(document, "div", "jl-toolbar");
    bar.setAttribute("role", "toolbar");
    bar.setAttribute("aria-label", "Timeline controls");
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
    button("+", "Zoom in", () => zoomBy(2));
    button("−", "Zoom out", () => zoomBy(0.5));
    const reset = button("Reset", "Reset zoom", () => api.zoomTo(null));
    reset.classList.add("jl-reset");
    bar.append(el(document, "span", "jl-spacer"));
    tableButton = button(opts.showTable ? "Hide table" : "Show table", "", () => {
      if (!tableWrap || !tableButton) return;
      const show = tableWrap.classList.toggle("jl-visually-hidden") === false;
      if (show) buildTable();
      tableButton.textContent = show ? "Hide table" : "Show table";
      tableButton.setAttribute("aria-expanded", String(show));
    });
    tableButton.setAttribute("aria-expanded", String(opts.showTable));
    return bar;
  }

  function attachInteractions(): void {
    if (!svg || !plot) return;
    const svgSel = select<SVGSVGElement, unknown>(svg);
    const span = fullDomain[1] - fullDomain[0];
    const maxK = Math.max(2, span / Math.max(opts.minSpan, 1));
    zoomBehavior = zoom<SVGSVGElement, unknown>()
      .scaleExtent([1, maxK])
      .extent([
        [0, 0],
        [width, 1],
      ])
      .translateExtent([
        [0, 0],
        [width, 1],
      ])
      .on("zoom", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        transform = event.transform;
        tooltip.hide();
        scheduleDraw();
      })
      .on("start", (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
        plot?.classList.add("jl-dragging");
        // A gesture from the pointer or wheel (not zoomTo, nor the keyboard's one-step zoom).
        gesture = event.sourceEvent != null;
      })
      .on("end", () => {
        plot?.classList.remove("jl-dragging");
        gesture = false;
        minRows = new Map();
        scheduleDraw();
        scheduleSources();
      });
    svgSel.call(zoomBehavior);
    bag.add(() => {
      svgSel.on(".zoom", null);
    });
    bag.listen(svg, "pointermove", (e) => onPointer(e as PointerEvent));
    bag.listen(svg, "pointerleave", () => {
      setHover(null);
      if (svg) showDensityHover(svg, null);
    });
    bag.listen(svg, "click", (e) => onClick(e as MouseEvent));
    bag.listen(plot, "keydown", (e) => onKey(e as KeyboardEvent));
    bag.listen(plot, "scroll", () => {
      plotScrollTop = plot?.scrollTop ?? 0;
      // A canvas chart redraws its band, and draw() places the axis kept in view; SVG marks
      // scroll by themselves, so only the axis moves.
      if (canvasMode) scheduleDraw();
      else if (svg && layout) renderStickyAxis(svg, layout, plotScrollTop, opts.rtl);
    });
    bag.listen(plot, "focusin", (e) => {
      const mark = (e.target as Element).closest?.(".jl-mark");
      if (mark) return;
      if (e.target === plot && focused) announce(focused);
    });
    if (view && "ResizeObserver" in view) {
      let lastWidth = width;
      // The width comes from the observer's entry for the container, so that nothing is
      // measured (no forced layout) and the chart growing in height triggers nothing.
      let pending = 0;
      resizeObserver = new view.ResizeObserver((entries) => {
        const entry = entries[entries.length - 1];
        const w = Math.max(240, Math.floor(entry?.contentRect.width || opts.width));
        if (Math.abs(w - lastWidth) < 1) return;
        lastWidth = w;
        // Redraw in the next frame: drawing inside the callback would re-enter the observer.
        if (pending) view.cancelAnimationFrame(pending);
        pending = view.requestAnimationFrame(() => {
          pending = 0;
          resize(w);
        });
      });
      bag.add(() => {
        if (pending) view.cancelAnimationFrame(pending);
      });
      resizeObserver.observe(container);
    }
    if (overviewSvg) buildOverview();
  }

  function resize(w: number): void {
    const window = visibleWindow();
    const full = transform.k === 1 && transform.x === 0;
    width = w;
    base = makeBase(width);
    packings = new Map();
    if (zoomBehavior) {
      zoomBehavior
        .extent([
          [0, 0],
          [width, 1],
        ])
        .translateExtent([
          [0, 0],
          [width, 1],
        ]);
    }
    if (full) setTransform(zoomIdentity, false);
    else applyWindow(window, false);
    if (overviewSvg) buildOverview();
    draw();
    warmPackings();
  }

  function setTransform(t: ZoomTransform, animate: boolean): void {
    void animate;
    if (svg && zoomBehavior) select<SVGSVGElement, unknown>(svg).call(zoomBehavior.transform, t);
    else transform = t;
  }

  function windowTransform(interval: readonly [number, number]): ZoomTransform {
    const a = base(interval[0]) as number;
    const b = base(interval[1]) as number;
    const lo = Math.min(a, b);
    const hi = Math.max(a, b);
    const k = Math.max(1, width / Math.max(1e-6, hi - lo));
    return zoomIdentity.scale(k).translate(-lo, 0);
  }

  function applyWindow(interval: readonly [number, number], animate: boolean): void {
    setTransform(windowTransform(interval), animate);
  }

  function zoomBy(factor: number, aroundEvent?: string): void {
    if (!svg || !zoomBehavior) return;
    let px = width / 2;
    const target = aroundEvent ?? focused ?? selected;
    if (target && layout) {
      const mark = layout.marks.find((m) => m.eventId === target);
      if (mark && mark.cx >= 0 && mark.cx <= width) px = mark.cx;
    }
    select<SVGSVGElement, unknown>(svg).call(zoomBehavior.scaleBy, factor, [px, 0]);
  }

  function scheduleDraw(): void {
    if (frame) return;
    const raf = view?.requestAnimationFrame?.bind(view);
    if (!raf) {
      draw();
      return;
    }
    frame = raf(() => {
      frame = 0;
      draw();
    });
  }

  function cancelFrame(): void {
    if (frame) view?.cancelAnimationFrame?.(frame);
    frame = 0;
  }

  function axisTicks(x: XScale, window: [number, number]): TimeTick[] {
    const xs = (t: number) => x(t) as number;
    // A tick per 90 px at the default 12 px type, further apart for larger type (the slide
    // theme, presentation mode), so that labels such as "Jan 2007" do not run into each other.
    const spacing = 90 * Math.max(1, opts.fontSize / 12);
    if (!seq || events.length < 2) return timeTicks(window, width, xs, opts.locale, spacing);
    // Sequential: ticks per active stretch, sized by its width on screen.
    const ticks: TimeTick[] = [];
    for (let i = 0; i < seq.domain.length; i += 2) {
      const a = Math.max(seq.domain[i]!, window[0]);
      const b = Math.min(seq.domain[i + 1]!, window[1]);
      if (!(b > a)) continue;
      const w = Math.abs(xs(b) - xs(a));
      if (w < 40) continue;
      for (const tick of timeTicks([a, b], w, xs, opts.locale, spacing)) {
        if (ticks.some((t) => Math.abs(t.x - tick.x) < (60 * spacing) / 90)) continue;
        ticks.push(tick);
      }
    }
    return ticks;
  }

  function draw(): void {
    if (!svg || !dataset || events.length === 0) return;
    const started = view?.performance?.now() ?? 0;
    const x = currentScale();
    const window = visibleWindow();
    const forced =
      opts.renderer === "density" ? true : opts.renderer === "auto" ? undefined : false;
    // Per frame only times map to pixels: the index (per dataset) and the row packing (per
    // zoom level) are cached.
    const k = transform.k;
    layout = frameTimeline(getIndex(), () => packingFor(k), {
      x: linearOf(x),
      invert: (px) => +x.invert(px),
      width,
      eras: opts.eras ? eraIntervals() : [],
      ticks: axisTicks(x, window),
      breaks: seq && events.length > 1 ? seq.breaks : [],
      ...(forced !== undefined ? { density: forced } : {}),
      densityThreshold: opts.densityThreshold,
      minRows,
    });
    // Within a gesture lanes may grow but never shrink, so the chart does not jump.
    for (const [k, v] of layout.rowsByLane) minRows.set(k, Math.max(v, minRows.get(k) ?? 0));
    canvasMode =
      layout.mode === "marks" &&
      (opts.renderer === "canvas" ||
        (opts.renderer === "auto" &&
          (layout.visibleCount > opts.canvasThreshold ||
            (gesture && layout.visibleCount > GESTURE_SVG_MARKS))));
    renderTimeline(document, svg, layout, {
      id,
      ariaLabel: ariaLabelOf,
      selected,
      focused,
      rtl: opts.rtl,
      drawMarks: !canvasMode,
      title: `${dataset.title}, ${formatWindow(window)}`,
    });
    renderStickyAxis(svg, layout, plotScrollTop, opts.rtl);
    // Focus and scrollIntoView then stop below that axis, not under it (written on change only:
    // draw runs every zoom frame).
    if (plot && scrollPadding !== layout.lanesTop) {
      scrollPadding = layout.lanesTop;
      plot.style.scrollPaddingTop = `${scrollPadding}px`;
    }
    svg.classList.toggle("jl-has-hover", hovered !== null && !canvasMode);
    if (hovered && !canvasMode) highlight(hovered, true);
    applyEmphasis();
    if (canvasMode) {
      if (!canvas) {
        canvas = document.createElement("canvas");
        canvas.setAttribute("aria-hidden", "true");
        plot?.append(canvas);
      }
      drawMarksOnCanvas();
      // Built on the first pointer move over this frame, not per frame.
      hitIndex = undefined;
    } else {
      canvas?.remove();
      canvas = undefined;
      hitIndex = undefined;
    }
    if (plot) plot.style.maxHeight = opts.maxHeight > 0 ? `${opts.maxHeight}px` : "";
    const key = `${Math.round(window[0])}|${Math.round(window[1])}`;
    if (key !== lastWindow) {
      lastWindow = key;
      dispatch<TimelineZoomDetail>(root, "timeline-zoom", {
        start: window[0],
        end: window[1],
        k: transform.k,
      });
      updateOverviewBrush();
    }
    if (view?.performance && started) {
      const ms = view.performance.now() - started;
      root.dataset.renderMs = ms.toFixed(2);
    }
  }

  function drawMarksOnCanvas(): void {
    if (!canvas || !layout) return;
    // Reading computed styles forces a style recalculation: once per build, not per frame.
    canvasColors ??= themeColors();
    drawCanvas(canvas, layout, canvasColors, {
      hovered,
      selected,
      focused,
      ratio: view?.devicePixelRatio || 1,
      fontSize: opts.fontSize,
      rtl: opts.rtl,
      // When the plot scrolls, the canvas covers the visible band only.
      ...(opts.maxHeight > 0 && layout.height > opts.maxHeight
        ? { band: { top: plotScrollTop, height: opts.maxHeight } }
        : {}),
    });
  }

  function themeColors(): CanvasColors {
    const cat = readThemeColors(
      root,
      Array.from({ length: categoricalCount }, (_, i) => `--jl-cat-${i + 1}`),
    );
    const [text, background, sel, focus] = readThemeColors(root, [
      "--jl-color-text",
      "--jl-color-background",
      "--jl-color-selected",
      "--jl-color-focus",
    ]);
    return {
      categorical: cat,
      text: text!,
      background: background!,
      selected: sel!,
      focus: focus!,
      fontFamily: "system-ui, sans-serif",
    };
  }

  let eraCache: { id: string; label: string; start: number; end: number }[] | undefined;
  function eraIntervals(): { id: string; label: string; start: number; end: number }[] {
    eraCache ??= parseEras();
    return eraCache;
  }

  function parseEras(): { id: string; label: string; start: number; end: number }[] {
    const now = opts.now ?? (dataset ? datasetNow(dataset) : undefined);
    return (dataset?.eras ?? []).flatMap((era) => {
      const parsed = parseWhen(era.when);
      if (!parsed.ok) return [];
      const x = toExtent(parsed.value, now === undefined ? {} : { now });
      return [{ id: era.id, label: era.label, start: x.earliestStart, end: x.latestEnd }];
    });
  }

  /**
   * "showing 1 Jan 2016 to 31 Dec 2020", in the locale's words ({@link formatCalendar}), as
   * the axis writes dates: the same text in Node as in every browser, and no
   * Intl.DateTimeFormat, whose first use on a page costs 15–45 ms (measured in Chromium).
   */
  function formatWindow([a, b]: [number, number]): string {
    const words = resolveTimeWords(opts.locale);
    const day = (t: number) => formatCalendar(words.dayShort, words, t);
    return `showing ${day(a)} to ${day(b)}`;
  }

  // Interaction -------------------------------------------------------------------------------

  function markAt(e: MouseEvent): MarkLayout | undefined {
    if (!layout || !svg) return undefined;
    if (canvasMode) {
      hitIndex ??= buildHitIndex(layout, opts.rowHeight);
      const box = svg.getBoundingClientRect();
      const y = e.clientY - box.top;
      // Under the axis kept in view by a scroll (renderStickyAxis) no mark can be seen.
      if (y - plotScrollTop < stickyAxisHeight(layout, plotScrollTop)) return undefined;
      return hitIndex.find(e.clientX - box.left, y);
    }
    const g = (e.target as Element).closest?.(".jl-mark");
    const key = g?.getAttribute("data-key");
    return key ? layout.marks.find((m) => m.key === key) : undefined;
  }

  /** The density bar under the pointer, found from the layout (bins are one path per lane). */
  function densityBarAtPointer(e: MouseEvent): DensityBar | undefined {
    if (!layout || !svg || layout.mode !== "density") return undefined;
    const box = svg.getBoundingClientRect();
    return densityBarAt(layout, e.clientX - box.left, e.clientY - box.top);
  }

  function onPointer(e: PointerEvent): void {
    if (e.buttons) return;
    const mark = markAt(e);
    setHover(mark ? mark.eventId : null);
    if (mark && plot) {
      const box = root.getBoundingClientRect();
      showTooltip(mark.eventId, e.clientX - box.left, e.clientY - box.top);
      return;
    }
    const bar = densityBarAtPointer(e);
    if (svg) showDensityHover(svg, bar ?? null);
    if (bar) {
      const box = root.getBoundingClientRect();
      const { count, start: a, end: b } = bar.bin;
      tooltip.show(
        [
          el(document, "strong", undefined, `${formatNumber(count, opts.locale)} events`),
          el(
            document,
            "div",
            "jl-meta",
            `${formatWindow([a, b]).replace(/^showing /, "")} — click to zoom in`,
          ),
        ],
        e.clientX - box.left,
        e.clientY - box.top,
      );
      return;
    }
    tooltip.hide();
  }

  function onClick(e: MouseEvent): void {
    const bin = densityBarAtPointer(e)?.bin;
    if (bin) {
      const { start: a, end: b } = bin;
      const mid = (a + b) / 2;
      const [w0, w1] = visibleWindow();
      const span = (w1 - w0) / 8;
      api.zoomTo([mid - span / 2, mid + span / 2]);
      return;
    }
    const mark = markAt(e);
    if (mark) {
      focused = mark.eventId;
      select_(mark.eventId === selected ? null : mark.eventId);
    } else if (selected) select_(null);
  }

  function onKey(e: KeyboardEvent): void {
    const next = (step: number) => {
      if (events.length) getIndex();
      if (order.length === 0) return;
      const fi = focused ? indexById.get(focused) : undefined;
      const at = fi === undefined ? -1 : positionOf[fi]!;
      const pos =
        at === -1
          ? step > 0
            ? 0
            : order.length - 1
          : Math.min(order.length - 1, Math.max(0, at + step));
      focusEvent(events[order[pos]!]!.id);
    };
    const later = opts.rtl ? "ArrowLeft" : "ArrowRight";
    const earlier = opts.rtl ? "ArrowRight" : "ArrowLeft";
    switch (e.key) {
      case later:
      case "ArrowDown":
        next(1);
        break;
      case earlier:
      case "ArrowUp":
        next(-1);
        break;
      case "Home":
        focused = null;
        next(1);
        break;
      case "End":
        focused = null;
        next(-1);
        break;
      case "Enter":
      case " ":
        if (focused) select_(focused === selected ? null : focused);
        break;
      case "Escape":
        tooltip.hide();
        if (selected) select_(null);
        setHover(null);
        break;
      case "+":
      case "=":
        zoomBy(2);
        break;
      case "-":
      case "_":
        zoomBy(0.5);
        break;
      case "0":
        api.zoomTo(null);
        break;
      default:
        return;
    }
    e.preventDefault();
  }

  function focusEvent(eventId: string): void {
    const i = indexById.get(eventId);
    if (i === undefined) return;
    focused = eventId;
    // Pan (keeping the zoom) so the event is in view.
    const x = currentScale();
    const ext = extents[i]!;
    const a = x(ext.earliestStart) as number;
    const b = x(ext.latestEnd) as number;
    if (Math.max(a, b) < 0 || Math.min(a, b) > width) {
      const [w0, w1] = visibleWindow();
      const half = (w1 - w0) / 2;
      const mid = (ext.earliestStart + Math.min(ext.latestEnd, ext.earliestStart + half)) / 2;
      applyWindow([mid - half, mid + half], false);
    }
    draw();
    setHover(eventId);
    const g = svg?.querySelector<SVGGElement>(`.jl-mark[data-key="${cssEscape(eventId)}"]`);
    if (g) g.focus({ preventScroll: false });
    else plot?.focus({ preventScroll: true });
    const mark = layout?.marks.find((m) => m.eventId === eventId);
    if (mark && plot) {
      const plotBox = plot.getBoundingClientRect();
      const rootBox = root.getBoundingClientRect();
      showTooltip(
        eventId,
        plotBox.left - rootBox.left + mark.cx,
        plotBox.top - rootBox.top + mark.y - plot.scrollTop,
      );
    }
    announce(eventId);
  }

  /**
   * Scrolls a plot of limited height (`maxHeight`) so that an event's row is in view: selected
   * from code (a presentation step, a linked view), it may sit in a lane below the fold.
   */
  function revealRow(eventId: string): void {
    const mark = layout?.marks.find((m) => m.eventId === eventId);
    if (!layout || !mark || !plot || plot.scrollHeight <= plot.clientHeight) return;
    const margin = opts.rowHeight;
    const top = plot.scrollTop;
    const seen = top + stickyAxisHeight(layout, top);
    if (mark.y - margin >= seen && mark.y + margin <= top + plot.clientHeight) return;
    plot.scrollTop = Math.max(0, mark.y - plot.clientHeight / 2);
  }

  function announce(eventId: string): void {
    const i = indexById.get(eventId);
    if (i === undefined || !liveRegion) return;
    liveRegion.textContent = `${ariaLabelOf(i)}${eventId === selected ? ", selected" : ""}`;
  }

  function showTooltip(eventId: string, x: number, y: number): void {
    const i = indexById.get(eventId);
    if (i === undefined || !dataset) return;
    const fragment = renderEventDetails(document, events[i]!, detailsContext(), { compact: true });
    const hint = el(
      document,
      "p",
      "jl-meta",
      eventId === selected ? "Selected" : "Click or press Enter for details",
    );
    tooltip.show([...Array.from(fragment.childNodes), hint], x, y);
  }

  function detailsContext() {
    return {
      actors: new Map((dataset?.actors ?? []).map((a) => [a.id, a])),
      sources: new Map((dataset?.sources ?? []).map((s) => [s.id, s])),
      locale: opts.locale,
    };
  }

  function setHover(eventId: string | null): void {
    if (eventId === hovered) return;
    if (hovered) highlight(hovered, false);
    hovered = eventId;
    if (hovered) highlight(hovered, true);
    svg?.classList.toggle("jl-has-hover", hovered !== null && !canvasMode);
    if (canvasMode) drawMarksOnCanvas();
    const i = eventId ? indexById.get(eventId) : undefined;
    dispatch<TimelineHoverDetail>(root, "timeline-hover", {
      id: eventId,
      event: i === undefined ? null : events[i]!,
    });
  }

  /** Marks come and go with the visible window, so emphasis is reapplied after each draw. */
  function applyEmphasis(): void {
    if (!svg) return;
    svg.classList.toggle("jl-has-emphasis", emphasized !== null);
    for (const node of svg.querySelectorAll(".jl-mark[data-id]")) {
      const id = node.getAttribute("data-id") ?? "";
      node.classList.toggle("jl-emphasized", emphasized?.has(id) ?? false);
    }
  }

  function highlight(eventId: string, on: boolean): void {
    if (!svg) return;
    const sel = `[data-id="${cssEscape(eventId)}"], .jl-connector[data-event="${cssEscape(eventId)}"]`;
    for (const node of svg.querySelectorAll(sel)) node.classList.toggle("jl-on", on);
  }

  function select_(eventId: string | null): void {
    const i = eventId === null ? undefined : indexById.get(eventId);
    const next = i === undefined ? null : eventId;
    if (next === selected) return;
    selected = next;
    root.value = i === undefined ? null : events[i]!;
    draw();
    if (selected) revealRow(selected);
    showDetails();
    if (selected) announce(selected);
    else if (liveRegion) liveRegion.textContent = "Selection cleared";
    dispatch<TimelineSelectDetail>(root, "timeline-select", { id: selected, event: root.value });
  }

  function showDetails(): void {
    if (!details) return;
    const i = selected ? indexById.get(selected) : undefined;
    if (i === undefined) {
      details.hidden = true;
      details.replaceChildren();
      root.value = null;
      return;
    }
    root.value = events[i]!;
    const close = el(document, "button", "jl-details-close", "Close");
    close.type = "button";
    close.setAttribute("aria-label", "Close details");
    close.addEventListener("click", () => select_(null));
    details.replaceChildren(close, renderEventDetails(document, events[i]!, detailsContext()));
    details.hidden = false;
  }

  function scheduleSources(delay = 120): void {
    if (sourcesTimer) clearTimeout(sourcesTimer);
    sourcesTimer = setTimeout(() => {
      sourcesTimer = undefined;
      updateSources();
    }, delay);
  }

  function updateSources(): void {
    if (!footer || !dataset) return;
    const [a, b] = visibleWindow();
    const ids = new Set<string>();
    const all = dataset.sources.length;
    // Visible events by binary search; stop once every source is named.
    eventsInWindow(getIndex(), a, b, (i) => {
      for (const s of events[i]!.sources) ids.add(s);
      return ids.size < all;
    });
    const found: Source[] = dataset.sources.filter((s) => ids.has(s.id));
    // A footer of thousands of links helps nobody: the first ones, and how many more.
    const list = found.slice(0, SOURCES_SHOWN);
    const wasOpen = footer.querySelector("details")?.open ?? false;
    footer.replaceChildren(
      renderSourcesFooter(document, list, {
        heading: "Sources for the events shown",
        open: wasOpen,
      }),
    );
    if (found.length > list.length) {
      const more = el(
        document,
        "p",
        "jl-meta",
        `and ${formatNumber(found.length - list.length, opts.locale)} more sources: zoom in, or see the data table.`,
      );
      (footer.querySelector("details") ?? footer).append(more);
    }
  }

  // Overview with a brush --------------------------------------------------------------------

  let overviewBrush: OverviewBrush | undefined;
  function buildOverview(): void {
    if (!overviewSvg) return;
    const h = 36;
    const ov = select<SVGSVGElement, unknown>(overviewSvg).attr("width", width).attr("height", h);
    overviewBrush?.destroy();
    ov.selectAll("*").remove();
    const x = base;
    // One path per overview row of 2 px columns holding at least one event: bounded by the
    // width, not by the number of events.
    const columns = Math.max(1, Math.ceil(width / 2));
    const rows = 6;
    const filled = new Uint8Array(columns * rows);
    const laneOf = new Map(assignment.lanes.map((l, k) => [l.key, k]));
    for (let i = 0; i < events.length; i++) {
      const first = assignment.membership[i]!.find((key) => laneOf.has(key));
      const row = first === undefined ? 0 : laneOf.get(first)! % rows;
      const p = x(extents[i]!.earliestStart) as number;
      const q = x(extents[i]!.latestEnd) as number;
      const c0 = Math.max(0, Math.floor(Math.min(p, q) / 2));
      const c1 = Math.min(columns - 1, Math.floor(Math.max(p, q) / 2));
      for (let c = c0; c <= c1; c++) filled[row * columns + c] = 1;
    }
    const g = ov.append("g");
    for (let row = 0; row < rows; row++) {
      let d = "";
      for (let c = 0; c < columns; c++) {
        if (!filled[row * columns + c]) continue;
        let end = c;
        while (end + 1 < columns && filled[row * columns + end + 1]) end++;
        d += `M${c * 2},${4 + row * 4}h${(end - c + 1) * 2}v3h${-(end - c + 1) * 2}Z`;
        c = end;
      }
      if (d) g.append("path").attr("class", "jl-ov-mark").attr("d", d);
    }
    overviewBrush = createOverviewBrush(overviewSvg, {
      width,
      height: h,
      // The narrowest window the chart shows (its zoom limit), in overview pixels.
      minWidth: width / (zoomBehavior?.scaleExtent()[1] ?? 1),
      onBrush(selection, end) {
        if (!selection) {
          api.zoomTo(null);
          return;
        }
        const window = brushToWindow(selection, (px) => +x.invert(px));
        applyWindow(window, false);
        // The chart may show a little other than the drawn window (its zoom limits): show that.
        if (end) updateOverviewBrush();
      },
    });
    updateOverviewBrush();
  }

  /** Shows the visible window on the overview; the brush's `move` never calls `onBrush`. */
  function updateOverviewBrush(): void {
    overviewBrush?.move(
      transform.k === 1 ? null : windowToBrush(visibleWindow(), (t) => base(t) as number),
    );
  }

  function teardownView(): void {
    bag.dispose();
    resizeObserver?.disconnect();
    resizeObserver = undefined;
    overviewBrush?.destroy();
    if (overviewSvg) select(overviewSvg).selectAll("*").remove();
    if (sourcesTimer) clearTimeout(sourcesTimer);
    if (tableTimer) clearTimeout(tableTimer);
    sourcesTimer = undefined;
    tableTimer = undefined;
    tooltip.destroy();
    plot = undefined;
    svg = undefined;
    canvas = undefined;
    overviewSvg = undefined;
    overviewBrush = undefined;
    zoomBehavior = undefined;
    tableButton = undefined;
    footer = undefined;
    details = undefined;
    tableWrap = undefined;
    liveRegion = undefined;
    layout = undefined;
    hitIndex = undefined;
    canvasColors = undefined;
    if (idleHandle) clearTimeout(idleHandle);
    idleHandle = 0;
  }

  const api: Timeline = {
    element: root,
    update(partial) {
      const window = transform.k === 1 && transform.x === 0 ? null : visibleWindow();
      // A key given as undefined goes back to its default; the direction follows a new locale.
      const next: Record<string, unknown> = { ...opts };
      for (const [key, value] of Object.entries(partial)) {
        if (value === undefined) delete next[key];
        else next[key] = value;
      }
      if (!("rtl" in partial) && partial.locale) delete next.rtl;
      opts = resolveTimelineOptions(next as TimelineOptions);
      if (partial.measureText) measure = partial.measureText;
      if (partial.selected !== undefined) selected = partial.selected;
      prepare();
      minRows = new Map();
      transform = zoomIdentity;
      build();
      if (window) applyWindow(window, false);
      draw();
    },
    setData(input) {
      setData(input);
    },
    zoomTo(interval) {
      if (!interval) setTransform(zoomIdentity, true);
      else applyWindow(interval[0] <= interval[1] ? interval : [interval[1], interval[0]], true);
      draw();
    },
    focus(eventId) {
      focusEvent(eventId);
    },
    select(eventId) {
      select_(eventId);
    },
    highlight(eventIds) {
      const next = eventIds === null ? null : new Set(eventIds);
      emphasized = next && next.size > 0 ? next : null;
      applyEmphasis();
    },
    destroy() {
      cancelFrame();
      teardownView();
      root.remove();
      releaseStyle();
      releaseTheme();
    },
  };

  setData(data);
  return api;
}

function clearTimer(handle: ReturnType<typeof setTimeout>): () => void {
  return () => clearTimeout(handle);
}

function cssEscape(value: string): string {
  return typeof CSS !== "undefined" && CSS.escape
    ? CSS.escape(value)
    : value.replace(/["\\]/g, "\\$&");
}
