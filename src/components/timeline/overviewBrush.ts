// The timeline's overview brush: a one-dimensional selection over the overview strip, written
// for this one use instead of d3-brush. d3-brush brings d3-color and d3-interpolate's generic
// `interpolate` into the script-tag bundle for transitions we never run (7+ KB gzip of an 80 KB
// budget); this needs pointer events and a few rectangles. The geometry is pure (tested in Node);
// `createOverviewBrush` only maps pointer events onto it.

/** A selection in pixels along the strip, `[left, right]` with left ≤ right. */
export type BrushSelection = readonly [number, number];

/**
 * The part of the brush under the pointer: empty strip (`"overlay"`, where a drag draws a new
 * selection and a click clears it), the selection (a drag moves it), or its west or east edge
 * (a drag resizes it). d3-brush's names.
 */
export type BrushTarget = "overlay" | "selection" | "w" | "e";

/** What a gesture started from: the part grabbed, the pointer and the selection at that time. */
export interface BrushGrab {
  /** The part of the brush the gesture started on. */
  target: BrushTarget;
  /** The pointer's position along the strip when the gesture started. */
  x0: number;
  /** The selection when the gesture started (null if none). */
  selection0: BrushSelection | null;
}

/** The limits every selection keeps to. */
export interface BrushBounds {
  /** The strip, `[left, right]` in pixels. */
  extent: BrushSelection;
  /** The narrowest selection, in pixels (the narrowest window the chart can show); 0 for none. */
  minWidth: number;
}

/**
 * Sorts a selection, keeps it inside the extent and at least `minWidth` wide (growing around its
 * middle, then shifted back inside). A minimum wider than the extent gives the whole extent.
 *
 * @example
 * clampSelection([120, 80], { extent: [0, 100], minWidth: 0 }); // [80, 100]
 * clampSelection([50, 50], { extent: [0, 100], minWidth: 10 }); // [45, 55]
 */
export function clampSelection(selection: BrushSelection, bounds: BrushBounds): BrushSelection {
  const [lo, hi] = bounds.extent;
  let a = clamp(Math.min(selection[0], selection[1]), lo, hi);
  let b = clamp(Math.max(selection[0], selection[1]), lo, hi);
  const min = Math.min(bounds.minWidth, hi - lo);
  if (b - a < min) {
    const mid = (a + b) / 2;
    a = mid - min / 2;
    b = mid + min / 2;
    if (a < lo) [a, b] = [lo, lo + min];
    if (b > hi) [a, b] = [hi - min, hi];
  }
  return [a, b];
}

/**
 * The zones of the two edge handles, `[from, to]` in pixels: `size` wide, centred on each edge,
 * but reaching at most a third of the selection inwards, so a narrow selection can still be
 * grabbed by its middle to move it (d3-brush's handles cover it whole).
 *
 * @example
 * brushHandles([100, 200], 6); // { w: [97, 103], e: [197, 203] }
 * brushHandles([100, 106], 6); // { w: [97, 102], e: [104, 109] }
 */
export function brushHandles(
  selection: BrushSelection,
  size: number,
): { w: BrushSelection; e: BrushSelection } {
  const [a, b] = selection;
  const inner = Math.min(size / 2, (b - a) / 3);
  return { w: [a - size / 2, a + inner], e: [b - inner, b + size / 2] };
}

/**
 * The part of the brush at position `x` (see {@link BrushTarget}); handles win over the
 * selection, the nearer edge over the farther one.
 *
 * @example
 * brushTargetAt(150, [100, 200], 6); // "selection"
 * brushTargetAt(199, [100, 200], 6); // "e"
 * brushTargetAt(20, [100, 200], 6); // "overlay"
 */
export function brushTargetAt(
  x: number,
  selection: BrushSelection | null,
  handleSize: number,
): BrushTarget {
  if (!selection) return "overlay";
  const { w, e } = brushHandles(selection, handleSize);
  const inW = x >= w[0] && x <= w[1];
  const inE = x >= e[0] && x <= e[1];
  if (inW && inE) return Math.abs(x - selection[0]) <= Math.abs(x - selection[1]) ? "w" : "e";
  if (inW) return "w";
  if (inE) return "e";
  return x >= selection[0] && x <= selection[1] ? "selection" : "overlay";
}

/**
 * The selection while the pointer is at `x`, for a gesture that started as `grab` says:
 * - on the empty strip, from where it started to the pointer;
 * - on the selection, the selection shifted by the pointer's travel, its width kept, stopped at
 *   the extent's ends;
 * - on an edge, from the other edge to the pointer (keeping where in the handle it was grabbed),
 *   so dragging past the other edge turns the selection around, as in d3-brush.
 * The moving side stays inside the extent; a selection narrower than `minWidth` grows from its
 * fixed side towards the pointer.
 *
 * @example
 * const bounds = { extent: [0, 100], minWidth: 4 } as const;
 * brushDrag({ target: "overlay", x0: 30, selection0: null }, 60, bounds); // [30, 60]
 * brushDrag({ target: "selection", x0: 50, selection0: [40, 60] }, 90, bounds); // [80, 100]
 * brushDrag({ target: "e", x0: 60, selection0: [40, 60] }, 20, bounds); // [20, 40]
 */
export function brushDrag(grab: BrushGrab, x: number, bounds: BrushBounds): BrushSelection {
  const [lo, hi] = bounds.extent;
  const s = grab.selection0;
  if (grab.target === "selection" && s) {
    const d = clamp(x - grab.x0, lo - s[0], hi - s[1]);
    return clampSelection([s[0] + d, s[1] + d], bounds);
  }
  let anchor: number;
  let moving: number;
  if (grab.target === "w" && s) {
    anchor = s[1];
    moving = x + (s[0] - grab.x0);
  } else if (grab.target === "e" && s) {
    anchor = s[0];
    moving = x + (s[1] - grab.x0);
  } else {
    anchor = grab.x0;
    moving = x;
  }
  anchor = clamp(anchor, lo, hi);
  moving = clamp(moving, lo, hi);
  const min = Math.min(bounds.minWidth, hi - lo);
  if (Math.abs(moving - anchor) >= min)
    return anchor <= moving ? [anchor, moving] : [moving, anchor];
  // Too narrow: grow from the fixed side towards the pointer, or away from the end it hit.
  const right = moving > anchor || (moving === anchor && anchor + min <= hi);
  return clampSelection(right ? [anchor, anchor + min] : [anchor - min, anchor], bounds);
}

/**
 * The time window a selection shows: its two ends through `invert` (the overview's scale,
 * pixels to ms), earliest first — under right-to-left layouts the left end is the later time.
 *
 * @example
 * brushToWindow([100, 300], (px) => 1000 - px); // [700, 900]
 */
export function brushToWindow(
  selection: BrushSelection,
  invert: (px: number) => number,
): [number, number] {
  const a = invert(selection[0]);
  const b = invert(selection[1]);
  return a <= b ? [a, b] : [b, a];
}

/**
 * The selection showing a time window: its two ends through `x` (the overview's scale, ms to
 * pixels), leftmost first — under right-to-left layouts the later time is on the left.
 *
 * @example
 * windowToBrush([700, 900], (t) => 1000 - t); // [100, 300]
 */
export function windowToBrush(
  window: readonly [number, number],
  x: (t: number) => number,
): BrushSelection {
  const p = x(window[0]);
  const q = x(window[1]);
  return p <= q ? [p, q] : [q, p];
}

/** Options of {@link createOverviewBrush}. */
export interface OverviewBrushOptions {
  /** The strip's width in pixels (the brush spans 0 to width). */
  width: number;
  /** The strip's height in pixels. */
  height: number;
  /** The narrowest selection in pixels; default 0. @example { minWidth: 960 / 2000 } */
  minWidth?: number;
  /** Width of the edge handles in pixels; default 6 (d3-brush's). @example { handleSize: 8 } */
  handleSize?: number;
  /**
   * Pointer travel in pixels under which a press and release is a click, not a drag; default 3
   * (a hand on a touch screen or a pen rarely stays still). @example { clickDistance: 5 }
   */
  clickDistance?: number;
  /**
   * Called for the user's gestures only, never for {@link OverviewBrush.move}: with the new
   * selection while dragging (`end` false) and when the gesture ends (`end` true); with null when
   * a click on the empty strip clears the selection.
   * @example { onBrush: (selection, end) => selection ? showWindow(selection) : reset() }
   */
  onBrush(selection: BrushSelection | null, end: boolean): void;
}

/** A live overview brush, from {@link createOverviewBrush}. */
export interface OverviewBrush {
  /** The `<g class="jl-brush">` holding the brush's rectangles. */
  readonly element: SVGGElement;
  /** The current selection, or null. */
  readonly selection: BrushSelection | null;
  /**
   * Shows a selection (null hides it) without calling `onBrush`: for the chart to follow its own
   * zoom. Ignored while the user drags, whose gesture owns the selection until it ends.
   */
  move(selection: BrushSelection | null): void;
  /** Removes its listeners and releases the pointer; its element stays for the caller to remove. */
  destroy(): void;
}

const SVG = "http://www.w3.org/2000/svg";

/**
 * Draws a horizontal brush into `parent` (an overview `<svg>`): a `<g class="jl-brush">` with an
 * `.overlay` rectangle over the whole strip, the `.selection` and two edge handles
 * (`.handle.handle--w`, `.handle.handle--e`), the class names of d3-brush. A drag on the empty
 * strip draws a selection, a drag inside moves it, a drag on an edge resizes it, a click on the
 * empty strip clears it. Pointer events with pointer capture, so mouse, touch and pen behave
 * alike and the gesture follows the pointer off the strip. No keyboard: the overview is
 * aria-hidden and the chart has its own keyboard zoom.
 *
 * @example
 * const brush = createOverviewBrush(svg, {
 *   width: 800,
 *   height: 36,
 *   onBrush: (s) => (s ? chart.zoomTo(brushToWindow(s, x.invert)) : chart.zoomTo(null)),
 * });
 * brush.move([100, 300]); // follows the chart, calls nothing
 */
export function createOverviewBrush(
  parent: SVGElement,
  options: OverviewBrushOptions,
): OverviewBrush {
  const document = parent.ownerDocument;
  const { width, height, onBrush } = options;
  const handleSize = options.handleSize ?? 6;
  const clickDistance = options.clickDistance ?? 3;
  const bounds: BrushBounds = { extent: [0, width], minWidth: options.minWidth ?? 0 };

  const rect = (className: string): SVGRectElement => {
    const r = document.createElementNS(SVG, "rect") as SVGRectElement;
    r.setAttribute("class", className);
    r.setAttribute("y", "0");
    r.setAttribute("height", String(height));
    return r;
  };
  const g = document.createElementNS(SVG, "g") as SVGGElement;
  g.setAttribute("class", "jl-brush");
  // As d3-brush: the group is transparent yet takes the pointer everywhere in the strip.
  g.setAttribute("fill", "none");
  g.setAttribute("pointer-events", "all");
  const overlay = rect("overlay");
  overlay.setAttribute("x", "0");
  overlay.setAttribute("width", String(width));
  const selectionRect = rect("selection");
  selectionRect.setAttribute("shape-rendering", "crispEdges");
  const handleW = rect("handle handle--w");
  const handleE = rect("handle handle--e");
  g.append(overlay, selectionRect, handleW, handleE);
  parent.append(g);

  let selection: BrushSelection | null = null;
  /** The gesture under way: which pointer, what it grabbed, whether it has become a drag. */
  let gesture: (BrushGrab & { pointerId: number; dragging: boolean }) | null = null;

  function redraw(): void {
    const parts = [selectionRect, handleW, handleE];
    if (!selection) {
      for (const part of parts) {
        part.style.display = "none";
        part.removeAttribute("x");
        part.removeAttribute("width");
      }
      return;
    }
    for (const part of parts) part.style.display = "";
    const { w, e } = brushHandles(selection, handleSize);
    const place = (part: SVGRectElement, [a, b]: BrushSelection) => {
      part.setAttribute("x", String(a));
      part.setAttribute("width", String(Math.max(0, b - a)));
    };
    place(selectionRect, selection);
    place(handleW, w);
    place(handleE, e);
  }

  /** The pointer's position along the strip, in the strip's own units. */
  function pointerX(event: PointerEvent): number {
    const box = parent.getBoundingClientRect();
    const scale = box.width > 0 ? width / box.width : 1;
    return (event.clientX - box.left) * scale;
  }

  function onDown(event: Event): void {
    const e = event as PointerEvent;
    // The primary button only (a right click opens the context menu; ctrl-click too on macOS),
    // one pointer at a time.
    if (gesture || e.button !== 0 || e.ctrlKey) return;
    const x = pointerX(e);
    gesture = {
      pointerId: e.pointerId,
      target: brushTargetAt(x, selection, handleSize),
      x0: x,
      selection0: selection,
      dragging: false,
    };
    // Keeps the page from selecting text or starting a native drag under the gesture.
    e.preventDefault();
    try {
      g.setPointerCapture(e.pointerId);
    } catch {
      // A pointer the browser does not know as active (a synthetic event): events bubble here.
    }
    g.classList.add(`jl-brush-${gesture.target}`);
  }

  function onMove(event: Event): void {
    const e = event as PointerEvent;
    if (!gesture || e.pointerId !== gesture.pointerId) return;
    const x = pointerX(e);
    if (!gesture.dragging && Math.abs(x - gesture.x0) < clickDistance) return;
    gesture.dragging = true;
    selection = brushDrag(gesture, x, bounds);
    redraw();
    onBrush(selection, false);
  }

  function onUp(event: Event): void {
    const e = event as PointerEvent;
    if (!gesture || e.pointerId !== gesture.pointerId) return;
    const done = finish();
    if (done.dragging) onBrush(selection, true);
    else if (done.target === "overlay" && done.selection0) {
      // A click on the empty strip clears the selection: the chart shows all of its time.
      selection = null;
      redraw();
      onBrush(null, true);
    }
  }

  function onCancel(event: Event): void {
    const e = event as PointerEvent;
    if (!gesture || e.pointerId !== gesture.pointerId) return;
    // The browser took the pointer (a touch turned into a page scroll, say): put back what was
    // there before the gesture, and tell the chart only if it had followed the drag.
    const done = finish();
    selection = done.selection0;
    redraw();
    if (done.dragging) onBrush(selection, true);
  }

  function finish(): NonNullable<typeof gesture> {
    const done = gesture!;
    gesture = null;
    g.classList.remove(`jl-brush-${done.target}`);
    if (g.hasPointerCapture?.(done.pointerId)) g.releasePointerCapture(done.pointerId);
    return done;
  }

  const listeners: [string, (event: Event) => void][] = [
    ["pointerdown", onDown],
    ["pointermove", onMove],
    ["pointerup", onUp],
    ["pointercancel", onCancel],
    // Capture lost without a pointerup (the node left the document, say): as a cancel.
    ["lostpointercapture", onCancel],
  ];
  for (const [type, listener] of listeners) g.addEventListener(type, listener);
  redraw();

  return {
    element: g,
    get selection() {
      return selection;
    },
    move(next) {
      if (gesture) return;
      selection = next ? clampSelection(next, bounds) : null;
      redraw();
    },
    destroy() {
      if (gesture) finish();
      for (const [type, listener] of listeners) g.removeEventListener(type, listener);
    },
  };
}

function clamp(v: number, lo: number, hi: number): number {
  return v < lo ? lo : v > hi ? hi : v;
}
