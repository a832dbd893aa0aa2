import { select } from "d3-selection";
import { ZoomTransform, zoomIdentity } from "d3-zoom";
import { t } from "../../i18n/catalog";
import type { Disposables } from "../shared/dispatch";
import { partFailureIssue } from "../shared/partFailure";
import { renderIssues } from "../shared/renderIssues";
import { wheelZooms } from "../shared/wheelZooms";
import type { ZoomListeners } from "./attachZoom";
import { gestureCode, loadGestureCode } from "./gestureCode";
import type { ReaderInput } from "./readerInput";
import { renderStickyAxis } from "./render/stickyAxis";
import { baseScale, isFullView, visibleWindow, windowTransform } from "./scale";
import type { TimelineActions, TimelineDom, TimelineState } from "./state";
import { minZoomWindow } from "./zoomLimit";

/**
 * Zoom, and the wiring of a reader's input: the listeners a chart's plot gets (all in `bag`,
 * removed with it), the zoom behaviour and the pointer, keys and focus (readerInput.ts; attached
 * at once where their code is bundled, on the reader's first intent where it is the script-tag
 * build's `gesture` part, what the reader did meanwhile held and replayed), the view's transform,
 * and the resize observer.
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
 * The keys the chart handles (`onKey`, keys.ts): held and `preventDefault`-ed at once while the
 * gesture part is on its way, so that an arrow does not scroll the page meanwhile.
 */
export const chartKeys = new Set([
  "ArrowRight",
  "ArrowLeft",
  "ArrowDown",
  "ArrowUp",
  "Home",
  "End",
  "Enter",
  " ",
  "Escape",
  "+",
  "=",
  "-",
  "_",
  "0",
]);

/** What a reader did on a plot before its gesture part was here, replayed in order once it is. */
type Held =
  | { type: "pointer" | "click"; clientX: number; clientY: number; target: EventTarget | null }
  | { type: "leave" }
  | { type: "key"; key: string }
  | { type: "focus"; target: EventTarget | null };

/**
 * A plot whose gesture code is not here (the script-tag core): the first pointerenter or focusin
 * on the chart (its chrome or plot), or touchstart on the plot, fetches the `gesture` part, which attaches the zoom behaviour and a
 * reader's input (readerInput.ts: hover, click, keys, focus). Nothing a reader does meanwhile is
 * lost: the last pointer position over the plot, clicks, the chart's keys and focus moved in the
 * plot are held, in order, and replayed when the part attaches (a pointer that entered and
 * stopped gets its tooltip; focus is replayed only where it still is; the click that ends a
 * drag is not held, as d3-zoom sends none); the keys the chart handles are `preventDefault`-ed
 * at once. A zoom gesture made before it is here moves nothing,
 * nor does it scroll the page: the plot's `touch-action: none` keeps a finger from it, and a
 * wheel that the behaviour would have taken (one that zooms, not one past the zoom's limits) is
 * cancelled while the part is on its way. A part that cannot load is said under the plot
 * (`part_load_failed`, the file and where) when a reader tries to zoom with the wheel, a drag or
 * a double click, clicks or presses a key the chart handles (a wheel then scrolls the page);
 * what was held is dropped; the next pointerenter, focusin or touchstart fetches it again.
 */
function attachWhenHere(
  s: TimelineState,
  act: TimelineActions,
  bag: Disposables,
  dom: TimelineDom,
  on: ZoomListeners,
): void {
  let failure: HTMLElement | undefined;
  let failed: unknown;
  let loading = false;
  let tried = false;
  let attached = false;
  let held: Held[] = [];
  const show = () => {
    if (s.dom !== dom || failure?.isConnected) return;
    failure = renderIssues(s.document, [partFailureIssue(failed, s.opts.locale)], {
      heading: t(s.opts.locale, "chart.zoomIn"),
      locale: s.opts.locale,
    });
    dom.plot.after(failure);
  };
  const load = () => {
    if (attached || loading) return;
    loading = true;
    loadGestureCode().then(
      (code) => {
        loading = false;
        failed = undefined;
        if (s.dom !== dom || attached) return;
        attached = true;
        failure?.remove();
        code.attachZoom(s, bag, on);
        const input = code.attachInput(s, act, bag);
        replay(input, held.splice(0));
      },
      (error: unknown) => {
        loading = false;
        failed = error;
        held = [];
        if (tried) show();
      },
    );
  };
  // A try at zooming: says why it cannot, once the load has failed; fetches again only on a
  // new intent (a wheel sends dozens of events).
  const attempt = () => {
    if (attached) return;
    tried = true;
    if (failed !== undefined) show();
    else load();
  };
  /** Holds `entry` while the part is on its way; a pointer position replaces the one before. */
  const hold = (entry: Held) => {
    if (attached || !loading) return;
    const last = held.at(-1)?.type;
    if (
      (entry.type === "pointer" || entry.type === "leave") &&
      (last === "pointer" || last === "leave")
    )
      held.pop();
    held.push(entry);
  };
  const replay = (input: ReaderInput, entries: readonly Held[]) => {
    const scope = dom.svg.getRootNode() as Document | ShadowRoot;
    for (const h of entries) {
      if (s.dom !== dom) return;
      if (h.type === "key") input.key({ key: h.key, preventDefault() {} });
      else if (h.type === "leave") input.leave();
      else if (h.type === "focus") {
        // Only where focus still is (Tab may have moved it on, or out of the chart).
        if (h.target && scope.activeElement === h.target) input.focus(h.target);
      } else {
        // The element under the pointer then, or now where the chart drew again meanwhile.
        const then = h.target as Node | null;
        const target =
          then?.isConnected && dom.svg.contains(then)
            ? then
            : (scope.elementFromPoint?.(h.clientX, h.clientY) ?? null);
        input[h.type]({ clientX: h.clientX, clientY: h.clientY, buttons: 0, target });
      }
    }
  };
  // From the whole chart, not only its plot: a pointer on its way to a mark usually crosses the
  // title, the buttons or the legend first, and Tab reaches the zoom buttons before the plot, so
  // the part has a head start on the first hover or key.
  bag.listen(s.root, "pointerenter", load);
  bag.listen(s.root, "focusin", load);
  bag.listen(dom.plot, "pointerenter", load);
  bag.listen(dom.plot, "focusin", (e) => {
    load();
    hold({ type: "focus", target: e.target });
  });
  bag.listen(dom.plot, "touchstart", load, { passive: true });
  bag.listen(dom.plot, "wheel", (e) => {
    attempt();
    if (loading && wheelZooms(e as WheelEvent, s.transform.k, [1, on.maxK])) e.preventDefault();
  });
  bag.listen(dom.plot, "dblclick", attempt);
  bag.listen(dom.plot, "pointermove", (e) => {
    if ((e as PointerEvent).buttons) attempt();
  });
  // Where the last press began: a press that moved before its release is a drag (d3-zoom's pan,
  // which sends no click after it), so its click is not held.
  let pressedAt: { x: number; y: number } | undefined;
  const pointer = (type: "pointer" | "click") => (e: Event) => {
    const { clientX, clientY, buttons } = e as PointerEvent;
    if (type === "click") {
      attempt();
      // More than 2 px: a press's pointer position is fractional where its click's is rounded.
      const dragged = pressedAt && Math.hypot(pressedAt.x - clientX, pressedAt.y - clientY) > 2;
      pressedAt = undefined;
      if (dragged) return;
    } else if (buttons) return;
    else load();
    hold({ type, clientX, clientY, target: e.target });
  };
  bag.listen(dom.svg, "pointerdown", (e) => {
    const { clientX, clientY } = e as PointerEvent;
    pressedAt = { x: clientX, y: clientY };
  });
  bag.listen(dom.svg, "pointermove", pointer("pointer"));
  bag.listen(dom.svg, "pointerleave", () => hold({ type: "leave" }));
  bag.listen(dom.svg, "click", pointer("click"));
  bag.listen(dom.plot, "keydown", (e) => {
    const { key } = e as KeyboardEvent;
    if (attached || !chartKeys.has(key)) return;
    e.preventDefault();
    attempt();
    hold({ type: "key", key });
  });
}

/**
 * Wires a freshly built plot: wheel, drag, pinch and double-click zoom (d3-zoom) and a reader's
 * input (hover and click on marks and density bars, the keys, focus: readerInput.ts), now or
 * when their part arrives; scrolling, closing the tooltip, and resizing with the container.
 */
export function attachInteractions(s: TimelineState, act: TimelineActions, bag: Disposables): void {
  const { dom, opts } = s;
  if (!dom) return;
  const { svg, plot } = dom;
  const on = listenersFor(s, act, plot);
  zoomListeners.set(dom, on);
  const gesture = gestureCode();
  if (gesture) {
    gesture.attachZoom(s, bag, on);
    gesture.attachInput(s, act, bag);
  } else attachWhenHere(s, act, bag, dom, on);
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
  bag.listen(plot, "scroll", () => {
    s.plotScrollTop = plot.scrollTop;
    // A canvas chart redraws its band, and draw() places the axis kept in view; SVG marks
    // scroll by themselves, so only the axis moves.
    if (s.canvasMode) act.scheduleDraw();
    else if (s.layout) renderStickyAxis(svg, s.layout, s.plotScrollTop, opts.rtl);
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
