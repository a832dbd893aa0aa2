import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { denseView } from "../../../src/components/network/denseView";
import { cooperationGraph } from "../../../src/derive/cooperationGraph";
import { readJson } from "../../../src/io/readJson";

const dataset = readJson(readFileSync("data/csam-operations.json", "utf8")).data!;
const window = { start: Date.UTC(2015, 0, 1), end: Date.UTC(2026, 0, 1) };

describe("denseView", () => {
  it("denseView(graph) keeps a small graph whole", () => {
    const g = cooperationGraph(dataset);
    const view = denseView(g, { maxNodes: 40, maxEdges: 300 });
    expect(view.reduced).toBe(false);
    expect(view.graph).toBe(g);
    expect(view.nodes).toEqual({ shown: g.nodes.length, total: g.nodes.length });
  });

  it("denseView(country graph 2015–2025) keeps the 40 most connected and their strongest ties", () => {
    const g = cooperationGraph(dataset, { facet: "country", window });
    expect(g.nodes.length).toBe(58);
    expect(g.edges.length).toBe(716);
    const view = denseView(g, { maxNodes: 40, maxEdges: 300 });
    expect(view.reduced).toBe(true);
    expect(view.nodes).toEqual({ shown: 40, total: 58 });
    expect(view.edges).toEqual({ shown: 120, total: 716 });
    const kept = new Set(view.graph.nodes.map((d) => d.id));
    // The kept nodes are the most connected: none left out has more shared events.
    const minKept = Math.min(...view.graph.nodes.map((d) => d.weightedDegree));
    for (const d of g.nodes)
      if (!kept.has(d.id)) expect(d.weightedDegree).toBeLessThanOrEqual(minKept);
    // Every tie joins two kept nodes; every kept node that had a tie among them keeps one.
    for (const e of view.graph.edges) expect(kept.has(e.source) && kept.has(e.target)).toBe(true);
    const tied = new Set(view.graph.edges.flatMap((e) => [e.source, e.target]));
    for (const e of g.edges)
      if (kept.has(e.source) && kept.has(e.target)) {
        expect(tied.has(e.source)).toBe(true);
        expect(tied.has(e.target)).toBe(true);
      }
    // The strongest tie of all is kept; weights and node measures are the graph's own.
    const strongest = [...g.edges].sort((a, b) => b.weight - a.weight)[0]!;
    expect(view.graph.edges).toContain(strongest);
    expect(view.graph.nodes.every((d) => g.nodes.includes(d))).toBe(true);
  });

  it("denseView(graph, { maxNodes: Infinity, maxEdges: Infinity }) shows everything", () => {
    const g = cooperationGraph(dataset, { facet: "country", window });
    const view = denseView(g, {
      maxNodes: Number.POSITIVE_INFINITY,
      maxEdges: Number.POSITIVE_INFINITY,
    });
    expect(view.reduced).toBe(false);
    expect(view.graph.edges.length).toBe(716);
  });
});
