/**
 * `jointline render` carries the chart's chrome into every image: headline, content note,
 * legend and source line as SVG text, at the default size and on a 1920 × 1080 slide, for each
 * view the CLI draws; and leaves it out when told to.
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { cliViews, runCli } from "../../src/cli/runCli";
import { readJson } from "../../src/io/readJson";

const root = new URL("../../", import.meta.url).pathname;
const defaultDataset = join(root, "data/csam-operations.json");
const dataset = readJson(readFileSync(defaultDataset, "utf8")).data!;
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "jointline-chrome-"));
});

async function render(out: string, ...args: string[]) {
  let stderr = "";
  const code = await runCli(["render", defaultDataset, "--out", out, ...args], {
    stdout: () => {},
    stderr: (text) => (stderr += text),
    cwd: dir,
  });
  expect(stderr).toBe("");
  expect(code).toBe(0);
  const { document } = parseHTML(readFileSync(join(dir, out), "utf8"));
  return document.querySelector("svg") as unknown as SVGSVGElement;
}

/** The words of an SVG text element (its lines joined). */
function words(svg: Element, selector: string): string {
  return Array.from(
    svg.querySelectorAll(selector),
    (node) =>
      Array.from(node.querySelectorAll("tspan"), (t) => t.textContent).join(" ") ||
      node.textContent,
  )
    .join(" ")
    .replace(/\s+/g, " ")
    .trim();
}

const normal = (text: string) => text.replace(/\s+/g, " ").trim();

/** Every font size in the file, from attributes and inlined styles. */
function fontSizes(svg: Element): number[] {
  const text = svg.outerHTML;
  return Array.from(text.matchAll(/font-size(?:="|:\s*)([\d.]+)/g), (m) => Number(m[1]));
}

describe("jointline render: the chart chrome", { timeout: 120_000 }, () => {
  for (const view of cliViews) {
    for (const size of [[], ["--theme", "slide", "--width", "1920", "--height", "1080"]]) {
      const label = size.length ? "1920×1080 slide" : "default size";
      it(`runCli(['render', --view ${view}, ${label}]) writes headline, content note, legend and source line as SVG text`, async () => {
        const svg = await render(
          `${view}-${size.length ? "slide" : "default"}.svg`,
          "--view",
          view,
          ...size,
        );
        expect(words(svg, ".jl-chrome-headline")).toBe(normal(dataset.title));
        expect(words(svg, ".jl-chrome-content-note")).toBe(
          `Content note: ${normal(dataset.contentNote!)}`,
        );
        expect(words(svg, ".jl-chrome-source-line")).toMatch(/^Sources: .+, .+, .+ and \d+ more$/);
        const legend = Array.from(
          svg.querySelectorAll(".jl-chrome-legend text"),
          (t) => t.textContent ?? "",
        );
        expect(legend.length).toBeGreaterThanOrEqual(2);
        expect(legend.every((t) => t.trim().length > 0)).toBe(true);
        // The chart itself is nested in the image, between the chrome's blocks.
        expect(Array.from(svg.children).some((c) => c.localName === "svg")).toBe(true);
        if (size.length) {
          expect(svg.getAttribute("width")).toBe("1920");
          expect(svg.getAttribute("height")).toBe("1080");
          expect(Math.min(...fontSizes(svg))).toBeGreaterThanOrEqual(24);
          // The chart fills what the chrome leaves: its box reaches the bottom block.
          const chart = Array.from(svg.children).find((c) => c.localName === "svg")!;
          const bottom = svg.querySelector(".jl-chrome-bottom")!;
          const bottomTop = Number(
            /translate\(0,([\d.]+)\)/.exec(bottom.getAttribute("transform")!)![1],
          );
          expect(
            Number(chart.getAttribute("y")) + Number(chart.getAttribute("height")),
          ).toBeCloseTo(bottomTop, 0);
          // No band of empty frame: the chart is drawn at (nearly) the height it is given.
          const [, , , viewHeight] = chart.getAttribute("viewBox")!.split(/\s+/).map(Number);
          const [, , viewWidth] = chart.getAttribute("viewBox")!.split(/\s+/).map(Number);
          const scale = Math.min(
            1920 / viewWidth!,
            Number(chart.getAttribute("height")) / viewHeight!,
          );
          expect(viewHeight! * scale).toBeGreaterThan(Number(chart.getAttribute("height")) * 0.85);
        }
      });
    }
  }

  it("runCli(['render', --no-chrome]) draws the chart alone", async () => {
    const svg = await render("bare.svg", "--view", "trend", "--no-chrome");
    expect(svg.querySelector(".jl-chrome")).toBeNull();
    expect(svg.textContent).not.toContain(dataset.contentNote!.slice(0, 30));
  });

  it("runCli(['render', --headline, --no-dek, --byline, --data-url]) overrides and drops pieces", async () => {
    const svg = await render(
      "custom.svg",
      "--view",
      "network",
      "--headline",
      "Who worked with whom",
      "--no-dek",
      "--no-legend",
      "--byline",
      "Graphic: Data desk",
      "--data-url",
      "https://example.org/data.json",
    );
    expect(words(svg, ".jl-chrome-headline")).toBe("Who worked with whom");
    expect(svg.querySelector(".jl-chrome-dek")).toBeNull();
    expect(svg.querySelector(".jl-chrome-legend")).toBeNull();
    expect(words(svg, ".jl-chrome-byline")).toBe("Graphic: Data desk");
    expect(words(svg, ".jl-chrome-source-line")).toContain(
      "Get the data: https://example.org/data.json",
    );
  });

  it("runCli(['render', --data-url javascript:…]) refuses a URL that is not http(s)", async () => {
    let stderr = "";
    const code = await runCli(
      ["render", defaultDataset, "--out", "x.svg", "--data-url", "javascript:alert(1)"],
      { stdout: () => {}, stderr: (t) => (stderr += t), cwd: dir },
    );
    expect(code).toBe(2);
    expect(stderr).toContain("--data-url must be an http(s) URL");
  });
});
