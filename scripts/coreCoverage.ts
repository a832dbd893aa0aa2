// Which code of the script-tag core a page with one plain <jointline-timeline src="….json">
// never runs: V8's block coverage of the page, mapped through the core's source map to its
// source files. What it lists is what a part could carry instead (issue 19: this round's cuts
// were found with it, docs/embed.md#size); what a page runs after a reader's first move is
// measured with --interact. It builds the core into a scratch folder, so dist/ is left alone.
//
//   npx tsx scripts/coreCoverage.ts             the page as drawn, after 1.5 s
//   npx tsx scripts/coreCoverage.ts --interact  and after a hover, Tab and an arrow key
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { serveStatic } from "../bench/serveStatic";
import { chromiumArgs, chromiumPath } from "./chromium";
import { attribute } from "./sourceAttribution";

const root = fileURLToPath(new URL("..", import.meta.url));
const interact = process.argv.includes("--interact");
const out = mkdtempSync(join(tmpdir(), "jl-core-coverage-"));
// From node_modules/.bin, never npx (see TOOLCHAIN.md).
execFileSync(
  `${root}node_modules/.bin/vite`,
  ["build", "--mode", "iife", "--logLevel", "warn", "--sourcemap", "--outDir", out],
  { cwd: root, stdio: "inherit", env: { ...process.env, JOINTLINE_LOCALES: "fr" } },
);
const file = join(out, "jointline.iife.js");
const code = readFileSync(file, "utf8");
const map = JSON.parse(readFileSync(`${file}.map`, "utf8")) as {
  sources: string[];
  mappings: string;
};

const server = await serveStatic({ "/dist/": out, "/data/": join(root, "data") });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
type Coverage = {
  url: string;
  functions: { ranges: { startOffset: number; endOffset: number; count: number }[] }[];
};
let script: Coverage | undefined;
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.startPreciseCoverage", { callCount: false, detailed: true });
  await page.route(`${server.origin}/page.html`, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: '<!doctype html><meta charset="utf-8"><body><jointline-timeline src="/data/csam-operations.json"></jointline-timeline><script src="/dist/jointline.iife.js"></script>',
    }),
  );
  await page.goto(`${server.origin}/page.html`);
  await page.evaluate(async () => {
    await customElements.whenDefined("jointline-timeline");
    await (document.querySelector("jointline-timeline") as unknown as { ready: Promise<void> })
      .ready;
  });
  // The idle work after the first paint (the summary, warm packings) runs too.
  await page.waitForTimeout(1500);
  if (interact) {
    await page.mouse.move(600, 320);
    await page.waitForTimeout(500);
    await page.mouse.move(640, 340);
    await page.keyboard.press("Tab");
    await page.keyboard.press("ArrowRight");
    await page.waitForTimeout(500);
  }
  const { result } = (await cdp.send("Profiler.takePreciseCoverage")) as { result: Coverage[] };
  script = result.find((s) => s.url.endsWith("/dist/jointline.iife.js"));
} finally {
  await browser.close();
  await server.close();
}
if (!script) throw new Error("coreCoverage: no coverage of jointline.iife.js");

// Ranges come outermost first (a function, then its blocks): a later one overrides.
const ran = new Uint8Array(code.length);
for (const fn of script.functions)
  for (const r of fn.ranges) ran.fill(r.count > 0 ? 1 : 0, r.startOffset, r.endOffset);

const rows = new Map<string, { total: number; unran: string[] }>();
let at = 0;
for (const [source, text] of attribute(code, map, true)) {
  const row = rows.get(source) ?? { total: 0, unran: [] };
  row.total += text.length;
  let stretch = "";
  for (let i = 0; i < text.length; i++) if (!ran[at + i]) stretch += text[i];
  row.unran.push(stretch);
  rows.set(source, row);
  at += text.length;
}
const gz = (text: string) => gzipSync(text, { level: 9 }).length;
const all = [...rows.values()].map((r) => r.unran.join("")).join("");
console.log(
  `jointline.iife.js, ${code.length} bytes minified; never run on a plain timeline page${interact ? " (after a hover, Tab and an arrow key)" : ""}: ${all.length} bytes, ${gz(all)} gzip alone`,
);
console.log("  never run / minified bytes  gzip alone  source");
// Sources mapped from the scratch folder name the checkout's path: from src/ on.
const shown = (name: string) => name.replace(/^(?:.*\/)?(src\/)/, "$1");
const list = [...rows].map(([name, r]) => ({
  name: shown(name),
  total: r.total,
  unran: r.unran.join(""),
}));
for (const r of list.sort((a, b) => b.unran.length - a.unran.length).slice(0, 60))
  console.log(
    `  ${String(r.unran.length).padStart(9)} / ${String(r.total).padEnd(14)}${String(gz(r.unran)).padStart(6)}  ${r.name}`,
  );
