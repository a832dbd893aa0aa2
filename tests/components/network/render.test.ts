import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { layoutNetwork } from "../../../src/components/network/layout";
import { createNodeMover, renderNetwork } from "../../../src/components/network/render";
import { layoutTrend } from "../../../src/components/trend/layout";
import { renderTrend } from "../../../src/components/trend/render";
import { cooperationGraph } from "../../../src/derive/cooperationGraph";
import { totalsByPeriod } from "../../../src/derive/totalsByPeriod";
import { readJson } from "../../../src/io/readJson";

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
    // Data text goes in as text: markup in a label stays inert.
    expect(svg.toString()).not.toContain("<script");
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

  it("renderTrend(document, layout) draws hatched lower bounds and the axis under linkedom", () => {
    const rows = totalsByPeriod(dataset, { metric: "arrests" });
    const layout = layoutTrend(rows, { width: 600, height: 300 });
    const svg = renderTrend(document as unknown as Document, layout, {
      title: "Arrests",
      metric: "arrests",
      idPrefix: "t",
    });
    expect(svg.querySelectorAll("g.jl-trend-bar")).toHaveLength(layout.bars.length);
    const inexact = svg.querySelectorAll("g.jl-trend-bar.jl-inexact");
    expect(inexact.length).toBe(layout.bars.filter((b) => b.inexact).length);
    expect(inexact[0]!.querySelector(".jl-trend-overlay")!.getAttribute("fill")).toBe(
      "url(#t-hatch)",
    );
    expect(svg.querySelector("pattern#t-hatch")).not.toBeNull();
    expect(svg.querySelectorAll(".jl-trend-x text").length).toBeGreaterThan(3);
  });
});
