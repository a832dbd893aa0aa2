import { dispatch } from "../shared/dispatch";
import { layoutAnnotations } from "./annotationsLayout";
import { ariaLabelOf, getIndex } from "./caches";
import { canvasHere } from "./canvasCode";
import { drawMarksOnCanvas, hideCanvas, showCanvas } from "./canvasLayer";
import { applyEmphasis, markHighlight } from "./emphasis";
import type { TimelineZoomDetail } from "./events";
import { eraIntervals, noteIntervals } from "./intervals";
import { countIn, frameTimeline, PAD, type TimelineLayout, type TimelinePacking } from "./layout";
import { updateOverviewBrush } from "./overview";
import { framePacking, PACK_SLICED_MIN, packingFor } from "./packing";
import { renderStickyAxis, renderTimeline } from "./render";
import { axisTicks, currentScale, formatWindow, linearOf, visibleWindow, zoomLevel } from "./scale";
import type { TimelineState } from "./state";

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
  // The rows and the counts-or-marks choice this frame draws with (a frame that goes on building
  // the last one's SVG marks keeps the last one's).
  let drawnPacking = last?.packing;
  let drawnDensity = last?.density;
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
    // The level's rows are still being packed, a slice per frame, and this frame would lay out
    // and draw what the last one did, on the same stand-in rows (or counts): it only packs. At
    // 10,000 events each such frame laid out ~1,400 marks again (20–45 ms), two or three frames
    // in a row after every zoom step that reached a new level.
    if (
      !packed &&
      last?.packed === false &&
      last.packing === packing &&
      last.density === density &&
      s.layout !== undefined &&
      sameFrame(last.inputs, inputs) &&
      last.inputs.canvas === inputs.canvas
    )
      return 1;
    drawnPacking = packing;
    drawnDensity = density;
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
    // Without the canvas layer (a part of the script-tag build, on its way: canvasHere) every
    // mark at once too: a slower frame, never a half-drawn one.
    ...(s.view?.requestAnimationFrame &&
    Number.isFinite(opts.canvasThreshold) &&
    canvasHere(layout.visibleCount > MARKS_PER_FRAME)
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
    showCanvas(s);
    if (!(again && last.canvas && last.inputs.canvas === inputs.canvas)) drawMarksOnCanvas(s);
  } else hideCanvas(s);
  plot.style.maxHeight = opts.maxHeight > 0 ? `${opts.maxHeight}px` : "";
  announceWindow(s, window);
  if (s.view?.performance && started) {
    root.dataset.renderMs = (s.view.performance.now() - started).toFixed(2);
  }
  lastFrames.set(s, {
    inputs,
    building: pending > 0 && packed,
    canvas: s.canvasMode,
    packed,
    packing: drawnPacking,
    density: drawnDensity,
  });
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
  const wanted =
    // Marks on stand-in rows stay on the canvas: SVG marks are built once, on their own rows.
    (!packed && renderer === "auto") ||
    renderer === "canvas" ||
    (renderer === "auto" &&
      (visible > canvasThreshold || (s.gesture && visible > GESTURE_SVG_MARKS)));
  return wanted && canvasHere(true);
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
  {
    inputs: FrameInputs;
    building: boolean;
    canvas: boolean;
    /** Whether the frame had its zoom level's own rows, and the rows and mode it drew with. */
    packed: boolean;
    packing: TimelinePacking | undefined;
    density: boolean | undefined;
  }
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
