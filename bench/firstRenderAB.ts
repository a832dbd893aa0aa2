/**
 * First and second render of jointline's bench page (bench/pages/jointline.ts) for two or more
 * versions of the code, interleaved in one Chromium: each round loads every version once (in
 * turn, the order reversed every other round), so that drift in the machine's load falls on all
 * alike; beside each render's wall time (to the next paint), the renderer's main-thread CPU time
 * over it (CDP `Performance.getMetrics` ThreadTime), which load on the machine changes less. A
 * version is a git commit (checked out into a temporary worktree, node_modules linked
 * from this checkout) or `.` (this checkout as it is). Prints the medians per version and, with
 * `--phases`, where the synchronous part of each render went.
 *
 * `--phases` builds every version with marks between the steps of `createTimeline` (encode,
 * chrome, width, packing, marks, label placement, SVG, canvas…, see {@link markPhases}); a
 * version whose code no longer has a step's anchor line is built with the marks it has.
 *
 * `--trace` records a Chromium trace over each render and adds the main thread's CPU time up to
 * the paint only (the thread time of its tasks between two user-timing marks around the render,
 * see {@link cpuToPaint}), and how much of it V8 spent compiling functions run for the first
 * time (the first render only: the second's call destroys the first chart and waits for a paint
 * first). The CDP reading (ThreadTime before and after) also counts what ran after the paint
 * until the reading came back — a task a chart posts right after its first paint, say — so it
 * moves by several milliseconds from render to render; the trace's does not.
 *
 * @example
 * npx tsx bench/firstRenderAB.ts --versions 387a4a2,. --n 1000 --rounds 10
 * npx tsx bench/firstRenderAB.ts --versions . --n 1000 --rounds 8 --phases
 * npx tsx bench/firstRenderAB.ts --versions 387a4a2,. --n 100 --rounds 10 --trace
 */
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { launchChromium } from "./browserBench";
import { serveStatic } from "./serveStatic";

const { values } = parseArgs({
  options: {
    versions: { type: "string", default: "." },
    n: { type: "string", default: "1000" },
    rounds: { type: "string", default: "10" },
    phases: { type: "boolean", default: false },
    trace: { type: "boolean", default: false },
    settle: { type: "string", default: "1500" },
  },
});
const root = resolve(import.meta.dirname, "..");
const versions = values.versions.split(",");
const n = Number(values.n);
const rounds = Number(values.rounds);

/** A step of the render, marked in the source by a call the bench page records. */
interface PhaseMark {
  file: string;
  /** The line (start of it) the mark goes before or after. */
  anchor: string;
  where: "before" | "after";
  name: string;
}

/**
 * Where the marks go: each names the step that ends there (the time since the previous mark).
 * Anchors are whole source lines of src/components/timeline/ as of 2026-12-05.
 */
const marks: PhaseMark[] = [
  {
    file: "createTimeline.ts",
    anchor: "    teardown();\n    if (!buildChrome",
    where: "before",
    name: "options+encode",
  },
  {
    file: "createTimeline.ts",
    anchor: "    if (!buildChrome(s, act, bag, scheduler)) return;",
    where: "after",
    name: "chrome",
  },
  {
    file: "createTimeline.ts",
    anchor: "    s.width = measureWidth();",
    where: "after",
    name: "measureWidth",
  },
  {
    file: "createTimeline.ts",
    anchor: "      attachInteractions(s, act, bag);",
    where: "after",
    name: "interactions",
  },
  {
    file: "createTimeline.ts",
    anchor: "      drawPlot();",
    where: "after",
    name: "(rest of draw)",
  },
  {
    file: "createTimeline.ts",
    anchor: "    showDetails(s, act);",
    where: "after",
    name: "sources+details",
  },
  {
    file: "draw.ts",
    anchor: "    layout = frameTimeline(index, () => packing ?? packingFor(s, k), {",
    where: "before",
    name: "index+ticks",
  },
  {
    file: "packing.ts",
    anchor: "  return s.packings.get(level)!;\n}",
    where: "before",
    name: "packing",
  },
  {
    file: "layout/frameTimeline.ts",
    anchor: "  const placer = createLabelPlacer(placed, placement);",
    where: "before",
    name: "marks",
  },
  {
    file: "layout/frameTimeline.ts",
    anchor: "  const placer = createLabelPlacer(placed, placement);",
    where: "after",
    name: "label placement",
  },
  {
    file: "layout/frameTimeline.ts",
    anchor: "  const hiddenLabels = placer.hidden();",
    where: "after",
    name: "label rows",
  },
  {
    file: "draw.ts",
    anchor: "    s.layout = layout;",
    where: "after",
    name: "connectors+annotations",
  },
  { file: "draw.ts", anchor: "  const pending = s.canvasMode", where: "before", name: "SVG" },
  {
    file: "draw.ts",
    anchor: "  plot.style.maxHeight = opts.maxHeight",
    where: "before",
    name: "canvas",
  },
];

/** Adds the phase marks to a checkout's timeline source (what a version has of them). */
function markPhases(dir: string): void {
  const call = (name: string) =>
    `(globalThis as { __t?: (n: string) => void }).__t?.(${JSON.stringify(name)});`;
  for (const mark of marks) {
    const file = join(dir, "src/components/timeline", mark.file);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, "utf8");
    const at = text.indexOf(mark.anchor);
    if (at < 0) continue;
    const indent = /^\s*/.exec(mark.anchor)![0];
    const end = at + mark.anchor.length;
    writeFileSync(
      file,
      mark.where === "before"
        ? `${text.slice(0, at)}${indent}${call(mark.name)}\n${text.slice(at)}`
        : `${text.slice(0, end)}\n${indent}${call(mark.name)}${text.slice(end)}`,
    );
  }
  // The page times the call and records the marks made during it.
  const page = join(dir, "bench/pages/jointline.ts");
  const text = readFileSync(page, "utf8");
  const create = /^(\s*)chart = createTimeline\(.*\);$/m.exec(text);
  if (!create) return;
  const indent = create[1]!;
  writeFileSync(
    page,
    text.replace(
      create[0],
      [
        `${indent}const w = globalThis as unknown as { __t?: (n: string) => void; __phases: [string, number][] };`,
        `${indent}w.__phases = [];`,
        `${indent}let last = performance.now();`,
        `${indent}w.__t = (name) => { const now = performance.now(); w.__phases.push([name, now - last]); last = now; };`,
        create[0],
        `${indent}w.__t("(after the last mark)");`,
        `${indent}w.__t = undefined;`,
      ].join("\n"),
    ),
  );
}

/** One event of a Chromium trace (the fields read here). */
interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
}

/** What a trace records: tasks, V8's compiles, and the page's user-timing marks. */
const traceCategories = [
  "toplevel",
  "devtools.timeline",
  "blink.user_timing",
  "disabled-by-default-devtools.timeline",
  "v8",
  "disabled-by-default-v8.compile",
];

/** V8's work on functions run for the first time: parsing them, making their bytecode. */
const compileEvents = new Set([
  "V8.CompileCode",
  "V8.ParseFunction",
  "V8.CompileIgnition",
  "V8.CompileIgnitionFinalization",
]);

/**
 * The main thread's CPU time (ms) from mark `from` to mark `to` of a trace: the thread time of
 * its top-level tasks that overlap the two marks (the task that makes the first mark and the one
 * that makes the second count whole: the render's own), and the part of it in V8's compiles.
 */
function cpuToPaint(
  events: readonly TraceEvent[],
  from: string,
  to: string,
): { cpu: number; compile: number } {
  const a = events.find((e) => e.name === from);
  const b = events.find((e) => e.name === to);
  if (!a || !b) return { cpu: Number.NaN, compile: Number.NaN };
  const spans = events
    .filter((e) => e.pid === a.pid && e.tid === a.tid && e.ph === "X" && e.dur !== undefined)
    .sort((x, y) => x.ts - y.ts || y.dur! - x.dur!);
  let cpu = 0;
  let compile = 0;
  let topEnd = Number.NEGATIVE_INFINITY;
  /** The compile event being counted: the ones nested in it are not counted again. */
  let compileEnd = Number.NEGATIVE_INFINITY;
  for (const e of spans) {
    const end = e.ts + e.dur!;
    if (end < a.ts || e.ts > b.ts) continue;
    const thread = (e.tdur ?? e.dur!) / 1000;
    if (e.ts >= topEnd) {
      topEnd = end;
      cpu += thread;
    }
    if (compileEvents.has(e.name) && e.ts >= compileEnd) {
      compileEnd = end;
      compile += thread;
    }
  }
  return { cpu, compile };
}

/** Builds one version's bench page into a temporary folder; returns the folder. */
function buildVersion(version: string, scratch: string, i: number): string {
  let dir = root;
  if (version !== "." || values.phases) {
    dir = join(scratch, `src-${i}`);
    execFileSync("git", ["worktree", "add", "--detach", dir, version === "." ? "HEAD" : version], {
      cwd: root,
      stdio: "ignore",
    });
    // `.` with phases: this checkout's uncommitted changes too.
    if (version === ".") {
      const diff = execFileSync("git", ["diff", "HEAD"], { cwd: root });
      if (diff.length > 0) execFileSync("git", ["apply"], { cwd: dir, input: diff });
    }
    symlinkSync(join(root, "node_modules"), join(dir, "node_modules"));
    if (values.phases) markPhases(dir);
  }
  const out = join(scratch, `pages-${i}`);
  execFileSync(
    "npx",
    [
      "tsx",
      "-e",
      `import("./bench/buildPages.ts").then((m) => m.buildPages(${JSON.stringify(out)}, ["jointline"]))`,
    ],
    { cwd: dir, stdio: "inherit" },
  );
  return out;
}

const scratch = mkdtempSync(join(tmpdir(), "jointline-first-render-"));
const worktrees: string[] = [];
try {
  const dirs = versions.map((v, i) => {
    const out = buildVersion(v, scratch, i);
    if (v !== "." || values.phases) worktrees.push(join(scratch, `src-${i}`));
    return out;
  });
  const mounts = Object.fromEntries(dirs.map((d, i) => [`/v${i}/`, d]));
  const server = await serveStatic(mounts);
  const browser = await launchChromium();
  type Sample = Map<string, number[]>;
  const first: Sample[] = versions.map(() => new Map());
  const second: Sample[] = versions.map(() => new Map());
  const add = (
    into: Sample,
    renderMs: number,
    phases: [string, number][] | undefined,
    cpuMs: number,
    traced: { cpu: number; compile: number } | undefined,
  ) => {
    const sums = new Map<string, number>([
      ["render (to the next paint)", renderMs],
      ["main-thread CPU (ThreadTime)", cpuMs],
    ]);
    if (traced) {
      sums.set("main-thread CPU to the paint (trace)", traced.cpu);
      sums.set("of which V8 compiling (trace)", traced.compile);
    }
    for (const [name, ms] of phases ?? []) sums.set(name, (sums.get(name) ?? 0) + ms);
    if (phases)
      sums.set(
        "sync total",
        phases.reduce((t, [, ms]) => t + ms, 0),
      );
    for (const [name, ms] of sums) into.set(name, [...(into.get(name) ?? []), ms]);
  };
  for (let r = 0; r < rounds; r++) {
    const order = versions.map((_, i) => i);
    if (r % 2) order.reverse();
    for (const i of order) {
      const context = await browser.newContext({
        viewport: { width: 1280, height: 800 },
        deviceScaleFactor: 1,
      });
      const page = await context.newPage();
      await page.goto(`${server.origin}/v${i}/jointline.html`);
      await page.waitForFunction(() => window.__bench !== undefined);
      await page.evaluate((count) => window.__bench!.prepare(count, 1), n);
      const phasesOf = () =>
        page.evaluate(() => (window as unknown as { __phases?: [string, number][] }).__phases);
      // The renderer's main-thread CPU time over each render (CDP's ThreadTime): unlike the
      // wall time, it does not grow when other processes take the machine's cores.
      const cdp = await context.newCDPSession(page);
      await cdp.send("Performance.enable");
      const cpu = async () => {
        const { metrics } = await cdp.send("Performance.getMetrics");
        return (metrics.find((m) => m.name === "ThreadTime")?.value ?? Number.NaN) * 1000;
      };
      // With --trace, a trace over the render and marks around it (see cpuToPaint).
      const traced = async <T>(run: () => Promise<T>) => {
        if (!values.trace) return { result: await run(), traced: undefined };
        const events: TraceEvent[] = [];
        const collect = (e: { value: object[] }) => events.push(...(e.value as TraceEvent[]));
        cdp.on("Tracing.dataCollected", collect);
        const complete = new Promise((done) => cdp.once("Tracing.tracingComplete", done));
        await cdp.send("Tracing.start", { traceConfig: { includedCategories: traceCategories } });
        const result = await run();
        await cdp.send("Tracing.end");
        await complete;
        cdp.off("Tracing.dataCollected", collect);
        return { result, traced: cpuToPaint(events, "jl-render-start", "jl-render-end") };
      };
      let cpu0 = await cpu();
      const once = await traced(async () => {
        const result = await page.evaluate(() => {
          performance.mark("jl-render-start");
          return window.__bench!.render().then((r) => {
            performance.mark("jl-render-end");
            return r;
          });
        });
        return { result, cpu: (await cpu()) - cpu0 };
      });
      add(first[i]!, once.result.result.renderMs, await phasesOf(), once.result.cpu, once.traced);
      // The first chart's idle work (warm packings, the canvas) done before the second.
      await new Promise((done) => setTimeout(done, Number(values.settle)));
      // Not traced: renderAgain destroys the first chart and waits for a paint before it renders.
      cpu0 = await cpu();
      const again = await page.evaluate(() => window.__bench!.renderAgain());
      const cpuAgain = (await cpu()) - cpu0;
      add(second[i]!, again.renderMs, await phasesOf(), cpuAgain, undefined);
      await context.close();
    }
  }
  await browser.close();
  await server.close();
  const median = (xs: number[] | undefined) => {
    if (!xs?.length) return Number.NaN;
    const sorted = [...xs].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  };
  const ms = (x: number) => (Number.isNaN(x) ? "–" : x.toFixed(1));
  const names = [...new Set(first.flatMap((m) => [...m.keys()]))];
  const head = versions.flatMap((v) => [`first ${v}`, `second ${v}`]);
  console.log(`jointline bench page, ${n} events, ${rounds} rounds interleaved; medians, ms`);
  console.log(`| step | ${head.join(" | ")} |\n|---|${head.map(() => "---:").join("|")}|`);
  for (const name of names)
    console.log(
      `| ${name} | ${versions.map((_, i) => `${ms(median(first[i]!.get(name)))} | ${ms(median(second[i]!.get(name)))}`).join(" | ")} |`,
    );
} finally {
  for (const dir of worktrees)
    execFileSync("git", ["worktree", "remove", "--force", dir], { cwd: root, stdio: "ignore" });
  rmSync(scratch, { recursive: true, force: true });
}
