// Shared set-up of the example-page tests (the script-tag bundle is built once per run by
// tests/setup/buildScriptBundle.ts, the bundle project's globalSetup): reveal.js copied for
// the slide deck, a vite server started in-process (never through npx, whose server outlives
// it), and Debian's Chromium launched through playwright-core.
import { copyFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Browser, chromium, type Download, type Page } from "playwright-core";
import { createServer, type ViteDevServer } from "vite";
import { chromiumArgs, chromiumPath } from "../../scripts/chromium";

export const root = fileURLToPath(new URL("../../", import.meta.url));

/** Copies reveal.js into examples/vendor/reveal, as `npm run render-examples` does. */
export function copyReveal(): void {
  const target = `${root}examples/vendor/reveal/`;
  mkdirSync(target, { recursive: true });
  for (const file of ["reveal.js", "reveal.css", "theme/white.css"]) {
    const from = `${root}node_modules/reveal.js/dist/${file}`;
    const to = `${target}${file.split("/").pop()}`;
    if (!existsSync(to) || statSync(to).mtimeMs < statSync(from).mtimeMs) copyFileSync(from, to);
  }
}

/** A vite server over the repository on a free port. */
export async function startServer(): Promise<{ server: ViteDevServer; url: string }> {
  const server = await createServer({
    configFile: false,
    root,
    logLevel: "silent",
    server: { port: 0, host: "127.0.0.1", strictPort: false, hmr: false, watch: null },
    optimizeDeps: { noDiscovery: true, include: [] },
  });
  await server.listen();
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error("vite did not report a URL");
  return { server, url: url.replace(/\/$/, "") };
}

/**
 * Playwright's own bound on a navigation, an action or a wait (30 s unless told), for every page
 * of a browser from {@link launchChromium}. The bundle project runs a file's pages side by side
 * on a shared 2-core machine, where the builder's page (its TypeScript served by the dev server
 * in the same worker) once took over 30 s to load. A hang bound, not a speed claim: what is ready
 * sooner goes on at once, and each test keeps its own budget.
 */
export const pageBudget = 90_000;

/** Debian's Chromium (CHROMIUM_PATH overrides), never a downloaded one; see {@link pageBudget}. */
export async function launchChromium(): Promise<Browser> {
  return withPageBudget(
    await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs }),
  );
}

/** Gives every page of `browser`'s new contexts the {@link pageBudget} bound. */
export function withPageBudget(browser: Browser): Browser {
  // browser.newPage() makes its context through browser.newContext() too.
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    context.setDefaultTimeout(pageBudget);
    return context;
  };
  return browser;
}

/**
 * A download's bytes. Through `createReadStream`, not `path()`, which Playwright refuses on a
 * connected browser (the bundle project's shared Chromium, tests/embed/sharedBrowser.ts).
 */
export async function downloadedBytes(download: Download): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** The file:// URL of a path in the repository. */
export const fileUrl = (path: string) => new URL(path, `file://${root}`).href;

/** A page of `url` in a fresh context (1100 × 900 unless given), with the page's errors collected. */
export async function openPage(
  browser: Browser,
  url: string,
  options: { javaScriptEnabled?: boolean; width?: number; height?: number } = {},
) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1100, height: options.height ?? 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    acceptDownloads: true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  return { page, errors, close: () => context.close() };
}

/** Waits for a jointline element's chart and returns how many marks it drew. */
export async function chartMarks(
  page: Page,
  selector: string,
  marks = ".jl-mark",
): Promise<number> {
  await page.waitForFunction(
    ([s, m]) => (document.querySelector(s!)?.shadowRoot?.querySelectorAll(m!).length ?? 0) > 0,
    [selector, marks],
    { timeout: 15_000 },
  );
  return page.evaluate(
    ([s, m]) => document.querySelector(s!)!.shadowRoot!.querySelectorAll(m!).length,
    [selector, marks],
  );
}
