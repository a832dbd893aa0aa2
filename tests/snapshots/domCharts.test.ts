// @vitest-environment jsdom
/**
 * SVG snapshots of the charts the Node renderer does not draw yet — the presentation and the
 * dashboard — drawn by their `create…` functions into a jsdom page (no layout: each chart uses
 * its default size, and text is measured by the fallback estimate). What is compared is each
 * chart SVG in the order it appears, normalised like the other snapshots (charts.test.ts).
 */
import { afterEach, describe, it } from "vitest";
import { createDashboard } from "../../src/components/link/createDashboard";
import { createPresentation } from "../../src/components/presentation/createPresentation";
import { type DomChartScenario, domChartScenarios } from "../scenarios/chartScenarios";
import { expectSnapshot } from "./expectSnapshot";
import { normalizeSvg } from "./normalizeSvg";

const cleanups: (() => void)[] = [];
afterEach(() => {
  for (const cleanup of cleanups.splice(0)) cleanup();
  document.body.replaceChildren();
});

/** The chart SVGs (not the toolbar's icons), serialized one after the other. */
function chartSvgs(container: HTMLElement): string {
  const svgs = Array.from(
    container.querySelectorAll("svg.jl-svg, svg.jl-overview, svg.jl-network-svg, svg.jl-trend-svg"),
  );
  if (svgs.length === 0) throw new Error("no chart SVG drawn");
  const serializer = new XMLSerializer();
  return svgs.map((svg) => serializer.serializeToString(svg)).join("\n");
}

function draw(scenario: DomChartScenario): HTMLElement {
  const container = document.createElement("div");
  document.body.append(container);
  const chart =
    scenario.chart === "presentation"
      ? createPresentation(container, scenario.dataset, scenario.options)
      : createDashboard(container, scenario.dataset, scenario.options);
  cleanups.push(() => chart.destroy());
  return container;
}

describe("SVG snapshots in jsdom", { timeout: 60_000 }, () => {
  it.each(domChartScenarios.map((s) => [s.name, s] as const))(
    "create…(container, dataset, options) draws %s as in tests/snapshots/output",
    (name, scenario) => {
      expectSnapshot(name, normalizeSvg(chartSvgs(draw(scenario))));
    },
  );
});
