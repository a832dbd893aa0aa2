import type { CooperationGraph } from "../../derive/cooperationGraph";

/** What {@link denseView} kept of a graph, for the "showing … of …" notice. */
export interface DenseView {
  /** The graph to draw: the whole graph, or its most connected nodes and strongest ties. */
  graph: CooperationGraph;
  /** Whether anything was left out. */
  reduced: boolean;
  /** Nodes (and ties) shown and in the whole graph. */
  nodes: { shown: number; total: number };
  edges: { shown: number; total: number };
}

/**
 * A readable default for a dense graph: when it has more than `maxNodes` nodes or `maxEdges`
 * ties, keep the `maxNodes` most connected nodes (most shared events, then most partners, then
 * id) and, among their ties, each one's strongest, then the strongest of the rest (highest weight,
 * then id): at most `maxEdges`, and at most three per node kept (40 nodes: 120 ties), a density a
 * reader can still follow. Nodes keep the
 * measures of the whole graph (their tooltip and table tell the whole story); nothing is
 * recomputed or rounded. `maxNodes: Infinity` shows everything.
 *
 * @example denseView(cooperationGraph(dataset, { facet: "country" }), { maxNodes: 40, maxEdges: 300 }).nodes; // { shown: 40, total: 58 }
 */
export function denseView(
  graph: CooperationGraph,
  limits: { maxNodes: number; maxEdges: number },
): DenseView {
  const total = { nodes: graph.nodes.length, edges: graph.edges.length };
  const whole: DenseView = {
    graph,
    reduced: false,
    nodes: { shown: total.nodes, total: total.nodes },
    edges: { shown: total.edges, total: total.edges },
  };
  if (total.nodes <= limits.maxNodes && total.edges <= limits.maxEdges) return whole;
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  const nodes = [...graph.nodes]
    .sort((a, b) => b.weightedDegree - a.weightedDegree || b.degree - a.degree || byId(a, b))
    .slice(0, Math.max(0, limits.maxNodes));
  const kept = new Set(nodes.map((d) => d.id));
  const among = graph.edges
    .filter((e) => kept.has(e.source) && kept.has(e.target))
    .sort((a, b) => b.weight - a.weight || byId(a, b));
  const limit = Math.max(0, Math.min(limits.maxEdges, 3 * nodes.length));
  // Each kept node first keeps its strongest tie (so no node looks isolated when it is not),
  // then the strongest of the rest fill up to the limit.
  const edges = new Set<(typeof among)[number]>();
  const tied = new Set<string>();
  for (const e of among) {
    if (edges.size >= limit) break;
    if (tied.has(e.source) && tied.has(e.target)) continue;
    edges.add(e);
    tied.add(e.source);
    tied.add(e.target);
  }
  for (const e of among) {
    if (edges.size >= limit) break;
    edges.add(e);
  }
  // Keep the graph's own order, so that layouts and tables read as before.
  const nodeSet = new Set(nodes);
  const reducedGraph: CooperationGraph = {
    ...graph,
    nodes: graph.nodes.filter((d) => nodeSet.has(d)),
    edges: graph.edges.filter((e) => edges.has(e)),
  };
  return {
    graph: reducedGraph,
    reduced: true,
    nodes: { shown: reducedGraph.nodes.length, total: total.nodes },
    edges: { shown: reducedGraph.edges.length, total: total.edges },
  };
}
