// `npm run bench`: every benchmark in one go, written to bench/results/latest.{json,md}.
// Options: --runs 5, --sizes 100,1000,10000,100000, --libraries jointline,vis-timeline,…,
// --timeout 60 (seconds per render), --seed 1, --skip-node, --skip-browser, --skip-bundles,
// --out bench/results (folder), --screenshots (PNG of each first render in bench/.build/shots).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type BrowserMeasurement, runBrowserBench } from "./browserBench";
import { buildPages } from "./buildPages";
import { type BundleSize, measureBundles } from "./bundleSize";
import { libraries } from "./libraries";
import { type NodeMeasurement, runNodeBench } from "./nodeBench";
import {
  type BenchResults,
  checkBudgets,
  longTaskLines,
  ratiosToPeers,
  summarizeLibraries,
  toMarkdown,
} from "./report";
import { serveStatic } from "./serveStatic";

const here = fileURLToPath(new URL(".", import.meta.url));
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    sizes: { type: "string", default: "100,1000,10000,100000" },
    libraries: { type: "string", default: libraries.map((l) => l.page).join(",") },
    timeout: { type: "string", default: "60" },
    seed: { type: "string", default: "1" },
    out: { type: "string", default: join(here, "results") },
    "skip-node": { type: "boolean", default: false },
    "skip-browser": { type: "boolean", default: false },
    "skip-bundles": { type: "boolean", default: false },
    screenshots: { type: "boolean", default: false },
  },
});

const runs = Math.max(1, Number(args.runs));
const sizes = args.sizes.split(",").map(Number);
const seed = Number(args.seed);
const renderTimeoutMs = Number(args.timeout) * 1000;
const chosen = libraries.filter((l) => args.libraries.split(",").includes(l.page));
const log = (line: string) => console.log(line);
const build = join(here, ".build");
const started = new Date();
const loadAverage = os.loadavg();

log(
  `jointline bench: ${runs} runs, sizes ${sizes.join(", ")}, libraries ${chosen.map((l) => l.name).join(", ")}`,
);
log(
  `load average ${loadAverage.map((x) => x.toFixed(2)).join(" ")} on ${os.cpus().length} cores${loadAverage[0]! > os.cpus().length * 0.5 ? " — the machine is busy; numbers will be noisy" : ""}`,
);

/** Writes latest.json and latest.md from what has been measured so far. */
function writeResults(
  raw: readonly BrowserMeasurement[],
  chromiumVersion: string,
  complete: boolean,
): string {
  const summaries = summarizeLibraries(raw, renderTimeoutMs);
  const results: BenchResults = {
    date: started.toISOString(),
    machine: {
      cpu: os.cpus()[0]?.model ?? "unknown",
      cores: os.cpus().length,
      memoryGB: Math.round(os.totalmem() / 1_073_741_824),
      node: process.version,
      chromium: chromiumVersion,
      loadAverage,
    },
    settings: {
      complete: complete ? "yes" : "no (partial: written after each size)",
      runs,
      sizes,
      seed,
      "render timeout s": renderTimeoutMs / 1000,
      "zoom steps": 20,
      "pan moves": 20,
      viewport: "1280×800, chart 1200×600",
      ...(carried.length ? { "carried over (not re-measured)": carried.join("; ") } : {}),
    },
    libraries: summaries,
    ratios: ratiosToPeers(raw),
    budgets: checkBudgets(summaries, node, bundles),
    node,
    bundles,
    caveats: Object.fromEntries(chosen.map((l) => [l.name, l.caveat])),
    raw: [...raw],
  };
  mkdirSync(args.out, { recursive: true });
  writeFileSync(join(args.out, "latest.json"), `${JSON.stringify(results, null, 2)}\n`);
  const markdown = toMarkdown(results);
  writeFileSync(join(args.out, "latest.md"), markdown);
  return markdown;
}

// What --skip-node / --skip-bundles leave out is carried over from the previous results in the
// same folder, and the report says from when.
const previousFile = join(args.out, "latest.json");
const previous: Partial<BenchResults> | undefined = existsSync(previousFile)
  ? (JSON.parse(readFileSync(previousFile, "utf8")) as Partial<BenchResults>)
  : undefined;
const carried: string[] = [];

let node: NodeMeasurement[] = [];
if (args["skip-node"] && previous?.node?.length) {
  node = previous.node;
  carried.push(`Node timings from the run of ${previous.date}`);
}
if (!args["skip-node"]) {
  log("Node: parse + validate, network layout, server-side SVG");
  node = await runNodeBench({
    runs,
    seed,
    parseSizes: [1000, 10_000, 100_000],
    networkSizes: [
      [300, 3000],
      [1000, 10_000],
    ],
    log,
  });
}

let bundles: BundleSize[] = [];
if (args["skip-bundles"] && previous?.bundles?.length) {
  bundles = previous.bundles;
  carried.push(`bundle sizes from the run of ${previous.date}`);
}
if (!args["skip-bundles"]) {
  log("Bundle sizes");
  bundles = await measureBundles(join(build, "bundles"), log);
}

let raw: BrowserMeasurement[] = [];
let chromiumVersion = "not run";
if (!args["skip-browser"]) {
  log("Browser: building pages");
  const pagesOut = join(build, "pages");
  await buildPages(
    pagesOut,
    chosen.map((l) => l.page),
  );
  const server = await serveStatic({
    "/": pagesOut,
    "/timelinejs/": join(here, "../node_modules/@knight-lab/timelinejs/dist"),
  });
  try {
    const shots = join(build, "shots");
    if (args.screenshots) mkdirSync(shots, { recursive: true });
    const result = await runBrowserBench({
      origin: server.origin,
      libraries: chosen,
      sizes,
      runs,
      seed,
      renderTimeoutMs,
      interactionTimeoutMs: renderTimeoutMs,
      zoomSteps: 20,
      panSteps: 20,
      log,
      onSizeDone: (measured, version) => {
        writeResults(measured, version, false);
      },
      ...(args.screenshots
        ? {
            onRendered: async (page, library, n, run) => {
              if (run === 1)
                await page.screenshot({ path: join(shots, `${library.page}-${n}.png`) });
            },
          }
        : {}),
    });
    raw = result.measurements;
    chromiumVersion = result.chromiumVersion;
  } finally {
    await server.close();
  }
}

const markdown = writeResults(raw, chromiumVersion, true);
log(`\n${markdown}`);
log("Long tasks over 50 ms during interaction, worst run per gesture (⚠ = at least one):");
for (const line of longTaskLines({ libraries: summarizeLibraries(raw, renderTimeoutMs) }))
  log(line);
log(
  `Written: ${join(args.out, "latest.json")} and latest.md (${((Date.now() - started.getTime()) / 60000).toFixed(1)} min)`,
);
