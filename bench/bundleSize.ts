// Embed bundle sizes: what a page downloads to show each library's chart, minified and gzipped.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { build } from "vite";

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
        "jointline (everything)",
        "dist/jointline.iife.js: `vite build --mode iife`, the script-tag embed",
        filesIn(iifeDir),
      ),
      budgetGzipKB: 80,
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
