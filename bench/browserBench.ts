// The browser half: one headless Chromium, every library and size, several runs, real input.
import { type Browser, chromium, type Page } from "playwright-core";
import { chromiumPath, chromiumArgs as sharedChromiumArgs } from "../scripts/chromium";
import { type FrameStats, frameStats } from "./frameStats";
import type { LibrarySpec } from "./libraries";

export { chromiumPath };
/** The shared flags, plus performance.memory with real (not bucketed) values. */
export const chromiumArgs = [...sharedChromiumArgs, "--enable-precise-memory-info"];

/** Options of {@link runBrowserBench}. */
export interface BrowserBenchOptions {
  origin: string;
  libraries: readonly LibrarySpec[];
  sizes: readonly number[];
  runs: number;
  seed: number;
  /** Per library and size: the most a render may take before it is reported as not rendering. */
  renderTimeoutMs: number;
  /** The most a whole zoom + pan interaction may take. */
  interactionTimeoutMs: number;
  zoomSteps: number;
  panSteps: number;
  log(line: string): void;
  /** Called after each size with every measurement so far, e.g. to write partial results. */
  onSizeDone?(measurements: readonly BrowserMeasurement[], chromiumVersion: string): void;
  /** Called with the page before it is closed, e.g. to take a screenshot. */
  onRendered?(page: Page, library: LibrarySpec, n: number, run: number): Promise<void>;
}

/** One measurement of one library at one size. */
export interface BrowserMeasurement {
  library: string;
  n: number;
  run: number;
  status: "ok" | "timeout" | "error";
  /** What went wrong, for status other than ok. */
  message?: string;
  prepareMs?: number;
  /** Time to first complete render: the call until the frame after the marks exist is painted. */
  renderMs?: number;
  /**
   * The same render again in a fresh container on the same page (code compiled, caches warm):
   * what a second chart, or a re-render after a filter, costs. Taken after the heap and DOM
   * counts, before the gestures (which then run on this second chart).
   */
  renderAgainMs?: number;
  /** JS heap used after a forced GC, before rendering (the data is loaded) and after. */
  heapBeforeMB?: number;
  heapAfterMB?: number;
  domNodes?: number;
  describe?: Record<string, number | string>;
  /**
   * The library's zoom gesture (wheel where it has one) started the moment the second render
   * has painted: idle work left from the render (deferred tables, warm caches) competes with it.
   */
  zoomFirst?: FrameStats;
  /** The same gesture on a third chart rendered the same way, after {@link SETTLE_MS} idle. */
  zoom?: FrameStats;
  /** A drag pan of that chart, after the zoom. */
  pan?: FrameStats;
  /**
   * Programmatic zoom (the library's "show this window" API, as linked views and buttons use):
   * steps to the middle 0.8^i of the time range, one every ~16 ms. Missing when there is none.
   */
  programmatic?: FrameStats;
}

/** How long a chart is left idle before the "settled" gestures. */
export const SETTLE_MS = 3000;
/** Long tasks up to this long after a gesture's last input count as the gesture's. */
export const GESTURE_SETTLE_MS = 750;

const sleep = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** Rejects after `ms` with a timeout error naming `what`. */
function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(new TimeoutError(`${what} did not finish within ${ms / 1000} s`)),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

class TimeoutError extends Error {}

async function heapMB(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("Performance.enable");
  const { metrics } = await cdp.send("Performance.getMetrics");
  await cdp.detach();
  const used = metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? Number.NaN;
  return used / 1_048_576;
}

/** Loads, renders and drives one library once. */
async function measureOnce(
  browser: Browser,
  options: BrowserBenchOptions,
  library: LibrarySpec,
  n: number,
  run: number,
): Promise<BrowserMeasurement> {
  const base = { library: library.name, n, run };
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  let phase = "load";
  try {
    await within(
      (async () => {
        await page.goto(`${options.origin}/${library.page}.html`);
        await page.waitForFunction(() => window.__bench !== undefined || window.__benchError);
        const setupError = await page.evaluate(() => window.__benchError);
        if (setupError) throw new Error(setupError);
      })(),
      30_000,
      "page load",
    );
    phase = "prepare";
    const { prepareMs } = await within(
      page.evaluate(([count, seed]) => window.__bench!.prepare(count!, seed!), [n, options.seed]),
      options.renderTimeoutMs,
      "data preparation",
    );
    const heapBeforeMB = await heapMB(page);
    phase = "render";
    const { renderMs } = await within(
      page.evaluate(() => window.__bench!.render()),
      options.renderTimeoutMs,
      "render",
    );
    await sleep(100);
    const heapAfterMB = await heapMB(page);
    const domNodes = await page.evaluate(() => window.__bench!.countNodes());
    const describe = await page.evaluate(() => window.__bench!.describe());
    if (options.onRendered) await options.onRendered(page, library, n, run);
    phase = "second render";
    const { renderMs: renderAgainMs } = await within(
      page.evaluate(() => window.__bench!.renderAgain()),
      options.renderTimeoutMs,
      "second render",
    );
    phase = "interaction";
    const result: BrowserMeasurement = {
      ...base,
      status: "ok",
      prepareMs,
      renderMs,
      renderAgainMs,
      heapBeforeMB,
      heapAfterMB,
      domNodes,
      describe,
    };
    // Frames, inputs and long tasks are recorded in the page around each gesture.
    // A trace of the same span gives each task's main-thread CPU time, which a loaded machine
    // does not inflate (the Long Tasks API's durations are wall time, descheduling included).
    const gesture = async (
      types: readonly string[],
      send: () => Promise<void>,
    ): Promise<FrameStats> => {
      await browser.startTracing(page, { categories: [traceCategory] });
      await page.evaluate(() => window.__bench!.startFrames());
      await send();
      await sleep(GESTURE_SETTLE_MS + 50);
      const recording = await page.evaluate(() => window.__bench!.stopFrames());
      const cpu = cpuLongTasks(await browser.stopTracing());
      return { ...frameStats(recording, types, GESTURE_SETTLE_MS), ...cpu };
    };
    const zoomGesture = async () => {
      const at = await library.zoomTarget(page);
      return gesture(library.zoomInputs, async () => {
        for (let step = 0; step < options.zoomSteps; step++) await library.zoomStep(page, at);
      });
    };
    // A library that renders but cannot keep up gets its render numbers, with a note instead
    // of the gestures it did not finish; the gestures share the interaction time.
    const share = options.interactionTimeoutMs / 3;
    try {
      // 1. The first zoom, right after the second chart has painted.
      result.zoomFirst = await within(zoomGesture(), share, "the first zoom");
      // 2. A third chart, left idle, then zoom, pan and programmatic zoom.
      await within(
        page.evaluate(() => window.__bench!.renderAgain()),
        options.renderTimeoutMs,
        "third render",
      );
      await sleep(SETTLE_MS);
      result.zoom = await within(zoomGesture(), share, `${options.zoomSteps} zoom steps`);
      result.pan = await within(
        (async () => {
          const at = await library.panTarget(page);
          return gesture(library.panInputs, () => library.pan(page, at, options.panSteps));
        })(),
        share,
        `a pan of ${options.panSteps} moves`,
      );
      if (await page.evaluate(() => window.__bench!.canZoomTo()))
        result.programmatic = await within(
          gesture(["programmatic"], () =>
            page.evaluate(
              (steps) => window.__bench!.zoomProgrammatically(steps),
              options.zoomSteps,
            ),
          ),
          share,
          `${options.zoomSteps} programmatic zoom steps`,
        );
    } catch (error) {
      result.message = `interaction: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
    }
    if (errors.length) options.log(`    page errors: ${errors.slice(0, 3).join(" | ")}`);
    return result;
  } catch (error) {
    const message = error instanceof Error ? error.message.split("\n")[0]! : String(error);
    return {
      ...base,
      status: error instanceof TimeoutError ? "timeout" : "error",
      message: `${phase}: ${message}${errors.length ? ` (page errors: ${errors[0]})` : ""}`,
    };
  } finally {
    // A page stuck in a long task may not close politely; give up on it after 10 s.
    await within(context.close(), 10_000, "closing the page").catch(() => undefined);
  }
}

/** The light trace category whose task events carry thread CPU time (`tdur`). */
const traceCategory = "toplevel";

/**
 * Tasks of the renderer's main thread that used more than 50 ms of CPU (trace `tdur`), in a
 * trace of one gesture and the 750 ms after it.
 */
export function cpuLongTasks(trace: Buffer): { cpuLongTasks: number; cpuLongTaskMax: number } {
  const events = (
    JSON.parse(trace.toString("utf8")) as {
      traceEvents: {
        name: string;
        ph: string;
        pid: number;
        tid: number;
        tdur?: number;
        args?: { name?: string };
      }[];
    }
  ).traceEvents;
  const mains = new Set(
    events
      .filter((e) => e.name === "thread_name" && e.args?.name === "CrRendererMain")
      .map((e) => `${e.pid}:${e.tid}`),
  );
  const cpu = events
    .filter(
      (e) =>
        e.name === "ThreadControllerImpl::RunTask" &&
        e.ph === "X" &&
        mains.has(`${e.pid}:${e.tid}`),
    )
    .map((e) => (e.tdur ?? 0) / 1000)
    .filter((ms) => ms > 50);
  return { cpuLongTasks: cpu.length, cpuLongTaskMax: cpu.length ? Math.max(...cpu) : 0 };
}

/** The gestures of a measurement, in the order they run, with their names in the log. */
export const gestureNames = [
  ["zoomFirst", "first zoom"],
  ["zoom", "zoom"],
  ["pan", "pan"],
  ["programmatic", "zoomTo"],
] as const;

/** "first zoom p95 17 ms, 0 long; zoom …" for the log; long tasks over 50 ms flagged with "!". */
function gestureLine(m: BrowserMeasurement): string {
  return gestureNames
    .map(([key, name]) => {
      const g = m[key];
      if (!g) return `${name} –`;
      const flag =
        g.longTasks > 0
          ? ` (${g.longTasks} long!, max ${g.longTaskMax.toFixed(0)} ms; over 50 ms of CPU: ${g.cpuLongTasks ?? "–"})`
          : "";
      return `${name} interval p95 ${g.intervalP95.toFixed(1)} ms${flag}`;
    })
    .join(", ");
}

/** Launches Debian's Chromium with the project's flags. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/**
 * Measures every library at every size, `runs` times, in one browser. Within a run the order of
 * libraries rotates, so drift in machine load does not always favour the same one. A library
 * that does not render at a size (timeout or error) is not tried again at that size or larger.
 */
export async function runBrowserBench(options: BrowserBenchOptions): Promise<{
  measurements: BrowserMeasurement[];
  chromiumVersion: string;
}> {
  let browser = await launchChromium();
  const chromiumVersion = browser.version();
  const measurements: BrowserMeasurement[] = [];
  const failedAt = new Map<string, number>();
  try {
    for (const n of options.sizes) {
      for (let run = 1; run <= options.runs; run++) {
        const count = options.libraries.length;
        for (let k = 0; k < count; k++) {
          const library = options.libraries[(k + run - 1) % count]!;
          const failed = failedAt.get(library.name);
          if (failed !== undefined && failed <= n) continue;
          const started = performance.now();
          const m = await measureOnce(browser, options, library, n, run);
          measurements.push(m);
          const took = ((performance.now() - started) / 1000).toFixed(1);
          if (m.message?.startsWith("interaction")) {
            // A renderer still busy with queued input would slow the next page: start afresh.
            await within(browser.close(), 10_000, "closing the browser").catch(() => undefined);
            browser = await launchChromium();
          }
          if (m.status === "ok") {
            options.log(
              `  ${library.name.padEnd(16)} n=${String(n).padStart(6)} run ${run}: render ${m.renderMs!.toFixed(1)} ms (again ${m.renderAgainMs?.toFixed(1) ?? "–"} ms), heap ${m.heapAfterMB!.toFixed(1)} MB, ${m.domNodes} nodes; ${gestureLine(m)} (${took} s)${m.message ? ` ${m.message}` : ""}`,
            );
          } else {
            options.log(
              `  ${library.name.padEnd(16)} n=${String(n).padStart(6)} run ${run}: ${m.status}: ${m.message}`,
            );
            failedAt.set(library.name, n);
            if (!browser.isConnected() || m.status === "timeout") {
              // A renderer stuck in a long task can slow the next page: start afresh.
              await within(browser.close(), 10_000, "closing the browser").catch(() => undefined);
              browser = await launchChromium();
            }
          }
        }
      }
      options.onSizeDone?.(measurements, chromiumVersion);
    }
  } finally {
    await browser.close().catch(() => undefined);
  }
  return { measurements, chromiumVersion };
}
