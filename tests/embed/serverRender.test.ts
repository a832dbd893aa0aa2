import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pixelmatch from "pixelmatch";
import type { Browser } from "playwright-core";
import { PNG } from "pngjs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rasterizeSvg } from "../../src/export/rasterizeSvg";
import { renderSvgInNode } from "../../src/export/renderSvgInNode";
import { readJson } from "../../src/io/readJson";
import { root } from "./chromiumHarness";
import { connectChromium } from "./sharedBrowser";

// The server renderer must draw what the browser draws for the same data and size: both SVGs
// are rasterized by resvg and compared pixel by pixel, with a tolerance for text measured by
// the browser's canvas versus an estimate in Node.
const text = readFileSync(`${root}data/csam-operations.json`, "utf8");
const dataset = readJson(text).data!;
const out = mkdtempSync(join(tmpdir(), "jointline-parity-"));
let browser: Browser;

beforeAll(async () => {
  browser = await connectChromium();
  console.log(`parity images: ${out}`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

async function browserSvg(view: string, width: number, height: number): Promise<string> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  // From file://, as a page beside the script: the network and trend load their parts from there.
  const file = join(out, `${view}.html`);
  writeFileSync(
    file,
    `<!doctype html><html><body><jointline-${view} theme="light" menu="none"><script type="application/json">${text.replace(/</g, "\\u003c")}</script></jointline-${view}><script src="file://${root}dist/jointline.iife.js"></script></body></html>`,
  );
  await page.goto(`file://${file}`);
  const svg = await page.evaluate(
    async ([tag, w, h]) => {
      const element = document.querySelector(tag as string) as HTMLElement & {
        ready: Promise<void>;
        exportSvgAt(w: number, h: number): Promise<string>;
      };
      await customElements.whenDefined(tag as string);
      await element.ready;
      return element.exportSvgAt(w as number, h as number);
    },
    [`jointline-${view}`, width, height] as const,
  );
  await page.close();
  return svg;
}

function compare(name: string, a: string, b: string): number {
  const left = PNG.sync.read(rasterizeSvg(a));
  const right = PNG.sync.read(rasterizeSvg(b));
  expect([left.width, left.height]).toEqual([right.width, right.height]);
  const diff = new PNG({ width: left.width, height: left.height });
  const count = pixelmatch(left.data, right.data, diff.data, left.width, left.height, {
    threshold: 0.2,
  });
  writeFileSync(join(out, `${name}-browser.png`), PNG.sync.write(left));
  writeFileSync(join(out, `${name}-node.png`), PNG.sync.write(right));
  writeFileSync(join(out, `${name}-diff.png`), PNG.sync.write(diff));
  return count / (left.width * left.height);
}

describe.concurrent("renderSvgInNode matches the browser's export", () => {
  it.each([
    ["timeline", 960, 600],
    ["network", 900, 600],
    ["trend", 900, 420],
  ] as const)(
    "renderSvgInNode(default dataset, { view: %s }) and the browser's SVG differ in few pixels",
    async (view, width, height) => {
      const fromBrowser = await browserSvg(view, width, height);
      const fromNode = renderSvgInNode(dataset, { view, width, height, theme: "light" });
      expect(fromBrowser).not.toContain("var(");
      expect(fromNode).not.toContain("var(");
      const ratio = compare(view, fromBrowser, fromNode);
      console.log(`${view}: ${(ratio * 100).toFixed(2)}% of pixels differ`);
      // Measured 0.00% here (both sides measure DejaVu Sans); the margin is for other machines.
      expect(ratio).toBeLessThan(0.005);
    },
    60_000,
  );
});
