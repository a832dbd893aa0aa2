import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { chartMarks, copyReveal, fileUrl, openPage } from "./chromiumHarness";
import { connectChromium, sharedServerUrl } from "./sharedBrowser";

// examples/iframe.html and the embed page's "Get embed code" in real Chromium, from a local server
// and from file:// (a file of its own beside examples.test.ts so that the two run side by side:
// together they were the unit stage's longest file, 162 s at load ~8). Screenshots go to a
// temporary folder (printed) for a person to look at.
let browser: Browser;
let base: string;
const shots = mkdtempSync(join(tmpdir(), "jointline-iframe-"));

beforeAll(async () => {
  copyReveal();
  base = sharedServerUrl();
  browser = await connectChromium();
  console.log(`iframe screenshots: ${shots}`);
}, 120_000);

afterAll(async () => {
  await browser?.close();
});

const open = (url: string, options?: { javaScriptEnabled?: boolean; width?: number }) =>
  openPage(browser, url, options);

/** What pasting a snippet into an article page did: the dialogs it opened, the errors it raised. */
const pastedSnippets = new Map<string, Promise<{ dialogs: string[]; errors: string[] }>>();

/**
 * Pastes `code` alone into an empty article page on the test server's origin and waits until the
 * snippet's frame has loaded (whatever it holds) and the page has painted after. Once per distinct
 * snippet text: the same text pasted into the same page does the same thing.
 */
function pasteIntoArticle(code: string): Promise<{ dialogs: string[]; errors: string[] }> {
  let result = pastedSnippets.get(code);
  if (!result) {
    result = pasteOnce(code);
    pastedSnippets.set(code, result);
  }
  return result;
}

async function pasteOnce(code: string): Promise<{ dialogs: string[]; errors: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const article = await context.newPage();
  const dialogs: string[] = [];
  const errors: string[] = [];
  article.on("dialog", async (dialog) => {
    dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  article.on("pageerror", (error) => errors.push(error.message));
  const url = `${base}/scratch/article-${pastedSnippets.size}.html`;
  await article.route(url, (route) =>
    route.fulfill({
      contentType: "text/html",
      body: '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Article</title></head><body><p>An article.</p></body></html>',
    }),
  );
  await article.goto(url);
  await article.evaluate((html) => {
    document.body.innerHTML = "";
    const range = document.createRange();
    document.body.append(range.createContextualFragment(html));
  }, code);
  await article.waitForFunction(() =>
    document.querySelector("iframe[data-jointline]")?.getAttribute("src")?.startsWith("http"),
  );
  await article.evaluate(
    () =>
      new Promise<void>((done) => {
        const frame = document.querySelector("iframe[data-jointline]") as HTMLIFrameElement;
        const paint = () => requestAnimationFrame(() => requestAnimationFrame(() => done()));
        const loaded =
          frame.contentDocument?.readyState === "complete" &&
          frame.contentWindow?.location.href !== "about:blank";
        if (loaded) paint();
        else frame.addEventListener("load", paint, { once: true });
      }),
  );
  await context.close();
  return { dialogs, errors };
}

describe.concurrent("examples/iframe.html", () => {
  it("from a local server: each iframe takes its chart's height, posted by the embed page", async () => {
    const { page, errors, close } = await open(`${base}/examples/iframe.html`);
    const frame = page.frameLocator("#frame");
    await frame.locator("jointline-timeline").waitFor();
    await page.waitForFunction(
      () => (document.getElementById("frame") as HTMLIFrameElement).style.height !== "480px",
      null,
      { timeout: 15_000 },
    );
    const heights = await page.evaluate(() => {
      const iframe = document.getElementById("frame") as HTMLIFrameElement;
      const inner = iframe
        .contentDocument!.querySelector("jointline-frame")!
        .getBoundingClientRect().height;
      return { outer: Number.parseFloat(iframe.style.height), inner };
    });
    expect(Math.abs(heights.outer - Math.ceil(heights.inner))).toBeLessThanOrEqual(1);
    expect(heights.outer).toBeGreaterThan(480);
    const marks = await page.evaluate(
      () =>
        (document.getElementById("frame") as HTMLIFrameElement)
          .contentDocument!.querySelector("jointline-timeline")!
          .shadowRoot!.querySelectorAll(".jl-mark").length,
    );
    expect(marks).toBe(33);
    // Resizing the window re-lays the chart out; the frame follows.
    await page.waitForFunction(
      () =>
        (document.getElementById("frame-network") as HTMLIFrameElement).style.height !== "480px",
    );
    await page.screenshot({ path: join(shots, "iframe-http.png"), fullPage: true });
    expect(errors).toEqual([]);
    await close();
  }, 60_000);

  it("'Get embed code' in the embed page gives the iframe with an absolute data URL", async () => {
    const { page, close } = await open(
      `${base}/examples/embed.html?view=network&src=../data/csam-operations.json&theme=dark`,
    );
    await chartMarks(page, "jointline-network", ".jl-network-node");
    await page.locator("jointline-network").locator(".jl-embed-menu > summary").click();
    await page.getByRole("menuitem", { name: "Get embed code" }).click();
    const code = await page.locator("jointline-network").locator("textarea").inputValue();
    expect(code).toContain(`<iframe data-jointline src="${base}/dist/embed.html?view=network`);
    expect(code).toContain(`src=${encodeURIComponent(`${base}/data/csam-operations.json`)}`);
    expect(code).toContain("theme=dark");
    expect(code).toContain('addEventListener("message"');
    await close();
  }, 60_000);

  it.each([
    [
      "a data: URL",
      () => `data:application/json,${encodeURIComponent('{"title":"Injected","events":[]}')}`,
      "data: URL",
    ],
    [
      "another origin",
      () => `${base.replace("127.0.0.1", "localhost")}/data/csam-operations.json`,
      "another site",
    ],
  ])(
    "the embed page refuses src from %s with a message in the chart, and fetches nothing",
    async (_, src, words) => {
      const { page, errors, close } = await open(
        `${base}/examples/embed.html?view=timeline&src=${encodeURIComponent(src())}`,
      );
      const requests: string[] = [];
      page.on("request", (request) => requests.push(request.url()));
      await page.waitForFunction(
        () => document.querySelector("jointline-timeline")?.shadowRoot?.querySelector(".jl-issues"),
        null,
        { timeout: 15_000 },
      );
      const report = await page.evaluate(
        () =>
          document.querySelector("jointline-timeline")!.shadowRoot!.querySelector(".jl-issues")!
            .textContent ?? "",
      );
      expect(report).toContain(words);
      expect(report).not.toContain("Injected");
      expect(
        await page.evaluate(
          () =>
            document.querySelector("jointline-timeline")!.shadowRoot!.querySelectorAll(".jl-mark")
              .length,
        ),
      ).toBe(0);
      expect(requests.filter((url) => url.includes("csam-operations"))).toEqual([]);
      expect(errors).toEqual([]);
      await close();
    },
    60_000,
  );

  it("from file:// the embed page cannot fetch: it says so and how to fix it, and still resizes", async () => {
    const { page, close } = await open(fileUrl("examples/iframe.html"));
    await page.waitForFunction(
      () => (document.getElementById("frame") as HTMLIFrameElement).style.height !== "480px",
      null,
      { timeout: 15_000 },
    );
    // Each file:// page is its own origin: read the frame through the browser, not the DOM.
    const frame = page.frames().find((f) => f.url().includes("embed.html?view=timeline"))!;
    const report = await frame.evaluate(
      () =>
        document.querySelector("jointline-timeline")!.shadowRoot!.querySelector(".jl-issues")
          ?.textContent ?? "",
    );
    expect(report).toContain("Could not load ../data/csam-operations.json");
    expect(report).toContain("file://");
    await close();
  }, 60_000);
});

describe.concurrent("'Get embed code' with a hostile embed-page in the query", () => {
  // The nine values take turns on one page: each opens the embed page at its own query, a new
  // document on the same origin, so the page's renderer process is reused. A new context per
  // value cost ~3.4 s of CPU against ~0.7 s (worker + Chromium, 2026-12-05): Chromium starting
  // a renderer, not drawing the chart, was most of it. Nothing stays from one value's document
  // to the next but the context's HTTP cache (the charts keep no storage).
  let page: Page;
  let errors: string[] = [];
  beforeAll(async () => {
    ({ page } = await open("about:blank"));
    page.on("pageerror", (error) => errors.push(error.message));
  }, 60_000);
  afterAll(() => page?.context().close());

  it.each([
    "javascript:parent.alert(1)//",
    "JaVaScRiPt:parent.alert(1)//",
    " javascript:parent.alert(1)",
    "java%09script:parent.alert(1)",
    "javascript&colon;parent.alert(1)",
    "data:text/html,<script>parent.alert(1)</script>",
    "vbscript:msgbox(1)",
    "//other.example/embed.html",
    "https://other.example/embed.html",
  ])(
    "'Get embed code' never writes the hostile embed-page %j into the snippet, and the snippet runs nothing",
    { concurrent: false, timeout: 60_000 },
    async (hostile) => {
      errors = [];
      const query = `view=timeline&src=../data/csam-operations.json&embed-page=${encodeURIComponent(hostile).replace(/%25/g, "%")}`;
      await page.goto(`${base}/examples/embed.html?${query}`);
      await chartMarks(page, "jointline-timeline");
      await page.locator("jointline-timeline").locator(".jl-embed-menu > summary").click();
      await page.getByRole("menuitem", { name: "Get embed code" }).click();
      const code = await page.locator("jointline-timeline").locator("textarea").inputValue();
      const src = /<iframe data-jointline src="([^"]*)"/.exec(code)?.[1] ?? "";
      // The page it points at is the one beside the script, on this origin, whatever the query said.
      expect(src.startsWith(`${base}/dist/embed.html?`)).toBe(true);
      expect(code.toLowerCase()).not.toMatch(/javascript|vbscript|data:|other\.example/);
      // Pasted alone into an article page, the snippet opens no dialog and raises no error. The
      // snippet is all the article page receives: values whose snippets are the same text share
      // one pasted page (all nine did on 2026-12-05: the embed page drops a foreign embed-page).
      const pasted = await pasteIntoArticle(code);
      expect(pasted.dialogs).toEqual([]);
      expect(pasted.errors).toEqual([]);
      expect(errors).toEqual([]);
    },
  );
});
