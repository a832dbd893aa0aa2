import { select } from "d3-selection";
import { ZoomTransform, zoomIdentity } from "d3-zoom";
import { t } from "../../i18n/catalog";
import type { Disposables } from "../shared/dispatch";
import { el } from "../shared/el";
import { partFailureIssue } from "../shared/partFailure";
import { renderIssues } from "../shared/renderIssues";
import type { ZoomListeners } from "./attachZoom";
import { getIndex } from "./caches";
import { gestureCode, loadGestureCode } from "./gestureCode";
import { buildHitIndex, type MarkLayout, stickyAxisHeight } from "./layout";
import { type DensityBar, densityBarAt, renderStickyAxis, showDensityHover } from "./render";
import { baseScale, formatWindow, isFullView, visibleWindow, windowTransform } from "./scale";
import { announce, revealDetails, showTooltip } from "./selection";
import type { TimelineActions, TimelineDom, TimelineState } from "./state";
import { minZoomWindow } from "./zoomLimit";

/**
 * Pointer, keys, focus and zoom: the listeners a chart's plot gets (all in `bag`, removed with
 * it), the zoom behaviour (attached at once where its code is bundled, on the reader's first
 * intent where it is the script-tag build's `gesture` part), and the resize observer.
 */

/** What each horizontal plot does with a zoom (its behaviour's events, or the core's own). */
const zoomListeners = new WeakMap<TimelineDom, ZoomListeners>();

/**
 * Sets the zoom transform: through the zoom behaviour when there is one, so it stays in step;
 * before its code is here, as the behaviour would (the same start, zoom and end, the transform
 * kept on the SVG where the behaviour will read it).
 */
export function setTransform(s: TimelineState, t: ZoomTransform): void {
  const { dom } = s;
  if (dom?.zoom) {
    select<SVGSVGElement, unknown>(dom.svg).call(dom.zoom.transform, t);
    return;
  }
  const on = dom && zoomListeners.get(dom);
  if (!dom || !on) {
    s.transform = t;
    return;
  }
  (dom.svg as SVGSVGElement & { __zoom?: ZoomTransform }).__zoom = t;
  on.start(null);
  on.zoom(t, null);
  on.end();
}

/** Shows the time window `interval` (the zoom event then schedules a draw). */
export function applyWindow(s: TimelineState, interval: readonly [number, number]): void {
  setTransform(s, windowTransform(s, interval));
}

/** Zooms by `factor` around the focused or selected event when in view, else the middle. */
export function zoomBy(s: TimelineState, factor: number): void {
  const { dom, layout } = s;
  if (!dom || (!dom.zoom && !zoomListeners.has(dom))) return;
  let px = s.width / 2;
  const target = s.focused ?? s.selected;
  if (target && layout) {
    const mark = layout.marks.find((m) => m.eventId === target);
    if (mark && mark.cx >= 0 && mark.cx <= s.width) px = mark.cx;
  }
  if (dom.zoom) select<SVGSVGElement, unknown>(dom.svg).call(dom.zoom.scaleBy, factor, [px, 0]);
  else setTransform(s, scaledBy(s.transform, factor, px, s.width, maxZoom(s)));
}

/**
 * d3-zoom's `scaleBy(selection, factor, [px, 0])` on a behaviour with the timeline's extents
 * (`fitZoomExtent`) and scale extent `[1, maxK]`, as arithmetic: the core zooms by a factor
 * (the keys, the zoom buttons) before the behaviour's code is here. Held equal to d3-zoom's in
 * tests/components/timeline/scaledBy.test.ts.
 *
 * @example scaledBy(zoomIdentity, 2, 400, 800, 64); // k 2, x -400
 */
export function scaledBy(
  t0: ZoomTransform,
  factor: number,
  px: number,
  width: number,
  maxK: number,
): ZoomTransform {
  const k = Math.max(1, Math.min(maxK, t0.k * factor));
  const x1 = t0.invertX(px);
  const y1 = t0.invertY(0);
  const scaled = k === t0.k ? t0 : new ZoomTransform(k, t0.x, t0.y);
  const x = px - x1 * k;
  const y = 0 - y1 * k;
  const moved = x === scaled.x && y === scaled.y ? scaled : new ZoomTransform(k, x, y);
  // d3-zoom's default constraint, with extent and translate extent both [[0, 0], [width, 1]].
  const dx0 = moved.invertX(0);
  const dx1 = moved.invertX(width) - width;
  const dy0 = moved.invertY(0);
  const dy1 = moved.invertY(1) - 1;
  return moved.translate(
    dx1 > dx0 ? (dx0 + dx1) / 2 : Math.min(0, dx0) || Math.max(0, dx1),
    dy1 > dy0 ? (dy0 + dy1) / 2 : Math.min(0, dy0) || Math.max(0, dy1),
  );
}

/** The deepest zoom, from the data: a few units of its finest precision on screen. */
export function maxZoom(s: TimelineState): number {
  const span = s.enc.fullDomain[1] - s.enc.fullDomain[0];
  return Math.max(2, span / Math.max(minZoomWindow(s.enc.extents, s.opts.minSpan), 1));
}

/**
 * A new plot width `w`: the time scale and the zoom's extents follow, the row packings are
 * dropped (they depend on the width), and the chart keeps showing the same time window.
 */
export function resizeKeepingWindow(s: TimelineState, w: number): void {
  const window = visibleWindow(s);
  const full = isFullView(s);
  s.width = w;
  s.base = baseScale(s.enc, w, s.opts.rtl);
  s.packings = new Map();
  fitZoomExtent(s);
  if (full) setTransform(s, zoomIdentity);
  else applyWindow(s, window);
}

/** Sets the zoom behaviour's extents to the plot's width. */
export function fitZoomExtent(s: TimelineState): void {
  s.dom?.zoom
    ?.extent([
      [0, 0],
      [s.width, 1],
    ])
    .translateExtent([
      [0, 0],
      [s.width, 1],
    ]);
}

/** What the zoom's events do to the chart (a gesture's, or one set from code). */
function listenersFor(s: TimelineState, act: TimelineActions, plot: HTMLElement): ZoomListeners {
  return {
    maxK: maxZoom(s),
    fitExtent: () => fitZoomExtent(s),
    zoom(transform, source) {
      s.transform = transform;
      // A gesture from the pointer or wheel (not zoomTo, nor the keyboard's one-step zoom)
      // begins when the view first moves, not when d3-zoom starts on a press: drawn as a
      // gesture, the marks leave the SVG for the canvas, so a click's release fell on what lay
      // under them and the browser sent no click (a mark's details never opened).
      if (source != null && !s.gesture) {
        s.gesture = true;
        // The grabbing cursor for a pointer's gesture only: toggling a class on the plot for
        // each zoomTo of an animation asked for a style recalculation of the plot every step.
        plot.classList.add("jl-dragging");
      }
      s.tooltip.hide();
      act.scheduleDraw();
    },
    start(source) {
      if (source == null) s.gesture = false;
    },
    end() {
      plot.classList.remove("jl-dragging");
      s.gesture = false;
      s.minRows = new Map();
      act.scheduleDraw();
      act.scheduleSources();
    },
  };
}

/**
 * The zoom behaviour of a plot whose gesture code is not here (the script-tag core): the first
 * pointerenter, focusin or touchstart on the plot fetches the `gesture` part and attaches it.
 * A gesture made before it is here moves nothing, nor does it scroll the page: the plot's
 * `touch-action: none` keeps a finger from it, and a wheel that the behaviour would have taken
 * (one that zooms, not one past the zoom's limits) is cancelled while the part is on its way.
 * One made after it arrives zooms. A part that cannot load is said under the plot
 * (`part_load_failed`, the file and where) when a reader tries to zoom with the wheel, a drag or
 * a double click (a wheel then scrolls the page); the next pointerenter, focusin or touchstart
 * fetches it again.
 */
function attachZoomWhenHere(
  s: TimelineState,
  bag: Disposables,
  dom: TimelineDom,
  on: ZoomListeners,
): void {
  let failure: HTMLElement | undefined;
  let failed: unknown;
  let loading = false;
  let tried = false;
  const show = () => {
    if (s.dom !== dom || failure?.isConnected) return;
    failure = renderIssues(s.document, [partFailureIssue(failed, s.opts.locale)], {
      heading: t(s.opts.locale, "chart.zoomIn"),
      locale: s.opts.locale,
    });
    dom.plot.after(failure);
  };
  const load = () => {
    if (dom.zoom || loading) return;
    loading = true;
    loadGestureCode().then(
      (code) => {
        loading = false;
        failed = undefined;
        if (s.dom !== dom || dom.zoom) return;
        failure?.remove();
        code.attachZoom(s, bag, on);
      },
      (error: unknown) => {
        loading = false;
        failed = error;
        if (tried) show();
      },
    );
  };
  // A try at zooming: says why it cannot, once the load has failed; fetches again only on a
  // new intent (a wheel sends dozens of events).
  const attempt = () => {
    if (dom.zoom) return;
    tried = true;
    if (failed !== undefined) show();
    else load();
  };
  bag.listen(dom.plot, "pointerenter", load);
  bag.listen(dom.plot, "focusin", load);
  bag.listen(dom.plot, "touchstart", load, { passive: true });
  bag.listen(dom.plot, "wheel", (e) => {
    attempt();
    if (loading && wheelZooms(e as WheelEvent, s.transform.k, on.maxK)) e.preventDefault();
  });
  bag.listen(dom.plot, "dblclick", attempt);
  bag.listen(dom.plot, "pointermove", (e) => {
    if ((e as PointerEvent).buttons) attempt();
  });
}

/** Whether d3-zoom's behaviour would zoom on this wheel (its default `wheelDelta`), at scale `k`. */
function wheelZooms(e: WheelEvent, k: number, maxK: number): boolean {
  const delta =
    -e.deltaY * (e.deltaMode === 1 ? 0.05 : e.deltaMode ? 1 : 0.002) * (e.ctrlKey ? 10 : 1);
  return Math.max(1, Math.min(maxK, k * 2 ** delta)) !== k;
}

/**
 * Wires a freshly built plot: wheel, drag, pinch and double-click zoom (d3-zoom, now or when its
 * part arrives), hover and click on marks and density bars, the keys, scrolling, focus, and
 * resizing with the container.
 */
export function attachInteractions(s: TimelineState, act: TimelineActions, bag: Disposables): void {
  const { dom, opts } = s;
  if (!dom) return;
  const { svg, plot } = dom;
  const on = listenersFor(s, act, plot);
  zoomListeners.set(dom, on);
  const gesture = gestureCode();
  if (gesture) gesture.attachZoom(s, bag, on);
  else attachZoomWhenHere(s, bag, dom, on);
  bag.listen(svg, "pointermove", (e) => onPointer(s, act, e as PointerEvent));
  bag.listen(svg, "pointerleave", () => {
    act.setHover(null);
    showDensityHover(svg, null);
    s.tooltip.hide();
  });
  // The tooltip closes on a click or tap anywhere but the plot, and on Escape wherever the
  // focus is (a tooltip opened by hovering may not be where the focus is; WCAG 1.4.13).
  const doc = s.document;
  bag.listen(doc, "pointerdown", (e) => {
    const target = e.target as Node | null;
    if (!target || !plot.contains(target)) s.tooltip.hide();
  });
  bag.listen(doc, "keydown", (e) => {
    if ((e as KeyboardEvent).key === "Escape") s.tooltip.hide();
  });
  bag.listen(svg, "click", (e) => onClick(s, act, e as MouseEvent));
  bag.listen(plot, "keydown", (e) => onKey(s, act, e as KeyboardEvent));
  bag.listen(plot, "scroll", () => {
    s.plotScrollTop = plot.scrollTop;
    // A canvas chart redraws its band, and draw() places the axis kept in view; SVG marks
    // scroll by themselves, so only the axis moves.
    if (s.canvasMode) act.scheduleDraw();
    else if (s.layout) renderStickyAxis(svg, s.layout, s.plotScrollTop, opts.rtl);
  });
  bag.listen(plot, "focusin", (e) => {
    const mark = (e.target as Element).closest?.(".jl-mark");
    if (mark) {
      // Tabbing onto a mark (its label included) shows the same tooltip as hovering it.
      const id = mark.getAttribute("data-id");
      if (id && id !== s.focused) act.focusEvent(id);
      return;
    }
    if (e.target === plot && s.focused) announce(s, s.focused);
  });
  observeWidth(s, act, bag);
}

/**
 * Redraws at the container's new width, in the next frame, when it changes by a pixel or more.
 * The width comes from the observer's entry, so nothing is measured (no forced layout) and the
 * chart growing in height triggers nothing. Both orientations use it.
 */
export function observeWidth(s: TimelineState, act: TimelineActions, bag: Disposables): void {
  const { view, opts } = s;
  if (view && "ResizeObserver" in view) {
    let lastWidth = s.width;
    let pending = 0;
    const observer = new view.ResizeObserver((entries) => {
      const entry = entries[entries.length - 1];
      const w = Math.max(240, Math.floor(entry?.contentRect.width || opts.width));
      if (Math.abs(w - lastWidth) < 1) return;
      lastWidth = w;
      // Redraw in the next frame: drawing inside the callback would re-enter the observer.
      if (pending) view.cancelAnimationFrame(pending);
      pending = view.requestAnimationFrame(() => {
        pending = 0;
        act.resize(w);
      });
    });
    bag.add(() => {
      if (pending) view.cancelAnimationFrame(pending);
      observer.disconnect();
    });
    observer.observe(s.container);
  }
}

function markAt(s: TimelineState, e: MouseEvent): MarkLayout | undefined {
  const { layout } = s;
  const svg = s.dom?.svg;
  if (!layout || !svg) return undefined;
  if (s.canvasMode) {
    s.hitIndex ??= buildHitIndex(layout, s.opts.rowHeight);
    const box = svg.getBoundingClientRect();
    const y = e.clientY - box.top;
    // Under the axis kept in view by a scroll (renderStickyAxis) no mark can be seen.
    if (y - s.plotScrollTop < stickyAxisHeight(layout, s.plotScrollTop)) return undefined;
    return s.hitIndex.find(e.clientX - box.left, y) ?? labelAt(s, e.clientX - box.left, y);
  }
  // A mark's group holds its label; a label drawn elsewhere names its event with data-id.
  const target = e.target as Element;
  const g = target.closest?.(".jl-mark");
  const key = g?.getAttribute("data-key");
  if (key) return layout.marks.find((m) => m.key === key);
  const id = target.closest?.("[data-id]")?.getAttribute("data-id");
  return id ? layout.marks.find((m) => m.eventId === id) : undefined;
}

/** The mark whose visible label is under (x, y) on a canvas frame (labels are hover targets too). */
function labelAt(s: TimelineState, x: number, y: number): MarkLayout | undefined {
  const { layout } = s;
  if (!layout) return undefined;
  const index = getIndex(s);
  const half = s.opts.fontSize / 2 + 2;
  for (const m of layout.marks) {
    if (!m.labelVisible || Math.abs(y - m.y) > half) continue;
    const w = Math.min(index.labelWidth(m.index), s.measure(m.label, s.opts.fontSize));
    const x0 = m.labelAnchor === "start" ? m.labelX : m.labelX - w;
    if (x >= x0 && x <= x0 + w) return m;
  }
  return undefined;
}

/** The density bar under the pointer, found from the layout (bins are one path per lane). */
function densityBarAtPointer(s: TimelineState, e: MouseEvent): DensityBar | undefined {
  const { layout } = s;
  const svg = s.dom?.svg;
  if (!layout || !svg || layout.mode !== "density") return undefined;
  const box = svg.getBoundingClientRect();
  return densityBarAt(layout, e.clientX - box.left, e.clientY - box.top);
}

function onPointer(s: TimelineState, act: TimelineActions, e: PointerEvent): void {
  // Not while a zoom gesture runs: each zoom frame hides the tooltip again, and the browser
  // sends a pointer move whenever marks pass under a still pointer (at 10,000 events the first
  // tooltip, built mid-gesture, was a 60–100 ms task). The next move after the gesture hovers.
  if (e.buttons || s.gesture) return;
  const { root, document } = s;
  const mark = markAt(s, e);
  act.setHover(mark ? mark.eventId : null);
  if (mark && s.dom) {
    const box = root.getBoundingClientRect();
    showTooltip(s, mark.eventId, e.clientX - box.left, e.clientY - box.top);
    return;
  }
  const bar = densityBarAtPointer(s, e);
  if (s.dom) showDensityHover(s.dom.svg, bar ?? null);
  if (bar) {
    const box = root.getBoundingClientRect();
    const { count, start: a, end: b } = bar.bin;
    s.tooltip.show(
      [
        el(document, "strong", undefined, t(s.opts.locale, "timeline.eventCount", { n: count })),
        el(
          document,
          "div",
          "jl-meta",
          t(s.opts.locale, "timeline.binHint", {
            range: formatWindow(s.opts.locale, [a, b], "timeline.range"),
          }),
        ),
      ],
      e.clientX - box.left,
      e.clientY - box.top,
    );
    return;
  }
  s.tooltip.hide();
}

function onClick(s: TimelineState, act: TimelineActions, e: MouseEvent): void {
  const bin = densityBarAtPointer(s, e)?.bin;
  if (bin) {
    const mid = (bin.start + bin.end) / 2;
    const [w0, w1] = visibleWindow(s);
    const span = (w1 - w0) / 8;
    act.zoomTo([mid - span / 2, mid + span / 2]);
    return;
  }
  const mark = markAt(s, e);
  if (mark) {
    s.focused = mark.eventId;
    act.select(mark.eventId === s.selected ? null : mark.eventId);
    // The details now say what the tooltip said, and more: bring them into view.
    if (s.selected) {
      s.tooltip.hide();
      revealDetails(s);
    }
  } else {
    s.tooltip.hide();
    if (s.selected) act.select(null);
  }
}

/** The chart's keys (both orientations): arrows, Home/End, Enter, Escape, +/−/0. */
export function onKey(s: TimelineState, act: TimelineActions, e: KeyboardEvent): void {
  const next = (step: number) => {
    if (s.enc.events.length) getIndex(s);
    const { order } = s;
    if (order.length === 0) return;
    const fi = s.focused ? s.enc.indexById.get(s.focused) : undefined;
    const at = fi === undefined ? -1 : s.positionOf[fi]!;
    const pos =
      at === -1
        ? step > 0
          ? 0
          : order.length - 1
        : Math.min(order.length - 1, Math.max(0, at + step));
    act.focusEvent(s.enc.events[order[pos]!]!.id);
  };
  const later = s.opts.rtl ? "ArrowLeft" : "ArrowRight";
  const earlier = s.opts.rtl ? "ArrowRight" : "ArrowLeft";
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
      s.focused = null;
      next(1);
      break;
    case "End":
      s.focused = null;
      next(-1);
      break;
    case "Enter":
    case " ":
      if (s.focused) act.select(s.focused === s.selected ? null : s.focused);
      if (s.selected) revealDetails(s);
      break;
    case "Escape":
      s.tooltip.hide();
      if (s.selected) act.select(null);
      act.setHover(null);
      break;
    case "+":
    case "=":
      act.zoomBy(2);
      break;
    case "-":
    case "_":
      act.zoomBy(0.5);
      break;
    case "0":
      act.zoomTo(null);
      break;
    default:
      return;
  }
  e.preventDefault();
}
