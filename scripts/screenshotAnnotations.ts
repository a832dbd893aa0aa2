// Screenshots of the default dataset's annotations (and an event's image in the details panel)
// at a phone and a desktop width, in Debian's Chromium through playwright-core, to look at.
// Run: npx tsx scripts/screenshotAnnotations.ts [outDir] [dataset.json]
// Writes <outDir>/annotations-{timeline,trend}-{375,1280}.png and annotations-details-1280.png.
import { launchChromium, startServer } from "../tests/embed/chromiumHarness";

const outDir = process.argv[2] ?? "/tmp";
const data = process.argv[3] ?? "data/csam-operations.json";

const { server, url } = await startServer();
const browser = await launchChromium();
try {
  for (const width of [375, 1280]) {
    for (const chart of ["timeline", "trend"] as const) {
      const page = await browser.newPage({ viewport: { width, height: 800 } });
      page.on("pageerror", (e) => console.log("page error:", e.message));
      await page.goto(`${url}/examples/`);
      await page.setContent(
        `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><style>body{margin:0;font-family:system-ui,sans-serif}</style></head><body><div id="chart"></div></body></html>`,
      );
      const create =
        chart === "timeline"
          ? `import("${url}/src/components/timeline/index.ts").then((m) => m.createTimeline(el, dataset, { theme: "light" }))`
          : `import("${url}/src/components/trend/index.ts").then((m) => m.createTrend(el, dataset, { theme: "light", metric: "arrests" }))`;
      await page.addScriptTag({
        type: "module",
        content: `
          import { parseDataset } from "${url}/src/io/parseDataset.ts";
          const raw = await (await fetch("${url}/${data}")).json();
          const { data: dataset, issues } = parseDataset(raw);
          if (!dataset) console.log(JSON.stringify(issues));
          const el = document.getElementById("chart");
          window.chart = await ${create};
          window.ready = true;`,
      });
      await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
      await page.waitForTimeout(300);
      const out = `${outDir}/annotations-${chart}-${width}.png`;
      await page.screenshot({ path: out, fullPage: true });
      console.log(out);
      if (chart === "timeline" && width === 1280 && process.env.SELECT) {
        await page.evaluate(
          (id) => (window as unknown as { chart: { select(id: string): void } }).chart.select(id),
          process.env.SELECT,
        );
        await page.waitForTimeout(300);
        const details = `${outDir}/annotations-details-1280.png`;
        await page.screenshot({ path: details, fullPage: true });
        console.log(details);
      }
      await page.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
