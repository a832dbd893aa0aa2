import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { JSDOM } from "jsdom";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { runCli } from "../../src/cli/runCli";
import { embedCode } from "../../src/embed/embedCode";
import { renderSvgInNode } from "../../src/export/renderSvgInNode";
import { readJson } from "../../src/io/readJson";
import type { Dataset } from "../../src/model";
import { isHttpUrl } from "../../src/model/httpUrl";
import { type ServerViewName, serverViews } from "../../src/views/serverViews";
import { hostileDataset, withHostileUrls } from "../data/hostile/hostileDataset";
import { textPayloads } from "../data/hostile/payloads";

vi.setConfig({ testTimeout: 60_000 });

const hostile = readJson(JSON.stringify(hostileDataset())).data as Dataset;
/** The views the server renderer has so far; each view joins these tests when it lands. */
const views = Object.keys(serverViews) as ServerViewName[];
let dir: string;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jointline-hostile-"));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** What an SVG document holds that could run or fetch anything; empty when inert. */
function dangerousSvg(svg: string): string[] {
  const { document } = new JSDOM(svg, { contentType: "image/svg+xml" }).window;
  const problems: string[] = [];
  if (document.querySelector("parsererror")) problems.push("not well-formed XML");
  for (const element of Array.from(document.querySelectorAll("*"))) {
    const tag = element.localName.toLowerCase();
    if (
      [
        "script",
        "foreignobject",
        "iframe",
        "object",
        "embed",
        "image",
        "use",
        "animate",
        "set",
        "handler",
      ].includes(tag)
    )
      problems.push(`<${tag}>`);
    for (const attribute of Array.from(element.attributes)) {
      const name = attribute.name.toLowerCase();
      if (name.startsWith("on")) problems.push(`${name} on <${tag}>`);
      if (name === "href" || name === "xlink:href") {
        if (tag !== "a" || !isHttpUrl(attribute.value))
          problems.push(`${name}="${attribute.value}"`);
      }
    }
  }
  for (const style of Array.from(document.querySelectorAll("style"))) {
    if (/@import|url\s*\(\s*['"]?\s*(javascript|data:text\/html)/i.test(style.textContent ?? ""))
      problems.push("style imports or script URL");
  }
  return problems;
}

function svgText(svg: string): string {
  return (
    new JSDOM(svg, { contentType: "image/svg+xml" }).window.document.documentElement.textContent ??
    ""
  );
}

describe("server-side SVG of hostile data", () => {
  it("covers at least the timeline and the network, and 100 payloads", () => {
    expect(views).toEqual(expect.arrayContaining(["timeline", "network"]));
    expect(textPayloads.length).toBeGreaterThanOrEqual(100);
  });

  it.each(views)("renderSvgInNode(hostile, { view: %s }) is well-formed, inert SVG", (view) => {
    const svg = renderSvgInNode(hostile, { view });
    expect(dangerousSvg(svg)).toEqual([]);
    // Text is text: the XML parser finds payload characters as characters, not as tags.
    expect(svgText(svg).length).toBeGreaterThan(0);
  });

  it("renderSvgInNode(hostile URLs, unvalidated) links nothing but http(s)", () => {
    const data = withHostileUrls(hostileDataset()) as unknown as Dataset;
    for (const view of views) {
      expect(
        dangerousSvg(renderSvgInNode({ ...hostile, sources: data.sources }, { view })),
      ).toEqual([]);
    }
  });

  it("renderSvgInNode(hostile) keeps payload text readable in the labels", () => {
    const svg = renderSvgInNode(hostile, { view: "timeline", width: 4000, height: 3000 });
    const text = svgText(svg);
    const shown = textPayloads.filter((p) => p.text.length < 40 && text.includes(p.text));
    // Labels that do not fit are truncated or left out; the ones shown are verbatim.
    expect(shown.length).toBeGreaterThan(0);
  });
});

describe("the CLI with hostile data", () => {
  const io = () => {
    const out: string[] = [];
    const err: string[] = [];
    return {
      out,
      err,
      io: { stdout: (t: string) => out.push(t), stderr: (t: string) => err.push(t), cwd: dir },
    };
  };

  it("jointline render hostile.json --out chart.svg writes inert SVG", async () => {
    await writeFile(join(dir, "hostile.json"), JSON.stringify(hostileDataset()));
    for (const view of views) {
      const run = io();
      const code = await runCli(
        ["render", "hostile.json", "--out", `chart-${view}.svg`, "--view", view],
        run.io,
      );
      expect(code, run.err.join("")).toBe(0);
      const svg = await readFile(join(dir, `chart-${view}.svg`), "utf8");
      expect(dangerousSvg(svg)).toEqual([]);
    }
  });

  it("jointline inline page.html puts hostile data in the page as data, never as markup", async () => {
    await writeFile(join(dir, "hostile.json"), JSON.stringify(hostileDataset()));
    const page =
      '<!doctype html><html><body><jointline-timeline><script type="application/json" data-from="hostile.json"></script></jointline-timeline></body></html>';
    await writeFile(join(dir, "page.html"), page);
    const run = io();
    expect(await runCli(["inline", "page.html"], run.io), run.err.join("")).toBe(0);
    const html = await readFile(join(dir, "page.html"), "utf8");
    const { document } = new JSDOM(html).window;
    const scripts = document.querySelectorAll("script");
    expect(scripts.length).toBe(1);
    expect(document.body.querySelectorAll("*").length).toBe(2);
    const inlined = readJson(scripts[0]!.textContent ?? "");
    expect(inlined.issues).toEqual([]);
    expect(inlined.data).toEqual(readJson(JSON.stringify(hostileDataset())).data);
  });
});

describe("the CLI's report of hostile input", () => {
  it("jointline validate prints found-text without terminal control sequences", async () => {
    const text = JSON.stringify({
      title: "x",
      "\u001b]0;pwned\u0007\u001b[2J": 1,
      sources: [
        { id: "s", publisher: "p", title: "t", url: "javascript:\u001b[31malert(1)\u009b" },
      ],
    });
    await writeFile(join(dir, "bad.json"), text);
    const out: string[] = [];
    const io = { stdout: (t: string) => out.push(t), stderr: (t: string) => out.push(t), cwd: dir };
    expect(await runCli(["validate", "bad.json"], io)).toBe(1);
    const output = out.join("");
    expect(output).toContain("bad.json");
    expect(output).toContain("\\u001b]0;pwned\\u0007");
    const controls = [...output].filter(
      (c) => (c < " " && c !== "\n" && c !== "\t") || (c >= "\u007f" && c <= "\u009f"),
    );
    expect(controls).toEqual([]);
  });
});

describe("the iframe embed code with hostile text", () => {
  it("embedCode({ title, params }) keeps hostile text inside its attributes", () => {
    const wellFormed = (text: string) =>
      (text as unknown as { toWellFormed(): string }).toWellFormed();
    // jsdom runs no script: parsing the code here only shows what a browser would build from it.
    const { document } = new JSDOM("<!doctype html><body></body>").window;
    for (const p of textPayloads) {
      const html = embedCode({
        page: "https://example.org/jointline/embed.html",
        params: {
          src: `https://example.org/${encodeURIComponent(wellFormed(p.text))}.json`,
          theme: p.text,
        },
        title: p.text,
      });
      document.body.innerHTML = html;
      const iframe = document.querySelector("iframe");
      expect(document.body.children.length, p.name).toBe(2); // the iframe and the resize script
      expect(iframe?.getAttribute("title"), p.name).toBe(
        p.text.replace(/\r\n?/g, "\n").replaceAll("\u0000", "\uFFFD"),
      );
      expect(new URL(iframe!.getAttribute("src")!).searchParams.get("theme"), p.name).toBe(
        wellFormed(p.text),
      );
    }
  });
});
