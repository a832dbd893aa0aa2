/**
 * Timeline benchmark: first render and zoom-frame times at 1,000, 10,000 and 100,000 synthetic
 * events in Debian's Chromium (playwright-core), several runs, medians. Run with
 * `npx tsx bench/timeline.bench.ts [runs] [sizes]` (e.g. `7 1000,10000`); writes
 * bench/results/timeline.json and prints the load average (`uptime`) before and after.
 *
 * Budgets (../shared/DESIGN.md): first render ≤ 50 ms at 1,000 and ≤ 150 ms at 10,000 events;
 * p95 zoom frame ≤ 16 ms at 10,000; 100,000 events (aggregated) ≤ 500 ms and p95 ≤ 33 ms.
 * Frame times are given twice: the chart's draw (script) and the whole frame (script, style,
 * layout, paint).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { chromium } from "playwright-core";
import { createServer } from "vite";
import { chromiumArgs, chromiumPath } from "../scripts/chromium";

const runs = Number(process.argv[2] ?? 7);
const sizes = (process.argv[3] ?? "1000,10000,100000").split(",").map(Number);
const load = () =>
  loadavg()
    .map((x) => x.toFixed(2))
    .join(", ");

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)]!;
};

const server = await createServer({
  root: new URL("..", import.meta.url).pathname,
  logLevel: "error",
  // No HMR: another engineer saving a file must not reload the page mid-measurement.
  server: { port: 0, hmr: false },
});
await server.listen();
const url = server.resolvedUrls?.local[0];
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
const results: Record<string, unknown> = {
  runs,
  date: new Date().toISOString(),
  chromium: browser.version(),
  loadBefore: load(),
};
console.log(`load average (1, 5, 15 min) before: ${results.loadBefore}`);
try {
  const page = await browser.newPage({ viewport: { width: 1040, height: 900 } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable", { timeDomain: "threadTicks" });
  /** CPU time of the renderer's main thread so far, ms. */
  const threadTime = async () =>
    1000 *
    ((await cdp.send("Performance.getMetrics")).metrics.find((m) => m.name === "ThreadTime")
      ?.value ?? Number.NaN);
  // Vite's dev server may reload the page once it has optimised dependencies it discovered:
  // load and warm up (module code, JIT, fonts) until a warm-up completes without a reload.
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(`${url}bench/timeline.html`);
      await page.waitForFunction(() => typeof window.benchFirstRender === "function");
      await page.evaluate(() => window.benchFirstRender(1000));
      await page.evaluate(() => window.benchZoomFrames(1000, 4));
      await page.evaluate(() => window.benchFirstRender(10000));
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
      await new Promise((r) => setTimeout(r, 2000));
    }
  }
  for (const count of sizes) {
    // Wall time, and the renderer main thread's CPU time (CDP Performance metrics in thread
    // ticks): on a loaded machine the wall time includes waiting for a core, the CPU time not.
    const first: number[] = [];
    const firstCpu: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.evaluate((n) => window.benchPrepare(n), count);
      const before = await threadTime();
      first.push(await page.evaluate(() => window.benchRenderPrepared()));
      firstCpu.push((await threadTime()) - before);
    }
    const p95s: number[] = [];
    const medians: number[] = [];
    const frameP95s: number[] = [];
    const frameMedians: number[] = [];
    const cpuPerFrame: number[] = [];
    for (let i = 0; i < runs; i++) {
      await page.evaluate((n) => window.benchZoomSetup(n), count);
      const before = await threadTime();
      const { draw, frame } = await page.evaluate(() => window.benchZoomGesture(60));
      // Everything the main thread did during the gesture (input, draws, style, layout, paint
      // and the deferred redraw after it), over the frames: a mean, not a p95.
      cpuPerFrame.push(((await threadTime()) - before) / 60);
      p95s.push(quantile(draw, 0.95));
      medians.push(median(draw));
      frameP95s.push(quantile(frame, 0.95));
      frameMedians.push(median(frame));
    }
    results[count] = {
      firstRenderMs: { median: median(first), all: first.map((x) => +x.toFixed(1)) },
      firstRenderCpuMs: { median: median(firstCpu), all: firstCpu.map((x) => +x.toFixed(1)) },
      zoomCpuMsPerFrameMean: { median: median(cpuPerFrame) },
      zoomFrameMs: {
        medianOfMedians: median(medians),
        medianOfP95: median(p95s),
        p95s: p95s.map((x) => +x.toFixed(1)),
      },
      zoomWholeFrameMs: {
        medianOfMedians: median(frameMedians),
        medianOfP95: median(frameP95s),
        p95s: frameP95s.map((x) => +x.toFixed(1)),
      },
    };
    console.log(
      `${count} events: first render median ${median(first).toFixed(1)} ms (main-thread CPU ${median(firstCpu).toFixed(1)} ms); zoom CPU per frame (mean) ${median(cpuPerFrame).toFixed(1)} ms; zoom draw median ${median(medians).toFixed(1)} ms, p95 ${median(p95s).toFixed(1)} ms; whole frame median ${median(frameMedians).toFixed(1)} ms, p95 ${median(frameP95s).toFixed(1)} ms (p95: median over runs)`,
    );
  }
} finally {
  results.loadAfter = load();
  console.log(`load average (1, 5, 15 min) after: ${results.loadAfter}`);
  await browser.close();
  await server.close();
}
mkdirSync(new URL("results/", import.meta.url), { recursive: true });
writeFileSync(
  new URL("results/timeline.json", import.meta.url),
  `${JSON.stringify(results, null, 2)}\n`,
);
