// `npx tsx bench/longTasks.ts --library jointline --n 1000 --runs 3`: what the long tasks of a
// gesture are made of. Drives the bench page (unminified, so functions keep their names) as
// `npm run bench` does — render, render again, then the first zoom at once (20 wheel steps), a
// third chart left idle 3 s and the settled zoom, then 20 `zoomTo` steps — under a Chromium trace
// (devtools.timeline), and prints every main-thread task over 50 ms of wall time with its CPU
// time and what ran inside it (idle callback, animation frame, input, style, layout, paint, the
// script functions called), longest first.

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { Browser, Page } from "playwright-core";
import { launchChromium, SETTLE_MS } from "./browserBench";
import { buildPages } from "./buildPages";
import { libraries } from "./libraries";
import { serveStatic } from "./serveStatic";

const here = fileURLToPath(new URL(".", import.meta.url));
const { values: args } = parseArgs({
  options: {
    library: { type: "string", default: "jointline" },
    n: { type: "string", default: "1000" },
    runs: { type: "string", default: "3" },
    threshold: { type: "string", default: "50" },
  },
});

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    data?: { functionName?: string; url?: string; lineNumber?: number; type?: string };
  };
}

/** Tasks over `threshold` ms of wall time on the renderer's main thread, with their contents. */
export function longTasksOf(events: TraceEvent[], threshold: number): string[] {
  const mains = new Set(
    events
      .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === "X" && mains.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter(
    (e) => e.name === "ThreadControllerImpl::RunTask" && (e.dur ?? 0) / 1000 > threshold,
  );
  const interesting = new Set([
    "FireIdleCallback",
    "FireAnimationFrame",
    "EventDispatch",
    "TimerFire",
    "FunctionCall",
    "UpdateLayoutTree",
    "Layout",
    "Paint",
    "PrePaint",
    "Layerize",
    "HitTest",
    "v8.compile",
    "MajorGC",
    "MinorGC",
    "V8.GC_MARK_COMPACTOR",
    "ParseHTML",
    "EvaluateScript",
    "RunMicrotasks",
  ]);
  return tasks
    .sort((a, b) => (b.dur ?? 0) - (a.dur ?? 0))
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = onMain
        .filter(
          (e) =>
            e !== task &&
            e.ts >= task.ts &&
            e.ts + (e.dur ?? 0) <= end &&
            e.tid === task.tid &&
            interesting.has(e.name) &&
            (e.dur ?? 0) >= 2000,
        )
        .sort((a, b) => a.ts - b.ts)
        .map((e) => {
          const d = e.args?.data;
          const what =
            e.name === "FunctionCall" && d?.functionName !== undefined
              ? ` ${d.functionName || "(anonymous)"} ${(d.url ?? "").split("/").pop()}:${(d.lineNumber ?? 0) + 1}`
              : e.name === "EventDispatch" && d?.type
                ? ` ${d.type}`
                : "";
          return `${e.name}${what} ${((e.dur ?? 0) / 1000).toFixed(0)}`;
        });
      return `${((task.dur ?? 0) / 1000).toFixed(0)} ms wall, ${((task.tdur ?? 0) / 1000).toFixed(0)} ms CPU: ${inside.join(" · ")}`;
    });
}

const library = libraries.find((l) => l.page === args.library || l.name === args.library);
if (!library) throw new Error(`unknown library ${args.library}`);
const n = Number(args.n);
const out = join(here, ".build", "long-task-pages");
await buildPages(out, [library.page], { minify: false });
const server = await serveStatic({
  "/": out,
  "/timelinejs/": join(here, "../node_modules/@knight-lab/timelinejs/dist"),
});
const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));
const categories = ["toplevel", "devtools.timeline", "v8", "disabled-by-default-devtools.timeline"];

async function traced(browser: Browser, page: Page, label: string, run: () => Promise<unknown>) {
  await browser.startTracing(page, { categories });
  await run();
  await sleep(800);
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as {
    traceEvents: TraceEvent[];
  };
  const tasks = longTasksOf(trace.traceEvents, Number(args.threshold));
  console.log(`  ${label}: ${tasks.length} tasks over ${args.threshold} ms`);
  for (const line of tasks) console.log(`    ${line}`);
}

const browser = await launchChromium();
try {
  for (let run = 1; run <= Number(args.runs); run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.origin}/${library.page}.html`);
    await page.waitForFunction(() => window.__bench !== undefined);
    await page.evaluate(([count]) => window.__bench!.prepare(count!, 1), [n]);
    console.log(`${library.name}, ${n} events, run ${run}`);
    await page.evaluate(() => window.__bench!.render());
    await page.evaluate(() => window.__bench!.renderAgain());
    const zoom = async () => {
      const at = await library.zoomTarget(page);
      for (let step = 0; step < 20; step++) await library.zoomStep(page, at);
    };
    await traced(browser, page, "first zoom", zoom);
    await page.evaluate(() => window.__bench!.renderAgain());
    await sleep(SETTLE_MS);
    await traced(browser, page, "zoom", zoom);
    if (await page.evaluate(() => window.__bench!.canZoomTo()))
      await traced(browser, page, "zoomTo", () =>
        page.evaluate((steps) => window.__bench!.zoomProgrammatically(steps), 20),
      );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
