import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, type ExpectStatic, expect, it } from "vitest";
import { chartMarks, copyReveal, downloadedBytes, fileUrl, openPage } from "./chromiumHarness";
import { connectChromium, sharedServerUrl } from "./sharedBrowser";

// Example pages in real Chromium, from a local server and from file://. Screenshots of each go
// to a temporary folder (printed) for a person to look at.
// Each test opens its own browser context, so the groups run side by side (describe.concurrent,
// a few pages at a time: the bundle project's maxConcurrency in vite.config.ts).
let browser: Browser;
let base: string;
const shots = mkdtempSync(join(tmpdir(), "jointline-examples-"));

beforeAll(async () => {
  copyReveal();
  base = sharedServerUrl();
  browser = await connectChromium();
  console.log(`example screenshots: ${shots}`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const open = (
  url: string,
  options?: { javaScriptEnabled?: boolean; width?: number; height?: number },
) => openPage(browser, url, options);

describe.concurrent.each([
  ["a local server", () => `${base}/examples/article.html`],
  ["file://", () => fileUrl("examples/article.html")],
])("examples/article.html from %s", (_, url) => {
  it("draws the timeline with one script tag, the content note first and the host page's theme", async () => {
    const { page, errors, close } = await open(url());
    expect(await chartMarks(page, "jointline-timeline")).toBe(33);
    const look = await page.evaluate(() => {
      const host = document.querySelector("jointline-timeline")!;
      const shadow = host.shadowRoot!;
      const chart = shadow.querySelector(".jl-timeline")!;
      const style = getComputedStyle(chart);
      return {
        first: shadow.querySelector(".jl-embed")!.firstElementChild!.className,
        noteInHeader: Boolean(shadow.querySelector(".jl-chrome-header > .jl-content-note")),
        headline: shadow.querySelector(".jl-chrome-headline")?.textContent,
        sourceLine: shadow.querySelector(".jl-chrome-source-line")?.textContent,
        background: style.backgroundColor,
        cat1: style.getPropertyValue("--jl-cat-1").trim(),
        font: style.fontFamily,
        articleFont: getComputedStyle(document.querySelector("article p")!).fontFamily,
        noteFont: getComputedStyle(shadow.querySelector(".jl-content-note")!).fontFamily,
        fallbackWidth: host.querySelector("img")!.getBoundingClientRect().width,
      };
    });
    // The chart chrome first: headline, dek and the content note, all before the chart; the
    // source line under it.
    expect(look.first).toBe("jl-chrome jl-chrome-header");
    expect(look.noteInHeader).toBe(true);
    expect(look.headline).toMatch(/^International operations/);
    expect(look.sourceLine).toMatch(/^Sources: /);
    // Set in the article's stylesheet on jointline-timeline, across the shadow boundary.
    expect(look.background).toBe("rgb(251, 250, 247)");
    expect(look.cat1).toBe("#1f4e79");
    expect(look.font).toMatch(/^"DejaVu Sans"/);
    // No leak either way: the article keeps its serif, the chart does not take it.
    expect(look.articleFont).toMatch(/^Georgia/);
    expect(look.noteFont).not.toMatch(/Georgia/);
    // The no-script fallback inside the element is not shown once the chart draws.
    expect(look.fallbackWidth).toBe(0);
    await page.screenshot({
      path: join(shots, `article-${url().startsWith("file") ? "file" : "http"}.png`),
      fullPage: true,
    });
    expect(errors).toEqual([]);
    await close();
  }, 60_000);
});

describe.concurrent("examples/article.html attributes", () => {
  it("changing lanes, theme and start/end on the element redraws the chart", async () => {
    const { page, close } = await open(`${base}/examples/article.html`);
    await chartMarks(page, "jointline-timeline");
    const laneLabels = () =>
      page.evaluate(() =>
        Array.from(
          document
            .querySelector("jointline-timeline")!
            .shadowRoot!.querySelectorAll(".jl-lane-label"),
          (n) => n.textContent,
        ),
      );
    const before = await laneLabels();
    expect(before.join(" ")).toMatch(/Operations/);
    await page.evaluate(() =>
      document.querySelector("jointline-timeline")!.setAttribute("lanes", "country"),
    );
    await page.waitForFunction(() =>
      Array.from(
        document
          .querySelector("jointline-timeline")!
          .shadowRoot!.querySelectorAll(".jl-lane-label"),
      ).some((n) => /United States|Germany|Netherlands/.test(n.textContent ?? "")),
    );
    expect(await laneLabels()).not.toEqual(before);

    await page.evaluate(() =>
      document.querySelector("jointline-timeline")!.setAttribute("theme", "dark"),
    );
    await page.waitForFunction(
      () =>
        getComputedStyle(
          document.querySelector("jointline-timeline")!.shadowRoot!.querySelector(".jl-timeline")!,
        ).backgroundColor === "rgb(22, 24, 28)",
    );

    const axis = () =>
      page.evaluate(() =>
        Array.from(
          document
            .querySelector("jointline-timeline")!
            .shadowRoot!.querySelectorAll(".jl-tick text"),
          (n) => n.textContent,
        ).join(" "),
      );
    const wide = await axis();
    await page.evaluate(() => {
      const element = document.querySelector("jointline-timeline")!;
      element.setAttribute("start", "2018");
      element.setAttribute("end", "2019");
    });
    await page.waitForFunction((previous) => {
      const text = Array.from(
        document.querySelector("jointline-timeline")!.shadowRoot!.querySelectorAll(".jl-tick text"),
        (n) => n.textContent,
      ).join(" ");
      return text !== previous && !/2010/.test(text);
    }, wide);
    await page.screenshot({ path: join(shots, "article-attributes.png"), fullPage: true });
    await close();
  }, 60_000);

  it("printed, the chart drops its menu and toolbar and is not clipped to a scroll box", async () => {
    const { page, close } = await open(`${base}/examples/article.html`);
    await chartMarks(page, "jointline-timeline");
    await page.emulateMedia({ media: "print" });
    const print = await page.evaluate(() => {
      const shadow = document.querySelector("jointline-timeline")!.shadowRoot!;
      return {
        menu: getComputedStyle(shadow.querySelector(".jl-embed-bar")!).display,
        toolbar: getComputedStyle(shadow.querySelector(".jl-toolbar")!).display,
        plot: getComputedStyle(shadow.querySelector(".jl-plot")!).maxHeight,
        background: getComputedStyle(shadow.querySelector(".jl-embed")!).backgroundColor,
      };
    });
    expect(print).toEqual({
      menu: "none",
      toolbar: "none",
      plot: "none",
      background: "rgb(255, 255, 255)",
    });
    await close();
  }, 60_000);

  it("without JavaScript the article shows the static SVG fallback", async () => {
    const { page, close } = await open(`${base}/examples/article.html`, {
      javaScriptEnabled: false,
    });
    await page.waitForFunction(
      () => (document.querySelector("jointline-timeline img") as HTMLImageElement).complete,
    );
    const size = await page.evaluate(() => {
      const img = document.querySelector("jointline-timeline img") as HTMLImageElement;
      return { natural: img.naturalWidth, shown: img.getBoundingClientRect().width };
    });
    expect(size.natural).toBe(960);
    expect(size.shown).toBeGreaterThan(300);
    await page.screenshot({ path: join(shots, "article-no-js.png"), fullPage: true });
    await close();
  }, 60_000);

  it("the menu exports a self-contained SVG and a 2× PNG, and offers presentation mode", async ({
    expect,
  }) => {
    const { page, close } = await open(`${base}/examples/article.html`);
    await chartMarks(page, "jointline-timeline");
    const menu = page.locator("jointline-timeline").locator(".jl-embed-menu > summary");
    await menu.click();
    const [svgDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: "Download SVG" }).click(),
    ]);
    const svg = (await downloadedBytes(svgDownload)).toString("utf8");
    expect(svgDownload.suggestedFilename()).toMatch(/-timeline\.svg$/);
    expect(svg.startsWith("<svg")).toBe(true);
    expect(svg).not.toContain("var(");
    // The article's theme travelled into the file.
    expect(svg).toContain("#1f4e79");
    expect(svg).toContain("#fbfaf7");
    await menu.click();
    const [pngDownload] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: /PNG \(2×/ }).click(),
    ]);
    const png = await downloadedBytes(pngDownload);
    const width = Number.parseFloat(/<svg[^>]*\swidth="([\d.]+)"/.exec(svg)![1]!);
    expect(png.readUInt32BE(16)).toBe(Math.round(width * 2));
    await menu.click();
    const [slide] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("menuitem", { name: /1920×1080/ }).click(),
    ]);
    const slidePng = await downloadedBytes(slide);
    expect([slidePng.readUInt32BE(16), slidePng.readUInt32BE(20)]).toEqual([1920, 1080]);

    await menu.click();
    await page.getByRole("menuitem", { name: /Present/ }).click();
    const presentation = page.locator("jointline-timeline").locator(".jl-presentation");
    await presentation.waitFor();
    await page.keyboard.press("ArrowRight");
    await expect
      .poll(() => presentation.locator(".jl-presentation-count").textContent(), {
        timeout: 15_000,
      })
      .toBe("1 / 33");
    await page.screenshot({ path: join(shots, "article-present.png") });
    await page.keyboard.press("Escape");
    await presentation.waitFor({ state: "detached" });
    await close();
  }, 60_000);
});

describe.concurrent("a script tag before the element with inline data", () => {
  it("the element waits for its inline JSON child to be parsed and draws it (it said 'no data')", async () => {
    const data = readFileSync(new URL("../../data/csam-operations.json", import.meta.url), "utf8");
    const html = `<!doctype html><html><head><script src="/dist/jointline.iife.js"></script></head>
<body><jointline-timeline><script type="application/json">${data.replace(/</g, "\\u003c")}</script></jointline-timeline>
<p>After the chart.</p></body></html>`;
    // A blank page first (the examples index drew a whole dashboard here, for nothing), then the
    // page above, served from the test server's origin.
    const { page, errors, close } = await open("about:blank");
    await page.route(`${base}/scratch/inline-first.html`, (route) =>
      route.fulfill({ contentType: "text/html", body: html }),
    );
    await page.goto(`${base}/scratch/inline-first.html`);
    expect(await chartMarks(page, "jointline-timeline")).toBe(33);
    expect(errors).toEqual([]);
    await close();
  }, 60_000);
});

/**
 * Waits until reveal.js is ready and the slide deck has made its fragments, one per
 * presentation step: a key pressed before then is lost, and the test then waited in vain for
 * the overview.
 */
function deckStepsReady(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () =>
      (globalThis as unknown as { Reveal?: { isReady(): boolean } }).Reveal?.isReady() === true &&
      (document.querySelector("#timeline-steps")?.children.length ?? 0) > 0,
    null,
    { timeout: 15_000 },
  );
}

/**
 * Polls for what a key press changes, longer than expect.poll's 1 s: the deck fades (CSS). With
 * the test's own `expect`: tests running side by side have no one current test for the global.
 */
const pollWith =
  (expect: ExpectStatic) =>
  <T>(read: () => Promise<T>) =>
    expect.poll(read, { timeout: 15_000 });

/** Waits until no CSS transition or animation runs (the deck's fade), for a screenshot. */
function settled(page: Page): Promise<unknown> {
  return page.waitForFunction(
    () =>
      document
        .getAnimations()
        .every((a) => a.playState !== "running" || a.effect?.getTiming().iterations === Infinity),
    null,
    { timeout: 15_000 },
  );
}

describe.concurrent.each([
  ["a local server", () => `${base}/examples/slides.html`],
  ["file://", () => fileUrl("examples/slides.html")],
])("examples/slides.html from %s", (_, url) => {
  it("the reveal.js deck steps the presentation timeline and the network with its own keys", async ({
    expect,
  }) => {
    const eventually = pollWith(expect);
    const { page, errors, close } = await open(url(), { width: 1280 });
    await deckStepsReady(page);
    const count = () =>
      page.locator("#presentation").locator(".jl-presentation-count").textContent();
    await page.keyboard.press("PageDown"); // content note
    await page.keyboard.press("PageDown"); // the presentation, overview
    await eventually(count).toMatch(/^Overview/);
    await page.keyboard.press("PageDown");
    await eventually(count).toBe("1 / 33");
    await page.keyboard.press("ArrowRight");
    await eventually(count).toBe("2 / 33");
    const title = await page
      .locator("#presentation")
      .locator(".jl-presentation-slide h2")
      .textContent();
    expect(title).toMatch(/Operation|Convention|Directive/);
    await settled(page);
    await page.screenshot({
      path: join(shots, `slides-timeline-${url().startsWith("file") ? "file" : "http"}.png`),
    });
    await page.keyboard.press("PageUp");
    await eventually(count).toBe("1 / 33");
    // To the network slide: its window grows with each step.
    await page.evaluate(() =>
      (
        globalThis as unknown as { Reveal: { slide(h: number, v: number, f: number): void } }
      ).Reveal.slide(3, 0, -1),
    );
    await eventually(() => page.locator("#network").getAttribute("end")).toBe("2012");
    await page.keyboard.press("PageDown");
    await eventually(() => page.locator("#network").getAttribute("end")).toBe("2014");
    await page.keyboard.press("PageDown");
    await eventually(() => page.locator("#network").getAttribute("end")).toBe("2016");
    await eventually(() =>
      page.locator("#network").locator(".jl-network-toolbar").textContent(),
    ).toContain("2016");
    await settled(page);
    await page.screenshot({
      path: join(shots, `slides-network-${url().startsWith("file") ? "file" : "http"}.png`),
    });
    expect(errors).toEqual([]);
    await close();
  }, 60_000);

  it("on a 1920 × 1080 projector the deck's chart type is at least 24 px on the screen, and each chart slide shows its sources", async ({
    expect,
  }) => {
    const eventually = pollWith(expect);
    const { page, errors, close } = await open(url(), { width: 1920, height: 1080 });
    await deckStepsReady(page);
    /** The on-screen size (px) of the smallest text of a chart, reveal.js's scale included. */
    const smallestText = (selector: string) =>
      page.evaluate((selector) => {
        const host = document.querySelector<HTMLElement>(selector)!;
        const scale = host.getBoundingClientRect().width / host.offsetWidth;
        const texts = [...host.shadowRoot!.querySelectorAll<Element>("text, p, li, span, button")]
          .filter((e) => e.getClientRects().length > 0 && (e.textContent ?? "").trim() !== "")
          .map((e) => Number.parseFloat(getComputedStyle(e).fontSize) * scale);
        return Math.min(...texts);
      }, selector);
    /** Whether a chart's source line is drawn inside the viewport. */
    const sourcesOnScreen = (selector: string) =>
      page.evaluate((selector) => {
        const line = [
          ...document.querySelector(selector)!.shadowRoot!.querySelectorAll<HTMLElement>("*"),
        ].find((e) => e.children.length <= 12 && /^Sources: /.test(e.textContent ?? ""));
        const box = line?.getBoundingClientRect();
        return !!box && box.height > 0 && box.top >= 0 && box.bottom <= innerHeight;
      }, selector);
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("PageDown");
    await page.keyboard.press("ArrowRight");
    const count = () =>
      page.locator("#presentation").locator(".jl-presentation-count").textContent();
    await eventually(count).toBe("2 / 33");
    await settled(page);
    expect(await smallestText("#presentation")).toBeGreaterThanOrEqual(24);
    expect(await sourcesOnScreen("#presentation")).toBe(true);
    await page.evaluate(() =>
      (
        globalThis as unknown as { Reveal: { slide(h: number, v: number, f: number): void } }
      ).Reveal.slide(3, 0, 1),
    );
    await eventually(() => page.locator("#network").getAttribute("end")).toBe("2016");
    await settled(page);
    expect(await smallestText("#network")).toBeGreaterThanOrEqual(24);
    expect(await sourcesOnScreen("#network")).toBe(true);
    expect(errors).toEqual([]);
    await close();
  }, 60_000);

  it("on a phone (375 px: reveal.js's scroll view moves the slides) the deck still has its steps and charts", async () => {
    const { page, errors, close } = await open(url(), { width: 375 });
    await deckStepsReady(page);
    // The scroll view draws the presentation again and remakes the steps: wait for all 33.
    await page.waitForFunction(
      () =>
        document.querySelectorAll("#timeline-steps .step").length === 33 &&
        document.querySelector(".reveal-scroll") !== null,
      null,
      { timeout: 15_000 },
    );
    const state = await page.evaluate(() => ({
      steps: document.querySelectorAll("#timeline-steps .step").length,
      events: (document.querySelector("#presentation") as unknown as { chart?: { count: number } })
        .chart?.count,
      scrollView: document.querySelector(".reveal-scroll") !== null,
    }));
    expect(state).toEqual({ steps: 33, events: 33, scrollView: true });
    expect(errors).toEqual([]);
    await close();
  }, 60_000);
});

describe.concurrent("examples/static.html", () => {
  it("from file:// shows every CLI-rendered image", async () => {
    const { page, close } = await open(fileUrl("examples/static.html"));
    await page.waitForFunction(() => Array.from(document.images).every((img) => img.complete));
    const widths = await page.evaluate(() =>
      Array.from(document.images, (img) => img.naturalWidth),
    );
    expect(widths).toHaveLength(6);
    for (const width of widths) expect(width).toBeGreaterThan(0);
    await page.screenshot({ path: join(shots, "static.png"), fullPage: true });
    await close();
  }, 60_000);
});
