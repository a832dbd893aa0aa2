import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { themeCss } from "../../src/components/shared/theme";
import { isSameOriginPage } from "../../src/embed/connectFrame";
import { embedCode, hostResizeScript, isEmbedHeightMessage } from "../../src/embed/embedCode";
import { hostThemeCss } from "../../src/embed/embedCss";
import { guessFormat, readDataset } from "../../src/io/readDataset";
import { parseEmbedAttributes } from "../../src/views/embedAttributes";

const from = (attributes: Record<string, string>) => (name: string) => attributes[name] ?? null;

describe("parseEmbedAttributes", () => {
  it("parseEmbedAttributes(get) reads numbers, themes, facets and a date window", () => {
    const a = parseEmbedAttributes(
      from({
        src: "ops.json",
        theme: "dark",
        height: "420",
        lanes: "country",
        start: "2019",
        end: "2020-06",
        "size-by": "arrests",
      }),
    );
    expect(a).toMatchObject({
      src: "ops.json",
      theme: "dark",
      height: 420,
      lanes: "country",
      sizeBy: "arrests",
      menu: true,
    });
    // The window runs to the end of June 2020 (extents end exclusively).
    expect(a.window).toEqual([Date.UTC(2019, 0, 1), Date.UTC(2020, 6, 1)]);
    expect(a.problems).toEqual([]);
  });

  it("parseEmbedAttributes(get) reports bad values and leaves them out instead of failing", () => {
    const a = parseEmbedAttributes(
      from({ theme: "neon", height: "tall", lanes: "colour", start: "2020-13", options: "{nope" }),
    );
    expect(a.theme).toBe("auto");
    expect(a.height).toBeUndefined();
    expect(a.lanes).toBeUndefined();
    expect(a.window).toBeUndefined();
    expect(a.problems).toHaveLength(5);
    expect(a.problems.join("\n")).toMatch(
      /theme="neon" is not one of auto, light, dark, high-contrast, slide/,
    );
    expect(a.problems.join("\n")).toMatch(/start="2020-13": month 13 does not exist/);
  });

  it("parseEmbedAttributes(get) rejects a window that ends before it starts", () => {
    const a = parseEmbedAttributes(from({ start: "2021", end: "2020" }));
    expect(a.window).toBeUndefined();
    expect(a.problems).toEqual(['start="2021" is not before end="2020"']);
  });

  it("parseEmbedAttributes(get) takes menu=none and a JSON options object", () => {
    const a = parseEmbedAttributes(from({ menu: "none", options: '{"overview":true}' }));
    expect(a.menu).toBe(false);
    expect(a.options).toEqual({ overview: true });
  });
});

describe("readDataset", () => {
  it("guessFormat(text, name) uses the extension, the media type, then the text", () => {
    expect(guessFormat("{}", "a.json")).toBe("json");
    expect(guessFormat("id,kind\n", "a.csv?x=1")).toBe("csv");
    expect(guessFormat("{}", "", "text/csv")).toBe("csv");
    expect(guessFormat("id,kind\n")).toBe("csv");
    expect(guessFormat('{"events":[{"start_date":{"year":"2020"}}]}')).toBe("timelinejs");
  });

  it("readDataset(text) reads JSON and CSV into the same dataset shape", () => {
    const json = readDataset('{"title":"T","events":[]}');
    expect(json.format).toBe("json");
    expect(json.data?.title).toBe("T");
    const csv = readDataset("id,kind,title,when,sources\nop1,operation,Test,2025-99,s1\n", {
      name: "x.csv",
    });
    expect(csv.format).toBe("csv");
    expect(csv.issues.find((i) => i.code === "invalid_date")).toMatchObject({
      row: 2,
      column: "when",
    });
  });

  it("readDataset(TimelineJS sheet) reads it with readTimelineJs", () => {
    const text = readFileSync(
      new URL("../../data/original/csam-operations.timelinejs.csv", import.meta.url),
      "utf8",
    );
    expect(guessFormat(text, "sheet.csv")).toBe("timelinejs");
    const result = readDataset(text, { name: "sheet.csv" });
    expect(result.format).toBe("timelinejs");
    expect(result.data?.events.length).toBeGreaterThan(10);
  });
});

describe("embedCode", () => {
  it("embedCode(options) writes an iframe with the query string and the resize script", () => {
    const code = embedCode({
      page: "https://example.org/jl/embed.html",
      params: {
        view: "timeline",
        src: "https://example.org/data/ops.json",
        theme: "dark",
        locale: undefined,
      },
      title: 'Ops "2024"',
      height: 400,
    });
    expect(code).toContain(
      'src="https://example.org/jl/embed.html?view=timeline&amp;src=https%3A%2F%2Fexample.org%2Fdata%2Fops.json&amp;theme=dark"',
    );
    expect(code).toContain('title="Ops &quot;2024&quot;"');
    expect(code).toContain("height:400px");
    // Presentation mode can go fullscreen inside the article's iframe.
    expect(code).toContain('allow="fullscreen"');
    expect(code).toContain(hostResizeScript);
  });

  it.each([
    "javascript:parent.alert(1)//",
    "JaVaScRiPt:parent.alert(1)//",
    " javascript:parent.alert(1)",
    "java\tscript:parent.alert(1)",
    "data:text/html,<script>parent.alert(1)</script>",
    "vbscript:msgbox(1)",
    "file:///etc/passwd",
    "//other.example/embed.html",
    "embed.html",
    "https://europol.europa.eu@attacker.example/embed.html",
  ])("embedCode({ page: %j }) refuses a page that is not an absolute http(s) URL", (page) => {
    expect(() => embedCode({ page, params: { view: "timeline" } })).toThrow(TypeError);
  });

  it("isEmbedHeightMessage(data) accepts only well-formed height messages", () => {
    expect(isEmbedHeightMessage({ type: "jointline:height", height: 300 })).toBe(true);
    expect(isEmbedHeightMessage({ type: "jointline:height", height: -1 })).toBe(false);
    expect(isEmbedHeightMessage({ type: "other", height: 1 })).toBe(false);
    expect(isEmbedHeightMessage(null)).toBe(false);
  });
});

describe("isSameOriginPage", () => {
  const page = "https://news.example/graphics/jl/embed.html?view=timeline";
  it.each([
    "embed.html",
    "/graphics/jl/embed.html",
    "other-embed.html?x=1",
    "https://news.example/jl/embed.html",
  ])("isSameOriginPage(%j, page) accepts a same-origin http(s) page", (value) => {
    expect(isSameOriginPage(value, page)).toBe(true);
  });
  it.each([
    "javascript:parent.alert(1)//",
    "JAVASCRIPT:parent.alert(1)//",
    "  javascript:parent.alert(1)",
    "java\nscript:parent.alert(1)",
    "javascript&colon;parent.alert(1)",
    "javascript&#58;parent.alert(1)",
    "data:text/html,x",
    "vbscript:msgbox(1)",
    "//other.example/embed.html",
    "https://other.example/embed.html",
    "http://news.example/embed.html",
    "https://news.example@other.example/embed.html",
    'embed.html"onload="alert(1)',
  ])("isSameOriginPage(%j, page) refuses what is not a same-origin page", (value) => {
    expect(isSameOriginPage(value, page)).toBe(false);
  });
  it("isSameOriginPage(value, a file:// page) refuses everything (file pages have no origin)", () => {
    expect(isSameOriginPage("embed.html", "file:///home/me/embed.html")).toBe(false);
  });
});

describe("hostThemeCss", () => {
  it("hostThemeCss(themeCss) moves the light theme's custom properties to :host, keeping the rest", () => {
    const css = hostThemeCss(themeCss);
    const host = css.slice(css.indexOf(":host {"), css.indexOf("}", css.indexOf(":host {")));
    expect(host).toContain("--jl-color-text: #1a1a1a;");
    const root = css.slice(css.indexOf(".jl-root {"), css.indexOf("}", css.indexOf(".jl-root {")));
    expect(root).not.toMatch(/--jl-[\w-]+\s*:/);
    expect(root).toContain("font-family: var(--jl-font-family)");
    // Chosen themes still declare their own values.
    expect(css).toContain('.jl-root[data-theme="dark"]');
  });
});
