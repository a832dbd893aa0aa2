import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import {
  layoutNetwork,
  positionsOf,
  seededRandom,
  shortenLabel,
} from "../../../src/components/network/layout";
import { cooperationGraph } from "../../../src/derive/cooperationGraph";
import { readJson } from "../../../src/io/readJson";

const dataset = readJson(readFileSync("data/csam-operations.json", "utf8")).data!;
const window2017 = { start: Date.UTC(2017, 0, 1), end: Date.UTC(2020, 0, 1) };

describe("layoutNetwork", () => {
  it("layoutNetwork(graph) gives identical positions for the same graph and options", () => {
    const g = cooperationGraph(dataset, { facet: "country" });
    const a = layoutNetwork(g, { width: 700, height: 500 });
    const b = layoutNetwork(cooperationGraph(dataset, { facet: "country" }), {
      width: 700,
      height: 500,
    });
    expect(b.nodes.map((d) => [d.id, d.x, d.y])).toEqual(a.nodes.map((d) => [d.id, d.x, d.y]));
    expect(b.labels).toEqual(a.labels);
    const c = layoutNetwork(g, { width: 700, height: 500, seed: 7 });
    expect(c.nodes.map((d) => d.x)).not.toEqual(a.nodes.map((d) => d.x));
  });

  it("layoutNetwork(graph) keeps every node inside the drawing with finite coordinates", () => {
    const g = cooperationGraph(dataset, { facet: "country" });
    const layout = layoutNetwork(g, { width: 320, height: 240 });
    expect(layout.nodes.length).toBe(g.nodes.length);
    for (const d of layout.nodes) {
      expect(Number.isFinite(d.x) && Number.isFinite(d.y)).toBe(true);
      expect(d.x - d.r).toBeGreaterThanOrEqual(0);
      expect(d.x + d.r).toBeLessThanOrEqual(320);
      expect(d.y - d.r).toBeGreaterThanOrEqual(0);
      expect(d.y + d.r).toBeLessThanOrEqual(240);
    }
  });

  it("layoutNetwork(graph, { previous }) leaves nodes that stay where they were and marks new ones", () => {
    const first = layoutNetwork(cooperationGraph(dataset, { window: window2017 }), {
      width: 640,
      height: 480,
    });
    const wider = cooperationGraph(dataset, {
      window: { start: Date.UTC(2017, 0, 1), end: Date.UTC(2023, 0, 1) },
    });
    const next = layoutNetwork(wider, { width: 640, height: 480, previous: positionsOf(first) });
    const before = positionsOf(first);
    let kept = 0;
    for (const d of next.nodes) {
      const p = before.get(d.id);
      if (p) {
        kept += 1;
        expect([d.x, d.y]).toEqual([p.x, p.y]);
        expect(d.entering).toBe(false);
      } else expect(d.entering).toBe(true);
    }
    expect(kept).toBeGreaterThan(0);
    expect(next.nodes.some((d) => d.entering)).toBe(true);
  });

  it("layoutNetwork(graph) places labels that overlap neither each other nor other nodes", () => {
    const layout = layoutNetwork(cooperationGraph(dataset, { facet: "country" }), {
      width: 640,
      height: 480,
    });
    expect(layout.labels.length).toBeGreaterThan(3);
    const boxes = layout.labels.map((l) => l.box);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) {
        const a = boxes[i]!;
        const b = boxes[j]!;
        const overlap =
          a.x < b.x + b.width &&
          b.x < a.x + a.width &&
          a.y < b.y + b.height &&
          b.y < a.y + a.height;
        expect(overlap).toBe(false);
      }
    for (const l of layout.labels) {
      for (const d of layout.nodes) {
        if (d.id === l.id) continue;
        const inside =
          d.x + d.r > l.box.x &&
          d.x - d.r < l.box.x + l.box.width &&
          d.y + d.r > l.box.y &&
          d.y - d.r < l.box.y + l.box.height;
        expect(inside).toBe(false);
      }
    }
    // The most important node is labelled first.
    const top = [...layout.nodes].sort((a, b) => b.value - a.value)[0]!;
    expect(layout.labels.some((l) => l.id === top.id)).toBe(true);
  });

  it("layoutNetwork(graph, { maxLabels }) caps the labels, and sizes nodes by the chosen measure", () => {
    const g = cooperationGraph(dataset);
    const layout = layoutNetwork(g, { maxLabels: 2, sizeBy: "operations" });
    expect(layout.labels.length).toBeLessThanOrEqual(2);
    const byOps = [...layout.nodes].sort((a, b) => a.operations - b.operations);
    expect(byOps[0]!.r).toBeLessThanOrEqual(byOps.at(-1)!.r);
    expect(layout.nodes.every((d) => d.value === d.operations)).toBe(true);
  });

  it("layoutNetwork(graph) widens edges with their weight and handles an empty graph", () => {
    const layout = layoutNetwork(cooperationGraph(dataset, { facet: "country" }));
    const heavy = [...layout.edges].sort((a, b) => b.weight - a.weight)[0]!;
    const light = [...layout.edges].sort((a, b) => a.weight - b.weight)[0]!;
    expect(heavy.strokeWidth).toBeGreaterThan(light.strokeWidth);
    const empty = layoutNetwork({
      facet: "actor",
      bipartite: false,
      nodes: [],
      edges: [],
      events: [],
    });
    expect(empty).toMatchObject({ nodes: [], edges: [], labels: [] });
  });

  it("layoutNetwork(graph) does not mutate the graph", () => {
    const g = cooperationGraph(dataset);
    const before = JSON.stringify(g);
    layoutNetwork(g);
    expect(JSON.stringify(g)).toBe(before);
  });

  it("seededRandom(seed) repeats its sequence and stays in [0, 1)", () => {
    const a = seededRandom(3);
    const b = seededRandom(3);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
});

describe("shortenLabel", () => {
  it("shortenLabel(name) keeps short names, drops a parenthetical, and never cuts a word", () => {
    expect(shortenLabel("INTERPOL")).toBe("INTERPOL");
    expect(shortenLabel("Europol (EU Agency for Law Enforcement Cooperation)")).toBe("Europol");
    expect(shortenLabel("Central Office for Combating Internet Crime (ZIT), Frankfurt")).toBe(
      "Central Office…",
    );
    expect(shortenLabel("International Centre for Missing and Exploited Children")).toBe(
      "International Centre…",
    );
    expect(shortenLabel("Supercalifragilisticexpialidociousnessless")).toBe(
      "Supercalifragilisticexpialidociousnessless",
    );
    const name = "U.S. Immigration and Customs Enforcement – Homeland Security Investigations";
    const short = shortenLabel(name);
    expect(short.length).toBeLessThanOrEqual(28);
    expect(name.startsWith(short.slice(0, -1))).toBe(true);
    expect(name[short.length - 1]).toBe(" ");
  });

  it("layoutNetwork(graph) labels actors with their short names on the default dataset", () => {
    const layout = layoutNetwork(cooperationGraph(dataset), { width: 900, height: 600 });
    const texts = new Map(layout.labels.map((l) => [l.id, l.text]));
    expect(texts.get("europol")).toBe("Europol");
    expect(texts.get("us-ice-hsi")).toBe("HSI");
    expect(layout.labels.length).toBe(layout.nodes.length);
  });
});
