import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { layoutTrend } from "../../../src/components/trend/layout";
import { renderTrend } from "../../../src/components/trend/render";
import { totalsByPeriod } from "../../../src/derive/totalsByPeriod";
import { readJson } from "../../../src/io/readJson";

const dataset = readJson(readFileSync("data/csam-operations.json", "utf8")).data!;
const { document } = parseHTML("<!doctype html><html><body></body></html>");

describe("renderTrend under linkedom (server-side)", () => {
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
