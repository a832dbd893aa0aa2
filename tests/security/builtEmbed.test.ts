/**
 * The script-tag bundle as a publisher ships it, in real Chromium, on pages with a strict
 * Content-Security-Policy: examples/csp.html, the iframe page (examples/embed.html) and a page
 * with hostile inline data. Serves dist/jointline.iife.js, built once per run by the bundle
 * project's globalSetup (tests/setup/buildScriptBundle.ts; CI runs `npm test` before
 * `npm run build`), with the policy as a header, and drives Chromium through playwright-core.
 * Runs from Node because it launches its own browser.
 */
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { extname, join, normalize, resolve } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { scriptSafeJson } from "../../src/cli/inlineData";
import { frameViews } from "../../src/embed/connectFrame";
import { hostileDataset } from "../data/hostile/hostileDataset";
import { textPayloads } from "../data/hostile/payloads";
import { connectChromium } from "../embed/sharedBrowser";

vi.setConfig({ testTimeout: 60_000 });

const root = resolve(import.meta.dirname, "../..");

/**
 * The policy documented in SECURITY.md and docs/security.md, and the one examples/csp.html
 * carries: no 'unsafe-inline' and no 'unsafe-eval' anywhere.
 */
const strictPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data: blob:; font-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";
/**
 * The policy for examples/embed.html, which styles its own page with a `<style>` element (the
 * embed inside needs nothing more than {@link strictPolicy}).
 */
const pagePolicy = strictPolicy.replace("style-src 'self'", "style-src 'self' 'unsafe-inline'");

let dir: string;
let server: Server;
let origin: string;
let browser: Browser;
let policy = pagePolicy;

interface Violation {
  directive: string;
  blocked: string;
  source: string;
}

const types: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".css": "text/css",
};

/** `/hostile/*` from the temporary folder; `/dist/*` (this run's build), examples and data from the repo. */
function pathOf(url: string): string | undefined {
  const path = normalize(decodeURIComponent(new URL(url, "http://x").pathname));
  if (path.startsWith("/hostile/")) return join(dir, "hostile", path.slice(9));
  if (path.startsWith("/dist/") || path.startsWith("/examples/") || path.startsWith("/data/"))
    return join(root, path);
  return undefined;
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "jointline-embed-"));
  const { mkdir } = await import("node:fs/promises");
  await mkdir(join(dir, "hostile"));
  await writeFile(join(dir, "hostile", "hostile.json"), JSON.stringify(hostileDataset()));
  await writeFile(
    join(dir, "hostile", "inline.html"),
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Hostile inline data</title></head><body>
<jointline-timeline id="chart"><script type="application/json">${scriptSafeJson(hostileDataset())}</script></jointline-timeline>
<jointline-network id="net"><script type="application/json">${scriptSafeJson(hostileDataset())}</script></jointline-network>
<script src="/dist/jointline.iife.js"></script></body></html>`,
  );
  server = createServer(async (request, response) => {
    const path = pathOf(request.url ?? "/");
    try {
      if (!path) throw new Error("outside");
      const body = await readFile(path);
      response.writeHead(200, {
        "content-type": types[extname(path)] ?? "application/octet-stream",
        "content-security-policy": policy,
      });
      response.end(body);
    } catch {
      response.writeHead(404, { "content-type": "text/plain" });
      response.end("not found");
    }
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await connectChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (dir) await rm(dir, { recursive: true, force: true });
});

interface Watched {
  page: Page;
  /** The ids of the hostile payloads that ran. */
  executed: unknown[];
  violations: Violation[];
  errors: string[];
}

/** Opens a page at `path` with the XSS hook and the CSP listener installed in every frame. */
async function open(path: string, width = 1100): Promise<Watched> {
  const watched = await watchedPage(width);
  await watched.page.goto(`${origin}${path}`);
  return watched;
}

/** A blank page (in a context of its own) with the XSS hook and the CSP listener installed. */
async function watchedPage(width = 1100): Promise<Watched> {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const executed: unknown[] = [];
  const violations: Violation[] = [];
  const errors: string[] = [];
  await page.exposeFunction("__xss", (id: unknown) => executed.push(id));
  await page.exposeFunction("__cspViolation", (v: Violation) => violations.push(v));
  await page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      (window as unknown as { __cspViolation(v: unknown): void }).__cspViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        source: `${event.sourceFile}:${event.lineNumber}`,
      });
    });
  });
  page.on("pageerror", (error) => errors.push(String(error)));
  return { page, executed, violations, errors };
}

/** Waits until every jointline element on the page has loaded and drawn. */
async function ready(
  page: Page,
  selector = frameViews.map((view) => `jointline-${view}`).join(", "),
) {
  await page.waitForFunction((s) => document.querySelectorAll(s).length > 0, selector, {
    polling: 100,
  });
  await page.evaluate(
    (s) =>
      Promise.all(
        [...document.querySelectorAll(s)].map(
          (e) => (e as unknown as { ready: Promise<void> }).ready,
        ),
      ),
    selector,
  );
  await settled(page);
}

/**
 * Until the page has loaded what it asked for and been idle once: a hostile `<img onerror>` or
 * `onload` would have run by then (instead of a fixed 300 ms, too short or too long by turns).
 */
async function settled(page: Page): Promise<void> {
  await page.waitForLoadState("load");
  await page.evaluate(
    () =>
      new Promise<void>((done) =>
        requestIdleCallback(() => requestAnimationFrame(() => done()), { timeout: 5_000 }),
      ),
  );
}

/** Counts of what an element drew inside its shadow root. */
function drawn(page: Page, selector: string) {
  return page.evaluate((s) => {
    const shadow = document.querySelector(s)?.shadowRoot;
    return {
      svgs: shadow?.querySelectorAll("svg").length ?? 0,
      marks: shadow?.querySelectorAll("svg [data-id]").length ?? 0,
      text: shadow?.textContent ?? "",
      issues: shadow?.querySelectorAll(".jl-issues").length ?? 0,
    };
  }, selector);
}

/** What the strict-CSP page drew: computed styles inside the timeline and its export. */
function styles(page: Page) {
  return page.evaluate(async () => {
    const element = document.querySelector("jointline-timeline") as unknown as HTMLElement & {
      exportSvg(): Promise<string>;
    };
    const shadow = element.shadowRoot as ShadowRoot;
    const root = shadow.querySelector(".jl-root") as HTMLElement;
    const mark = shadow.querySelector(".jl-mark") as SVGGElement;
    const paints = [...shadow.querySelectorAll(".jl-mark > :not(title):not(text)")].map((shape) => {
      const style = getComputedStyle(shape);
      return [style.fill, style.stroke];
    });
    const view = getComputedStyle(root);
    return {
      adopted: shadow.adoptedStyleSheets.length,
      styleElements: shadow.querySelectorAll("style").length,
      styleAttributes: shadow.querySelectorAll("[style]").length,
      fontFamily: view.fontFamily,
      background: view.backgroundColor,
      markVariable: getComputedStyle(mark).getPropertyValue("--c").trim(),
      cat: [1, 2, 3, 4, 5, 6, 7, 8].map((i) => view.getPropertyValue(`--jl-cat-${i}`).trim()),
      paints,
      stops: [...shadow.querySelectorAll("linearGradient stop")].map(
        (stop) => getComputedStyle(stop).stopColor,
      ),
      exported: await element.exportSvg(),
    };
  });
}

/** `#rrggbb` → `rgb(r, g, b)`, as getComputedStyle spells colours. */
function rgb(hex: string): string {
  const n = Number.parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

describe("the embed under a strict Content-Security-Policy (no 'unsafe-inline')", () => {
  it("examples/csp.html carries the strict policy itself", async () => {
    const html = await readFile(join(root, "examples", "csp.html"), "utf8");
    const meta = /http-equiv="Content-Security-Policy"\s+content="([^"]*)"/.exec(html)?.[1];
    expect(meta).toBe(strictPolicy);
    expect(html).not.toContain("'unsafe-inline'\"");
  });

  it("examples/csp.html on a phone (375 px): the vertical layout's rows take their colours with no violation", async () => {
    policy = strictPolicy;
    const { page, violations, errors } = await open("/examples/csp.html", 375);
    await ready(page, "jointline-timeline");
    const rows = await page.waitForFunction(
      () => {
        const root = document.querySelector("jointline-timeline")?.shadowRoot;
        const found = [...(root?.querySelectorAll(".jl-vrow") ?? [])];
        return found.length > 10
          ? found.map((row) => getComputedStyle(row).getPropertyValue("--c").trim())
          : false;
      },
      undefined,
      { polling: 100, timeout: 20_000 },
    );
    const colours = (await rows.jsonValue()) as string[];
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    // Every row's colour variable resolves (a blocked style attribute left it empty).
    expect(colours.filter((c) => c === "")).toEqual([]);
    await page.close();
  });

  it("examples/csp.html draws a styled timeline and a styled export with no violation at all", async () => {
    policy = strictPolicy;
    const { page, violations, errors } = await open("/examples/csp.html");
    const consoleErrors: string[] = [];
    const missing: string[] = [];
    page.on("console", (message) => {
      // A 404 is reported as a console error without its address: counted by response below.
      if (message.type() === "error" && !message.text().startsWith("Failed to load resource"))
        consoleErrors.push(message.text());
    });
    page.on("response", (response) => {
      if (response.status() >= 400) missing.push(new URL(response.url()).pathname);
    });
    await ready(page);
    const chart = await drawn(page, "jointline-timeline");
    const seen = await styles(page);
    await page.screenshot({ path: join(tmpdir(), "jointline-csp.png"), fullPage: false });
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    expect(consoleErrors).toEqual([]);
    // Only the browser's own favicon request may miss (the test server has none).
    expect(missing.filter((path) => path !== "/favicon.ico")).toEqual([]);
    expect(await page.textContent("#csp-status")).toBe("None so far.");
    expect(chart.issues).toBe(0);
    expect(chart.marks).toBeGreaterThan(10);
    // The styles arrive as adopted stylesheets: nothing the policy would block is in the DOM.
    expect(seen.adopted).toBeGreaterThanOrEqual(2);
    expect(seen.styleElements).toBe(0);
    // The theme applies: its font (the default would be a serif), its light background, and
    // each mark's colour variable resolves to a palette colour.
    expect(seen.fontFamily).toContain("system-ui");
    expect(seen.background).toBe("rgb(255, 255, 255)");
    expect(seen.cat.map((c) => c.toLowerCase())).toContain(seen.markVariable.toLowerCase());
    const palette = seen.cat.map(rgb);
    // Every mark's shape is painted in a palette colour (its fill, or its outline when hollow
    // or hatched, or a fade whose gradient stops are palette colours); unstyled, SVG paints black.
    expect(seen.paints.length).toBeGreaterThan(10);
    const unpainted = seen.paints.filter(
      (pair) => !pair.some((paint) => palette.includes(paint) || paint.startsWith("url(")),
    );
    expect(unpainted).toEqual([]);
    expect(seen.stops.length).toBeGreaterThan(0);
    expect(seen.stops.filter((stop) => !palette.includes(stop))).toEqual([]);
    // The export carries the styles inlined: the theme's font and the palette's colours.
    expect(seen.exported).toMatch(/font-family:[^;"]*system-ui/);
    const colours = seen.cat.filter((hex) =>
      seen.exported.toLowerCase().includes(hex.toLowerCase()),
    );
    expect(colours.length).toBeGreaterThan(0);
    expect(seen.exported).not.toContain("var(--");
    // The gesture part loads under the policy too: the pointer on the plot fetches it, and a
    // wheel then zooms (d3-zoom's touch-action is set through the CSSOM, which the policy allows).
    const windowOf = () =>
      page.evaluate(() =>
        document
          .querySelector("jointline-timeline")!
          .shadowRoot!.querySelector(".jl-timeline")!
          .getAttribute("data-window"),
      );
    const before = await windowOf();
    const plot = await page.locator("jointline-timeline .jl-plot").first().boundingBox();
    await page.mouse.move(plot!.x + plot!.width / 2, plot!.y + Math.min(plot!.height / 2, 120));
    await expect
      .poll(
        async () => {
          await page.mouse.wheel(0, -300);
          return windowOf();
        },
        { timeout: 20_000 },
      )
      .not.toBe(before);
    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expect(missing.filter((path) => path !== "/favicon.ico")).toEqual([]);
    await page.close();
  });
});

describe("the embed where stylesheets cannot be constructed (Safari before 16.4)", () => {
  it("links jointline.css from beside the script and draws styled under the strict policy", async () => {
    policy = strictPolicy;
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const violations: string[] = [];
    await page.exposeFunction("__cspViolation", (v: string) => violations.push(v));
    await page.addInitScript(() => {
      // As in a browser without constructable stylesheets.
      Reflect.deleteProperty(CSSStyleSheet.prototype, "replaceSync");
      document.addEventListener("securitypolicyviolation", (event) => {
        const report = (window as unknown as { __cspViolation(v: string): void }).__cspViolation;
        report(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    await page.goto(`${origin}/examples/csp.html`);
    await ready(page, "jointline-timeline");
    const seen = await page.evaluate(() => {
      const shadow = document.querySelector("jointline-timeline")?.shadowRoot as ShadowRoot;
      return {
        links: [...shadow.querySelectorAll("link[rel=stylesheet]")].map(
          (link) => (link as HTMLLinkElement).href,
        ),
        adopted: shadow.adoptedStyleSheets.length,
        fontFamily: getComputedStyle(shadow.querySelector(".jl-root") as Element).fontFamily,
        marks: shadow.querySelectorAll(".jl-mark").length,
      };
    });
    expect(seen.links).toEqual([`${origin}/dist/jointline.css`]);
    expect(seen.adopted).toBe(0);
    expect(seen.marks).toBeGreaterThan(10);
    expect(seen.fontFamily).toContain("system-ui");
    // Inside the element nothing is blocked; the components' copies of their styles in the
    // document's head (unused by a chart in a shadow root) are the only thing the policy stops.
    console.log(`[csp] without constructable stylesheets: ${violations.join(", ") || "none"}`);
    expect(violations.filter((v) => !v.startsWith("style-src-elem inline"))).toEqual([]);
    await page.close();
  });
});

// The hostile pages take turns on one page, a new document each (the policy stays the page's
// for all of them), while the file's other groups run beside them: a new context per page cost
// ~2.7 s more CPU than navigating one page (Chromium starting a renderer; docs/testing.md, fifth
// round). A budget for one page among three on a loaded machine (the dashboard's took 16 s alone
// at a load of 12).
describe.concurrent("hostile data through the built bundle", { timeout: 90_000 }, () => {
  let watched: Watched;
  beforeAll(async () => {
    watched = await watchedPage();
  }, 60_000);
  afterAll(() => watched?.page.context().close());
  beforeEach(() => {
    policy = pagePolicy;
  });

  /** The shared page at `path`, with nothing counted yet from the documents before. */
  async function open(path: string): Promise<Watched> {
    watched.executed.length = 0;
    watched.violations.length = 0;
    watched.errors.length = 0;
    await watched.page.goto(`${origin}${path}`);
    return watched;
  }

  it.each(frameViews)(
    "examples/embed.html?view=%s with hostile data runs nothing and shows text as text",
    { concurrent: false },
    async (view) => {
      const { page, executed, violations, errors } = await open(
        `/examples/embed.html?view=${view}&src=/hostile/hostile.json`,
      );
      await ready(page);
      const chart = await drawn(page, `jointline-${view}`);
      expect(errors).toEqual([]);
      expect(executed).toEqual([]);
      expect(violations).toEqual([]);
      expect(chart.issues).toBe(0);
      expect(chart.svgs).toBeGreaterThan(0);
      expect(chart.text).toContain(textPayloads[0]!.text);
    },
  );

  it("inline hostile data (as `jointline inline` writes it) runs nothing; the exported SVG is inert", {
    concurrent: false,
  }, async () => {
    const { page, executed, violations, errors } = await open("/hostile/inline.html");
    await ready(page);
    const timeline = await drawn(page, "#chart");
    expect(timeline.marks).toBeGreaterThan(10);
    const svg = await page.evaluate(() =>
      (document.querySelector("#chart") as unknown as { exportSvg(): Promise<string> }).exportSvg(),
    );
    // The exported SVG, opened as a document of its own in the same page: nothing may run.
    await page.evaluate((text) => {
      const frame = document.createElement("iframe");
      frame.src = URL.createObjectURL(new Blob([text], { type: "image/svg+xml" }));
      document.body.append(frame);
      return new Promise((done) => frame.addEventListener("load", done));
    }, svg);
    await settled(page);
    const problems = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, "image/svg+xml");
      const out: string[] = [];
      if (doc.querySelector("parsererror"))
        out.push(`parsererror: ${doc.querySelector("parsererror")?.textContent?.slice(0, 200)}`);
      for (const element of Array.from(doc.querySelectorAll("*"))) {
        const tag = element.localName.toLowerCase();
        if (
          [
            "script",
            "foreignobject",
            "iframe",
            "object",
            "embed",
            "image",
            "use",
            "animate",
            "set",
          ].includes(tag)
        )
          out.push(`<${tag}>`);
        for (const attribute of Array.from(element.attributes)) {
          if (attribute.name.toLowerCase().startsWith("on"))
            out.push(`${attribute.name} on <${tag}>`);
          if (/href$/i.test(attribute.name) && !/^https?:\/\//i.test(attribute.value))
            out.push(`${attribute.name}=${attribute.value}`);
        }
      }
      return out;
    }, svg);
    expect(problems).toEqual([]);
    expect(errors).toEqual([]);
    expect(executed).toEqual([]);
    expect(violations.filter((v) => !v.directive.startsWith("frame-src"))).toEqual([]);
  });
});
