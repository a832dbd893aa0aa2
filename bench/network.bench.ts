// `npx tsx bench/network.bench.ts [--runs 5] [--sizes 300x3000,100x500]`: the network's layout
// settle time, first render and frame times while dragging a node, in Debian's headless
// Chromium; results in bench/network.results.json and on stdout. Budget (../shared/DESIGN.md):
// layout of 300 actors / 3,000 edges settled in ≤ 1 s.
import { writeFileSync } from "node:fs";
import os from "node:os";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { build } from "vite";
import { layoutNetwork } from "../src/components/network/layout";
import { cooperationGraph } from "../src/derive/cooperationGraph";
import { chromiumArgs, chromiumPath } from "./browserBench";
import { frameStats } from "./frameStats";
import type { NetworkBenchPage } from "./networkBenchPage";
import { syntheticNetworkDataset } from "./networkSynthetic";
import { serveStatic } from "./serveStatic";
import { quantile, summarize } from "./stats";

const here = fileURLToPath(new URL(".", import.meta.url));
const { values: args } = parseArgs({
  options: {
    runs: { type: "string", default: "5" },
    sizes: { type: "string", default: "300x3000,100x500,1000x10000" },
    seed: { type: "string", default: "1" },
  },
});
const runs = Math.max(1, Number(args.runs));
const seed = Number(args.seed);
const sizes = args.sizes.split(",").map((s) => s.split("x").map(Number) as [number, number]);
const out = `${here}.build/network`;

// Node first: wall-clock and CPU time of the same layout. On a busy machine (other jobs running)
// wall-clock time is inflated by waiting for a core; CPU time is what the layout itself costs.
const nodeRows: Record<string, unknown>[] = [];
for (const [actors, edges] of sizes) {
  const graph = cooperationGraph(syntheticNetworkDataset(actors, edges, seed));
  layoutNetwork(graph, { width: 900, height: 700, seed });
  const wall: number[] = [];
  const cpu: number[] = [];
  for (let run = 0; run < runs; run++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    layoutNetwork(graph, { width: 900, height: 700, seed });
    wall.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  const row = {
    size: `${actors} actors / ${graph.edges.length} edges`,
    wallMs: summarize(wall),
    cpuMs: summarize(cpu),
  };
  nodeRows.push(row);
  console.log(
    `Node layoutNetwork ${row.size}: wall median ${row.wallMs.median.toFixed(0)} ms, CPU median ${row.cpuMs.median.toFixed(0)} ms (min ${row.cpuMs.min.toFixed(0)})`,
  );
}

await build({
  configFile: false,
  root: here,
  base: "./",
  logLevel: "warn",
  build: {
    outDir: out,
    emptyOutDir: true,
    minify: true,
    reportCompressedSize: false,
    rolldownOptions: { input: { network: `${here}network.html` } },
  },
});
const server = await serveStatic({ "/": out });
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const results: Record<string, unknown>[] = [];
try {
  for (const [actors, edges] of sizes) {
    const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
    await page.goto(`${server.origin}/network.html`);
    await page.waitForFunction(() => window.__network !== undefined);
    const call = <K extends keyof NetworkBenchPage>(name: K, ...rest: unknown[]) =>
      page.evaluate(
        ([n, a]) =>
          (window.__network as unknown as Record<string, (...x: unknown[]) => unknown>)[
            n as string
          ]!(...(a as unknown[])),
        [name, rest] as const,
      ) as Promise<Awaited<ReturnType<NetworkBenchPage[K]>>>;
    const prepared = await call("prepare", actors, edges, seed);
    const layoutMs: number[] = [];
    const renderMs: number[] = [];
    const dragFrames: number[] = [];
    const dragLatency: number[] = [];
    const dragHandler: number[] = [];
    let ticks = 0;
    // One warm-up layout (JIT), then the timed runs.
    await call("layout", seed);
    for (let run = 0; run < runs; run++) {
      const l = await call("layout", seed);
      layoutMs.push(l.layoutMs);
      ticks = l.ticks;
    }
    for (let run = 0; run < runs; run++) {
      const r = await call("render", seed);
      renderMs.push(r.renderMs);
      const hub = await call("hub");
      await call("startFrames");
      await page.mouse.move(hub.x, hub.y);
      await page.mouse.down();
      for (let i = 1; i <= 60; i++)
        await page.mouse.move(hub.x + i * 3, hub.y + Math.sin(i / 6) * 40);
      await page.mouse.up();
      await page.waitForTimeout(150);
      const recording = await call("stopFrames");
      const stats = frameStats(recording, ["pointermove"], 100);
      dragFrames.push(stats.frameP95);
      dragLatency.push(stats.latencyP95);
      dragHandler.push(quantile(recording.handlerMs, 0.95));
      const moved = await call("position", hub.id);
      if (!(Number.isFinite(moved.x) && Math.abs(moved.x - hub.x) > 0))
        throw new Error("the drag did not move the node");
    }
    await call("destroy");
    await page.close();
    const row = {
      size: `${actors} actors / ${prepared.edges} edges`,
      nodes: prepared.nodes,
      edges: prepared.edges,
      ticks,
      graphMs: prepared.graphMs,
      layoutMs: summarize(layoutMs),
      firstRenderMs: summarize(renderMs),
      dragFrameP95Ms: summarize(dragFrames),
      dragLatencyP95Ms: summarize(dragLatency),
      dragHandlerP95Ms: summarize(dragHandler),
    };
    results.push(row);
    console.log(
      `${row.size}: graph ${prepared.graphMs.toFixed(1)} ms; layout (${ticks} ticks) median ${row.layoutMs.median.toFixed(0)} ms (min ${row.layoutMs.min.toFixed(0)}, max ${row.layoutMs.max.toFixed(0)}); first render median ${row.firstRenderMs.median.toFixed(0)} ms; drag frame p95 median ${row.dragFrameP95Ms.median.toFixed(1)} ms, input→paint p95 median ${row.dragLatencyP95Ms.median.toFixed(1)} ms, pointermove handler p95 median ${row.dragHandlerP95Ms.median.toFixed(2)} ms`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
const report = {
  date: new Date().toISOString(),
  machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model, loadavg: os.loadavg() },
  chromium: chromiumPath,
  runs,
  budget: { layout300x3000Ms: 1000 },
  node: nodeRows,
  results,
};
writeFileSync(`${here}network.results.json`, `${JSON.stringify(report, null, 2)}\n`);
