import { el } from "../shared/el";
import type { DenseView } from "./denseView";
import { tNetwork } from "./messages";

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
export function renderDenseNotice(document: Document, locale?: string): DenseNotice {
  const element = el(document, "p", "jl-network-dense");
  const text = el(document, "span", "jl-network-dense-text");
  text.setAttribute("aria-live", "polite");
  const toggle = el(document, "button", "jl-network-show-all", tNetwork(locale, "network.showAll"));
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
  locale?: string,
): void {
  const dense = view.nodes.total > limits.maxNodes || view.edges.total > limits.maxEdges;
  notice.element.hidden = !dense;
  if (!dense) {
    notice.text.textContent = "";
    return;
  }
  const { nodes, edges } = view;
  const counted = (n: number) =>
    tNetwork(
      locale,
      noun === "countries"
        ? "network.countries"
        : noun === "nodes"
          ? "network.nodeCount"
          : "network.actors",
      { n },
    );
  const ties = (n: number) => tNetwork(locale, "network.tieCount", { n });
  if (showAll || !view.reduced) {
    notice.text.textContent = tNetwork(locale, "network.showingAll", {
      nodes: counted(nodes.total),
      ties: ties(edges.total),
    });
    notice.toggle.textContent = tNetwork(locale, "network.showMostConnected");
  } else {
    const nodePart =
      nodes.shown < nodes.total
        ? tNetwork(locale, "network.mostConnectedOf", {
            shown: nodes.shown,
            total: counted(nodes.total),
          })
        : tNetwork(locale, "network.allOf", { total: counted(nodes.total) });
    const edgePart =
      edges.shown < edges.total
        ? tNetwork(locale, "network.strongestOf", { shown: edges.shown, total: ties(edges.total) })
        : tNetwork(locale, "network.theirTies", { ties: ties(edges.shown) });
    notice.text.textContent = tNetwork(locale, "network.showing", {
      nodes: nodePart,
      ties: edgePart,
    });
    notice.toggle.textContent = tNetwork(locale, "network.showAll");
  }
}
