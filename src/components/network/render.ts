import { select } from "d3-selection";
import type { ActorKind, EventKind } from "../../model";
import { categoricalVariable, okabeIto } from "../shared/palette";
import { actorKinds } from "./actorKinds";
import type { LayoutEdge, LayoutLabel, LayoutNode, NetworkLayout } from "./layout";

const svgNs = "http://www.w3.org/2000/svg";

/** The order in which actor kinds (then event kinds, for bipartite graphs) take palette colours. */
export const nodeKinds: readonly (ActorKind | EventKind)[] = [
  ...actorKinds,
  "operation",
  "arrest",
  "legislation",
];

/**
 * The fill of a node of a given kind: a theme variable (`--jl-cat-n`) with the light theme's
 * colour as fallback, so a server-rendered SVG without the stylesheet still has colour.
 * Event nodes of a bipartite graph are drawn as squares in the surface colour instead.
 * @example nodeColor("agency"); // "var(--jl-cat-1, #0072B2)"
 */
export function nodeColor(kind: ActorKind | EventKind): string {
  const i = Math.max(0, nodeKinds.indexOf(kind)) % okabeIto.length;
  return categoricalVariable(i).replace(")", `, ${okabeIto[i]})`);
}

/** What {@link drawNetwork} needs besides the layout. */
export interface NetworkRenderOptions {
  /** Accessible name of the chart. */
  title: string;
  /** A longer description, e.g. the text summary. */
  description?: string;
  /** The selected node id, drawn with a heavy outline. */
  selected?: string | null;
  /**
   * Nodes to emphasise (linked views: the actors of a selected event); the others are dimmed.
   * Empty or undefined: nothing is dimmed.
   */
  highlighted?: ReadonlySet<string>;
  /** The node that takes Tab focus (roving tabindex); default the first node. */
  focusable?: string | null;
  /** Label font size in px. */
  fontSize: number;
}

/** The accessible name of a node: what it is and how it took part. */
export function nodeLabel(node: LayoutNode): string {
  if (node.type === "event") return `${node.name}: ${node.degree} participants`;
  const ops = `${node.operations} ${node.operations === 1 ? "event" : "events"}`;
  const partners = `${node.degree} ${node.degree === 1 ? "partner" : "partners"}`;
  return `${node.name}: ${ops}, ${partners}`;
}

/**
 * Builds a detached network SVG for a layout (nodes, edges, labels), with `document` passed in so
 * it runs in a browser, in jsdom or in linkedom for server-side rendering.
 *
 * @example
 * const svg = renderNetwork(document, layoutNetwork(cooperationGraph(dataset)), { title: "Network", fontSize: 12 });
 */
export function renderNetwork(
  document: Document,
  layout: NetworkLayout,
  options: NetworkRenderOptions,
): SVGSVGElement {
  const svg = document.createElementNS(svgNs, "svg") as SVGSVGElement;
  svg.setAttribute("xmlns", svgNs);
  svg.setAttribute("class", "jl-network-svg");
  svg.setAttribute("role", "group");
  const title = document.createElementNS(svgNs, "title");
  svg.append(title);
  const viewport = document.createElementNS(svgNs, "g");
  viewport.setAttribute("class", "jl-network-viewport");
  for (const name of ["edges", "nodes", "labels"]) {
    const g = document.createElementNS(svgNs, "g");
    g.setAttribute("class", `jl-network-${name}`);
    if (name !== "nodes") g.setAttribute("aria-hidden", "true");
    viewport.append(g);
  }
  svg.append(viewport);
  drawNetwork(svg, layout, options);
  return svg;
}

/**
 * Updates an SVG made by {@link renderNetwork} to a new layout with keyed joins: nodes keep their
 * elements (and focus) across updates; entering ones get the class `jl-entering` (a CSS fade-in
 * that `prefers-reduced-motion` turns off).
 *
 * @example drawNetwork(svg, nextLayout, { title: "Network", fontSize: 12, selected: "europol" });
 */
export function drawNetwork(
  svg: SVGSVGElement,
  layout: NetworkLayout,
  options: NetworkRenderOptions,
): void {
  const root = select(svg);
  root
    .attr("viewBox", `0 0 ${layout.width} ${layout.height}`)
    .attr("width", layout.width)
    .attr("height", layout.height)
    .attr("aria-label", options.title);
  root
    .select("title")
    .text(options.description ? `${options.title}. ${options.description}` : options.title);
  const highlighted =
    options.highlighted && options.highlighted.size > 0 ? options.highlighted : undefined;
  const selected = options.selected ?? null;
  const focusable =
    options.focusable && layout.nodes.some((d) => d.id === options.focusable)
      ? options.focusable
      : layout.nodes[0]?.id;
  const dimmed = (id: string) => (highlighted ? !highlighted.has(id) : false);
  const touchesSelection = (e: LayoutEdge) =>
    selected !== null && (e.source === selected || e.target === selected);

  root
    .select<SVGGElement>("g.jl-network-edges")
    .selectAll<SVGLineElement, LayoutEdge>("line")
    .data(layout.edges, (d) => d.id)
    .join("line")
    .attr(
      "class",
      (d) =>
        `jl-network-edge${touchesSelection(d) ? " jl-active" : ""}${highlighted && !(highlighted.has(d.source) && highlighted.has(d.target)) ? " jl-dimmed" : ""}`,
    )
    .attr("data-id", (d) => d.id)
    .attr("x1", (d) => round(d.x1))
    .attr("y1", (d) => round(d.y1))
    .attr("x2", (d) => round(d.x2))
    .attr("y2", (d) => round(d.y2))
    .attr("stroke-width", (d) => round(d.strokeWidth));

  root
    .select<SVGGElement>("g.jl-network-nodes")
    .selectAll<SVGGElement, LayoutNode>("g.jl-network-node")
    .data(layout.nodes, (d) => d.id)
    .join((enter) => {
      const g = enter.append("g");
      g.each(function (d) {
        const shape = this.ownerDocument.createElementNS(
          svgNs,
          d.type === "event" ? "rect" : "circle",
        );
        this.append(shape);
      });
      return g;
    })
    .attr(
      "class",
      (d) =>
        `jl-network-node jl-node-${d.type}${d.entering ? " jl-entering" : ""}${d.id === selected ? " jl-selected" : ""}${dimmed(d.id) ? " jl-dimmed" : ""}${highlighted?.has(d.id) ? " jl-highlighted" : ""}`,
    )
    .attr("data-id", (d) => d.id)
    .attr("transform", (d) => `translate(${round(d.x)},${round(d.y)})`)
    .attr("role", "button")
    .attr("tabindex", (d) => (d.id === focusable ? 0 : -1))
    .attr("aria-label", nodeLabel)
    .attr("aria-pressed", (d) => String(d.id === selected))
    .each(function (d) {
      // The shape may change kind when a graph switches to bipartite; rebuild it then.
      let shape = this.firstElementChild as SVGElement | null;
      const tag = d.type === "event" ? "rect" : "circle";
      if (!shape || shape.tagName.toLowerCase() !== tag) {
        shape?.remove();
        shape = this.ownerDocument.createElementNS(svgNs, tag) as SVGElement;
        this.prepend(shape);
      }
      const fill = d.type === "event" ? "var(--jl-color-surface, #fff)" : nodeColor(d.kind);
      shape.setAttribute("fill", fill);
      if (tag === "rect") {
        const s = round(d.r * 1.6);
        shape.setAttribute("x", String(-s / 2));
        shape.setAttribute("y", String(-s / 2));
        shape.setAttribute("width", String(s));
        shape.setAttribute("height", String(s));
      } else shape.setAttribute("r", String(round(d.r)));
    });

  root
    .select<SVGGElement>("g.jl-network-labels")
    .selectAll<SVGTextElement, LayoutLabel>("text")
    .data(layout.labels, (d) => d.id)
    .join("text")
    .attr("class", (d) => `jl-network-label${dimmed(d.id) ? " jl-dimmed" : ""}`)
    .attr("data-id", (d) => d.id)
    .attr("x", (d) => round(d.x))
    .attr("y", (d) => round(d.y))
    .attr("dy", "0.35em")
    .attr("text-anchor", (d) => d.anchor)
    .attr("font-size", options.fontSize)
    .text((d) => d.text);
}

/**
 * Prepares fast moves of single nodes (dragging): indexes the node, edge and label elements and
 * each node's edges once, so that a move costs a few attribute writes, not a DOM search per edge.
 * Build it when a drag starts; a redraw makes it stale.
 * @example const move = createNodeMover(svg, layout); move("europol", 120, 80);
 */
export function createNodeMover(
  svg: SVGSVGElement,
  layout: NetworkLayout,
): (id: string, x: number, y: number) => void {
  const nodeEls = new Map<string, Element>();
  for (const g of svg.querySelectorAll("g.jl-network-node"))
    nodeEls.set(g.getAttribute("data-id") ?? "", g);
  const lineEls = new Map<string, Element>();
  for (const line of svg.querySelectorAll("line.jl-network-edge"))
    lineEls.set(line.getAttribute("data-id") ?? "", line);
  const labelEls = new Map<string, Element>();
  for (const text of svg.querySelectorAll("text.jl-network-label"))
    labelEls.set(text.getAttribute("data-id") ?? "", text);
  const nodes = new Map(layout.nodes.map((d) => [d.id, d]));
  const labels = new Map(layout.labels.map((l) => [l.id, l]));
  const incident = new Map<string, LayoutEdge[]>();
  for (const e of layout.edges) {
    for (const end of [e.source, e.target]) {
      const list = incident.get(end);
      if (list) list.push(e);
      else incident.set(end, [e]);
    }
  }
  return (id, x, y) => {
    const node = nodes.get(id);
    if (!node) return;
    const dx = x - node.x;
    const dy = y - node.y;
    node.x = x;
    node.y = y;
    nodeEls.get(id)?.setAttribute("transform", `translate(${round(x)},${round(y)})`);
    for (const e of incident.get(id) ?? []) {
      const first = e.source === id;
      if (first) {
        e.x1 = x;
        e.y1 = y;
      } else {
        e.x2 = x;
        e.y2 = y;
      }
      const line = lineEls.get(e.id);
      line?.setAttribute(first ? "x1" : "x2", String(round(x)));
      line?.setAttribute(first ? "y1" : "y2", String(round(y)));
    }
    const label = labels.get(id);
    if (label) {
      label.x += dx;
      label.y += dy;
      label.box = { ...label.box, x: label.box.x + dx, y: label.box.y + dy };
      const text = labelEls.get(id);
      text?.setAttribute("x", String(round(label.x)));
      text?.setAttribute("y", String(round(label.y)));
    }
  };
}

/**
 * Moves one node (and its edges and label) without a new layout. For many moves (a drag), use
 * {@link createNodeMover}, which indexes the elements once.
 * @example moveNode(svg, layout, "europol", 120, 80);
 */
export function moveNode(
  svg: SVGSVGElement,
  layout: NetworkLayout,
  id: string,
  x: number,
  y: number,
): void {
  createNodeMover(svg, layout)(id, x, y);
}

const round = (v: number) => Math.round(v * 100) / 100;

/**
 * The network's own styles (the shared theme supplies colours and fonts), scoped to
 * `.jl-network`.
 */
export const networkCss = `
.jl-network .jl-network-toolbar { display: flex; flex-wrap: wrap; gap: 6px; align-items: center; margin: 0 0 4px; font-size: var(--jl-font-size-small); }
.jl-network .jl-network-dense { margin: 0 0 4px; font-size: var(--jl-font-size-small); color: var(--jl-color-text); }
.jl-network .jl-network-dense[hidden] { display: none; }
.jl-network .jl-sort { font: inherit; color: inherit; background: none; border: 0; padding: 0; cursor: pointer; text-align: inherit; }
.jl-network .jl-sort:focus-visible { outline: 2px solid var(--jl-color-focus, #1f5fbf); outline-offset: 2px; }
.jl-network .jl-network-svg { display: block; max-width: 100%; height: auto; touch-action: none; background: var(--jl-color-background); }
.jl-network .jl-network-edge { stroke: var(--jl-color-muted, #545454); stroke-opacity: 0.45; stroke-linecap: round; }
.jl-network .jl-network-edge.jl-active { stroke: var(--jl-color-selected, #111); stroke-opacity: 0.9; }
.jl-network .jl-network-edge.jl-dimmed { stroke-opacity: 0.08; }
.jl-network .jl-network-node { cursor: pointer; outline: none; }
.jl-network .jl-network-node > * { stroke: var(--jl-color-background, #fff); stroke-width: 1.5px; }
.jl-network .jl-node-event > rect { stroke: var(--jl-color-text, #1a1a1a); }
.jl-network .jl-network-node.jl-selected > * { stroke: var(--jl-color-selected, #111); stroke-width: 3px; }
.jl-network .jl-network-node.jl-highlighted > * { stroke: var(--jl-color-selected, #111); stroke-width: 2px; }
.jl-network .jl-network-node:focus-visible > * { stroke: var(--jl-color-focus, #1f5fbf); stroke-width: 3px; }
.jl-network .jl-network-node.jl-dimmed, .jl-network .jl-network-label.jl-dimmed { opacity: 0.2; }
.jl-network .jl-network-node.jl-entering { animation: jl-network-enter var(--jl-network-duration, 450ms) ease-out both; }
.jl-network .jl-network-label { fill: var(--jl-color-text, #1a1a1a); pointer-events: none; paint-order: stroke; stroke: var(--jl-color-background, #fff); stroke-width: 3px; stroke-linejoin: round; }
.jl-network.jl-dragging .jl-network-node { cursor: grabbing; }
@keyframes jl-network-enter { from { opacity: 0; } to { opacity: 1; } }
`;
