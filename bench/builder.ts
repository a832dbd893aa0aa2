// How the chart builder (examples/builder.html) holds up with a 1,000-row sheet, in headless
// Chromium: the paste (grid built, sheet validated, chart drawn), then typing into one cell of
// row 50 — the time from each key to the next frame, and the long tasks of the debounced
// validation and redraw that follow. A measurement to read, not a pass/fail test.
//
//   npx tsx bench/builder.ts [--rows 1000] [--keys 20] [--runs 3]
import { parseArgs } from "node:util";
import { largeSheetTsv } from "../examples/builder/sampleSheet.ts";
import { launchChromium, startServer } from "../tests/embed/chromiumHarness.ts";

const { values } = parseArgs({
  options: {
    rows: { type: "string", default: "1000" },
    keys: { type: "string", default: "20" },
    runs: { type: "string", default: "3" },
  },
});
const rows = Number(values.rows);
const keys = Number(values.keys);
const runs = Number(values.runs);

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const round = (x: number) => Math.round(x * 10) / 10;

const { server, url } = await startServer();
const browser = await launchChromium();
const results: Record<string, number>[] = [];
try {
  for (let run = 0; run < runs; run++) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
    const page = await context.newPage();
    await page.goto(`${url}/examples/builder.html`);
    await page.waitForSelector("table.grid tbody tr");
    // Long tasks from here on, for the whole session.
    await page.evaluate(() => {
      const w = window as unknown as { longTasks: number[] };
      w.longTasks = [];
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) w.longTasks.push(entry.duration);
      }).observe({ type: "longtask", buffered: false });
    });
    const tsv = largeSheetTsv(rows);
    // The paste: its handler builds the grid, validates and draws in one go; then two frames.
    const paste = await page.evaluate(async (text) => {
      const target = document.getElementById("paste")!;
      const transfer = new DataTransfer();
      transfer.setData("text/plain", text);
      const t0 = performance.now();
      target.dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
      const handled = performance.now() - t0;
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      return { handled, painted: performance.now() - t0 };
    }, tsv);
    const counted = await page.locator("#tab-events").textContent();
    if (!counted?.includes(`(${rows})`)) throw new Error(`the grid shows ${counted}`);
    await page.waitForTimeout(1500);
    await page.evaluate(() => {
      (window as unknown as { longTasks: number[] }).longTasks = [];
    });

    // Typing into row 50's title (on the first page of 100 rows): key to the frame after its input.
    const cell = page.getByRole("textbox", {
      name: `title, event ${Math.min(50, rows)}`,
      exact: true,
    });
    await cell.click();
    await page.keyboard.press("End");
    await page.evaluate(() => {
      const w = window as unknown as { keyDelays: number[] };
      w.keyDelays = [];
      document.addEventListener(
        "input",
        (event) => {
          const start = event.timeStamp;
          requestAnimationFrame(() =>
            requestAnimationFrame(() => w.keyDelays.push(performance.now() - start)),
          );
        },
        { capture: true },
      );
    });
    for (let i = 0; i < keys; i++) {
      await page.keyboard.type("x");
      await page.waitForTimeout(60);
    }
    // The debounced validation (250 ms) and redraw run after the last key.
    await page.waitForTimeout(1500);
    const typed = await page.evaluate(() => {
      const w = window as unknown as { keyDelays: number[]; longTasks: number[] };
      return { delays: w.keyDelays, longTasks: w.longTasks };
    });
    // One validation + redraw, timed alone.
    const revalidate = await page.evaluate(() => {
      const b = (window as unknown as { builder: { sheet: unknown; flush(): void } }).builder;
      const input = document.querySelector<HTMLInputElement>('[aria-label="title, event 1"]')!;
      input.value += "y";
      input.dispatchEvent(new Event("input", { bubbles: true }));
      const t0 = performance.now();
      b.flush();
      return performance.now() - t0;
    });
    const finalTitle = await cell.inputValue();
    if (!finalTitle.endsWith("x".repeat(keys))) throw new Error(`typed text lost: ${finalTitle}`);
    results.push({
      pasteHandled: paste.handled,
      pastePainted: paste.painted,
      keyMedian: median(typed.delays),
      keyMax: Math.max(...typed.delays),
      keys: typed.delays.length,
      longTasksWhileTyping: typed.longTasks.length,
      longestTaskWhileTyping: Math.max(0, ...typed.longTasks),
      validateAndDraw: revalidate,
    });
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}

console.log(`builder, ${rows}-row paste, ${runs} runs (medians over runs; ms):`);
const keysOf = Object.keys(results[0]!);
for (const key of keysOf) {
  const all = results.map((r) => r[key]!);
  console.log(`  ${key.padEnd(24)} ${round(median(all))}   [${all.map(round).join(", ")}]`);
}
