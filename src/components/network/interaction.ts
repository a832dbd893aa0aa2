import type { Disposables } from "../shared/dispatch";
import type { Tooltip } from "../shared/tooltip";
import type { NetworkLayout, Point } from "./layout";
import type { NetworkZoom } from "./networkZoom";
import { type NavigationKey, nextNode } from "./nextNode";
import { createNodeMover } from "./render";

/** What the network's pointer and keyboard handling reads and calls; see {@link attachNetworkInteraction}. */
export interface NetworkInteraction {
  root: HTMLElement;
  svg: SVGSVGElement;
  viewport: SVGGElement;
  nodesLayer: SVGGElement;
  tooltip: Tooltip;
  /** The view's zoom (the keys + and − use it). */
  zoom: NetworkZoom;
  /** The current layout. */
  layout(): NetworkLayout;
  /** Where each node has been put (dragging writes here). */
  memory(): Map<string, Point>;
  /** The selected node id. */
  selected(): string | null;
  /** The node that holds the tab stop; set when a node gets focus. */
  focusable: { get(): string | null; set(id: string): void };
  /** A reader's selection (toggles, dispatches `network-select`). */
  userSelect(id: string | null): void;
  /** Shows the tooltip for a node at a point of the root (or hides it) and dispatches `network-hover`. */
  hover(id: string | null, at?: { x: number; y: number }): void;
  /** Moves keyboard focus to a node. */
  focus(id: string): void;
}

const nodeElement = (target: EventTarget | null) =>
  target instanceof Element ? (target.closest("g.jl-network-node") as SVGGElement | null) : null;

/** The node's group element by id, if drawn. */
export function nodeGroup(layer: ParentNode, id: string): SVGGElement | null {
  return layer.querySelector<SVGGElement>(
    `g.jl-network-node[data-id="${id.replace(/["\\]/g, "\\$&")}"]`,
  );
}

/**
 * Wires the reader's input to the network: drag a node (pointer capture; positions converted
 * through the viewport's screen matrix, so they stay right at any zoom), hover and focus show
 * the tooltip, click or Enter selects, arrows/Home/End move between nodes, Escape clears, +/−
 * zoom. Every listener goes into `bag`.
 * @example attachNetworkInteraction(bag, { root, svg, viewport, nodesLayer, tooltip, zoom, … })
 */
export function attachNetworkInteraction(bag: Disposables, n: NetworkInteraction): void {
  const { root, svg, nodesLayer, tooltip } = n;
  const rootPoint = (clientX: number, clientY: number) => {
    const box = root.getBoundingClientRect();
    return { x: clientX - box.left, y: clientY - box.top };
  };
  const nodeScreenPoint = (id: string) => {
    const g = nodeGroup(nodesLayer, id);
    if (!g) return undefined;
    const b = g.getBoundingClientRect();
    return rootPoint(b.left + b.width / 2, b.top + b.height / 2);
  };

  interface Drag {
    id: string;
    pointer: number;
    startX: number;
    startY: number;
    moved: boolean;
    move?: (id: string, x: number, y: number) => void;
    inverse?: DOMMatrix;
  }
  let drag: Drag | null = null;
  bag.listen(nodesLayer, "pointerdown", (event) => {
    const e = event as PointerEvent;
    const g = nodeElement(e.target);
    if (!g || e.button !== 0) return;
    drag = {
      id: g.dataset.id ?? "",
      pointer: e.pointerId,
      startX: e.clientX,
      startY: e.clientY,
      moved: false,
    };
    try {
      g.setPointerCapture(e.pointerId);
    } catch {
      // Synthetic pointers (tests, some assistive tools) have no capture; dragging still works.
    }
    e.preventDefault();
    g.focus({ preventScroll: true });
  });
  bag.listen(nodesLayer, "pointermove", (event) => {
    const e = event as PointerEvent;
    if (!drag || e.pointerId !== drag.pointer) {
      const g = nodeElement(e.target);
      if (!drag && g) n.hover(g.dataset.id ?? null, rootPoint(e.clientX, e.clientY));
      return;
    }
    if (!drag.moved && Math.hypot(e.clientX - drag.startX, e.clientY - drag.startY) < 3) return;
    const layout = n.layout();
    if (!drag.moved) {
      drag.moved = true;
      root.classList.add("jl-dragging");
      tooltip.hide();
      // Index elements and read the screen matrix once per drag, not once per pointer move.
      drag.move = createNodeMover(svg, layout);
      drag.inverse = n.viewport.getScreenCTM()?.inverse();
    }
    if (!drag.inverse || !drag.move) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(drag.inverse);
    const id = drag.id;
    const node = layout.nodes.find((d) => d.id === id);
    if (!node) return;
    const x = Math.min(layout.width - node.r, Math.max(node.r, p.x));
    const y = Math.min(layout.height - node.r, Math.max(node.r, p.y));
    drag.move(id, x, y);
    n.memory().set(id, { x, y });
  });
  const endDrag = (event: globalThis.Event) => {
    const e = event as PointerEvent;
    if (!drag || e.pointerId !== drag.pointer) return;
    const { id, moved } = drag;
    drag = null;
    root.classList.remove("jl-dragging");
    if (!moved && e.type === "pointerup") n.userSelect(id);
  };
  bag.listen(nodesLayer, "pointerup", endDrag);
  bag.listen(nodesLayer, "pointercancel", endDrag);
  bag.listen(nodesLayer, "pointerleave", () => {
    if (!drag) n.hover(null);
  });
  bag.listen(nodesLayer, "focusin", (event) => {
    const g = nodeElement(event.target);
    const id = g?.dataset.id;
    if (!id) return;
    n.focusable.set(id);
    for (const other of nodesLayer.querySelectorAll("g.jl-network-node"))
      other.setAttribute("tabindex", other === g ? "0" : "-1");
    if (!drag) n.hover(id, nodeScreenPoint(id));
  });
  bag.listen(nodesLayer, "focusout", () => {
    if (!drag) tooltip.hide();
  });
  bag.listen(svg, "keydown", (event) => {
    const e = event as KeyboardEvent;
    const g = nodeElement(e.target);
    const current = g?.dataset.id ?? n.focusable.get();
    if (["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"].includes(e.key)) {
      const next = nextNode(n.layout().nodes, current ?? null, e.key as NavigationKey);
      if (next) n.focus(next);
      e.preventDefault();
    } else if ((e.key === "Enter" || e.key === " ") && current) {
      n.userSelect(current);
      e.preventDefault();
    } else if (e.key === "Escape") {
      if (n.selected() !== null) n.userSelect(null);
      tooltip.hide();
    } else if (e.key === "+" || e.key === "=") {
      n.zoom.scaleBy(1.25);
      e.preventDefault();
    } else if (e.key === "-" || e.key === "_") {
      n.zoom.scaleBy(0.8);
      e.preventDefault();
    }
  });
}
