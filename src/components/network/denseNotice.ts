import { el } from "../shared/el";
import type { DenseView } from "./denseView";

/** The notice above a dense network's drawing; see {@link renderDenseNotice}. */
export interface DenseNotice {
  element: HTMLParagraphElement;
  /** "Showing the 40 most connected of 58 countries and the 300 strongest of 716 ties." */
  text: HTMLSpanElement;
  /** "Show all" / "Show the most connected". */
  toggle: HTMLButtonElement;
}

/**
 * A notice that says what a dense view leaves out, with a button to show all; hidden until
 * {@link updateDenseNotice} finds something left out. The text is a polite live region, so a
 * screen reader hears when the view changes.
 * @example const notice = renderDenseNotice(document); root.append(notice.element);
 */
export function renderDenseNotice(document: Document): DenseNotice {
  const element = el(document, "p", "jl-network-dense");
  const text = el(document, "span", "jl-network-dense-text");
  text.setAttribute("aria-live", "polite");
  const toggle = el(document, "button", "jl-network-show-all", "Show all");
  toggle.type = "button";
  element.append(text, " ", toggle);
  element.hidden = true;
  return { element, text, toggle };
}

/**
 * Writes what the view shows: "Showing the 40 most connected of 58 countries and the 300
 * strongest of 716 ties." while reduced, "Showing all 58 countries and 716 ties." after "Show
 * all" (with a button back), nothing for a graph that was never dense.
 * @example updateDenseNotice(notice, denseView(graph, { maxNodes: 40, maxEdges: 300 }), "countries", false)
 */
export function updateDenseNotice(
  notice: DenseNotice,
  view: DenseView,
  noun: string,
  showAll: boolean,
  limits: { maxNodes: number; maxEdges: number },
): void {
  const dense = view.nodes.total > limits.maxNodes || view.edges.total > limits.maxEdges;
  notice.element.hidden = !dense;
  if (!dense) {
    notice.text.textContent = "";
    return;
  }
  const { nodes, edges } = view;
  if (showAll || !view.reduced) {
    notice.text.textContent = `Showing all ${nodes.total} ${noun} and ${edges.total} ties.`;
    notice.toggle.textContent = "Show the most connected";
  } else {
    const nodePart =
      nodes.shown < nodes.total
        ? `the ${nodes.shown} most connected of ${nodes.total} ${noun}`
        : `all ${nodes.total} ${noun}`;
    const edgePart =
      edges.shown < edges.total
        ? `the ${edges.shown} strongest of ${edges.total} ties`
        : `their ${edges.shown} ties`;
    notice.text.textContent = `Showing ${nodePart} and ${edgePart}.`;
    notice.toggle.textContent = "Show all";
  }
}
