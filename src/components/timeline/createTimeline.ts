import { zoomIdentity } from "d3-zoom";
import { hasErrors } from "../../model/issue";
import type { ChartData } from "../shared/chart";
import { createDisposables } from "../shared/dispatch";
import { el } from "../shared/el";
import { isReadResult } from "../shared/isReadResult";
import { canvasTextMeasurer } from "../shared/measureText";
import { adoptStyle, adoptTheme, rootClass } from "../shared/theme";
import { createTooltip } from "../shared/tooltip";
import { uniqueId } from "../shared/uniqueId";
import { resetCaches } from "./caches";
import { buildChrome, updateSources } from "./chrome";
import { draw } from "./draw";
import { applyEmphasis } from "./emphasis";
import { encodeTimeline } from "./encode";
import { encodingsCode, loadEncodingsCode, needsEncodings } from "./encodingsCode";
import type { Timeline } from "./handle";
import { applyWindow, attachInteractions, resizeKeepingWindow, zoomBy } from "./interaction";
import { optionChanges } from "./optionChanges";
import { nextTimelineOptions, resolveTimelineOptions, type TimelineOptions } from "./options";
import { buildOverview, clearOverview, type OverviewActions } from "./overview";
import { warmFirstZoom } from "./packing";
import { createProgrammaticZoom, ordered } from "./programmaticZoom";
import { baseScale, isFullView, visibleWindow } from "./scale";
import { createScheduler } from "./scheduler";
import { focusEvent, selectEvent, setHover, showDetails } from "./selection";
import {
  createTimelineState,
  type TimelineActions,
  type TimelineElement,
  type TimelineState,
} from "./state";
import { timelineCss } from "./style";
import { buildTable } from "./table";
import { isVertical } from "./vertical/orientation";
import { createVerticalLoader } from "./vertical/verticalLoader";

export type {
  TimelineEventMap,
  TimelineHoverDetail,
  TimelineSelectDetail,
  TimelineZoomDetail,
} from "./events";
export type { Timeline } from "./handle";
export type { TimelineElement } from "./state";

const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/**
 * Creates an interactive timeline of a dataset's events in `container`: lanes (by kind, actor,
 * country, tag…), operations as spans, enforcement actions as points, legislative stages as
 * milestones joined per instrument, imprecise dates drawn as ranges, zoom and pan (wheel, drag,
 * pinch, double-click, keyboard, buttons), tooltips and a details panel with every figure's
 * source, a sources footer, a data table and a text summary. Given a `ReadResult` whose data did
 * not load, it shows the error report instead.
 *
 * It wires its parts around one state object (`state.ts`): `encode.ts` (channels), `layout/`
 * (pixels), `render/` and `drawCanvas.ts` (drawing), `draw.ts` (a frame), `chrome.ts` and
 * `table.ts` (the DOM around the plot), `interaction.ts` and `selection.ts` (input),
 * `programmaticZoom.ts` (`zoomTo`), `overview.ts`, and `scheduler.ts` (frames, idle work).
 *
 * @example
 * import data from "../data/csam-operations.json";
 * const { data: dataset, issues } = parseDataset(data);
 * const chart = createTimeline(document.getElementById("chart")!, dataset ? dataset : { data: undefined, issues });
 */
export function createTimeline(
  container: HTMLElement,
  data: ChartData,
  options: TimelineOptions = {},
): Timeline {
  const document = container.ownerDocument;
  const releaseTheme = adoptTheme(document);
  const releaseStyle = adoptStyle(document, "timeline", timelineCss);
  // The vertical layout's code (bundled, or a part loaded when the chart first turns vertical):
  // its styles go where the chart is (its shadow root inside an element).
  const scope = container.getRootNode();
  const styleTarget = scope.nodeType === 11 && "host" in scope ? (scope as ShadowRoot) : document;
  /** Whether the chart waits for the vertical layout's code (nothing drawn in the plot). */
  let waitingForVertical = false;
  let destroyed = false;
  const verticalPart = createVerticalLoader(styleTarget, () => destroyed, {
    arrived: () => {
      if (waitingForVertical || turnsVertical(measureWidth())) build();
    },
    failed: () => {
      if (waitingForVertical) build();
    },
  });
  const bag = createDisposables();
  let given: TimelineOptions = { ...options };
  const opts = resolveTimelineOptions(given);
  const root = el(document, "div", `${rootClass} jl-timeline`) as TimelineElement;
  root.value = null;
  container.appendChild(root);
  const s: TimelineState = createTimelineState(
    container,
    root,
    uniqueId("jl-tl"),
    opts,
    opts.measureText ?? canvasTextMeasurer(document, FONT),
    createTooltip(root),
  );
  const scheduler = createScheduler(s.view);
  /**
   * Draws the plot; while SVG marks are still being built (a few hundred per frame, the canvas
   * showing the frame meanwhile) draws again in the next frame.
   */
  const drawPlot = () => {
    if (draw(s) > 0) scheduler.frame(frame);
  };
  /** One frame in the current orientation. */
  const frame = () => {
    if (waitingForVertical) return;
    if (s.vertical) verticalPart.code?.drawVertical(s);
    else drawPlot();
  };

  const act: TimelineActions = {
    draw: frame,
    scheduleDraw: () => scheduler.frame(frame),
    select(eventId) {
      if (waitingForVertical) {
        s.selected = eventId;
        return;
      }
      selectEvent(s, act, eventId);
      // Vertically the details open under their row: lay the rows out again around them.
      if (s.vertical) verticalPart.code?.revealDetails(s);
    },
    focusEvent: (eventId) => focusEvent(s, act, eventId),
    setHover: (eventId) => setHover(s, eventId),
    applyWindow: (window) => applyWindow(s, window),
    zoomTo(interval) {
      if (waitingForVertical) return;
      if (!s.vertical) zoomHorizontally(interval);
      else if (interval) verticalPart.code?.scrollToWindow(s, ordered(interval));
    },
    zoomBy: (factor) => zoomBy(s, factor),
    resize,
    scheduleSources: () => scheduler.debounce("sources", 120, () => updateSources(s)),
    buildTable: (whole) => buildTable(s, scheduler, whole),
  };
  const overviewActions: OverviewActions = {
    // Through zoomTo: a brush being dragged is a sequence of windows, drawn as a gesture is
    // (canvas while it moves, SVG marks when it stops).
    showWindow: (window) => act.zoomTo(window),
  };

  const zoomHorizontally = createProgrammaticZoom(s, scheduler, {
    drawPlot,
    scheduleDraw: act.scheduleDraw,
    scheduleSources: act.scheduleSources,
  });

  /**
   * New channels for the current data and options; every cache after them is dropped. Options
   * that need the encodings' code (a part of the script-tag build that an element loads first)
   * draw without it, then again, keeping the window, when it arrives.
   */
  function prepare(): void {
    s.enc = encodeTimeline(s.dataset, s.opts);
    resetCaches(s);
    if (!needsEncodings(s.opts) || encodingsCode()) return;
    loadEncodingsCode().then(
      () => {
        if (!destroyed && needsEncodings(s.opts)) rebuild("channels");
      },
      (error: unknown) =>
        console.warn("jointline: the timeline's sizes or sequential scale could not load.", error),
    );
  }

  function measureWidth(): number {
    const w = s.dom?.plot.clientWidth || root.clientWidth || container.clientWidth || s.opts.width;
    return Math.max(240, Math.floor(w));
  }

  const warm = () => warmFirstZoom(s, scheduler);

  function teardown(): void {
    scheduler.cancelFrame();
    scheduler.cancelAll();
    bag.dispose();
    clearOverview(s);
    s.dom = undefined;
    s.layout = undefined;
    s.hitIndex = undefined;
    s.canvasColors = undefined;
  }

  /** Rebuilds the chrome and the plot for the current data and options, and draws. */
  function build(): void {
    teardown();
    if (!buildChrome(s, act, bag, scheduler)) return;
    s.width = measureWidth();
    const turned = turnsVertical(s.width);
    waitingForVertical = turned && !verticalPart.code;
    root.toggleAttribute("aria-busy", waitingForVertical);
    if (waitingForVertical) {
      // Nothing drawn until the vertical layout arrives (not the horizontal chart at 375 px,
      // then a jump): the chrome shows, the plot stays empty.
      s.vertical = false;
      root.classList.add("jl-vertical");
      verticalPart.request();
      return;
    }
    s.vertical = turned;
    root.classList.toggle("jl-vertical", s.vertical);
    s.base = baseScale(s.enc, s.width, s.opts.rtl);
    s.packings = new Map();
    const vertical = verticalPart.code;
    if (s.vertical && vertical) {
      vertical.attachVertical(s, act, bag);
      vertical.drawVertical(s);
    } else {
      attachInteractions(s, act, bag);
      if (s.dom?.overviewSvg) buildOverview(s, overviewActions);
      if (s.opts.initialWindow) applyWindow(s, s.opts.initialWindow);
      drawPlot();
      warm();
    }
    // The footer names at most 200 sources, found by binary search: cheap enough for the
    // first paint, where it belongs (it is visible under the chart).
    updateSources(s);
    showDetails(s, act);
    if (s.vertical) verticalPart.code?.drawVertical(s);
  }

  /** Whether the chart is drawn vertically at width `w` (not when its code could not load). */
  function turnsVertical(w: number): boolean {
    return !verticalPart.failed && isVertical(s.opts, w);
  }

  function resize(w: number): void {
    if (waitingForVertical) return;
    // Across `verticalBelow` the chart turns: a new plot, the selection kept. Until the vertical
    // layout's code is here the chart stays horizontal (it builds again when the code arrives).
    const turned = turnsVertical(w);
    if (turned && !verticalPart.code) verticalPart.request();
    else if (turned !== s.vertical) {
      build();
      return;
    }
    if (s.vertical) {
      s.width = w;
      verticalPart.code?.drawVertical(s);
      return;
    }
    resizeKeepingWindow(s, w);
    if (s.dom?.overviewSvg) buildOverview(s, overviewActions);
    drawPlot();
    warm();
  }

  function setData(input: ChartData): void {
    if (isReadResult(input)) {
      s.dataset = input.data && !hasErrors(input.issues) ? input.data : undefined;
      s.issues = input.issues;
    } else {
      s.dataset = input;
      s.issues = [];
    }
    prepare();
    s.minRows = new Map();
    s.transform = zoomIdentity;
    build();
  }

  /**
   * New channels (`"channels"`) or the same ones (`"build"`), then the chrome and the plot again,
   * showing `window` (default: the one shown now) — after new options, or when the encodings'
   * code arrives.
   */
  function rebuild(
    what: "channels" | "build",
    window = isFullView(s) ? null : visibleWindow(s),
  ): void {
    if (what === "channels") prepare();
    else resetCaches(s);
    s.minRows = new Map();
    s.transform = zoomIdentity;
    build();
    if (window && !s.vertical && !waitingForVertical) applyWindow(s, window);
    frame();
  }

  /** Applies new options, rebuilding only what they touch (channels, chrome, or a frame). */
  function update(partial: Partial<TimelineOptions>): void {
    const window = isFullView(s) ? null : visibleWindow(s);
    const before = s.opts;
    given = nextTimelineOptions(given, partial);
    s.opts = resolveTimelineOptions(given);
    const { rebuild: changes, changed } = optionChanges(before, s.opts);
    if (partial.measureText) s.measure = partial.measureText;
    if (partial.selected !== undefined) s.selected = partial.selected;
    if (changes !== "frame") {
      rebuild(changes, window);
      return;
    }
    // Only a frame: the DOM, the zoom and every cache stay.
    root.setAttribute("data-theme", s.opts.theme);
    if (changed.includes("theme")) s.canvasColors = undefined;
    showDetails(s, act);
    const w = measureWidth();
    if (s.dom && Math.abs(w - s.width) >= 1) resize(w);
    else frame();
  }

  const api: Timeline = {
    element: root,
    update,
    setData,
    zoomTo: act.zoomTo,
    focus: act.focusEvent,
    select: act.select,
    highlight(eventIds) {
      const next = eventIds === null ? null : new Set(eventIds);
      s.emphasized = next && next.size > 0 ? next : null;
      applyEmphasis(s);
    },
    destroy() {
      destroyed = true;
      teardown();
      s.tooltip.destroy();
      root.remove();
      releaseStyle();
      verticalPart.release();
      releaseTheme();
    },
  };

  setData(data);
  return api;
}
