import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { createTrend } from "../../../src/components/trend/createTrend";
import { dejaVuSansWidth } from "../../../src/export/dejaVuSansWidth";
import { renderSvgInNode } from "../../../src/export/renderSvgInNode";
import { readJson } from "../../../src/io/readJson";
import type { Dataset } from "../../../src/model";

const dataset = readJson(readFileSync("data/csam-operations.json", "utf8")).data!;

function trendSvg(data: Dataset, options: Record<string, unknown> = {}): string {
  return renderSvgInNode(data, { view: "trend", width: 900, options });
}

/** The text of every `<text>` of an SVG, in order. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

/** A trend drawn into a linkedom page, for what is outside its SVG. */
function mountTrend(data: Dataset, options: Parameters<typeof createTrend>[2]) {
  trendSvg(dataset); // lends linkedom's <select> a value setter, as the server renderer does
  const { document } = parseHTML("<!doctype html><html><body><div></div></body></html>");
  const container = document.querySelector("div") as unknown as HTMLElement;
  return createTrend(container, data, { width: 640, measureText: dejaVuSansWidth, ...options });
}

describe("the trend says what it shows", () => {
  it("createTrend(dataset) titles the bars by what they are: arrests reported in operations, by year of announcement", () => {
    const svg = trendSvg(dataset);
    expect(svg).toContain("<title>Arrests reported in operations, by year of announcement</title>");
    const words = texts(svg);
    expect(words).toContain("Arrests reported");
    expect(words).toContain("Year of announcement");
    // The dataset says its events are a selection: the chart says so.
    expect(words.join(" ")).toContain("a selection of publicised operations");
  });

  it("createTrend(dataset) draws years with no reported event as gaps, never as zero bars", () => {
    const svg = trendSvg(dataset);
    const bars = [...svg.matchAll(/data-key="(\d{4})\|all"/g)].map((m) => m[1]);
    expect(bars).toEqual(["2011", "2014", "2017", "2019", "2021", "2024", "2025"]);
    // 2012, 2013, 2015, 2016, 2018, 2020, 2022 and 2023: a dotted gap each, and no bar.
    expect(svg.match(/class="jl-trend-gap"/g)).toHaveLength(8);
    expect(svg).not.toMatch(/height="0"/);
  });

  it("createTrend(dataset) names the related figures it did not count", () => {
    const words = texts(trendSvg(dataset)).join(" ");
    expect(words).toContain("Not counted, 2 events with figures defined differently");
    expect(words).toContain(
      "about 100 arrested or charged (INTERPOL-coordinated Operations Historia and Pureza II",
    );
    expect(words).toContain(
      "870 arrests or convictions worldwide (Operation Pacifier (Playpen), 2017; 3 more figures)",
    );
  });

  it("createTrend(dataset, { facet: 'country', mode: 'grouped' }) labels the overlapping bars and draws each year's own total", () => {
    const svg = trendSvg(dataset, { facet: "country", mode: "grouped" });
    const words = texts(svg).join(" ");
    expect(words).toContain("arrests in operations involving this country");
    expect(words).toContain("counted in each");
    // 2019: Welcome to Video (337) and Blackwrist (9), counted once each: 346, not 346 × 7.
    expect(texts(svg)).toContain("346");
    expect(svg.match(/class="jl-trend-total-line"/g)?.length).toBe(7);
  });

  it("createTrend(dataset, { facet: 'country' }) stacks an operation by its own country figures, else as one 'several' segment, and says why", () => {
    const trend = mountTrend(dataset, { facet: "country" });
    const y2011 = trend.layout.bars.filter((b) => b.period === "2011");
    // Rescue's "more than 120" arrests in the UK are its own figure; the rest is not broken down.
    expect(y2011.find((b) => b.facet === "GB")?.value).toBe(120);
    expect(trend.layout.slots.find((s) => s.period === "2011")?.total).toBe(236);
    expect(trend.layout.notes.map((n) => n.text).join(" ")).toContain("cannot be split");
    trend.destroy();
  });

  it("createTrend(dataset, { metric: 'countries' }) refuses to add up countries and lists each event's figure", () => {
    const trend = mountTrend(dataset, { metric: "countries" });
    expect(trend.layout.bars).toEqual([]);
    const text = trend.element.textContent ?? "";
    expect(text).toContain("Countries: not added up");
    expect(text).toContain("may count the same members in several events");
    // Each event's own figure is still shown; no year's sum ("113" for 2025) is.
    expect(text).toMatch(/Operation Cumberland: AI-generated child sexual abuse material: 19–20/);
    expect(text).not.toContain("113");
    trend.destroy();
  });

  it("createTrend(events near 1e308) draws no NaN: the overflowing year is left out with an issue", () => {
    const huge: Dataset = {
      ...dataset,
      events: dataset.events.map((e) =>
        e.id === "operation-cumberland-2025" || e.id === "operation-vibora-2025"
          ? {
              ...e,
              figures: e.figures.map((f) => (f.metric === "arrests" ? { ...f, value: 1e308 } : f)),
            }
          : e,
      ),
    };
    const svg = trendSvg(huge);
    expect(svg).not.toContain("NaN");
    expect(svg).not.toContain("Infinity");
    expect(svg).not.toContain('data-key="2025|all"');
  });
});

describe("the trend redraws only when a linked view changes what it shows", () => {
  it("select(the same bar) and highlight(the same events) leave the drawing as it is; a different one redraws", () => {
    const trend = mountTrend(dataset, {});
    const root = trend.element;
    /** Marks every element the drawing styles by class, so that a redraw shows (it sets them again). */
    const mark = () => {
      for (const node of root.querySelectorAll("svg [class]"))
        node.setAttribute("class", `${node.getAttribute("class")} probe`);
    };
    const marked = () => root.querySelectorAll("svg .probe").length;
    const key = trend.layout.bars[0]!.key;
    trend.select(key);
    const details = root.lastElementChild?.innerHTML;
    mark();
    const all = marked();
    expect(all).toBeGreaterThan(0);
    trend.select(key);
    expect(marked()).toBe(all);
    const ids = dataset.events.slice(0, 3).map((e) => e.id);
    trend.highlight(ids);
    expect(marked()).toBeLessThan(all);
    mark();
    const again = marked();
    trend.highlight([...ids].reverse());
    expect(marked()).toBe(again);
    trend.highlight(ids.slice(0, 2));
    expect(marked()).toBeLessThan(again);
    expect(root.lastElementChild?.innerHTML).toBe(details);
  });
});
