// Takes examples/rendered/timeline-375.png: the default dataset's timeline at 375 px (a phone),
// which draws vertically, in Debian's Chromium through playwright-core.
// Run: npx tsx scripts/screenshotVertical.ts [out.png] [dataset.json] [width] [options-json]
// (SCALE=2 for a sharper picture, PARTS=1 for screen-sized slices beside it.)
import { launchChromium, root, startServer } from "../tests/embed/chromiumHarness";

const out = process.argv[2] ?? `${root}examples/rendered/timeline-375.png`;
const data = process.argv[3] ?? "data/csam-operations.json";
const width = Number(process.argv[4] ?? 375);
const options = process.argv[5] ?? "{}";

const { server, url } = await startServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage({
    viewport: { width, height: 812 },
    deviceScaleFactor: Number(process.env.SCALE ?? 1),
  });
  page.on("console", (m) => console.log("page:", m.text()));
  page.on("pageerror", (e) => console.log("page error:", e.message));
  await page.goto(`${url}/examples/`);
  await page.setContent(
    `<!doctype html><html lang="en"><head><meta name="viewport" content="width=device-width"><style>body{margin:0;padding:0 0;font-family:system-ui,sans-serif}</style></head><body><div id="chart"></div></body></html>`,
  );
  await page.addScriptTag({
    type: "module",
    content: `
      import { parseDataset } from "${url}/src/io/parseDataset.ts";
      import { createTimeline } from "${url}/src/components/timeline/index.ts";
      const raw = await (await fetch("${url}/${data}")).json();
      const { data: dataset } = parseDataset(raw);
      window.chart = createTimeline(document.getElementById("chart"), dataset, { theme: "light", ...${options} });
      window.ready = true;`,
  });
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  await page.waitForTimeout(300);
  await page.screenshot({ path: out, fullPage: true });
  // PARTS=1: also the page in phone-screen slices, to look at closely.
  if (process.env.PARTS) {
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let y = 0, k = 0; y < height; y += 700, k++) {
      await page.screenshot({
        path: out.replace(/\.png$/, `-${k}.png`),
        fullPage: true,
        clip: { x: 0, y, width, height: Math.min(700, height - y) },
      });
    }
  }
  console.log(out);
} finally {
  await browser.close();
  await server.close();
}
