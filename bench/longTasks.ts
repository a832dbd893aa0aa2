// `npx tsx bench/longTasks.ts --library jointline --n 1000 --runs 3`: what the long tasks of a
// gesture are made of. Drives the bench page (unminified, so functions keep their names) as
// `npm run bench` does — render, render again, then the first zoom at once (20 wheel steps), a
// third chart left idle 3 s and the settled zoom, a drag pan, then 20 `zoomTo` steps — under a
// Chromium trace (devtools.timeline and V8's sampling profiler), and prints every main-thread
// task over 50 ms of wall time (`--by cpu`: of CPU time, what a loaded machine does not
// inflate) with its CPU time, what ran inside it (idle callback, animation frame, input, style,
// layout, paint, the script entry points) and the page's functions that took most of it
// (inclusive sampled time, `fn file:line ms`), longest first.

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
    /** `wall` (what the Long Tasks API sees) or `cpu` (the task's thread time, `tdur`). */
    by: { type: "string", default: "wall" },
    /**
     * `off` leaves V8's sampling profiler out of the trace: starting it costs the first task of
     * a page's first trace 100–190 ms of CPU (seen as a pointermove with nothing sampled in it).
     */
    samples: { type: "string", default: "on" },
    /** Comma-separated gestures to trace (`first zoom,zoom,pan,zoomTo`); default all. */
    only: { type: "string", default: "" },
    /**
     * `on` also prints, per gesture, the main thread's CPU time between consecutive animation
     * frames (what decides whether a frame is on time, and what a loaded machine does not
     * inflate) and the frames over 12 ms of CPU with what ran in them.
     */
    frames: { type: "string", default: "off" },
  },
});

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  id?: string;
  dur?: number;
  tdur?: number;
  args?: {
    name?: string;
    data?: {
      functionName?: string;
      url?: string;
      lineNumber?: number;
      type?: string;
      startTime?: number;
      cpuProfile?: {
        nodes?: {
          id: number;
          parent?: number;
          callFrame: { functionName: string; url?: string; lineNumber?: number };
        }[];
        samples?: number[];
      };
      timeDeltas?: number[];
    };
  };
}

/** One sample of V8's profiler: when, and the stack as "fn file:line" from the leaf up. */
interface Sample {
  ts: number;
  tid: number;
  stack: string[];
}

/**
 * The samples of V8's sampling profiler in a trace (`disabled-by-default-v8.cpu_profiler`):
 * `Profile` gives each profile's start, `ProfileChunk`s the call tree's new nodes and the
 * samples with the time since the previous one (µs, on the trace's clock).
 */
function samplesOf(events: TraceEvent[]): Sample[] {
  const profiles = new Map<
    string,
    { tid: number; time: number; nodes: Map<number, { parent?: number; name: string }> }
  >();
  const out: Sample[] = [];
  for (const e of events) {
    const key = `${e.pid}:${e.id}`;
    if (e.name === "Profile") {
      profiles.set(key, { tid: e.tid, time: e.args?.data?.startTime ?? e.ts, nodes: new Map() });
      continue;
    }
    if (e.name !== "ProfileChunk") continue;
    const profile = profiles.get(key);
    const data = e.args?.data;
    if (!profile || !data) continue;
    for (const node of data.cpuProfile?.nodes ?? []) {
      const f = node.callFrame;
      const file = (f.url ?? "").split("/").pop() ?? "";
      const name = file
        ? `${f.functionName || "(anonymous)"} ${file}:${(f.lineNumber ?? 0) + 1}`
        : f.functionName;
      profile.nodes.set(node.id, {
        ...(node.parent === undefined ? {} : { parent: node.parent }),
        name,
      });
    }
    const samples = data.cpuProfile?.samples ?? [];
    const deltas = data.timeDeltas ?? [];
    for (let k = 0; k < samples.length; k++) {
      profile.time += deltas[k] ?? 0;
      const stack: string[] = [];
      for (let id: number | undefined = samples[k]; id !== undefined; ) {
        const node = profile.nodes.get(id);
        if (!node) break;
        stack.push(node.name);
        id = node.parent;
      }
      out.push({ ts: profile.time, tid: profile.tid, stack });
    }
  }
  return out.sort((a, b) => a.ts - b.ts);
}

/**
 * The page's functions (named, in its script files) that ran longest inside [from, to] on thread
 * `tid`, inclusive of what they called, and V8's "(garbage collector)" and "(program)" (native
 * work outside any function): "fn file:line ms", at most `top`, at least 2 ms.
 */
function hotFunctions(samples: Sample[], tid: number, from: number, to: number, top = 8): string[] {
  const inclusive = new Map<string, number>();
  let previous: number | undefined;
  for (const sample of samples) {
    if (sample.ts < from || sample.ts > to || sample.tid !== tid) continue;
    const dt = previous === undefined ? 0 : Math.min(sample.ts - previous, 5000);
    previous = sample.ts;
    for (const name of new Set(sample.stack))
      if (
        (/\.js:\d+$/.test(name) && !name.startsWith("(anonymous)")) ||
        name === "(garbage collector)" ||
        name === "(program)"
      )
        inclusive.set(name, (inclusive.get(name) ?? 0) + dt);
  }
  return [...inclusive]
    .filter(([, us]) => us >= 2000)
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .map(([name, us]) => `${name} ${(us / 1000).toFixed(0)}`);
}

/**
 * Tasks over `threshold` ms (of wall time, or of CPU time with `by: "cpu"`) on the renderer's
 * main thread, with their contents and, from the profiler's samples, their hottest functions.
 */
export function longTasksOf(
  events: TraceEvent[],
  threshold: number,
  by: "wall" | "cpu" = "wall",
): string[] {
  const mains = new Set(
    events
      .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === "X" && mains.has(`${e.pid}:${e.tid}`));
  const tasks = onMain.filter(
    (e) =>
      e.name === "ThreadControllerImpl::RunTask" &&
      ((by === "cpu" ? e.tdur : e.dur) ?? 0) / 1000 > threshold,
  );
  const samples = samplesOf(events);
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
      const hot = hotFunctions(samples, task.tid, task.ts, end);
      return `${((task.dur ?? 0) / 1000).toFixed(0)} ms wall, ${((task.tdur ?? 0) / 1000).toFixed(0)} ms CPU: ${inside.join(" · ")}${hot.length ? `\n      in: ${hot.join(" · ")}` : ""}`;
    });
}

/**
 * Main-thread CPU time (`tdur` of its top-level tasks) between the starts of consecutive
 * animation frames (`FireAnimationFrame`) from the first to the last frame of the trace: a frame
 * is on time only if the work before it fits in one vsync. Returns a summary line and the frames
 * over `over` ms of CPU with their contents (longest first).
 */
export function frameCpuOf(events: TraceEvent[], over = 12): string[] {
  const mains = new Set(
    events
      .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const onMain = events.filter((e) => e.ph === "X" && mains.has(`${e.pid}:${e.tid}`));
  const tasks = onMain
    .filter((e) => e.name === "ThreadControllerImpl::RunTask")
    .sort((a, b) => a.ts - b.ts);
  const frames = onMain
    .filter((e) => e.name === "FireAnimationFrame")
    .map((e) => e.ts)
    .sort((a, b) => a - b);
  const rows: { cpu: number; wall: number; what: string; at: number; timers: number }[] = [];
  for (let f = 1; f < frames.length; f++) {
    const from = frames[f - 1]!;
    const to = frames[f]!;
    let cpu = 0;
    let timers = 0;
    const parts = new Map<string, number>();
    for (const task of tasks) {
      if (task.ts < from || task.ts >= to) continue;
      cpu += (task.tdur ?? 0) / 1000;
      const end = task.ts + (task.dur ?? 0);
      for (const e of onMain) {
        if (e.ts < task.ts || e.ts + (e.dur ?? 0) > end || e === task) continue;
        if (
          ![
            "FireAnimationFrame",
            "TimerFire",
            "EventDispatch",
            "FireIdleCallback",
            "UpdateLayoutTree",
            "Layout",
            "Paint",
            "PrePaint",
            "MinorGC",
            "MajorGC",
          ].includes(e.name)
        )
          continue;
        parts.set(e.name, (parts.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
        if (e.name === "TimerFire") timers++;
      }
    }
    const what = [...parts]
      .filter(([, ms]) => ms >= 0.5)
      .map(([name, ms]) => `${name} ${ms.toFixed(1)}`)
      .join(" · ");
    rows.push({ cpu, wall: (to - from) / 1000, what, at: (from - frames[0]!) / 1000, timers });
  }
  if (rows.length === 0) return ["no frames"];
  const cpus = rows.map((r) => r.cpu).sort((a, b) => a - b);
  const q = (p: number) => cpus[Math.min(cpus.length - 1, Math.floor(p * cpus.length))]!;
  const slow = rows.filter((r) => r.cpu > over).sort((a, b) => b.cpu - a.cpu);
  return [
    `${rows.length} frame intervals: CPU per interval median ${q(0.5).toFixed(1)} ms, p95 ${q(0.95).toFixed(1)}, max ${cpus.at(-1)!.toFixed(1)}; ${slow.length} over ${over} ms`,
    `in order (CPU ms, * per timer task): ${rows.map((r) => `${r.cpu.toFixed(0)}${"*".repeat(r.timers)}`).join(" ")}`,
    ...slow.map(
      (r) =>
        `  at ${r.at.toFixed(0)} ms: ${r.cpu.toFixed(1)} ms CPU (${r.wall.toFixed(1)} ms wall): ${r.what}`,
    ),
  ];
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
const categories = [
  "toplevel",
  "devtools.timeline",
  "v8",
  "disabled-by-default-devtools.timeline",
  ...(args.samples === "off" ? [] : ["disabled-by-default-v8.cpu_profiler"]),
];
const by = args.by === "cpu" ? "cpu" : "wall";

const only = new Set(
  args.only
    .split(",")
    .map((g) => g.trim())
    .filter(Boolean),
);

async function traced(browser: Browser, page: Page, label: string, run: () => Promise<unknown>) {
  if (only.size > 0 && !only.has(label)) {
    await run();
    return;
  }
  await browser.startTracing(page, { categories });
  await run();
  await sleep(800);
  const trace = JSON.parse((await browser.stopTracing()).toString("utf8")) as {
    traceEvents: TraceEvent[];
  };
  const tasks = longTasksOf(trace.traceEvents, Number(args.threshold), by);
  console.log(`  ${label}: ${tasks.length} tasks over ${args.threshold} ms of ${by} time`);
  for (const line of tasks) console.log(`    ${line}`);
  if (args.frames === "on")
    for (const line of frameCpuOf(trace.traceEvents)) console.log(`    frames: ${line}`);
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
    // The target is found before the trace, as `npm run bench` does: playwright's first
    // locator injects its own script into the page (an EvaluateScript task of 100-260 ms of
    // CPU), which is not the chart's.
    const zoomAt = async () => {
      const at = await library.zoomTarget(page);
      return async () => {
        for (let step = 0; step < 20; step++) await library.zoomStep(page, at);
      };
    };
    await traced(browser, page, "first zoom", await zoomAt());
    await page.evaluate(() => window.__bench!.renderAgain());
    await sleep(SETTLE_MS);
    await traced(browser, page, "zoom", await zoomAt());
    const panAt = await library.panTarget(page);
    await traced(browser, page, "pan", () => library.pan(page, panAt, 20));
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
