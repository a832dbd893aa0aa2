// `npx tsx bench/gesturePart.ts --runs 5` (after `npm run build`): what a reader meets while the
// script-tag core fetches the timeline's gesture part (jointline.gesture.js, issue 19), from a
// local server, in Chromium. Three measures, each on a fresh page of one <jointline-timeline>
// (the default dataset, 1100 × 900):
//
// - touch: the view zoomed in with zoomTo, then a first touch drag (touchstart, 20 moves 16 ms
//   apart, touchend) sent through the DevTools protocol: when the part was attached after the
//   touchstart, whether that first drag moved the view or scrolled the page, and whether a
//   second drag pans;
// - wheel mid-gesture: the part held 150 ms by the route, the pointer entering the plot, then
//   60 wheel steps 16 ms apart: when the part arrived and was attached (from the first wheel),
//   the long tasks (> 50 ms) and the longest frame interval inside the gesture, and how far the
//   view zoomed, and whether the page scrolled;
// - the part's own cost: its text run once as an inline script in a page holding the core, timed;
// - hover (`--only hover` runs this one alone): since the part also carries what the pointer and
//   keys do (readerInput.ts), a first hover waits for it: the pointer moved once onto a glyph
//   right after the page drew, and how long after that move the tooltip showed (the core holds
//   the pointer's position and replays it when the part attaches), with the part held 150 ms by
//   the route, not held (the local server), and fetched up front (data-parts="gesture"); the
//   medians of the runs are printed at the end.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { type Browser, chromium, type Page } from "playwright-core";
import { chromiumArgs, chromiumPath } from "../scripts/chromium";
import { serveStatic } from "./serveStatic";

const root = fileURLToPath(new URL("..", import.meta.url));
const { values: args } = parseArgs({
  options: { runs: { type: "string", default: "5" }, only: { type: "string" } },
});
const runs = Number(args.runs);
const only = args.only;

const page = (body: string) =>
  `<!doctype html><html><head><meta charset="utf-8"></head><body style="height:3000px">${body}<script src="/dist/jointline.iife.js"></script></body></html>`;
const pages = {
  "/timeline.html": page(
    `<jointline-timeline src="/data/csam-operations.json"></jointline-timeline>`,
  ),
};

/** In the page: the first timeline's window, its SVG's zoom state and the plot's middle. */
const probe = (p: Page) =>
  p.evaluate(() => {
    const shadow = document.querySelector("jointline-timeline")!.shadowRoot!;
    const root = shadow.querySelector(".jl-timeline")!;
    const plot = shadow.querySelector<HTMLElement>(".jl-plot")!;
    const box = plot.getBoundingClientRect();
    return {
      window: root.getAttribute("data-window"),
      scrollY: window.scrollY,
      x: box.left + box.width / 2,
      y: box.top + Math.min(box.height / 2, 120),
    };
  });

/** In the page: records when d3-zoom's wheel listener appears on the plot's SVG (per frame). */
const watchAttach = (p: Page) =>
  p.evaluate(() => {
    const w = window as unknown as { attachedAt?: number; startedAt?: number };
    const svg = document
      .querySelector("jointline-timeline")!
      .shadowRoot!.querySelector(".jl-plot svg") as unknown as { __on?: { type: string }[] };
    const check = () => {
      if (svg.__on?.some((l) => l.type === "wheel")) w.attachedAt = performance.now();
      else requestAnimationFrame(check);
    };
    requestAnimationFrame(check);
    for (const type of ["touchstart", "wheel", "pointerover"])
      addEventListener(type, () => (w.startedAt ??= performance.now()), {
        capture: true,
        passive: true,
      });
  });

const ready = (p: Page) =>
  p.waitForFunction(() =>
    (
      document.querySelector("jointline-timeline") as HTMLElement & { ready?: Promise<void> }
    )?.ready?.then(() => true),
  );

async function main(): Promise<void> {
  const server = await serveStatic({
    "/dist/": `${root}dist`,
    "/data/": `${root}data`,
    "/": `${root}bench`,
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
  const html = (p: Page) =>
    p.route(/timeline\.html$/, (route) =>
      route.fulfill({ contentType: "text/html", body: pages["/timeline.html"] }),
    );
  const hovers = new Map<string, number[]>();
  try {
    for (let run = 1; run <= runs; run++) {
      for (const mode of ["held 150 ms", "not held", "fetched up front"] as const) {
        const result = await firstHover(browser, server.origin, mode);
        const list = hovers.get(mode) ?? [];
        list.push(result.shown);
        hovers.set(mode, list);
        console.log(
          `run ${run} hover (${mode}): tooltip shown ${result.shown.toFixed(1)} ms after the pointer's one move onto a glyph; part in ${result.arrived.toFixed(1)} ms after it`,
        );
      }
      if (only === "hover") continue;
      // Touch.
      const touch = await browser.newContext({
        viewport: { width: 1100, height: 900 },
        hasTouch: true,
      });
      // tsx names the functions passed to evaluate with a helper the page lacks.
      await touch.addInitScript("window.__name = (f) => f;");
      const p = await touch.newPage();
      await html(p);
      await p.goto(`${server.origin}/timeline.html`);
      await ready(p);
      await p.evaluate(() => {
        const e = document.querySelector("jointline-timeline") as HTMLElement & {
          chart: { zoomTo(w: [number, number]): void };
        };
        e.chart.zoomTo([Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1)]);
      });
      await watchAttach(p);
      const cdp = await touch.newCDPSession(p);
      const drag = async (x: number, y: number) => {
        await cdp.send("Input.dispatchTouchEvent", {
          type: "touchStart",
          touchPoints: [{ x, y }],
        });
        for (let i = 1; i <= 20; i++) {
          await new Promise((done) => setTimeout(done, 16));
          await cdp.send("Input.dispatchTouchEvent", {
            type: "touchMove",
            touchPoints: [{ x: x + i * 8, y }],
          });
        }
        await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
        await new Promise((done) => setTimeout(done, 300));
      };
      const before = await probe(p);
      await drag(before.x, before.y);
      const first = await probe(p);
      await drag(before.x, before.y);
      const second = await probe(p);
      const timing = await p.evaluate(() => {
        const w = window as unknown as { attachedAt?: number; startedAt?: number };
        return w.attachedAt !== undefined && w.startedAt !== undefined
          ? w.attachedAt - w.startedAt
          : Number.NaN;
      });
      console.log(
        `run ${run} touch: part attached ${timing.toFixed(1)} ms after the touchstart; first drag (${20 * 16} ms) moved the view: ${first.window !== before.window}, scrolled the page: ${first.scrollY !== before.scrollY}; second drag moved the view: ${second.window !== first.window}`,
      );
      await touch.close();

      for (const preload of [false, true]) {
        // Wheel, the part arriving mid-gesture (the part held 150 ms by the route); the control,
        // the part fetched up front (data-parts="gesture") and here before the wheel.
        const desk = await browser.newContext({ viewport: { width: 1100, height: 900 } });
        await desk.addInitScript("window.__name = (f) => f;");
        const q = await desk.newPage();
        await q.route(/timeline\.html$/, (route) =>
          route.fulfill({
            contentType: "text/html",
            body: preload
              ? pages["/timeline.html"].replace('iife.js"', 'iife.js" data-parts="gesture"')
              : pages["/timeline.html"],
          }),
        );
        await q.route(/jointline\.gesture\.js$/, async (route) => {
          await new Promise((done) => setTimeout(done, 150));
          await route.continue();
        });
        await q.goto(`${server.origin}/timeline.html`);
        await ready(q);
        await watchAttach(q);
        await q.evaluate(() => {
          const w = window as unknown as { longTasks: number[]; frames: number[] };
          w.longTasks = [];
          w.frames = [];
          new PerformanceObserver((list) => {
            for (const e of list.getEntries()) w.longTasks.push(e.duration);
          }).observe({ type: "longtask" });
        });
        const at = await probe(q);
        await q.mouse.move(at.x, at.y);
        await q.evaluate(() => {
          const w = window as unknown as { frames: number[]; recording: boolean };
          w.recording = true;
          const tick = (t: number) => {
            if (!w.recording) return;
            w.frames.push(t);
            requestAnimationFrame(tick);
          };
          requestAnimationFrame(tick);
        });
        for (let i = 0; i < 60; i++) {
          await q.mouse.wheel(0, -40);
          await new Promise((done) => setTimeout(done, 16));
        }
        await new Promise((done) => setTimeout(done, 300));
        const wheel = await q.evaluate(() => {
          const w = window as unknown as {
            frames: number[];
            recording: boolean;
            longTasks: number[];
            attachedAt?: number;
            startedAt?: number;
          };
          w.recording = false;
          const gaps = w.frames.slice(1).map((t, i) => t - w.frames[i]!);
          const worst = gaps.indexOf(Math.max(...gaps));
          const entry = performance
            .getEntriesByType("resource")
            .find((e) => e.name.endsWith("jointline.gesture.js")) as
            | PerformanceResourceTiming
            | undefined;
          return {
            longTasks: w.longTasks,
            maxGap: Math.max(...gaps),
            maxGapAt: (w.frames[worst] ?? 0) - (w.startedAt ?? 0),
            p95: [...gaps].sort((a, b) => a - b)[Math.floor(gaps.length * 0.95)] ?? Number.NaN,
            frames: w.frames.length,
            arrived: entry ? entry.responseEnd - (w.startedAt ?? 0) : Number.NaN,
            attached: (w.attachedAt ?? Number.NaN) - (w.startedAt ?? 0),
          };
        });
        const after = await probe(q);
        const span = (s: string | null) => {
          const [a = 0, b = 0] = (s ?? "").split(",").map(Number);
          return b - a;
        };
        console.log(
          `run ${run} wheel${preload ? " (part fetched up front)" : ""}: part in ${wheel.arrived.toFixed(1)} ms after the pointer entered, attached at ${wheel.attached.toFixed(1)} ms; ${wheel.frames} frames, interval p95 ${wheel.p95.toFixed(1)} ms, longest ${wheel.maxGap.toFixed(1)} ms at ${wheel.maxGapAt.toFixed(0)} ms; long tasks: ${wheel.longTasks.length ? wheel.longTasks.map((d) => d.toFixed(0)).join(", ") : "none"}; window ${(span(at.window) / span(after.window)).toFixed(2)}× narrower; page scrolled ${after.scrollY - at.scrollY} px`,
        );
      }
      // The part's own cost, in a page holding the core.
      const desk = await browser.newContext({ viewport: { width: 1100, height: 900 } });
      const q = await desk.newPage();
      await html(q);
      await q.goto(`${server.origin}/timeline.html`);
      await ready(q);
      const text = readFileSync(`${root}dist/jointline.gesture.js`, "utf8");
      // An inline script runs as it is inserted: the time of its compiling and running.
      const cost = await q.evaluate((code) => {
        const script = document.createElement("script");
        script.textContent = code;
        const t0 = performance.now();
        document.head.append(script);
        return performance.now() - t0;
      }, text);
      console.log(
        `run ${run} part: compiled and run in ${cost.toFixed(2)} ms (${text.length} bytes)`,
      );
      await desk.close();
    }
    for (const [mode, list] of hovers)
      console.log(
        `hover (${mode}), median of ${list.length}: ${median(list).toFixed(1)} ms (${[...list]
          .sort((a, b) => a - b)
          .map((v) => v.toFixed(1))
          .join(", ")})`,
      );
  } finally {
    await browser.close();
    await server.close();
  }
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * A first hover on a fresh page: the pointer moved once onto a glyph right after the page drew;
 * how long after that move the tooltip showed (`shown`, ms; NaN if not within 5 s), and when the
 * gesture part had arrived (`arrived`, its resource's responseEnd; negative when fetched up front).
 */
async function firstHover(
  browser: Browser,
  origin: string,
  mode: "held 150 ms" | "not held" | "fetched up front",
): Promise<{ shown: number; arrived: number }> {
  const desk = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  try {
    await desk.addInitScript("window.__name = (f) => f;");
    const q = await desk.newPage();
    const body = pages["/timeline.html"];
    await q.route(/timeline\.html$/, (route) =>
      route.fulfill({
        contentType: "text/html",
        body:
          mode === "fetched up front"
            ? body.replace('iife.js"', 'iife.js" data-parts="gesture"')
            : body,
      }),
    );
    if (mode === "held 150 ms")
      await q.route(/jointline\.gesture\.js$/, async (route) => {
        await new Promise((done) => setTimeout(done, 150));
        await route.continue();
      });
    await q.goto(`${origin}/timeline.html`);
    await ready(q);
    if (mode === "fetched up front")
      await q.waitForFunction(() =>
        performance.getEntriesByType("resource").some((e) => e.name.endsWith("gesture.js")),
      );
    const glyph = (await q.locator("jointline-timeline .jl-mark .jl-glyph").nth(4).boundingBox())!;
    await q.evaluate(() => {
      const w = window as unknown as { movedAt?: number; shownAt?: number };
      const tip = document
        .querySelector("jointline-timeline")!
        .shadowRoot!.querySelector<HTMLElement>(".jl-tooltip")!;
      addEventListener("pointermove", () => (w.movedAt ??= performance.now()), {
        capture: true,
        passive: true,
      });
      new MutationObserver(() => {
        if (!tip.hidden) w.shownAt ??= performance.now();
      }).observe(tip, { attributes: true, attributeFilter: ["hidden"] });
    });
    await q.mouse.move(glyph.x + glyph.width / 2, glyph.y + glyph.height / 2);
    await q
      .waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt !== undefined, {
        timeout: 5000,
      })
      .catch(() => {});
    return await q.evaluate(() => {
      const w = window as unknown as { movedAt?: number; shownAt?: number };
      const entry = performance
        .getEntriesByType("resource")
        .find((e) => e.name.endsWith("jointline.gesture.js")) as
        | PerformanceResourceTiming
        | undefined;
      const moved = w.movedAt ?? Number.NaN;
      return {
        shown: (w.shownAt ?? Number.NaN) - moved,
        arrived: entry ? entry.responseEnd - moved : Number.NaN,
      };
    });
  } finally {
    await desk.close();
  }
}

await main();
