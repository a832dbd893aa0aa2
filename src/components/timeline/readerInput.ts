import { t } from "../../i18n/catalog";
import type { Disposables } from "../shared/dispatch";
import { el } from "../shared/el";
import { getIndex } from "./caches";
import { type KeyInput, onKey } from "./keys";
import { buildHitIndex } from "./layout/hitIndex";
import { stickyAxisHeight } from "./layout/stickyAxisHeight";
import type { MarkLayout } from "./layout/types";
import type { DensityBar } from "./render/density";
import { densityBarAt, showDensityHover } from "./render/densityHover";
import { revealDetails } from "./revealDetails";
import { formatWindow, visibleWindow } from "./scale";
import { announce, showTooltip } from "./selection";
import type { TimelineActions, TimelineState } from "./state";

/**
 * What a reader's pointer and keys do on a horizontal plot: hover tooltips on marks, labels and
 * density bars, a click or tap to select (or to zoom into a bin), the chart's keys, and the
 * tooltip of a mark that focus moves onto. The ESM build attaches it with the plot; the
 * script-tag build carries it in the `gesture` part, fetched on the first pointerenter, focusin
 * or touchstart on a plot, and the core holds what a reader does meanwhile and replays it here
 * (interaction.ts), in order: the last pointer position, clicks, keys and focus.
 */

/** What the pointer handlers read of an event: a `PointerEvent`, or one the core held. */
export interface PointerInput {
  clientX: number;
  clientY: number;
  buttons: number;
  target: EventTarget | null;
}

/** A reader's input on one plot, as {@link attachInput} handles it: the core replays through it. */
export interface ReaderInput {
  /** The pointer moved over the plot's SVG. */
  pointer(e: PointerInput): void;
  /** The pointer left the plot's SVG. */
  leave(): void;
  /** A click or tap on the plot's SVG. */
  click(e: PointerInput): void;
  /** A key pressed with the focus in the plot. */
  key(e: KeyInput): void;
  /** Focus moved onto `target`, in the plot. */
  focus(target: EventTarget | null): void;
}

/**
 * Attaches a reader's input to a built horizontal plot (`s.dom`), every listener in `bag`, and
 * returns the handlers (for the core to replay what it held).
 *
 * @example const input = attachInput(s, act, bag); input.key({ key: "ArrowRight", preventDefault() {} });
 */
export function attachInput(s: TimelineState, act: TimelineActions, bag: Disposables): ReaderInput {
  const input: ReaderInput = {
    pointer: (e) => onPointer(s, act, e),
    leave() {
      act.setHover(null);
      if (s.dom) showDensityHover(s.dom.svg, null);
      s.tooltip.hide();
    },
    click: (e) => onClick(s, act, e),
    key: (e) => onKey(s, act, e),
    focus(target) {
      const mark = (target as Element | null)?.closest?.(".jl-mark");
      if (mark) {
        // Tabbing onto a mark (its label included) shows the same tooltip as hovering it.
        const id = mark.getAttribute("data-id");
        if (id && id !== s.focused) act.focusEvent(id);
        return;
      }
      if (target === s.dom?.plot && s.focused) announce(s, s.focused);
    },
  };
  const dom = s.dom;
  if (!dom) return input;
  const { svg, plot } = dom;
  bag.listen(svg, "pointermove", (e) => input.pointer(e as PointerEvent));
  bag.listen(svg, "pointerleave", input.leave);
  bag.listen(svg, "click", (e) => input.click(e as MouseEvent));
  bag.listen(plot, "keydown", (e) => input.key(e as KeyboardEvent));
  bag.listen(plot, "focusin", (e) => input.focus(e.target));
  return input;
}

function markAt(s: TimelineState, e: PointerInput): MarkLayout | undefined {
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
  const target = e.target as Element | null;
  const g = target?.closest?.(".jl-mark");
  const key = g?.getAttribute("data-key");
  if (key) return layout.marks.find((m) => m.key === key);
  const id = target?.closest?.("[data-id]")?.getAttribute("data-id");
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
function densityBarAtPointer(s: TimelineState, e: PointerInput): DensityBar | undefined {
  const { layout } = s;
  const svg = s.dom?.svg;
  if (!layout || !svg || layout.mode !== "density") return undefined;
  const box = svg.getBoundingClientRect();
  return densityBarAt(layout, e.clientX - box.left, e.clientY - box.top);
}

function onPointer(s: TimelineState, act: TimelineActions, e: PointerInput): void {
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

function onClick(s: TimelineState, act: TimelineActions, e: PointerInput): void {
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
