import { readFileSync } from "node:fs";
import { DOMParser, parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { layoutNetwork } from "../../../src/components/network/layout";
import { createNodeMover, nodeLabel, renderNetwork } from "../../../src/components/network/render";
import { cooperationGraph } from "../../../src/derive/cooperationGraph";
import { parseDataset } from "../../../src/io/parseDataset";
import { readJson } from "../../../src/io/readJson";
import { hostileDataset } from "../../data/hostile/hostileDataset";
import { textPayloads } from "../../data/hostile/payloads";

const dataset = readJson(readFileSync("data/csam-operations.json", "utf8")).data!;
const { document } = parseHTML("<!doctype html><html><body></body></html>");

describe("renderNetwork under linkedom (server-side)", () => {
  it("renderNetwork(document, layout) draws one group per node, one line per edge, and the labels", () => {
    const layout = layoutNetwork(cooperationGraph(dataset), { width: 600, height: 400 });
    const svg = renderNetwork(document as unknown as Document, layout, {
      title: "Network",
      fontSize: 12,
      selected: "europol",
    });
    expect(svg.querySelectorAll("g.jl-network-node")).toHaveLength(layout.nodes.length);
    expect(svg.querySelectorAll("line.jl-network-edge")).toHaveLength(layout.edges.length);
    expect(svg.querySelectorAll("text.jl-network-label")).toHaveLength(layout.labels.length);
    expect(svg.getAttribute("viewBox")).toBe("0 0 600 400");
    const europol = svg.querySelector('g[data-id="europol"]')!;
    expect(europol.getAttribute("aria-pressed")).toBe("true");
    expect(europol.getAttribute("aria-label")).toMatch(/^Europol .*: \d+ events, \d+ partners$/);
    // Colours fall back to literal values when no stylesheet defines the theme variables.
    expect(europol.querySelector("circle")!.getAttribute("fill")).toMatch(
      /^var\(--jl-cat-\d, #[0-9A-F]{6}\)$/,
    );
  });

  it("renderNetwork(document, layout) keeps hostile names as text: no element or attribute comes from the data", () => {
    const hostile = parseDataset(hostileDataset()).data!;
    const layout = layoutNetwork(cooperationGraph(hostile), { width: 600, height: 400 });
    const scripted = layout.nodes.filter((n) => /<script/i.test(n.name));
    // The data really holds markup: otherwise finding none in the output would prove nothing.
    expect(scripted.length).toBeGreaterThan(3);
    const title = textPayloads.find((p) => p.text.includes("<script"))!.text;
    const svg = renderNetwork(document as unknown as Document, layout, { title, fontSize: 12 });
    // Serialized and parsed again (as a file reader would): only the elements the renderer
    // makes, and no event handler, whatever the names held.
    const reparsed = new DOMParser().parseFromString(svg.toString(), "image/svg+xml");
    const elements = Array.from(reparsed.querySelectorAll("*")) as Element[];
    expect(new Set(elements.map((e) => e.localName))).toEqual(
      new Set(["svg", "title", "g", "line", "circle", "text"]),
    );
    for (const element of elements)
      for (const { name } of Array.from(element.attributes)) expect(name).not.toMatch(/^on/i);
    // ...and every name is there, whole, as text.
    expect(svg.querySelector("title")!.textContent).toBe(title);
    for (const node of scripted)
      expect(svg.querySelector(`g[data-id="${node.id}"]`)!.getAttribute("aria-label")).toBe(
        nodeLabel(node),
      );
    expect(scripted.every((n) => nodeLabel(n).startsWith(n.name))).toBe(true);
  });

  it("createNodeMover(svg, layout) moves a node, its edges and its label", () => {
    const layout = layoutNetwork(cooperationGraph(dataset), { width: 600, height: 400 });
    const svg = renderNetwork(document as unknown as Document, layout, {
      title: "Network",
      fontSize: 12,
    });
    const move = createNodeMover(svg, layout);
    move("europol", 100, 120);
    expect(svg.querySelector('g[data-id="europol"]')!.getAttribute("transform")).toBe(
      "translate(100,120)",
    );
    const edge = layout.edges.find((e) => e.source === "europol" || e.target === "europol")!;
    const line = svg.querySelector(`line[data-id="${edge.id}"]`)!;
    expect(line.getAttribute(edge.source === "europol" ? "x1" : "x2")).toBe("100");
  });
});
