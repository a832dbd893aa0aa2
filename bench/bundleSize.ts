// Embed bundle sizes: what a page downloads to show each library's chart, minified and gzipped.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { chromium } from "playwright-core";
import { build } from "vite";
import { chromiumArgs, chromiumPath } from "../scripts/chromium";
import { serveStatic } from "./serveStatic";

/** The size of one library's bundle. */
export interface BundleSize {
  name: string;
  /** How it was bundled. */
  how: string;
  jsMinKB: number;
  jsGzipKB: number;
  cssMinKB: number;
  cssGzipKB: number;
  /** The embed budget from DESIGN.md, where one applies. */
  budgetGzipKB?: number;
}

const root = fileURLToPath(new URL("../", import.meta.url));
const kb = (bytes: number) => Math.round((bytes / 1024) * 10) / 10;

function sizes(files: readonly string[]): { min: number; gzip: number } {
  let min = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(file);
    min += bytes.length;
    gzip += gzipSync(bytes, { level: 9 }).length;
  }
  return { min, gzip };
}

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .map((name) => join(dir, name))
    .filter((file) => statSync(file).isFile());
}

function measure(name: string, how: string, files: readonly string[]): BundleSize {
  const js = sizes(files.filter((f) => /\.(m?js)$/.test(f)));
  const css = sizes(files.filter((f) => f.endsWith(".css")));
  return {
    name,
    how,
    jsMinKB: kb(js.min),
    jsGzipKB: kb(js.gzip),
    cssMinKB: kb(css.min),
    cssGzipKB: kb(css.gzip),
  };
}

async function bundle(entry: string, outDir: string): Promise<string[]> {
  await build({
    configFile: false,
    logLevel: "silent",
    build: {
      outDir,
      emptyOutDir: true,
      minify: true,
      reportCompressedSize: false,
      lib: { entry, formats: ["es"], fileName: "bundle" },
    },
  });
  return filesIn(outDir);
}

/**
 * Builds jointline's script-tag bundle (the `--mode iife` build of vite.config.ts) and a
 * minimal page per library, and measures each.
 * @example const rows = await measureBundles("bench/.build/bundles");
 */
export async function measureBundles(
  outDir: string,
  log: (line: string) => void,
): Promise<BundleSize[]> {
  const rows: BundleSize[] = [];
  try {
    const iifeDir = join(outDir, "jointline-iife");
    await build({
      configFile: join(root, "vite.config.ts"),
      mode: "iife",
      logLevel: "silent",
      build: { outDir: iifeDir, emptyOutDir: true, reportCompressedSize: false },
    });
    rows.push({
      ...measure(
        "jointline (all parts)",
        "`vite build --mode iife`: the core jointline.iife.js and every part beside it (the locale parts apart: a page loads the one it shows)",
        filesIn(iifeDir).filter((file) => !/jointline\.locale-/.test(file)),
      ),
      budgetGzipKB: 115,
    });
    for (const page of await measureEmbedPages(iifeDir))
      rows.push({
        ...(page.budgetKB === undefined ? {} : { budgetGzipKB: page.budgetKB }),
        name: `jointline (${page.name} page)`,
        how: `what Chromium fetched for ${page.what}: ${page.files.map((f) => f.file).join(", ")}`,
        jsMinKB: kb(page.files.reduce((sum, f) => sum + f.bytes, 0)),
        jsGzipKB: kb(page.gzip),
        cssMinKB: 0,
        cssGzipKB: 0,
      });
  } catch (error) {
    log(`  jointline iife build failed: ${error instanceof Error ? error.message : String(error)}`);
  }
  const pages: [string, string, string][] = [
    [
      "jointline (timeline only)",
      "bundles/jointline-timeline.ts",
      "minimal page importing createTimeline, bundled by vite",
    ],
    [
      "vis-timeline",
      "bundles/vis-timeline.ts",
      "minimal page importing vis-timeline/standalone, bundled by vite",
    ],
    [
      "timelines-chart",
      "bundles/timelines-chart.ts",
      "minimal page importing timelines-chart, bundled by vite",
    ],
  ];
  for (const [name, entry, how] of pages) {
    try {
      const files = await bundle(
        join(root, "bench", entry),
        join(outDir, name.replace(/\W+/g, "-")),
      );
      rows.push(measure(name, how, files));
    } catch (error) {
      log(
        `  ${name} bundle failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`,
      );
    }
  }
  // TimelineJS's ES entry imports .less (a preprocessor it does not ship), so a page uses its
  // distributed build, as its docs show: one script and one stylesheet.
  const tl = join(root, "node_modules/@knight-lab/timelinejs/dist");
  rows.push(
    measure(
      "TimelineJS",
      "its distributed dist/js/timeline.js + dist/css/timeline.css (script tag, as documented)",
      [join(tl, "js/timeline.js"), join(tl, "css/timeline.css")],
    ),
  );
  for (const row of rows)
    log(
      `  ${row.name}: ${row.jsMinKB} KB min, ${row.jsGzipKB} KB gzip (+ CSS ${row.cssGzipKB} KB gzip)`,
    );
  return rows;
}

/** What a page of the script-tag embed fetched, measured in Chromium. */
export interface EmbedPageSize {
  name: "timeline" | "dashboard" | "all" | "timeline-fr";
  /** The page, in words. */
  what: string;
  /** The embed's files it fetched (scripts and stylesheets from the dist folder). */
  files: { file: string; bytes: number; gzip: number }[];
  /** Their gzip -9 sizes summed, in bytes. */
  gzip: number;
  /** The budget of DESIGN.md, KB gzip; none for a page measured for information. */
  budgetKB?: number;
}

/** The pages the embed budgets are about (DESIGN.md), each with its budget. */
const embedPages: { name: EmbedPageSize["name"]; what: string; body: string; budgetKB?: number }[] =
  [
    {
      name: "timeline",
      what: 'one <jointline-timeline src="….json">',
      body: '<jointline-timeline src="/data/csam-operations.json"></jointline-timeline><script src="/dist/jointline.iife.js"></script>',
      budgetKB: 60,
    },
    {
      name: "dashboard",
      what: "a <jointline-dashboard> (timeline + network + trend)",
      body: '<jointline-dashboard src="/data/csam-operations.json"></jointline-dashboard><script src="/dist/jointline.iife.js"></script>',
      budgetKB: 100,
    },
    {
      name: "all",
      what: 'a timeline with every part (data-parts="all")',
      body: '<jointline-timeline src="/data/csam-operations.json"></jointline-timeline><script src="/dist/jointline.iife.js" data-parts="all"></script>',
      budgetKB: 115,
    },
    {
      // No budget of its own: the timeline page's, plus one locale part (issue 21).
      name: "timeline-fr",
      what: 'one <jointline-timeline locale="fr" src="….json">',
      body: '<jointline-timeline locale="fr" src="/data/csam-operations.json"></jointline-timeline><script src="/dist/jointline.iife.js"></script>',
    },
  ];

/**
 * Loads each budget page in Chromium from a local server over `distDir` and sums the gzip -9
 * sizes of the embed files it fetched (what a reader downloads, not what the build wrote).
 * @example const pages = await measureEmbedPages("dist");
 */
export async function measureEmbedPages(distDir: string): Promise<EmbedPageSize[]> {
  const server = await serveStatic({
    "/dist/": distDir,
    "/data/": join(root, "data"),
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const out: EmbedPageSize[] = [];
  try {
    for (const page of embedPages) {
      const context = await browser.newContext();
      const tab = await context.newPage();
      const fetched = new Set<string>();
      tab.on("response", (response) => {
        const path = new URL(response.url()).pathname;
        if (path.startsWith("/dist/") && response.ok()) fetched.add(path.slice("/dist/".length));
      });
      await tab.route(`${server.origin}/page.html`, (route) =>
        route.fulfill({
          contentType: "text/html",
          body: `<!doctype html><html><head><meta charset="utf-8"></head><body>${page.body}</body></html>`,
        }),
      );
      await tab.goto(`${server.origin}/page.html`);
      await tab.evaluate(async () => {
        const element = document.querySelector("body > *") as HTMLElement & {
          ready: Promise<void>;
        };
        await customElements.whenDefined(element.localName);
        await element.ready;
      });
      // A preloaded part may still be on its way after the chart is ready.
      await tab.waitForLoadState("load");
      await tab.waitForLoadState("networkidle");
      const files = [...fetched].sort().map((file) => {
        const bytes = readFileSync(join(distDir, file));
        return { file, bytes: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
      });
      out.push({
        name: page.name,
        what: page.what,
        files,
        gzip: files.reduce((sum, f) => sum + f.gzip, 0),
        budgetKB: page.budgetKB,
      });
      await context.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return out;
}
