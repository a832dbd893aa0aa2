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
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { chromiumArgs, chromiumPath } from "../../scripts/chromium";
import { scriptSafeJson } from "../../src/cli/inlineData";
import { frameViews } from "../../src/embed/JointlineFrame";
import { hostileDataset } from "../data/hostile/hostileDataset";
import { textPayloads } from "../data/hostile/payloads";

vi.setConfig({ testTimeout: 60_000 });

const root = resolve(import.meta.dirname, "../..");

/** The policy documented in docs/security.md (and in examples/csp.html). */
const documentedPolicy =
  "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; img-src 'self' data: blob:; font-src 'self'; base-uri 'none'; form-action 'none'; object-src 'none'";
/** The strictest policy: no inline style either, to learn what the charts' styles need. */
const noInlineStylePolicy = documentedPolicy.replace(
  "style-src 'self' 'unsafe-inline'",
  "style-src 'self'",
);

let dir: string;
let server: Server;
let origin: string;
let browser: Browser;
let policy = documentedPolicy;

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
  browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((done) => server?.close(done));
  if (dir) await rm(dir, { recursive: true, force: true });
});

/** Opens a page with the XSS hook and the CSP listener installed in every frame. */
async function open(
  path: string,
): Promise<{ page: Page; executed: unknown[]; violations: Violation[]; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
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
  await page.goto(`${origin}${path}`);
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

describe("the embed under a strict Content-Security-Policy", () => {
  it("examples/csp.html draws the timeline with no violation at all", async () => {
    policy = documentedPolicy;
    const { page, violations, errors } = await open("/examples/csp.html");
    await ready(page);
    const chart = await drawn(page, "jointline-timeline");
    await page.screenshot({ path: join(tmpdir(), "jointline-csp.png"), fullPage: false });
    expect(errors).toEqual([]);
    expect(violations).toEqual([]);
    expect(chart.issues).toBe(0);
    expect(chart.svgs).toBeGreaterThan(0);
    expect(chart.marks).toBeGreaterThan(10);
    expect(await page.textContent("#csp-status")).toBe("None so far.");
    await page.close();
  });

  it("without 'unsafe-inline' styles no script is blocked; only the charts' styles are", async () => {
    policy = noInlineStylePolicy;
    const { page, violations, errors } = await open("/examples/csp.html");
    await ready(page);
    const chart = await drawn(page, "jointline-timeline");
    expect(errors).toEqual([]);
    expect(chart.marks).toBeGreaterThan(10);
    const directives = [...new Set(violations.map((v) => v.directive))].sort();
    console.log(
      `[csp] with style-src 'self' only: ${violations.length} violations of ${directives.join(", ")}`,
    );
    expect(directives.filter((d) => !d.startsWith("style-src"))).toEqual([]);
    await page.close();
    policy = documentedPolicy;
  });
});

describe("hostile data through the built bundle", () => {
  it.each(frameViews)(
    "examples/embed.html?view=%s with hostile data runs nothing and shows text as text",
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
      await page.close();
    },
  );

  it("inline hostile data (as `jointline inline` writes it) runs nothing; the exported SVG is inert", async () => {
    const { page, executed, violations, errors } = await open("/hostile/inline.html");
    await ready(page);
    const timeline = await drawn(page, "#chart");
    expect(timeline.marks).toBeGreaterThan(10);
    const svg = await page.evaluate(() =>
      (document.querySelector("#chart") as unknown as { exportSvg(): string }).exportSvg(),
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
    await page.close();
  });
});
