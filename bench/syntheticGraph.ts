// A seeded cooperation graph of a given size, for timing the network layout at sizes no real
// dataset has yet (300 actors / 3,000 edges, 1,000 / 10,000). Pure.
import type { CooperationGraph, GraphEdge, GraphNode } from "../src/derive/cooperationGraph";
import { seededRandom } from "./syntheticDataset";

/**
 * `actors` actor nodes joined by `edges` distinct weighted edges. Edges prefer a few busy actors
 * (a power law), as agencies such as a regional police body sit in most joint operations.
 * @example const graph = syntheticGraph(300, 3000, 1);
 */
export function syntheticGraph(actors: number, edges: number, seed = 1): CooperationGraph {
  const random = seededRandom(seed);
  const maxEdges = (actors * (actors - 1)) / 2;
  if (edges > maxEdges) throw new Error(`at most ${maxEdges} edges between ${actors} actors`);
  const pick = () => Math.floor(random() ** 2 * actors);
  const seen = new Set<string>();
  const edgeList: GraphEdge[] = [];
  while (edgeList.length < edges) {
    const a = pick();
    const b = pick();
    if (a === b) continue;
    const [source, target] = a < b ? [a, b] : [b, a];
    const id = `a${source}--a${target}`;
    if (seen.has(id)) continue;
    seen.add(id);
    const weight = 1 + Math.floor(random() ** 3 * 20);
    edgeList.push({
      id,
      source: `a${source}`,
      target: `a${target}`,
      weight,
      events: Array.from({ length: weight }, (_, k) => `e${edgeList.length}-${k}`),
    });
  }
  const degree = new Array<number>(actors).fill(0);
  const weighted = new Array<number>(actors).fill(0);
  for (const edge of edgeList) {
    for (const end of [edge.source, edge.target]) {
      const index = Number(end.slice(1));
      degree[index]! += 1;
      weighted[index]! += edge.weight;
    }
  }
  const nodes: GraphNode[] = Array.from({ length: actors }, (_, i) => ({
    id: `a${i}`,
    type: "actor",
    label: `A${i}`,
    name: `Agency ${i}`,
    kind: "agency",
    events: [],
    operations: weighted[i]!,
    degree: degree[i]!,
    weightedDegree: weighted[i]!,
    firstActive: Date.UTC(2010, 0, 1),
    lastActive: Date.UTC(2024, 11, 31),
  }));
  return { facet: "actor", bipartite: false, nodes, edges: edgeList, events: [] };
}
