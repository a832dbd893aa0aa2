import { zoomIdentity } from "d3-zoom";
import { datasetNow } from "../../derive/datasetNow";
import { eventLabel } from "../../derive/eventLabel";
import type { DataEvent } from "../../model";
import { parseWhen } from "../../time/parseWhen";
import { toExtent } from "../../time/toExtent";
import { maybeAccessor } from "../shared/accessor";
import { dispatch } from "../shared/dispatch";
import type { TextMeasurer } from "../shared/measureText";
import { categoricalCount } from "../shared/palette";
import { countryNames } from "../shared/renderEventDetails";
import { readThemeColors } from "../shared/theme";
import { layoutAnnotations, type TimelineNote } from "./annotationsLayout";
import { eventAriaLabel } from "./describe";
import { type CanvasColors, drawCanvas } from "./drawCanvas";
import type { TimelineZoomDetail } from "./events";
import {
  countIn,
  frameTimeline,
  indexTimeline,
  PAD,
  packTimelineInSlices,
  type TimelineIndex,
  type TimelineLayout,
  type TimelinePacker,
  type TimelinePacking,
  truncateLabel,
} from "./layout";
import { updateOverviewBrush } from "./overview";
import { renderStickyAxis, renderTimeline } from "./render";
import { axisTicks, currentScale, formatWindow, linearOf, visibleWindow, zoomLevel } from "./scale";
import type { EraInterval, TimelineState } from "./state";

/** Events up to which every label is measured exactly (see {@link labelMeasureFor}). */
const EXACT_LABELS = 500;
/**
 * Visible events up to which marks stay SVG during a zoom or pan gesture: past it they draw on
 * canvas until the gesture ends, then SVG marks come back as focus targets. None: even 150 SVG
 * marks with their labels cost 30–45 ms a frame in style, layout and paint in Chromium, where
 * the canvas frame costs 15–20 ms (bench/, zoom p95 at 1,000 events 43 → 33 ms, at 100 events
 * 19 → 16 ms); the keyboard's and zoomTo's single steps are not gestures and stay SVG.
 */
const GESTURE_SVG_MARKS = 0;

/**
 * Events in view up to which a zoom or pan gesture (or a sequence of zoomTo) draws marks: past
 * it, up to `densityThreshold`, the gesture's frames show counts per bin, and the marks come
 * when it ends. A frame of marks lays out and places the labels of every event in view and
 * around it: at 10,000 events, frames with 1,000–2,000 in view were each 50–200 ms of CPU,
 * three quarters of it label placement (bench/FINDINGS.md §13); frames of up to 1,000 stayed
 * under 50 ms at 1,000 events. Never below `canvasThreshold`.
 */
export const GESTURE_MARKS_MAX = 1000;

/**
 * SVG marks a frame may create in a browser (see `RenderContext.markBudget`): a switch from
 * counts or canvas to SVG marks builds them over a few frames, drawing on canvas meanwhile,
 * instead of ~600 marks with their labels in one frame (63–176 ms of script at 1,000 and 10,000
 * events, bench/FINDINGS.md §11). 150 a frame still made 55–70 ms CPU tasks under load (their
 * accessible names, joins, then style and layout of the new elements; §13): 100.
 */
export const MARKS_PER_FRAME = 100;

/**
 * How labels of `n` events are measured: exactly (canvas `measureText` per string) for
 * ordinary sizes; past {@link EXACT_LABELS} events, as the sum of per-character advances
 * (each character measured once) with a small margin, so that packing 100,000 labels costs
 * milliseconds, not seconds. Sums of advances ignore kerning, hence the margin: labels may be
 * placed a pixel apart more than needed, never over each other.
 */
export function labelMeasureFor(n: number, exact: TextMeasurer, fontSize: number): TextMeasurer {
  if (n <= EXACT_LABELS) return exact;
  const advances = new Map<string, number>();
  return (text, size) => {
    let w = 0;
    for (const ch of text) {
      const key = size === fontSize ? ch : `${size}\u0000${ch}`;
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

/** Forgets everything derived from the encoding and the label options (rebuilt on use). */
export function resetCaches(s: TimelineState): void {
  const n = s.enc.events.length;
  s.order = new Int32Array(0);
  s.positionOf = new Int32Array(0);
  // Labels are truncated (measured) only when first drawn or packed: the density view of a
  // large dataset needs none, nor the arrays that keep them (made on the first label).
  s.labels = [];
  s.ariaLabels = [];
  s.index = undefined;
  s.packings = new Map();
  s.labelMeasure = labelMeasureFor(n, s.measure, s.opts.fontSize);
  s.eras = undefined;
  s.notes = undefined;
}

/** The short label of event `i` (truncated to `labelMaxWidth` if set), made on first use. */
export function labelOf(s: TimelineState, i: number): string {
  let text = s.labels[i];
  if (text === undefined) {
    const { opts } = s;
    const e = s.enc.events[i]!;
    const label =
      opts.label === undefined ? undefined : maybeAccessor<DataEvent, string>(opts.label, "")(e, i);
    // The short label (`eventLabel`): the full title stays in tooltips, details and the table.
    text = truncateLabel(
      label === undefined ? eventLabel(e) : String(label ?? eventLabel(e)),
      opts.labelMaxWidth,
      s.labelMeasure,
      opts.fontSize,
    );
    if (s.labels.length === 0) s.labels = new Array(s.enc.events.length);
    s.labels[i] = text;
  }
  return text;
}

/** The accessible name of event `i`, made on first use. */
export function ariaLabelOf(s: TimelineState, i: number): string {
  let text = s.ariaLabels[i];
  if (text === undefined) {
    text = eventAriaLabel(s.enc.events[i]!, s.enc.extents[i]!, s.opts.locale);
    if (s.ariaLabels.length === 0) s.ariaLabels = new Array(s.enc.events.length);
    s.ariaLabels[i] = text;
  }
  return text;
}

/** The layout index of the current data (built on first use), and the time order with it. */
export function getIndex(s: TimelineState): TimelineIndex {
  if (s.index) return s.index;
  const { opts, enc } = s;
  const index = indexTimeline({
    events: enc.events,
    extents: enc.extents,
    assignment: enc.assignment,
    rtl: opts.rtl,
    rowHeight: opts.rowHeight,
    maxRowsPerLane: opts.maxRowsPerLane,
    maxRowsByLane: opts.maxRowsByLane,
    fontSize: opts.fontSize,
    measure: s.labelMeasure,
    labels: (i) => labelOf(s, i),
    colorIndices: enc.colorIndices,
    ...(enc.radii ? { radii: enc.radii } : {}),
  });
  s.index = index;
  // The index's own array, not a copy (400 KB at 100,000 events).
  s.order = index.order;
  s.positionOf = new Int32Array(enc.events.length);
  for (let p = 0; p < index.order.length; p++) s.positionOf[index.order[p]!] = p;
  return index;
}

/**
 * Time (ms) a drawing frame may spend packing the rows of a zoom level it has not packed yet:
 * past it the frame is drawn with what there is (a lower level's rows, or counts per bin) and
 * the packing goes on in the next frames. A whole level at 10,000 events is 20–100 ms of one
 * task (bench/FINDINGS.md §13).
 */
export const PACK_FRAME_MS = 6;

/**
 * Events past which a frame packs rows in slices (below, a whole level is a few milliseconds,
 * and a zoomTo shows its marks at once).
 */
const PACK_SLICED_MIN = 2000;

/** Packings under way, per packings map (a new map, for new data or a new width, drops them). */
const packers = new WeakMap<Map<number, TimelinePacking>, Map<number, TimelinePacker>>();

function packerFor(s: TimelineState, level: number): TimelinePacker {
  let jobs = packers.get(s.packings);
  if (!jobs) {
    jobs = new Map();
    packers.set(s.packings, jobs);
  }
  let job = jobs.get(level);
  if (!job) {
    const px = zoomIdentity.scale(2 ** level).rescaleX(s.base);
    // The whole dataset spans [0, width × 2^level] at this level (see baseScale).
    job = packTimelineInSlices(getIndex(s), linearOf(s.enc, px), [0, s.width * 2 ** level]);
    jobs.set(level, job);
  }
  return job;
}

/**
 * Packs zoom level `level` on while `more()` is true (a slice of idle time or of a frame);
 * true once its rows are complete (and kept in `s.packings`).
 *
 * @example
 * scheduler.afterPaint((more) => packSlice(s, 3, more) || again());
 */
export function packSlice(s: TimelineState, level: number, more: () => boolean): boolean {
  if (s.packings.has(level)) return true;
  const packing = packerFor(s, level).step(more);
  if (!packing) return false;
  s.packings.set(level, packing);
  packers.get(s.packings)?.delete(level);
  return true;
}

/** Charts whose first tooltip's region names were made ready at idle (see `warmSlice`). */
const namesReady = new WeakSet<TimelineState>();

/**
 * What idle time prepares for a zoom level with marks (see `warmPackings`): once, the theme
 * colours the canvas reads (a forced style recalculation: ~30 ms of the first canvas frame at
 * 10,000 events) and the region names of the reader's locale (`Intl.DisplayNames`, which the
 * first tooltip builds: 65–75 ms of the first hover, bench/FINDINGS.md §13); then a slice of
 * the level's rows. True once the level is packed.
 *
 * @example
 * warmPackings(scheduler, sizes, current, (level, more) => warmSlice(s, level, more));
 */
export function warmSlice(s: TimelineState, level: number, more: () => boolean): boolean {
  if (!s.canvasColors && s.dom && s.root.isConnected) {
    s.canvasColors = themeColors(s.root);
    if (!more()) return false;
  }
  if (!namesReady.has(s)) {
    namesReady.add(s);
    countryNames(["FR"], s.opts.locale);
    if (!more()) return false;
  }
  return packSlice(s, level, more);
}

/**
 * Rows packed at the power-of-two zoom level at or below `k`: packing at a smaller zoom is
 * safe (marks only move apart), rows stay put while panning and within a level while
 * zooming, and each level is packed once. Packs what is left of the level at once.
 */
export function packingFor(s: TimelineState, k: number): TimelinePacking {
  const level = zoomLevel(k);
  packSlice(s, level, () => true);
  return s.packings.get(level)!;
}

/**
 * The rows a browser frame at zoom `k` lays its marks out with, without packing a whole level
 * in one task: the level's own when packed (or when what is left fits in
 * {@link PACK_FRAME_MS}), else the deepest packed level below it — safe, marks only move apart —
 * or none (the frame then shows counts per bin). `complete` is false while the level's own
 * rows are still being packed, a slice per frame.
 */
function framePacking(
  s: TimelineState,
  k: number,
): { packing: TimelinePacking | undefined; complete: boolean } {
  const level = zoomLevel(k);
  const clock = s.view!.performance;
  const until = clock.now() + PACK_FRAME_MS;
  if (packSlice(s, level, () => clock.now() < until))
    return { packing: s.packings.get(level), complete: true };
  let below = -1;
  for (const l of s.packings.keys()) if (l < level && l > below) below = l;
  return { packing: below < 0 ? undefined : s.packings.get(below), complete: false };
}

function eraIntervals(s: TimelineState): EraInterval[] {
  if (s.eras) return s.eras;
  const { dataset, opts } = s;
  const now = opts.now ?? (dataset ? datasetNow(dataset) : undefined);
  s.eras = (dataset?.eras ?? []).flatMap((era) => {
    const parsed = parseWhen(era.when);
    if (!parsed.ok) return [];
    const x = toExtent(parsed.value, now === undefined ? {} : { now });
    return [{ id: era.id, label: era.label, start: x.earliestStart, end: x.latestEnd }];
  });
  return s.eras;
}

/** The dataset's annotations as intervals in time; those whose date or event is unknown are left out. */
function noteIntervals(s: TimelineState): TimelineNote[] {
  if (s.notes) return s.notes;
  const { dataset, opts, enc } = s;
  const now = opts.now ?? (dataset ? datasetNow(dataset) : undefined);
  const byId = new Map(enc.events.map((e, i) => [e.id, i]));
  s.notes = (dataset?.annotations ?? []).flatMap((note): TimelineNote[] => {
    const placement = note.placement === undefined ? {} : { placement: note.placement };
    if (note.event !== undefined) {
      const i = byId.get(note.event);
      if (i === undefined) return [];
      const x = enc.extents[i]!;
      const at = { start: x.earliestStart, end: x.latestEnd };
      return [{ id: note.id, text: note.text, ...at, eventId: note.event, ...placement }];
    }
    const parsed = note.when === undefined ? undefined : parseWhen(note.when);
    if (!parsed?.ok) return [];
    const x = toExtent(parsed.value, now === undefined ? {} : { now });
    return [
      { id: note.id, text: note.text, start: x.earliestStart, end: x.latestEnd, ...placement },
    ];
  });
  return s.notes;
}

/**
 * Lays out and draws the current window: the layout per frame (index and packing cached), SVG
 * marks or a canvas layer, the axis kept in view, hover and emphasis; announces a new window
 * with `timeline-zoom`. Runs every zoom frame. Returns how many SVG marks are still to be built
 * (at most {@link MARKS_PER_FRAME} are made per call in a browser; the canvas shows the frame
 * until they are all there), plus one while the zoom level's rows are still being packed (a
 * slice per frame, `data-packing` on the chart's element; meanwhile the canvas draws the marks
 * on a lower level's rows, or counts per bin stay): the caller draws again in the next frame
 * while it is above 0.
 */
export function draw(s: TimelineState): number {
  const { dom, dataset, opts, enc, root } = s;
  if (!dom || !dataset || enc.events.length === 0) return 0;
  const { svg, plot } = dom;
  const started = s.view?.performance?.now() ?? 0;
  const x = currentScale(s);
  const window = visibleWindow(s);
  const forced = opts.renderer === "density" ? true : opts.renderer === "auto" ? undefined : false;
  // Per frame only times map to pixels: the index (per dataset) and the row packing (per
  // zoom level) are cached.
  const k = s.transform.k;
  const seq = enc.sequential;
  // A frame that only goes on building the SVG marks of the last one (nothing it depends on
  // changed) keeps its layout, and its canvas when what that shows is the same.
  const inputs: FrameInputs = {
    transform: s.transform,
    width: s.width,
    opts,
    enc,
    packings: s.packings,
    minRows: s.minRows,
    gesture: s.gesture,
    canvas: `${s.hovered}|${s.selected}|${s.focused}|${s.plotScrollTop}`,
  };
  const last = lastFrames.get(s);
  const again = last?.building === true && s.layout !== undefined && sameFrame(last.inputs, inputs);
  let layout: TimelineLayout;
  let packed = true;
  if (again) layout = s.layout!;
  else {
    const index = getIndex(s);
    // A browser frame after the first never packs a whole zoom level: it packs a slice and draws
    // with a lower level's rows, or counts per bin, until the level's rows are complete.
    let packing: TimelinePacking | undefined;
    let density = forced;
    // Events in view (as frameTimeline counts them): two binary searches.
    const a = +x.invert(-PAD);
    const b = +x.invert(s.width + PAD);
    const visible = countIn(index.sortedStarts, index.sortedEnds, Math.min(a, b), Math.max(a, b));
    if (s.view?.requestAnimationFrame && s.layout && forced !== true) {
      // During a gesture counts stay up to fewer events in view (see GESTURE_MARKS_MAX).
      const threshold = s.gesture
        ? Math.min(opts.densityThreshold, Math.max(GESTURE_MARKS_MAX, opts.canvasThreshold))
        : opts.densityThreshold;
      if (forced === undefined && visible > threshold) density = true;
      else if (enc.events.length > PACK_SLICED_MIN) {
        const frame = framePacking(s, k);
        packing = frame.packing;
        packed = frame.complete;
        if (!packing && forced === undefined) density = true;
      }
    }
    if (packed) delete root.dataset.packing;
    else root.dataset.packing = String(zoomLevel(k));
    // A canvas in a scrolling plot shows one band (drawMarksOnCanvas): labels below it wait for
    // the scroll that shows them (each scroll of a canvas chart draws a frame).
    const banded =
      opts.maxHeight > 0 && density !== true && drawsOnCanvas(s, visible, packed)
        ? { labelsBottom: s.plotScrollTop + opts.maxHeight }
        : {};
    layout = frameTimeline(index, () => packing ?? packingFor(s, k), {
      x: linearOf(enc, x),
      invert: (px) => +x.invert(px),
      width: s.width,
      eras: opts.eras ? eraIntervals(s) : [],
      ticks: axisTicks(s, x, window),
      breaks: seq && enc.events.length > 1 ? seq.breaks : [],
      ...(density !== undefined ? { density } : {}),
      densityThreshold: opts.densityThreshold,
      minRows: s.minRows,
      // Mid-gesture, labels only where they fit whole beside their mark (frameTimeline).
      quickLabels: s.gesture,
      ...banded,
    });
    if (opts.annotations) {
      const notes = noteIntervals(s);
      if (notes.length > 0) {
        const last = layout.lanes[layout.lanes.length - 1];
        const placed = layoutAnnotations(notes, {
          x: linearOf(enc, x),
          width: s.width,
          lanesTop: layout.lanesTop,
          lanesBottom: last ? last.top + last.height : layout.lanesTop,
          marks: layout.marks,
          lanes: layout.lanes,
          rowHeight: opts.rowHeight,
          rtl: opts.rtl,
          measure: s.measure,
          fontSize: opts.fontSize,
        });
        layout.annotations = placed.annotations;
        layout.height += placed.height;
      }
    }
    s.layout = layout;
    // Within a gesture lanes may grow but never shrink, so the chart does not jump.
    for (const [key, v] of layout.rowsByLane)
      s.minRows.set(key, Math.max(v, s.minRows.get(key) ?? 0));
  }
  s.canvasMode = layout.mode === "marks" && drawsOnCanvas(s, layout.visibleCount, packed);
  renderTimeline(s.document, svg, layout, {
    id: s.id,
    ariaLabel: (i) => ariaLabelOf(s, i),
    selected: s.selected,
    focused: s.focused,
    rtl: opts.rtl,
    drawMarks: !s.canvasMode,
    // A canvas chart's settled frames count the labels with no place too (never silently).
    cues: !s.gesture,
    // In Node (server-side SVG) every mark at once; in a browser a few hundred per frame, the
    // canvas standing in meanwhile — or all at once when there is no canvas threshold (a chart
    // drawn as a picture: views' `picture`).
    ...(s.view?.requestAnimationFrame && Number.isFinite(opts.canvasThreshold)
      ? { markBudget: MARKS_PER_FRAME }
      : {}),
    title: `${dataset.title}, ${formatWindow(opts.locale, window)}`,
    locale: opts.locale,
  });
  const pending = s.canvasMode
    ? 0
    : Number(svg.querySelector(".jl-marks")?.getAttribute("data-pending") ?? 0);
  // Until every SVG mark is built, the canvas shows this frame (and takes the pointer).
  if (pending > 0) s.canvasMode = true;
  renderStickyAxis(svg, layout, s.plotScrollTop, opts.rtl);
  // Focus and scrollIntoView then stop below that axis, not under it (written on change only:
  // draw runs every zoom frame).
  if (s.scrollPadding !== layout.lanesTop) {
    s.scrollPadding = layout.lanesTop;
    plot.style.scrollPaddingTop = `${s.scrollPadding}px`;
  }
  svg.classList.toggle("jl-has-hover", s.hovered !== null && !s.canvasMode);
  if (s.hovered && !s.canvasMode) markHighlight(s, s.hovered, true);
  applyEmphasis(s);
  // Built on the first pointer move over this frame, not per frame.
  s.hitIndex = undefined;
  if (s.canvasMode) {
    if (!dom.canvas) {
      dom.canvas = s.document.createElement("canvas");
      dom.canvas.setAttribute("aria-hidden", "true");
      plot.append(dom.canvas);
    }
    if (!(again && last.canvas && last.inputs.canvas === inputs.canvas)) drawMarksOnCanvas(s);
  } else {
    dom.canvas?.remove();
    dom.canvas = undefined;
  }
  plot.style.maxHeight = opts.maxHeight > 0 ? `${opts.maxHeight}px` : "";
  announceWindow(s, window);
  if (s.view?.performance && started) {
    root.dataset.renderMs = (s.view.performance.now() - started).toFixed(2);
  }
  lastFrames.set(s, { inputs, building: pending > 0 && packed, canvas: s.canvasMode });
  return pending + (packed ? 0 : 1);
}

/**
 * Tells of a new visible window, once per window: `data-window` and `timeline-zoom` on the
 * chart's element, and the overview's brush. `draw` calls it; so does a `zoomTo` in a sequence, whose drawing waits
 * for the next frame while linked views hear of the window at once.
 *
 * @example
 * announceWindow(s); // after s.transform changed
 */
export function announceWindow(
  s: TimelineState,
  window: readonly [number, number] = visibleWindow(s),
): void {
  const key = `${Math.round(window[0])}|${Math.round(window[1])}`;
  if (key === s.lastWindow) return;
  s.lastWindow = key;
  // The window in ms, for an export that redraws the chart (views' `picture`) and for pages.
  s.root.setAttribute("data-window", key.replace("|", ","));
  dispatch<TimelineZoomDetail>(s.root, "timeline-zoom", {
    start: window[0],
    end: window[1],
    k: s.transform.k,
  });
  updateOverviewBrush(s);
}

/**
 * Whether a frame of marks with `visible` events in view is drawn on the canvas (else as SVG
 * marks). Decided before the layout too (a canvas frame may leave unseen labels unplaced), so
 * one function for both.
 */
function drawsOnCanvas(s: TimelineState, visible: number, packed: boolean): boolean {
  const { renderer, canvasThreshold } = s.opts;
  // Without animation frames (Node: a server-side render, an export) there is no canvas to show:
  // the picture is the SVG, with every mark in it.
  if (!s.view?.requestAnimationFrame) return false;
  return (
    // Marks on stand-in rows stay on the canvas: SVG marks are built once, on their own rows.
    (!packed && renderer === "auto") ||
    renderer === "canvas" ||
    (renderer === "auto" &&
      (visible > canvasThreshold || (s.gesture && visible > GESTURE_SVG_MARKS)))
  );
}

/** What a frame's layout and canvas depend on besides the data's caches (see `draw`). */
interface FrameInputs {
  transform: TimelineState["transform"];
  width: number;
  opts: TimelineState["opts"];
  enc: TimelineState["enc"];
  packings: TimelineState["packings"];
  minRows: TimelineState["minRows"];
  gesture: boolean;
  /** Hover, selection, focus and scroll, as the canvas draws them. */
  canvas: string;
}

/** Per chart, the last frame's inputs, whether it left SVG marks to build, and whether it drew the canvas. */
const lastFrames = new WeakMap<
  TimelineState,
  { inputs: FrameInputs; building: boolean; canvas: boolean }
>();

function sameFrame(a: FrameInputs, b: FrameInputs): boolean {
  return (
    a.transform === b.transform &&
    a.width === b.width &&
    a.opts === b.opts &&
    a.enc === b.enc &&
    a.packings === b.packings &&
    a.minRows === b.minRows &&
    a.gesture === b.gesture
  );
}

/** Draws the marks of the current layout on the canvas layer (hover and selection included). */
export function drawMarksOnCanvas(s: TimelineState): void {
  const canvas = s.dom?.canvas;
  const { layout, opts } = s;
  if (!canvas || !layout) return;
  // Reading computed styles forces a style recalculation: once per build, not per frame.
  s.canvasColors ??= themeColors(s.root);
  drawCanvas(canvas, layout, s.canvasColors, {
    hovered: s.hovered,
    selected: s.selected,
    focused: s.focused,
    ratio: s.view?.devicePixelRatio || 1,
    fontSize: opts.fontSize,
    rtl: opts.rtl,
    // When the plot scrolls, the canvas covers the visible band only.
    ...(opts.maxHeight > 0 && layout.height > opts.maxHeight
      ? { band: { top: s.plotScrollTop, height: opts.maxHeight } }
      : {}),
  });
}

function themeColors(root: HTMLElement): CanvasColors {
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

/** Marks come and go with the visible window, so emphasis is reapplied after each draw. */
export function applyEmphasis(s: TimelineState): void {
  const svg = s.dom?.svg;
  if (!svg) return;
  svg.classList.toggle("jl-has-emphasis", s.emphasized !== null);
  for (const node of svg.querySelectorAll(".jl-mark[data-id]")) {
    const id = node.getAttribute("data-id") ?? "";
    node.classList.toggle("jl-emphasized", s.emphasized?.has(id) ?? false);
  }
}

/** Turns the hover highlight of an event's marks and connectors on or off. */
export function markHighlight(s: TimelineState, eventId: string, on: boolean): void {
  const svg = s.dom?.svg;
  if (!svg) return;
  const sel = `[data-id="${cssEscape(eventId)}"], .jl-connector[data-event="${cssEscape(eventId)}"]`;
  for (const node of svg.querySelectorAll(sel)) node.classList.toggle("jl-on", on);
}

/** `CSS.escape` where there is one (browsers), a minimal escape elsewhere (Node). */
export function cssEscape(value: string): string {
  return typeof CSS !== "undefined" && CSS.escape
    ? CSS.escape(value)
    : value.replace(/["\\]/g, "\\$&");
}
