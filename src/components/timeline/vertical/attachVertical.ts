import type { Disposables } from "../../shared/dispatch";
import { observeWidth } from "../interaction";
import { onKey } from "../keys";
import { announce } from "../selection";
import type { TimelineActions, TimelineState } from "../state";

/**
 * Wires a plot drawn vertically: a tap (click) on a row selects it (again: clears), a mouse
 * over a row highlights it, the keys are the horizontal chart's (`onKey`: arrows move between
 * events in time order, Enter selects, Escape clears), and a resize of the container may turn
 * the chart back to horizontal (`act.resize`). No zoom gesture: the page scrolls under the
 * finger. Every listener goes in `bag`.
 */
export function attachVertical(s: TimelineState, act: TimelineActions, bag: Disposables): void {
  const { dom } = s;
  if (!dom) return;
  const { svg, plot } = dom;
  const rowOf = (e: Event) =>
    (e.target as Element | null)?.closest?.(".jl-vrow")?.getAttribute("data-id") ?? null;
  bag.listen(svg, "click", (e) => {
    const id = rowOf(e);
    if (!id) return;
    s.focused = id;
    act.select(id === s.selected ? null : id);
  });
  bag.listen(svg, "pointermove", (e) => {
    if ((e as PointerEvent).pointerType === "mouse") act.setHover(rowOf(e));
  });
  bag.listen(svg, "pointerleave", () => act.setHover(null));
  bag.listen(plot, "keydown", (e) => onKey(s, act, e as KeyboardEvent));
  bag.listen(plot, "focusin", (e) => {
    if (e.target === plot && s.focused) announce(s, s.focused);
  });
  observeWidth(s, act, bag);
}
