import { uniqueId } from "./uniqueId";

/**
 * A tooltip positioned inside a component's root: one element, shown near a point and kept
 * inside the container's bounds. Its content is built with DOM nodes, never HTML strings.
 *
 * @example
 * const tooltip = createTooltip(root);
 * tooltip.show([titleNode, dateNode], 120, 40);
 * tooltip.hide();
 */
export interface Tooltip {
  /** The tooltip element (`role="tooltip"`), a child of the container. */
  readonly element: HTMLElement;
  /** Replaces the content and places the tooltip near (x, y), in container pixels. */
  show(content: readonly Node[], x: number, y: number): void;
  /** Hides the tooltip. */
  hide(): void;
  /** Removes the element. */
  destroy(): void;
}

/**
 * Creates a {@link Tooltip} inside `container`, which must be positioned (the shared theme makes
 * `.jl-root` `position: relative`).
 *
 * @example
 * const tooltip = createTooltip(chart.element);
 */
export function createTooltip(container: HTMLElement): Tooltip {
  const document = container.ownerDocument;
  const element = document.createElement("div");
  element.className = "jl-tooltip";
  element.setAttribute("role", "tooltip");
  element.id = uniqueId("jl-tooltip");
  element.hidden = true;
  container.appendChild(element);
  return {
    element,
    show(content, x, y) {
      element.replaceChildren(...content);
      element.hidden = false;
      const width = container.clientWidth || 0;
      const height = container.clientHeight || 0;
      const w = element.offsetWidth || 0;
      const h = element.offsetHeight || 0;
      // Prefer below-right of the pointer; flip when it would leave the container.
      let left = x + 12;
      let top = y + 14;
      if (width && left + w > width) left = Math.max(0, x - 12 - w);
      if (height && top + h > height) top = Math.max(0, y - 14 - h);
      element.style.left = `${Math.round(left)}px`;
      element.style.top = `${Math.round(top)}px`;
    },
    hide() {
      element.hidden = true;
    },
    destroy() {
      element.remove();
    },
  };
}
