// `npx tsx bench/profile.ts --library jointline --n 10000`: a CPU profile (CDP Profiler) of one
// library's first render and of its zoom and pan gestures, from an unminified build, so the hot
// functions show with their names. Prints the top functions by self time per phase and writes
// the .cpuprofile files (open them in Chromium DevTools' Performance panel) to bench/profiles/.
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Page } from "playwright-core";
import { launchChromium } from "./browserBench";
import { buildPages } from "./buildPages";
import { libraries } from "./libraries";
import { serveStatic } from "./serveStatic";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (ms), largest first. */
export function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split("/").slice(-2).join("/");
    const key = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]);
}

const here = fileURLToPath(new URL(".", import.meta.url));
const { values: args } = parseArgs({
  options: {
    library: { type: "string", default: "jointline" },
    n: { type: "string", default: "10000" },
    top: { type: "string", default: "20" },
  },
});
const library = libraries.find((l) => l.page === args.library || l.name === args.library);
if (!library) throw new Error(`unknown library ${args.library}`);
const n = Number(args.n);
const out = join(here, ".build", "profile-pages");
await buildPages(out, [library.page], { minify: false });
const server = await serveStatic({
  "/": out,
  "/timelinejs/": join(here, "../node_modules/@knight-lab/timelinejs/dist"),
});
const browser = await launchChromium();
try {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.origin}/${library.page}.html`);
  await page.waitForFunction(() => window.__bench !== undefined);
  await page.evaluate((count) => window.__bench!.prepare(count, 1), n);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  const dir = join(here, "profiles");
  mkdirSync(dir, { recursive: true });
  const phase = async (name: string, run: () => Promise<unknown>) => {
    await cdp.send("Profiler.start");
    const t0 = performance.now();
    await run();
    const wall = performance.now() - t0;
    const { profile } = await cdp.send("Profiler.stop");
    const file = join(dir, `${library.page}-${n}-${name}.cpuprofile`);
    writeFileSync(file, JSON.stringify(profile));
    console.log(`\n${library.name} ${n} events, ${name} (${wall.toFixed(0)} ms wall) → ${file}`);
    for (const [fn, ms] of selfTimes(profile as Profile).slice(0, Number(args.top)))
      console.log(`${ms.toFixed(1).padStart(9)} ms  ${fn}`);
  };
  await phase("render", () => page.evaluate(() => window.__bench!.render()));
  await new Promise((done) => setTimeout(done, 800));
  await phase("zoom", async () => {
    const at = await library.zoomTarget(page);
    for (let step = 0; step < 20; step++) await library.zoomStep(page, at);
    await new Promise((done) => setTimeout(done, 500));
  });
  await phase("pan", async () => {
    await library.pan(page, await library.panTarget(page), 20);
    await new Promise((done) => setTimeout(done, 500));
  });
} finally {
  await browser.close();
  await server.close();
}
