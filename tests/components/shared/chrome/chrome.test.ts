import { readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import {
  formatSourceLine,
  publishersOf,
  readLegend,
  renderChrome,
  renderChromeSvg,
  resolveChrome,
  sourcesOf,
  wrapText,
} from "../../../../src/components/shared/chrome";
import { approximateTextWidth } from "../../../../src/components/shared/measureText";
import { renderLegend } from "../../../../src/components/shared/renderLegend";
import { readJson } from "../../../../src/io/readJson";
import type { Dataset } from "../../../../src/model";

const dataset = readJson(
  readFileSync(new URL("../../../../data/csam-operations.json", import.meta.url), "utf8"),
).data!;

const small: Dataset = {
  schemaVersion: "1",
  title: "Takedowns",
  description: "What was taken down.",
  contentNote: "Concerns abuse.",
  byline: "Graphic: Data desk",
  chartNotes: "Figures as reported.",
  sources: [
    { id: "a", publisher: "Europol", title: "A" },
    { id: "b", publisher: "INTERPOL", title: "B" },
    { id: "c", publisher: "Europol", title: "C" },
    { id: "d", publisher: "U.S. DOJ", title: "D" },
    { id: "unused", publisher: "Nobody", title: "E" },
  ],
  actors: [],
  events: [
    { id: "e1", kind: "operation", title: "One", when: "2020", sources: ["b"] },
    { id: "e2", kind: "operation", title: "Two", when: "2021", sources: ["a", "b"] },
    { id: "e3", kind: "operation", title: "Three", when: "2022", sources: ["c", "d", "b"] },
  ],
  eras: [],
} as unknown as Dataset;

describe("source line", () => {
  it("sourcesOf(dataset, events) lists the cited sources, most cited first, none uncited", () => {
    const ids = sourcesOf(small, small.events).map((s) => s.id);
    expect(ids[0]).toBe("b");
    expect(ids).not.toContain("unused");
    expect(new Set(ids)).toEqual(new Set(["a", "b", "c", "d"]));
    expect(sourcesOf(small, [small.events[0]!]).map((s) => s.id)).toEqual(["b"]);
  });

  it("publishersOf(sources) names each publisher once", () => {
    expect(publishersOf(sourcesOf(small, small.events))).toEqual([
      "INTERPOL",
      "Europol",
      "U.S. DOJ",
    ]);
  });

  it("formatSourceLine(publishers) names up to three and counts the rest exactly", () => {
    expect(formatSourceLine([])).toBeUndefined();
    expect(formatSourceLine(["Europol"])).toBe("Source: Europol");
    expect(formatSourceLine(["Europol", "INTERPOL"])).toBe("Sources: Europol and INTERPOL");
    // Four names: "and 1 more" would hide a name it could show.
    expect(formatSourceLine(["A", "B", "C", "D"])).toBe("Sources: A, B, C and D");
    const many = Array.from({ length: 15 }, (_, i) => `P${i}`);
    expect(formatSourceLine(many)).toBe("Sources: P0, P1, P2 and 12 more");
    expect(formatSourceLine(many, { max: 5 })).toBe("Sources: P0, P1, P2, P3, P4 and 10 more");
    expect(formatSourceLine(Array.from({ length: 1503 }, (_, i) => `P${i}`))).toContain(
      "and 1,500 more",
    );
  });

  it("formatSourceLine of the default dataset counts every publisher of its events", () => {
    const publishers = publishersOf(sourcesOf(dataset, dataset.events));
    const line = formatSourceLine(publishers)!;
    expect(line).toMatch(/^Sources: /);
    expect(line).toContain(`and ${publishers.length - 3} more`);
  });
});

describe("resolveChrome", () => {
  const sources = sourcesOf(small, small.events);

  it("resolveChrome(dataset, undefined, sources) takes every piece from the dataset", () => {
    expect(resolveChrome(small, undefined, sources)).toEqual({
      headline: "Takedowns",
      dek: "What was taken down.",
      contentNote: "Concerns abuse.",
      notes: "Figures as reported.",
      byline: "Graphic: Data desk",
      sourceLine: "Sources: INTERPOL, Europol and U.S. DOJ",
      legend: true,
    });
  });

  it("resolveChrome(dataset, options) overrides a piece with a string and drops it with false", () => {
    const content = resolveChrome(
      small,
      { headline: "Mine", dek: false, sourceLine: "Source: our reporting", legend: false },
      sources,
    );
    expect(content.headline).toBe("Mine");
    expect(content.dek).toBeUndefined();
    expect(content.sourceLine).toBe("Source: our reporting");
    expect(content.legend).toBe(false);
    expect(content.byline).toBe("Graphic: Data desk");
  });

  it("resolveChrome(dataset, false) leaves everything out", () => {
    expect(resolveChrome(small, false, sources)).toEqual({ legend: false });
  });

  it("resolveChrome keeps an http(s) data URL only", () => {
    expect(resolveChrome(small, { dataUrl: "https://example.org/d.json" }, []).dataUrl).toBe(
      "https://example.org/d.json",
    );
    expect(resolveChrome(small, { dataUrl: "javascript:alert(1)" }, []).dataUrl).toBeUndefined();
    expect(resolveChrome(small, {}, []).sourceLine).toBeUndefined();
  });

  it("resolveChrome does not mutate the dataset or the options", () => {
    const options = { headline: "X" };
    const before = JSON.stringify([small, options]);
    resolveChrome(small, options, sources);
    expect(JSON.stringify([small, options])).toBe(before);
  });
});

describe("wrapText", () => {
  it("wrapText(text, width) never cuts a word and keeps every word in order", () => {
    const text = dataset.contentNote!;
    for (const width of [40, 120, 375, 900]) {
      const lines = wrapText(text, width, 12, approximateTextWidth);
      expect(lines.join(" ")).toBe(text.split(/\s+/).join(" "));
      for (const line of lines) {
        // A line is wider than the width only when it is one word.
        if (approximateTextWidth(line, 12) > width) expect(line).not.toContain(" ");
      }
    }
  });
});

describe("renderChrome (HTML)", () => {
  it("renderChrome(document, content) writes a heading, dek, note and footer as text", () => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    const hostile = '<img src=x onerror="alert(1)">';
    const { header, footer } = renderChrome(document as unknown as Document, {
      ...resolveChrome(small, { headline: hostile }, sourcesOf(small, small.events)),
      dataUrl: "https://example.org/data.json",
    });
    expect(header!.querySelector("h2")!.textContent).toBe(hostile);
    expect(header!.querySelector("img")).toBeNull();
    expect(header!.querySelector('[role="note"]')!.textContent).toBe(
      "Content note: Concerns abuse.",
    );
    expect(footer!.textContent).toContain("Sources: INTERPOL, Europol and U.S. DOJ");
    expect(footer!.textContent).toContain("Graphic: Data desk");
    const link = footer!.querySelector("a")!;
    expect(link.textContent).toBe("Get the data");
    expect(link.getAttribute("href")).toBe("https://example.org/data.json");
  });

  it("renderChrome(document, { legend only }) returns no header and no footer", () => {
    const { document } = parseHTML("<!doctype html><html><body></body></html>");
    expect(renderChrome(document as unknown as Document, { legend: true })).toEqual({
      header: undefined,
      footer: undefined,
    });
  });
});

describe("renderChromeSvg", () => {
  it("renderChromeSvg(document, content, legend) draws every piece as SVG text, wrapped to the width", () => {
    const { document } = parseHTML("<!doctype html><html><body><div></div></body></html>");
    const doc = document as unknown as Document;
    const list = renderLegend(doc, [
      { label: "Operation", color: "var(--jl-cat-1)", shape: "bar" },
      { label: "Arrest", color: "var(--jl-cat-2)", shape: "circle" },
    ]);
    const holder = doc.createElement("div");
    holder.append(list);
    const legend = readLegend(holder);
    expect(legend.map((e) => e.label)).toEqual(["Operation", "Arrest"]);
    const content = resolveChrome(dataset, {}, sourcesOf(dataset, dataset.events));
    const drawn = renderChromeSvg(doc, content, legend, {
      width: 375,
      measure: approximateTextWidth,
      fontSize: 12,
    });
    const text = (selector: string, group = drawn.top) =>
      Array.from(group.querySelectorAll(`${selector} tspan`), (t) => t.textContent).join(" ");
    expect(text(".jl-chrome-headline")).toBe(dataset.title);
    expect(text(".jl-chrome-content-note")).toBe(
      `Content note: ${dataset.contentNote!.split(/\s+/).join(" ")}`,
    );
    expect(text(".jl-chrome-source-line", drawn.bottom)).toMatch(/^Sources: /);
    expect(drawn.top.querySelectorAll(".jl-chrome-headline tspan").length).toBeGreaterThan(1);
    expect(
      Array.from(drawn.top.querySelectorAll(".jl-chrome-legend text"), (t) => t.textContent),
    ).toEqual(["Operation", "Arrest"]);
    expect(drawn.topHeight).toBeGreaterThan(100);
    expect(drawn.bottomHeight).toBeGreaterThan(12);
  });
});
