// Issue 16: how many elements the timeline puts in the page, counted as bench/ counts them
// (every element, shadow roots included), on the bench's own data and setup at 100 events —
// and that what screen readers need is still there when the data table is not built.
import axe from "axe-core";
import { afterEach, describe, expect, it } from "vitest";
import { syntheticEvents, toJointlineDataset } from "../../bench/syntheticDataset";
import { createTimeline, type Timeline } from "../../src/components/timeline";
import { parseDataset } from "../../src/io/parseDataset";

const charts: Timeline[] = [];
afterEach(() => {
  for (const chart of charts.splice(0)) {
    const host = chart.element.parentElement;
    chart.destroy();
    host?.remove();
  }
});

/** Every element under `root`, shadow roots included (bench/pages/runtime.ts counts so). */
function countElements(root: Document | ShadowRoot | Element): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    count++;
    const shadow = (node as Element).shadowRoot;
    if (shadow) count += countElements(shadow);
  }
  return count;
}

/** The bench page's own elements besides the chart: html, head, meta, title, style, body, #chart, script. */
const BENCH_PAGE_ELEMENTS = 8;
/** Twice the leaner peers' count at 100 events (timelines-chart 358, vis-timeline 314–460). */
const MAX_ELEMENTS_100 = 700;

/** The bench's chart: its synthetic events, lanes by lead actor, 1200 × 600 px, maxHeight 520. */
function mountBenchChart(n: number): Timeline {
  const { data, issues } = parseDataset(toJointlineDataset(syntheticEvents(n, 1)));
  if (!data) throw new Error(`synthetic dataset invalid: ${issues[0]?.message}`);
  const host = document.createElement("div");
  host.style.cssText = "width: 1200px; height: 600px; position: relative";
  document.body.append(host);
  const chart = createTimeline(host, data, { lanes: "lead", maxHeight: 520 });
  charts.push(chart);
  return chart;
}

/** After the first paint and the idle work it schedules (summary, sources, warm packings). */
async function settled(): Promise<void> {
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    await new Promise((resolve) => requestIdleCallback(resolve, { timeout: 2000 }));
  }
}

describe("timeline DOM size", () => {
  it("createTimeline(100 events, the bench's setup) adds at most 700 elements with the page, the data table built on demand", async () => {
    const before = countElements(document);
    const chart = mountBenchChart(100);
    await settled();
    const added = countElements(document) - before;
    console.log(
      `[dom] 100 events: ${added} elements added by the chart (+${BENCH_PAGE_ELEMENTS} of the bench page)`,
    );
    expect(added + BENCH_PAGE_ELEMENTS).toBeLessThanOrEqual(MAX_ELEMENTS_100);
    // Every event is drawn, the summary is written, and the table's place holds its button.
    const root = chart.element;
    expect(root.querySelectorAll("g.jl-mark")).toHaveLength(100);
    expect(root.querySelector(".jl-summary")?.textContent).toMatch(/100 events/);
    expect(root.querySelectorAll(".jl-table")).toHaveLength(0);
    // The table, once a reader asks for it, is what the count left out.
    root.querySelector<HTMLButtonElement>(".jl-table-open")!.click();
    expect(root.querySelectorAll(".jl-table:not(.jl-annotation-table) tbody tr")).toHaveLength(100);
    console.log(`[dom] 100 events, table built: ${countElements(document) - before} elements`);
  });

  it("createTimeline(100 events) keeps the data table reachable for screen readers: a named button in its place, no tab stop, no axe violation", async () => {
    const chart = mountBenchChart(100);
    await settled();
    const root = chart.element;
    const opener = root.querySelector<HTMLButtonElement>(".jl-table-wrap .jl-table-open")!;
    expect(opener.textContent).toBe("Data table");
    expect(opener.tabIndex).toBe(-1);
    expect(opener.closest("[aria-hidden='true'], [hidden], [inert]")).toBeNull();
    // The plot names the summary and the key help, which are written at idle.
    const described = root.querySelector(".jl-plot")!.getAttribute("aria-describedby")!.split(" ");
    for (const id of described)
      expect(root.querySelector(`[id="${id}"]`)?.textContent?.length).toBeGreaterThan(20);
    const result = await axe.run(root);
    expect(
      result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`),
    ).toEqual([]);
  });
});
