import type { ViewName } from "./elementViews";
import { JointlineElement } from "./JointlineElement";

/**
 * Registers a custom element drawing the view `view`, once (a page that loads the script twice
 * keeps the first definition instead of throwing). Returns the element class.
 *
 * @example
 * defineElement("jointline-network", "network");
 */
export function defineElement(
  tag: string,
  view: ViewName,
  base = JointlineElement,
): CustomElementConstructor {
  const registry = globalThis.customElements;
  const existing = registry?.get(tag);
  if (existing) return existing;
  const element = class extends base {
    static override viewName = view;
  };
  registry?.define(tag, element);
  return element;
}
