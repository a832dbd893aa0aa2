import type { EmbedView } from "../views/embedView";
import { JointlineElement } from "./JointlineElement";

/**
 * Registers a custom element drawing `view`, once (a page that loads the script twice keeps
 * the first definition instead of throwing). Returns the element class.
 *
 * @example
 * defineElement("jointline-network", networkView);
 */
export function defineElement(
  tag: string,
  view: EmbedView,
  base = JointlineElement,
): CustomElementConstructor {
  const registry = globalThis.customElements;
  const existing = registry?.get(tag);
  if (existing) return existing;
  const element = class extends base {
    static override view = view;
  };
  registry?.define(tag, element);
  return element;
}
