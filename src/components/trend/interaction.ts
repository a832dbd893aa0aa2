import type { Disposables } from "../shared/dispatch";
import type { Tooltip } from "../shared/tooltip";
import type { TrendLayout } from "./layout";

/** What the trend's pointer and keyboard handling reads and calls; see {@link attachTrendInteraction}. */
export interface TrendInteraction {
  root: HTMLElement;
  svg: SVGSVGElement;
  tooltip: Tooltip;
  layout(): TrendLayout;
  selected(): string | null;
  /** Makes a bar the tab stop (when it gets focus). */
  setFocusable(key: string): void;
  /** A reader's selection (toggles, dispatches `trend-select`). */
  userSelect(key: string | null): void;
  /** Shows the tooltip for a bar at a point of the root (or hides it), dispatches `trend-hover`. */
  hover(key: string | null, at?: { x: number; y: number }): void;
  /** Moves keyboard focus to a bar. */
  focus(key: string): void;
}

const barOf = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest("g.jl-trend-bar") as SVGGElement | null) : null;

/** A bar's group element by key, if drawn. */
export function barGroup(svg: ParentNode, key: string): SVGGElement | null {
  return svg.querySelector<SVGGElement>(
    `g.jl-trend-bar[data-key="${key.replace(/["\\]/g, "\\$&")}"]`,
  );
}

/**
 * Wires the reader's input to the trend: hover and focus show a bar's tooltip, click, Enter or
 * Space select it, arrows and Home/End move between bars, Escape clears. Every listener goes
 * into `bag`.
 * @example attachTrendInteraction(bag, { root, svg, tooltip, … })
 */
export function attachTrendInteraction(bag: Disposables, t: TrendInteraction): void {
  const { root, svg, tooltip } = t;
  const at = (x: number, y: number) => {
    const box = root.getBoundingClientRect();
    return { x: x - box.left, y: y - box.top };
  };
  let hovered: string | null = null;
  bag.listen(svg, "pointermove", (event) => {
    const e = event as PointerEvent;
    const key = barOf(e.target)?.dataset.key ?? null;
    if (key !== hovered || key) {
      hovered = key;
      t.hover(key, at(e.clientX, e.clientY));
    }
  });
  bag.listen(svg, "pointerleave", () => {
    hovered = null;
    t.hover(null);
  });
  bag.listen(svg, "click", (event) => {
    const g = barOf(event.target);
    if (g?.dataset.key) t.userSelect(g.dataset.key);
  });
  bag.listen(svg, "focusin", (event) => {
    const g = barOf(event.target);
    if (!g?.dataset.key) return;
    t.setFocusable(g.dataset.key);
    for (const other of svg.querySelectorAll("g.jl-trend-bar"))
      other.setAttribute("tabindex", other === g ? "0" : "-1");
    const b = g.getBoundingClientRect();
    t.hover(g.dataset.key, at(b.left + b.width / 2, b.top));
  });
  bag.listen(svg, "focusout", () => tooltip.hide());
  bag.listen(svg, "keydown", (event) => {
    const e = event as KeyboardEvent;
    const g = barOf(e.target);
    if (!g?.dataset.key) return;
    const keys = t.layout().bars.map((b) => b.key);
    const i = keys.indexOf(g.dataset.key);
    let next: string | undefined;
    if (e.key === "ArrowRight" || e.key === "ArrowDown")
      next = keys[Math.min(keys.length - 1, i + 1)];
    else if (e.key === "ArrowLeft" || e.key === "ArrowUp") next = keys[Math.max(0, i - 1)];
    else if (e.key === "Home") next = keys[0];
    else if (e.key === "End") next = keys.at(-1);
    else if (e.key === "Enter" || e.key === " ") {
      t.userSelect(g.dataset.key);
      e.preventDefault();
      return;
    } else if (e.key === "Escape") {
      if (t.selected()) t.userSelect(null);
      tooltip.hide();
      return;
    } else return;
    e.preventDefault();
    if (next) t.focus(next);
  });
}
