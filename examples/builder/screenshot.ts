// The README's picture of the builder: the synthetic sample sheet pasted, its two errors fixed,
// a headline set and the phone preview on, at 1,280 px in Debian's Chromium.
// Run: npx tsx examples/builder/screenshot.ts  (writes examples/rendered/builder.png)
import { launchChromium, root, startServer } from "../../tests/embed/chromiumHarness.ts";
import { sampleSheetTsv } from "./sampleSheet.ts";

const { server, url } = await startServer();
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${url}/examples/builder.html`);
  await page.waitForSelector("table.grid tbody tr");
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", text);
    document
      .getElementById("paste")!
      .dispatchEvent(
        new ClipboardEvent("paste", { clipboardData: transfer, bubbles: true, cancelable: true }),
      );
  }, sampleSheetTsv());
  await page.getByRole("button", { name: /Fix countries of event 4/ }).click();
  await page.getByRole("button", { name: /Fix when of event 10/ }).click();
  await page.getByLabel("Headline", { exact: true }).fill("Fictional darknet market takedowns");
  await page.getByLabel("Lanes").selectOption("country");
  await page.getByLabel("Phone preview (375 px)").check();
  await page.waitForFunction(() => document.querySelectorAll("#phone-chart .jl-mark").length > 0);
  // The fixes moved the focus (and the grid's scroll) to their cells: back to the first column.
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur();
    document.getElementById("grid-scroll")!.scrollLeft = 0;
  });
  await page.waitForTimeout(500);
  // The editing and preview sections, down to the bottom of the phone preview.
  const area = await page.evaluate(() => {
    const top = document.querySelector(".workspace")!.getBoundingClientRect().top + scrollY;
    const bottom =
      document.getElementById("phone-preview")!.getBoundingClientRect().bottom + scrollY;
    return { top, bottom };
  });
  await page.screenshot({
    path: `${root}examples/rendered/builder.png`,
    fullPage: true,
    clip: { x: 0, y: area.top - 8, width: 1280, height: area.bottom - area.top + 16 },
  });
} finally {
  await browser.close();
  await server.close();
}
