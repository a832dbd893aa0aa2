/**
 * Timeline benchmark: first render and zoom-frame times at 1,000 and 10,000 synthetic events in
 * Debian's Chromium (playwright-core), several runs, medians. Run with
 * `npx tsx bench/timeline.bench.ts [runs]`; writes bench/results/timeline.json.
 *
 * Budgets (../shared/DESIGN.md): first render ≤ 50 ms at 1,000 and ≤ 150 ms at 10,000 events;
 * p95 zoom frame ≤ 16 ms at 10,000.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { chromium } from "playwright-core";
import { createServer } from "vite";

const runs = Number(process.argv[2] ?? 7);
const executablePath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
const args = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

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
  server: { port: 0 },
});
await server.listen();
const url = server.resolvedUrls?.local[0];
const browser = await chromium.launch({ executablePath, args });
const results: Record<string, unknown> = {
  runs,
  date: new Date().toISOString(),
  chromium: browser.version(),
};
try {
  const page = await browser.newPage({ viewport: { width: 1040, height: 900 } });
  await page.goto(`${url}bench/timeline.html`);
  await page.waitForFunction(() => typeof window.benchFirstRender === "function");
  // Warm up: module code, JIT, fonts.
  await page.evaluate(() => window.benchFirstRender(1000));
  await page.evaluate(() => window.benchFirstRender(10000));
  for (const count of [1000, 10000]) {
    const first: number[] = [];
    for (let i = 0; i < runs; i++)
      first.push(await page.evaluate((n) => window.benchFirstRender(n), count));
    const p95s: number[] = [];
    const medians: number[] = [];
    for (let i = 0; i < runs; i++) {
      const frames = await page.evaluate((n) => window.benchZoomFrames(n, 60), count);
      p95s.push(quantile(frames, 0.95));
      medians.push(median(frames));
    }
    results[count] = {
      firstRenderMs: { median: median(first), all: first.map((x) => +x.toFixed(1)) },
      zoomFrameMs: {
        medianOfMedians: median(medians),
        medianOfP95: median(p95s),
        p95s: p95s.map((x) => +x.toFixed(1)),
      },
    };
    console.log(
      `${count} events: first render median ${median(first).toFixed(1)} ms; zoom frame median ${median(medians).toFixed(1)} ms, p95 (median over runs) ${median(p95s).toFixed(1)} ms`,
    );
  }
} finally {
  await browser.close();
  await server.close();
}
mkdirSync(new URL("results/", import.meta.url), { recursive: true });
writeFileSync(
  new URL("results/timeline.json", import.meta.url),
  `${JSON.stringify(results, null, 2)}\n`,
);
