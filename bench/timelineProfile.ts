/**
 * CPU profile of the timeline bench page (bench/timeline.html, served by vite, unminified):
 * first render, then wheel zoom steps, with the top functions by self time per phase.
 * `npx tsx bench/timelineProfile.ts [count] [steps] [deltaY]`, e.g. `100000 20 -200` (the
 * scale test's gesture). Writes bench/profiles/timeline-<count>-<phase>.cpuprofile.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { loadavg } from "node:os";
import { chromium } from "playwright-core";
import { createServer } from "vite";

interface Profile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number } }[];
  samples: number[];
  timeDeltas: number[];
}

/** Self time per function (ms), largest first (as bench/profile.ts, which runs on import). */
function selfTimes(profile: Profile): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const frame = byId.get(id)!.callFrame;
    const file = frame.url.split("/").slice(-2).join("/").replace(/\?.*$/, "");
    const key = `${frame.functionName || "(anonymous)"} ${file}:${frame.lineNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...self].sort((a, b) => b[1] - a[1]);
}

const count = Number(process.argv[2] ?? 10000);
const steps = Number(process.argv[3] ?? 20);
const deltaY = Number(process.argv[4] ?? -200);
const server = await createServer({
  root: new URL("..", import.meta.url).pathname,
  logLevel: "error",
  // No HMR: another engineer saving a file must not reload the page mid-measurement.
  server: { port: 0, hmr: false },
});
await server.listen();
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run"],
});
console.log(
  `load average: ${loadavg()
    .map((x) => x.toFixed(2))
    .join(", ")}`,
);
try {
  const page = await browser.newPage({ viewport: { width: 1040, height: 900 } });
  for (let attempt = 0; ; attempt++) {
    try {
      await page.goto(`${server.resolvedUrls?.local[0]}bench/timeline.html`);
      await page.waitForFunction(() => typeof window.benchFirstRender === "function");
      await page.evaluate(() => window.benchFirstRender(1000));
      break;
    } catch (error) {
      if (attempt >= 3) throw error;
    }
  }
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Profiler.enable");
  await cdp.send("Profiler.setSamplingInterval", { interval: 200 });
  mkdirSync(new URL("profiles/", import.meta.url), { recursive: true });
  const phase = async (name: string, run: () => Promise<unknown>) => {
    await cdp.send("Profiler.start");
    const t0 = performance.now();
    const result = await run();
    const wall = performance.now() - t0;
    const { profile } = await cdp.send("Profiler.stop");
    const file = new URL(`profiles/timeline-${count}-${name}.cpuprofile`, import.meta.url);
    writeFileSync(file, JSON.stringify(profile));
    console.log(
      `\n${count} events, ${name} (${wall.toFixed(0)} ms wall) ${JSON.stringify(result)}`,
    );
    for (const [fn, ms] of selfTimes(profile as Profile).slice(0, 22))
      console.log(`${ms.toFixed(1).padStart(9)} ms  ${fn}`);
  };
  await phase("render", () => page.evaluate((n) => window.benchFirstRender(n), count));
  await phase("zoom", () =>
    page.evaluate(
      async ([steps, deltaY]: [number, number]) => {
        const svg = document.querySelector("svg.jl-svg")!;
        const box = svg.getBoundingClientRect();
        const times: number[] = [];
        for (let i = 0; i < steps; i++) {
          const t0 = performance.now();
          svg.dispatchEvent(
            new WheelEvent("wheel", {
              deltaY,
              clientX: box.left + box.width / 2,
              clientY: box.top + 60,
              bubbles: true,
              cancelable: true,
              view: window,
            }),
          );
          await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          times.push(Math.round(performance.now() - t0));
        }
        return times;
      },
      [steps, deltaY] as [number, number],
    ),
  );
} finally {
  await browser.close();
  await server.close();
}
