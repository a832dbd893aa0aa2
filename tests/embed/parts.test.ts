import { copyFileSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page, Request } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { type StaticServer, serveStatic } from "../../bench/serveStatic";
import { root } from "./chromiumHarness";
import { connectChromium } from "./sharedBrowser";

// The script-tag build in parts (issue 19), as a publisher ships it (dist/ built once per run by
// the bundle project's globalSetup): what each page fetches, late parts, a missing part — from a
// local server and from file://.
// Each case loads pages in Chromium on a shared, loaded machine: a budget per case, not a timing.
vi.setConfig({ testTimeout: 60_000 });

let browser: Browser;
let server: StaticServer;
/** The one context whose pages the tests take turns on: see {@link open}. */
let context: BrowserContext;
const idle: Page[] = [];
const pages = mkdtempSync(join(tmpdir(), "jointline-parts-"));
const data = readFileSync(`${root}data/csam-operations.json`, "utf8");
const inline = `<script type="application/json">${data.replace(/</g, "\\u003c")}</script>`;

beforeAll(async () => {
  server = await serveStatic({ "/dist/": `${root}dist`, "/data/": `${root}data`, "/": pages });
  browser = await connectChromium();
  context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
}, 60_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** A page including the script from `script` with `body`, written to the temporary folder. */
function writePage(name: string, script: string, body: string): string {
  const html = `<!doctype html><html><head><meta charset="utf-8"><title>${name}</title></head><body>${body}<script src="${script}"></script></body></html>`;
  writeFileSync(join(pages, name), html);
  return name;
}

interface Opened {
  page: Page;
  /** The scripts the page requested, by file name, in order. */
  scripts: string[];
  errors: string[];
  close(): Promise<void>;
}

/**
 * Opens `url` in a page of the file's one context, whose own listeners collect the scripts it
 * requests and its errors; `close()` hands the page, emptied (its routes removed, at about:blank,
 * the pointer in a corner), to the next test. A new context per test cost ~1.1–1.3 s of
 * Chromium's CPU each (32 of them); a page navigated to a new document keeps nothing of the last
 * one that these tests read — the parts a document loaded, its elements, its resource timings
 * are the document's — and a script served from the cache is still a `request` event (checked
 * from file:// and http, docs/testing.md, eighth round), so `scripts` lists what the page asked
 * for either way; the test servers send `no-store` besides.
 */
async function open(
  url: string,
  routes: (page: Page) => Promise<void> = async () => {},
  viewport = { width: 1100, height: 900 },
): Promise<Opened> {
  const page = idle.pop() ?? (await context.newPage());
  await page.setViewportSize(viewport);
  const scripts: string[] = [];
  const errors: string[] = [];
  const onRequest = (request: Request) => {
    if (request.resourceType() === "script") scripts.push(request.url().split("/").pop()!);
  };
  const onError = (error: Error) => errors.push(error.message);
  page.on("request", onRequest);
  page.on("pageerror", onError);
  await routes(page);
  // Not "load": a held part is a script the load event would wait for.
  await page.goto(url, { waitUntil: "domcontentloaded" });
  const close = async () => {
    page.off("request", onRequest);
    page.off("pageerror", onError);
    await page.unrouteAll({ behavior: "ignoreErrors" });
    await page.goto("about:blank");
    await page.mouse.move(0, 0);
    idle.push(page);
  };
  return { page, scripts, errors, close };
}

/**
 * Waits until the page's data file has come in and two frames have passed since: long enough
 * that a chart not held by a part would have drawn.
 */
async function dataInAndTwoFrames(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    performance.getEntriesByType("resource").some((e) => e.name.endsWith(".json")),
  );
  await page.evaluate(
    () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
  );
}

/** Runs `use` on a page that {@link open} opened, and hands the page on (`close`) however it ends. */
async function withPage<T>(
  opening: Promise<Opened>,
  use: (opened: Opened) => Promise<T>,
): Promise<T> {
  const opened = await opening;
  try {
    return await use(opened);
  } finally {
    await opened.close();
  }
}

/**
 * Holds the requests of the scripts matching `pattern` until `release()`: `requested` resolves
 * at the first one; `routes` goes to {@link open}.
 */
function holdScripts(pattern: RegExp): {
  requested: Promise<void>;
  release: () => void;
  routes: (page: Page) => Promise<void>;
} {
  let release: () => void = () => {};
  const held = new Promise<void>((done) => (release = done));
  let asked: () => void = () => {};
  const requested = new Promise<void>((done) => (asked = done));
  const routes = async (page: Page) => {
    await page.route(pattern, async (route) => {
      asked();
      await held;
      await route.continue();
    });
  };
  return { requested, release: () => release(), routes };
}

/** Waits for every chart element's `ready`; returns, per element, "ok" or the rejection. */
function settle(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const elements = [...document.querySelectorAll("*")].filter((e) =>
      e.tagName.startsWith("JOINTLINE-"),
    ) as (HTMLElement & { ready: Promise<void> })[];
    await Promise.all(elements.map((e) => customElements.whenDefined(e.localName)));
    return Promise.all(
      elements.map((e) =>
        e.ready.then(
          () => "ok",
          (error: Error) => `rejected: ${error.message}`,
        ),
      ),
    );
  });
}

/** What the first timeline element shows: vertical rows, a horizontal plot's marks. */
function timelineShape(page: Page) {
  return page.evaluate(() => {
    const shadow = document.querySelector("jointline-timeline")?.shadowRoot;
    return {
      vertical: shadow?.querySelector(".jl-timeline")?.classList.contains("jl-vertical") ?? false,
      rows: shadow?.querySelectorAll(".jl-vrow").length ?? 0,
      plotSvgs: shadow?.querySelectorAll(".jl-plot svg").length ?? 0,
    };
  });
}

/** A copy of dist/ without one file: a publisher who did not upload it. */
function distWithout(file: string): string {
  const dist = mkdtempSync(join(tmpdir(), "jointline-parts-dist-"));
  for (const name of readdirSync(`${root}dist`))
    if (/^jointline\..*\.(js|css)$/.test(name) && name !== file)
      copyFileSync(`${root}dist/${name}`, join(dist, name));
  return dist;
}

/**
 * A page served from a copy of dist/ without `file` (a publisher who uploaded only some files),
 * holding `body`: its timeline says which file could not load and from where, draws no chart,
 * and its `ready` rejects.
 */
async function expectMissingPartSaid(
  file: string,
  name: string,
  body: string,
  viewport?: { width: number; height: number },
): Promise<void> {
  const copy = await serveStatic({
    "/copy/": distWithout(file),
    "/": pages,
    "/data/": `${root}data`,
  });
  writePage(name, "/copy/jointline.iife.js", body);
  try {
    await withPage(open(`${copy.origin}/${name}`, undefined, viewport), async ({ page }) => {
      const [result] = await settle(page);
      expect(result).toMatch(
        new RegExp(`^rejected: Could not load ${file.replaceAll(".", "\\.")} from `),
      );
      const [timeline] = await shown(page);
      expect(timeline?.svgs).toBe(0);
      expect(timeline?.issues).toBe(1);
      expect(timeline?.text).toContain(`${copy.origin}/copy/${file}`);
    });
  } finally {
    await copy.close();
  }
}

/** What each chart element shows: its view, whether a chart SVG is drawn, and its text. */
function shown(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("*")]
      .filter((e) => e.tagName.startsWith("JOINTLINE-"))
      .map((e) => {
        const shadow = e.shadowRoot;
        return {
          tag: e.localName,
          svgs: shadow?.querySelectorAll("svg").length ?? 0,
          issues: shadow?.querySelectorAll(".jl-issues").length ?? 0,
          text: shadow?.textContent ?? "",
        };
      }),
  );
}

/** The codes of the issues each chart element shows (`data-code` of its report's items). */
function issueCodes(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("*")]
      .filter((e) => e.tagName.startsWith("JOINTLINE-"))
      .map((e) =>
        [...(e.shadowRoot?.querySelectorAll(".jl-issues li") ?? [])].map(
          (li) => (li as HTMLElement).dataset.code,
        ),
      ),
  );
}

const views = ["network", "trend", "dashboard", "presentation"] as const;

describe.concurrent.each([
  ["a local server", "http"],
  ["file://", "file"],
] as const)("the parts of the script-tag build, from %s", (_label, scheme) => {
  const script =
    scheme === "http" ? "/dist/jointline.iife.js" : `file://${root}dist/jointline.iife.js`;
  const dataAttr = scheme === "http" ? ` src="/data/csam-operations.json"` : "";
  const content = scheme === "http" ? "" : inline;
  const url = (name: string) =>
    scheme === "http" ? `${server.origin}/${name}` : `file://${join(pages, name)}`;

  it("a timeline page (JSON data) fetches only the core and draws", async () => {
    const name = writePage(
      `timeline-${scheme}.html`,
      script,
      `<jointline-timeline${dataAttr}>${content}</jointline-timeline>`,
    );
    await withPage(open(url(name)), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      const [timeline] = await shown(page);
      expect(timeline?.svgs).toBeGreaterThan(0);
      expect(timeline?.issues).toBe(0);
      expect(scripts).toEqual(["jointline.iife.js"]);
      expect(errors).toEqual([]);
    });
  });

  it("a timeline page with invalid data fetches the core and the validator part, and says what is wrong", async () => {
    const bad = JSON.stringify({
      title: "T",
      sources: [{ id: "s1", publisher: "P", title: "T" }],
      events: [{ kind: "operation", id: "e1", title: "E", when: "2025-13-40", sources: ["s1"] }],
    });
    const name = writePage(
      `invalid-${scheme}.html`,
      script,
      `<jointline-timeline><script type="application/json">${bad}</script></jointline-timeline>`,
    );
    await withPage(open(url(name)), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      const [timeline] = await shown(page);
      expect(timeline?.issues).toBe(1);
      // zod's report, through fromZodIssues: where, and what was found; and why, which the
      // validator part explains (the core's parseWhen reads dates without explaining them).
      expect(timeline?.text).toContain("2025-13-40");
      expect(timeline?.text).toContain("month 13 does not exist");
      expect(scripts).toEqual(["jointline.iife.js", "jointline.validate.js"]);
      expect(errors).toEqual([]);
    });
  });

  it('a timeline page whose data names a source it lacks fetches the validator part, which says so (locale="fr": in French)', async () => {
    // A sound shape: only the references are wrong, which the core sees (acceptReferencesFast)
    // without the words to say it.
    const dangling = JSON.stringify({
      title: "T",
      sources: [{ id: "s1", publisher: "P", title: "T" }],
      events: [{ kind: "operation", id: "e1", title: "E", when: "2025", sources: ["s2"] }],
    });
    const name = writePage(
      `dangling-${scheme}.html`,
      script,
      `<jointline-timeline locale="fr"><script type="application/json">${dangling}</script></jointline-timeline>`,
    );
    await withPage(open(url(name)), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      const [timeline] = await shown(page);
      expect(timeline?.issues).toBe(1);
      expect(timeline?.text).toContain('"s2" n’est l’identifiant d’aucune entrée de sources');
      expect([...scripts].sort()).toEqual(
        ["iife", "locale-fr", "locale-fr.validate", "validate"].map((p) => `jointline.${p}.js`),
      );
      expect(errors).toEqual([]);
    });
  });

  it('a timeline with start="2019-13" fetches the validator part for the words of its problem (and the problems part for an attribute\'s), and draws', async () => {
    const name = writePage(
      `bad-start-${scheme}.html`,
      script,
      `<jointline-timeline start="2019-13"${dataAttr}>${content}</jointline-timeline>`,
    );
    await withPage(open(url(name)), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      const [timeline] = await shown(page);
      expect(timeline?.svgs).toBeGreaterThan(0);
      expect(timeline?.text).toContain('start="2019-13": month 13 does not exist');
      expect([...scripts].sort()).toEqual(
        ["iife", "problems", "validate"].map((p) => `jointline.${p}.js`),
      );
      expect(errors).toEqual([]);
    });
  });

  it('a timeline with locale="fr" and start="2019-13" says what is wrong in French', async () => {
    const name = writePage(
      `bad-start-fr-${scheme}.html`,
      script,
      `<jointline-timeline locale="fr" start="2019-13"${dataAttr}>${content}</jointline-timeline>`,
    );
    await withPage(open(url(name)), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      const [timeline] = await shown(page);
      expect(timeline?.svgs).toBeGreaterThan(0);
      expect(timeline?.text).toContain("le mois 13 n’existe pas");
      expect([...scripts].sort()).toEqual(
        [
          "iife",
          "locale-fr",
          "locale-fr.problems",
          "locale-fr.validate",
          "problems",
          "validate",
        ].map((p) => `jointline.${p}.js`),
      );
      expect(errors).toEqual([]);
    });
  });

  it('a timeline with locale="fr" fetches the core and the fr part only, and draws French words', async () => {
    const name = writePage(
      `french-${scheme}.html`,
      script,
      `<jointline-timeline locale="fr"${dataAttr}>${content}</jointline-timeline>`,
    );
    await withPage(open(url(name)), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      const [timeline] = await shown(page);
      expect(timeline?.svgs).toBeGreaterThan(0);
      expect(timeline?.text).toContain("Afficher le tableau");
      expect(timeline?.text).not.toContain("Show table");
      expect(scripts).toEqual(["jointline.iife.js", "jointline.locale-fr.js"]);
      expect(errors).toEqual([]);
    });
  });

  it("a network with locale=\"fr\" fetches the fr words of the core and of the network part, not the other parts' nor the CLI's", async () => {
    const name = writePage(
      `french-network-${scheme}.html`,
      script,
      `<jointline-network locale="fr"${dataAttr}>${content}</jointline-network>`,
    );
    await withPage(open(url(name)), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      const [network] = await shown(page);
      expect(network?.svgs).toBeGreaterThan(0);
      // The network's toolbar, in the network part's French words.
      expect(network?.text).toContain("Lecture");
      expect(network?.text).not.toContain("Play");
      // Its tables' columns share their words with the details part's table, which this page
      // has not fetched: the network part's French words carry them too.
      const headers = await page.evaluate(() => {
        const shadow = document.querySelector("jointline-network")!.shadowRoot!;
        const block = shadow.querySelector<HTMLDetailsElement>("details.jl-network-data")!;
        block.open = true;
        block.dispatchEvent(new Event("toggle"));
        return [...shadow.querySelectorAll("th")].map((th) => th.textContent?.trim());
      });
      expect(headers).toContain("Type");
      expect(headers).toContain("Événements");
      expect(headers).not.toContain("Kind");
      expect([...scripts].sort()).toEqual(
        [
          "jointline.iife.js",
          "jointline.locale-fr.js",
          // Not the details part: an event's details come with it on a reader's select; the
          // zoom's behaviour comes with the gesture part on a reader's first intent.
          "jointline.locale-fr.network.js",
          "jointline.network.js",
        ].sort(),
      );
      expect(errors).toEqual([]);
    });
  });

  it("a timeline page at 375 px fetches the core and the vertical part, and draws rows", async () => {
    const name = writePage(
      `narrow-${scheme}.html`,
      script,
      `<jointline-timeline${dataAttr}>${content}</jointline-timeline>`,
    );
    await withPage(
      open(url(name), undefined, {
        width: 375,
        height: 800,
      }),
      async ({ page, scripts, errors }) => {
        expect(await settle(page)).toEqual(["ok"]);
        const shape = await timelineShape(page);
        expect(shape.vertical).toBe(true);
        expect(shape.rows).toBe(JSON.parse(data).events.length);
        expect(scripts).toEqual(["jointline.iife.js", "jointline.vertical.js"]);
        // The vertical layout scrolls: the pointer on its plot never fetches the gesture part.
        const plot = await page.locator("jointline-timeline .jl-plot").first().boundingBox();
        await page.mouse.move(plot!.x + 40, plot!.y + 40);
        await page.mouse.wheel(0, 200);
        await page.waitForTimeout(300);
        expect(scripts).not.toContain("jointline.gesture.js");
        // Its keys and taps are the vertical part's own (it carries the chart's keys): a tap
        // selects a row, the arrows move between rows, still without the gesture part.
        const rows = page.locator("jointline-timeline .jl-vrow");
        const label = (await rows.nth(1).locator("text").first().boundingBox())!;
        await page.mouse.click(label.x + label.width / 2, label.y + label.height / 2);
        await expect
          .poll(() => page.locator("jointline-timeline .jl-vrow.jl-selected").count())
          .toBe(1);
        const focused = () =>
          page.evaluate(
            () =>
              document
                .querySelector("jointline-timeline")!
                .shadowRoot!.activeElement?.closest(".jl-vrow")
                ?.getAttribute("data-id") ?? null,
          );
        await page.locator("jointline-timeline .jl-plot").focus();
        await page.keyboard.press("Home");
        const first = await focused();
        await page.keyboard.press("ArrowDown");
        const second = await focused();
        expect(first).toBe(await rows.nth(0).getAttribute("data-id"));
        expect(second).toBe(await rows.nth(1).getAttribute("data-id"));
        expect(scripts).not.toContain("jointline.gesture.js");
        expect(errors).toEqual([]);
      },
    );
  });

  it("adding two network elements fetches the network part once; both draw", async () => {
    const name = writePage(
      `network-${scheme}.html`,
      script,
      `<jointline-timeline${dataAttr}>${content}</jointline-timeline>`,
    );
    await withPage(open(url(name)), async ({ page, scripts, errors }) => {
      await settle(page);
      expect(scripts).toEqual(["jointline.iife.js"]);
      await page.evaluate(
        ([attr, text]) => {
          for (let i = 0; i < 2; i++) {
            const element = document.createElement("jointline-network");
            if (attr) element.setAttribute("src", attr);
            else element.innerHTML = text as string;
            document.body.append(element);
          }
        },
        [scheme === "http" ? "/data/csam-operations.json" : "", content] as const,
      );
      expect(await settle(page)).toEqual(["ok", "ok", "ok"]);
      const networks = (await shown(page)).filter((e) => e.tag === "jointline-network");
      expect(networks.map((e) => e.svgs > 0 && e.issues === 0)).toEqual([true, true]);
      // Only the network part: the details part comes on a select, the gesture part on a
      // reader's first intent.
      expect(scripts).toEqual(["jointline.iife.js", "jointline.network.js"]);
      expect(errors).toEqual([]);
    });
  });

  it("a part that cannot be loaded shows which file and where; ready rejects; nothing half-draws", async () => {
    // A copy of dist/ without the network part: a publisher who uploaded only the core.
    const dist = distWithout("jointline.network.js");
    const name = writePage(
      `missing-${scheme}.html`,
      scheme === "http" ? "/copy/jointline.iife.js" : `file://${dist}/jointline.iife.js`,
      `<jointline-network${dataAttr}>${content}</jointline-network>`,
    );
    const copy =
      scheme === "http"
        ? await serveStatic({ "/copy/": dist, "/": pages, "/data/": `${root}data` })
        : undefined;
    const { page, close } = await open(copy ? `${copy.origin}/${name}` : url(name));
    try {
      const [result] = await settle(page);
      expect(result).toMatch(/^rejected: Could not load jointline\.network\.js from /);
      const [network] = await shown(page);
      expect(network?.svgs).toBe(0);
      expect(network?.issues).toBe(1);
      const where =
        scheme === "http"
          ? `${copy?.origin}/copy/jointline.network.js`
          : `file://${dist}/jointline.network.js`;
      expect(network?.text).toContain("jointline.network.js");
      expect(network?.text).toContain(where);
    } finally {
      await close();
      await copy?.close();
    }
  });

  // The words of what went wrong come with the problems part, fetched only when there is a
  // problem to show (a valid page fetches the core alone: the first case above).
  const missing = scheme === "http" ? "/data/missing.json" : "missing.json";

  it("a timeline whose data does not load fetches the problems part and says why, whole", async () => {
    const name = writePage(
      `missing-data-${scheme}.html`,
      script,
      `<jointline-timeline src="${missing}"></jointline-timeline>`,
    );
    await withPage(open(url(name)), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      const [timeline] = await shown(page);
      expect(timeline?.svgs).toBe(0);
      expect(timeline?.issues).toBe(1);
      expect(await issueCodes(page)).toEqual([["load_failed"]]);
      if (scheme === "http") {
        expect(timeline?.text).toContain(
          "Could not load /data/missing.json: the server answered 404",
        );
        expect(timeline?.text).toContain("check the file name and its folder");
      } else {
        expect(timeline?.text).toContain("Could not load missing.json: ");
        expect(timeline?.text).toContain("a page opened from file:// cannot fetch files");
      }
      expect(timeline?.text).toContain("expected a reachable file");
      expect([...scripts].sort()).toEqual(["jointline.iife.js", "jointline.problems.js"]);
      expect(errors).toEqual([]);
    });
  });

  it('a timeline with locale="fr" whose data does not load says why in French, with the problems part\'s French words', async () => {
    const name = writePage(
      `missing-data-fr-${scheme}.html`,
      script,
      `<jointline-timeline locale="fr" src="${missing}"></jointline-timeline>`,
    );
    await withPage(open(url(name)), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      const [timeline] = await shown(page);
      expect(timeline?.issues).toBe(1);
      expect(timeline?.text).toContain(`Impossible de charger ${missing}`);
      expect(timeline?.text).toContain(
        scheme === "http"
          ? "vérifiez le nom du fichier et son dossier"
          : "une page ouverte depuis file:// ne peut pas charger de fichiers",
      );
      expect(timeline?.text).not.toContain("Could not load");
      expect([...scripts].sort()).toEqual(
        ["iife", "locale-fr", "locale-fr.problems", "problems"].map((p) => `jointline.${p}.js`),
      );
      expect(errors).toEqual([]);
    });
  });

  it('a timeline with width="wide" fetches the problems part for the words of its problem, and draws', async () => {
    const name = writePage(
      `bad-width-${scheme}.html`,
      script,
      `<jointline-timeline width="wide"${dataAttr}>${content}</jointline-timeline>`,
    );
    await withPage(open(url(name)), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      const [timeline] = await shown(page);
      expect(timeline?.svgs).toBeGreaterThan(0);
      expect(timeline?.text).toContain('Ignored: width="wide" is not a positive number of pixels.');
      expect([...scripts].sort()).toEqual(["jointline.iife.js", "jointline.problems.js"]);
      expect(errors).toEqual([]);
    });
  });

  it("without the problems part, data that does not load is said naming both files; ready rejects; a bad attribute is named as written", async () => {
    // A copy of dist/ without the problems part: a publisher who did not upload it, or a
    // reader gone offline after the core arrived.
    const dist = distWithout("jointline.problems.js");
    const name = writePage(
      `missing-problems-${scheme}.html`,
      scheme === "http" ? "/copy/jointline.iife.js" : `file://${dist}/jointline.iife.js`,
      `<jointline-timeline src="${missing}"></jointline-timeline>` +
        `<jointline-timeline width="wide"${dataAttr}>${content}</jointline-timeline>`,
    );
    const copy =
      scheme === "http"
        ? await serveStatic({ "/copy/": dist, "/": pages, "/data/": `${root}data` })
        : undefined;
    const { page, scripts, close } = await open(copy ? `${copy.origin}/${name}` : url(name));
    try {
      const [failed, drawn] = await settle(page);
      expect(failed).toMatch(/^rejected: Could not load jointline\.problems\.js from /);
      expect(drawn).toBe("ok");
      const [timeline, wide] = await shown(page);
      expect(timeline?.svgs).toBe(0);
      expect(timeline?.issues).toBe(1);
      expect((await issueCodes(page))[0]).toEqual(["load_failed", "part_load_failed"]);
      // The data's address as resolved, what went wrong in the core's words, and the part.
      const data =
        scheme === "http" ? `${copy?.origin}/data/missing.json` : `file://${join(pages, missing)}`;
      const part =
        scheme === "http"
          ? `${copy?.origin}/copy/jointline.problems.js`
          : `file://${dist}/jointline.problems.js`;
      expect(timeline?.text).toContain(`Could not load ${missing} from ${data}`);
      if (scheme === "http") expect(timeline?.text).toContain(": 404 Not Found.");
      expect(timeline?.text).toContain(`Could not load jointline.problems.js from ${part}`);
      // The chart with a bad attribute draws, naming the attribute as written.
      expect(wide?.svgs).toBeGreaterThan(0);
      expect(wide?.text).toContain('Ignored: width="wide".');
      expect(scripts.filter((s) => s === "jointline.problems.js").length).toBeGreaterThan(0);
    } finally {
      await close();
      await copy?.close();
    }
  });
});

describe.concurrent("parts that load late (a slow connection), from a local server", () => {
  it("every element waits for its part, then draws whole; the timeline does not wait", async () => {
    const name = writePage(
      "late.html",
      "/dist/jointline.iife.js",
      [
        `<jointline-timeline src="/data/csam-operations.json"></jointline-timeline>`,
        ...views.map((v) => `<jointline-${v} src="/data/csam-operations.json"></jointline-${v}>`),
      ].join(""),
    );
    const { release, routes } = holdScripts(
      /jointline\.(network|trend|dashboard|presentation)\.js$/,
    );
    await withPage(open(`${server.origin}/${name}`, routes), async ({ page, scripts, errors }) => {
      // The timeline draws while the parts are held; the others show nothing of a chart yet.
      await page.waitForFunction(
        () =>
          (document.querySelector("jointline-timeline")?.shadowRoot?.querySelectorAll("svg")
            .length ?? 0) > 0,
      );
      const waiting = (await shown(page)).filter((e) => e.tag !== "jointline-timeline");
      expect(waiting.map((e) => e.svgs + e.issues)).toEqual([0, 0, 0, 0]);
      release();
      expect(await settle(page)).toEqual(["ok", "ok", "ok", "ok", "ok"]);
      const drawn = await shown(page);
      expect(drawn.map((e) => [e.tag, e.svgs > 0, e.issues])).toEqual(
        ["timeline", ...views].map((v) => [`jointline-${v}`, true, 0]),
      );
      // Each part once, the dashboard's after the network and trend it runs on, and the
      // presentation after the details part.
      expect([...scripts].sort()).toEqual(
        ["iife", "dashboard", "details", "network", "presentation", "trend"]
          .map((p) => `jointline.${p}.js`)
          .sort(),
      );
      expect(errors).toEqual([]);
    });
  });

  it("a narrow timeline keeps its loading state until the vertical part arrives: never a horizontal chart first", async () => {
    const name = writePage(
      "narrow-late.html",
      "/dist/jointline.iife.js",
      `<jointline-timeline src="/data/csam-operations.json"></jointline-timeline>`,
    );
    const { requested, release, routes } = holdScripts(/jointline\.vertical\.js$/);
    await withPage(
      open(`${server.origin}/${name}`, routes, {
        width: 375,
        height: 800,
      }),
      async ({ page, scripts, errors }) => {
        await requested;
        // The data is in (the page's only other request) while the part is held: nothing drawn.
        await dataInAndTwoFrames(page);
        expect(await timelineShape(page)).toEqual({ vertical: false, rows: 0, plotSvgs: 0 });
        release();
        expect(await settle(page)).toEqual(["ok"]);
        const shape = await timelineShape(page);
        expect(shape.vertical).toBe(true);
        expect(shape.rows).toBeGreaterThan(0);
        expect(scripts).toEqual(["jointline.iife.js", "jointline.vertical.js"]);
        expect(errors).toEqual([]);
      },
    );
  });

  it("a wide timeline made narrow fetches the vertical part then, and turns vertical", async () => {
    const name = writePage(
      "wide-then-narrow.html",
      "/dist/jointline.iife.js",
      `<jointline-timeline src="/data/csam-operations.json"></jointline-timeline>`,
    );
    await withPage(open(`${server.origin}/${name}`), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      expect((await timelineShape(page)).vertical).toBe(false);
      expect(scripts).toEqual(["jointline.iife.js"]);
      await page.evaluate(() => {
        (document.querySelector("jointline-timeline") as HTMLElement).style.width = "375px";
      });
      await page.waitForFunction(
        () =>
          (document.querySelector("jointline-timeline")?.shadowRoot?.querySelectorAll(".jl-vrow")
            .length ?? 0) > 0,
      );
      expect((await timelineShape(page)).vertical).toBe(true);
      expect(scripts).toEqual(["jointline.iife.js", "jointline.vertical.js"]);
      expect(errors).toEqual([]);
    });
  });

  it("a narrow timeline whose vertical part cannot load says which file and where; ready rejects", async () => {
    await expectMissingPartSaid(
      "jointline.vertical.js",
      "narrow-missing.html",
      `<jointline-timeline src="/data/csam-operations.json"></jointline-timeline>`,
      { width: 375, height: 800 },
    );
  });

  it("an iframe page (<jointline-frame>) fetches the frame part, which draws the chart of its query string", async () => {
    writePage("frame.html", "/dist/jointline.iife.js", "<jointline-frame></jointline-frame>");
    await withPage(
      open(`${server.origin}/frame.html?view=timeline&src=%2Fdata%2Fcsam-operations.json`),
      async ({ page, scripts, errors }) => {
        await page.waitForFunction(() => document.querySelector("jointline-timeline") !== null);
        await page.evaluate(async () => {
          const timeline = document.querySelector("jointline-timeline") as HTMLElement & {
            ready: Promise<void>;
          };
          await customElements.whenDefined("jointline-timeline");
          await timeline.ready;
        });
        const timeline = (await shown(page)).find((e) => e.tag === "jointline-timeline");
        expect(timeline?.svgs).toBeGreaterThan(0);
        expect(scripts).toEqual(["jointline.iife.js", "jointline.frame.js"]);
        expect(errors).toEqual([]);
      },
    );
  });

  it('data-parts="network" on the script tag fetches the network part up front', async () => {
    writeFileSync(
      join(pages, "preload.html"),
      `<!doctype html><html><body><jointline-timeline src="/data/csam-operations.json"></jointline-timeline><script src="/dist/jointline.iife.js" data-parts="network"></script></body></html>`,
    );
    await withPage(open(`${server.origin}/preload.html`), async ({ page, scripts }) => {
      await settle(page);
      await page.waitForFunction(() =>
        performance
          .getEntriesByType("resource")
          .some((e) => e.name.endsWith("jointline.network.js")),
      );
      expect(scripts).toEqual(["jointline.iife.js", "jointline.network.js"]);
    });
  });
});

// A dataset of 165 events (the default's 33, five times over with new ids): more than one frame
// builds as SVG (MARKS_PER_FRAME, 100), so its timeline needs the canvas layer, a part.
const bigData = (() => {
  const dataset = JSON.parse(data) as { events: { id: string }[] };
  const events = [0, 1, 2, 3, 4].flatMap((k) =>
    dataset.events.map((e) => (k === 0 ? e : { ...e, id: `${e.id}-${k}` })),
  );
  return JSON.stringify({ ...dataset, events });
})();

/** How many SVG marks the first timeline element holds, and whether a canvas stands in. */
function marksShown(page: Page) {
  return page.evaluate(() => {
    const shadow = document.querySelector("jointline-timeline")?.shadowRoot;
    return {
      marks: shadow?.querySelectorAll(".jl-mark").length ?? 0,
      canvas: shadow?.querySelectorAll("canvas").length ?? 0,
    };
  });
}

/** Waits until the first timeline's SVG marks are all built (the canvas gone). */
async function marksBuilt(page: Page): Promise<number> {
  await page.waitForFunction(() => {
    const shadow = document.querySelector("jointline-timeline")?.shadowRoot;
    return (
      (shadow?.querySelectorAll(".jl-mark").length ?? 0) > 100 &&
      shadow?.querySelector(".jl-plot canvas") === null
    );
  });
  return (await marksShown(page)).marks;
}

describe.concurrent("the canvas part (data of more than 100 events) and the overview part", () => {
  beforeAll(() => writeFileSync(join(pages, "big.json"), bigData));

  it.each([
    ["a local server", "http"],
    ["file://", "file"],
  ] as const)(
    "two timelines of 165 events fetch the canvas part once, from %s, and draw every mark",
    async (_label, scheme) => {
      const script =
        scheme === "http" ? "/dist/jointline.iife.js" : `file://${root}dist/jointline.iife.js`;
      const one =
        scheme === "http"
          ? `<jointline-timeline src="/big.json"></jointline-timeline>`
          : `<jointline-timeline><script type="application/json">${bigData.replace(/</g, "\\u003c")}</script></jointline-timeline>`;
      const name = writePage(`big-${scheme}.html`, script, one + one);
      await withPage(
        open(scheme === "http" ? `${server.origin}/${name}` : `file://${join(pages, name)}`),
        async ({ page, scripts, errors }) => {
          expect(await settle(page)).toEqual(["ok", "ok"]);
          expect(await marksBuilt(page)).toBeGreaterThan(100);
          expect(scripts).toEqual(["jointline.iife.js", "jointline.canvas.js"]);
          expect(errors).toEqual([]);
        },
      );
    },
  );

  it("a timeline of 165 events keeps its loading state until the canvas part arrives, then draws whole", async () => {
    const name = writePage(
      "big-late.html",
      "/dist/jointline.iife.js",
      `<jointline-timeline src="/big.json"></jointline-timeline>`,
    );
    const { requested, release, routes } = holdScripts(/jointline\.canvas\.js$/);
    await withPage(open(`${server.origin}/${name}`, routes), async ({ page, scripts, errors }) => {
      // The part is asked for once the data is in (its size decides): nothing drawn meanwhile.
      await requested;
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      expect(await timelineShape(page)).toEqual({ vertical: false, rows: 0, plotSvgs: 0 });
      expect(await marksShown(page)).toEqual({ marks: 0, canvas: 0 });
      release();
      expect(await settle(page)).toEqual(["ok"]);
      expect(await marksBuilt(page)).toBeGreaterThan(100);
      expect(scripts).toEqual(["jointline.iife.js", "jointline.canvas.js"]);
      expect(errors).toEqual([]);
    });
  });

  it("a timeline of 165 events whose canvas part cannot load says which file and where; ready rejects", async () => {
    await expectMissingPartSaid(
      "jointline.canvas.js",
      "big-missing.html",
      `<jointline-timeline src="/big.json"></jointline-timeline>`,
    );
  });

  it.each([
    ["a local server", "http"],
    ["file://", "file"],
  ] as const)(
    "two timelines with options='{\"overview\":true}' fetch the overview part once, from %s, and draw it",
    async (_label, scheme) => {
      const script =
        scheme === "http" ? "/dist/jointline.iife.js" : `file://${root}dist/jointline.iife.js`;
      const one =
        scheme === "http"
          ? `<jointline-timeline src="/data/csam-operations.json" options='{"overview":true}'></jointline-timeline>`
          : `<jointline-timeline options='{"overview":true}'>${inline}</jointline-timeline>`;
      const name = writePage(`overview-${scheme}.html`, script, one + one);
      await withPage(
        open(scheme === "http" ? `${server.origin}/${name}` : `file://${join(pages, name)}`),
        async ({ page, scripts, errors }) => {
          expect(await settle(page)).toEqual(["ok", "ok"]);
          expect(await overviewsShown(page)).toEqual([
            { marks: true, brush: 1 },
            { marks: true, brush: 1 },
          ]);
          expect(scripts).toEqual(["jointline.iife.js", "jointline.overview.js"]);
          expect(errors).toEqual([]);
        },
      );
    },
  );

  it("a timeline with an overview keeps its loading state until the overview part arrives, then draws both", async () => {
    const name = writePage(
      "overview-late.html",
      "/dist/jointline.iife.js",
      `<jointline-timeline src="/data/csam-operations.json" options='{"overview":true}'></jointline-timeline>`,
    );
    const { release, routes } = holdScripts(/jointline\.overview\.js$/);
    await withPage(open(`${server.origin}/${name}`, routes), async ({ page, scripts, errors }) => {
      await dataInAndTwoFrames(page);
      expect(await timelineShape(page)).toEqual({ vertical: false, rows: 0, plotSvgs: 0 });
      release();
      expect(await settle(page)).toEqual(["ok"]);
      expect((await timelineShape(page)).plotSvgs).toBeGreaterThan(0);
      expect(await overviewsShown(page)).toEqual([{ marks: true, brush: 1 }]);
      expect(scripts).toEqual(["jointline.iife.js", "jointline.overview.js"]);
      expect(errors).toEqual([]);
    });
  });

  it("a timeline with an overview whose part cannot load says which file and where; ready rejects", async () => {
    await expectMissingPartSaid(
      "jointline.overview.js",
      "overview-missing.html",
      `<jointline-timeline src="/data/csam-operations.json" options='{"overview":true}'></jointline-timeline>`,
    );
  });
});

describe.concurrent("the encodings part (sizeBy, the sequential scale)", () => {
  const sized = `options='{"sizeBy":"arrests"}'`;
  // As an attribute: the element loads the part before drawing either way.
  const sequential = `scale="sequential"`;

  it.each([
    ["a local server", "http"],
    ["file://", "file"],
  ] as const)(
    "a sized timeline and a sequential one fetch the encodings part once, from %s, and draw with them",
    async (_label, scheme) => {
      const script =
        scheme === "http" ? "/dist/jointline.iife.js" : `file://${root}dist/jointline.iife.js`;
      const body = [sized, sequential]
        .map((options) =>
          scheme === "http"
            ? `<jointline-timeline src="/data/csam-operations.json" ${options}></jointline-timeline>`
            : `<jointline-timeline ${options}>${inline}</jointline-timeline>`,
        )
        .join("");
      const name = writePage(`encodings-${scheme}.html`, script, body);
      await withPage(
        open(scheme === "http" ? `${server.origin}/${name}` : `file://${join(pages, name)}`),
        async ({ page, scripts, errors }) => {
          expect(await settle(page)).toEqual(["ok", "ok"]);
          const [withSizes, withBreaks] = await encodingsShown(page);
          // The size legend names the metric; point marks come in more than the one radius a
          // plain timeline draws (below).
          expect(withSizes?.sizeLegend).toMatch(/arrests/);
          expect(withSizes?.radii).toBeGreaterThan(1);
          expect(withBreaks?.breaks).toBeGreaterThan(0);
          expect(scripts).toEqual(["jointline.iife.js", "jointline.encodings.js"]);
          expect(errors).toEqual([]);
        },
      );
    },
  );

  it("a plain timeline does not fetch it, and draws no size legend or breaks", async () => {
    const name = writePage(
      "encodings-none.html",
      "/dist/jointline.iife.js",
      `<jointline-timeline src="/data/csam-operations.json"></jointline-timeline>`,
    );
    await withPage(open(`${server.origin}/${name}`), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      expect(await encodingsShown(page)).toEqual([{ sizeLegend: "", radii: 1, breaks: 0 }]);
      expect(scripts).toEqual(["jointline.iife.js"]);
      expect(errors).toEqual([]);
    });
  });

  it('a timeline with size-by="arrests" keeps its loading state until the part arrives, then draws sized', async () => {
    const name = writePage(
      "encodings-late.html",
      "/dist/jointline.iife.js",
      `<jointline-timeline src="/data/csam-operations.json" size-by="arrests"></jointline-timeline>`,
    );
    const { requested, release, routes } = holdScripts(/jointline\.encodings\.js$/);
    await withPage(open(`${server.origin}/${name}`, routes), async ({ page, scripts, errors }) => {
      await requested;
      await dataInAndTwoFrames(page);
      expect(await timelineShape(page)).toEqual({ vertical: false, rows: 0, plotSvgs: 0 });
      release();
      expect(await settle(page)).toEqual(["ok"]);
      const [sizes] = await encodingsShown(page);
      expect(sizes?.sizeLegend).toMatch(/arrests/);
      expect(scripts).toEqual(["jointline.iife.js", "jointline.encodings.js"]);
      expect(errors).toEqual([]);
    });
  });

  it("a sized chart made from code (jointline.createTimeline) draws, then draws again with its sizes when the part arrives", async () => {
    const name = writePage(
      "encodings-code.html",
      "/dist/jointline.iife.js",
      `<div id="chart"></div>`,
    );
    const { release, routes } = holdScripts(/jointline\.encodings\.js$/);
    await withPage(open(`${server.origin}/${name}`, routes), async ({ page, scripts, errors }) => {
      await page.waitForFunction(() => "jointline" in window);
      await page.evaluate(async () => {
        const data = await (await fetch("/data/csam-operations.json")).json();
        const { jointline } = window as unknown as {
          jointline: {
            createTimeline(el: Element | null, data: unknown, options: object): unknown;
          };
        };
        jointline.createTimeline(document.getElementById("chart"), data, { sizeBy: "arrests" });
      });
      const legends = () =>
        page.evaluate(() => document.querySelectorAll("#chart .jl-legend").length);
      // Drawn at once without sizes (the kinds' legend only) while the part is held back.
      await page.waitForFunction(() => document.querySelectorAll("#chart .jl-mark").length > 0);
      expect(await legends()).toBe(1);
      release();
      await page.waitForFunction(() => document.querySelectorAll("#chart .jl-legend").length === 2);
      expect(
        await page.evaluate(() => document.querySelectorAll("#chart .jl-legend")[1]?.textContent),
      ).toMatch(/arrests/);
      expect(scripts).toEqual(["jointline.iife.js", "jointline.encodings.js"]);
      expect(errors).toEqual([]);
    });
  });

  it("a sized timeline whose encodings part cannot load says which file and where; ready rejects", async () => {
    await expectMissingPartSaid(
      "jointline.encodings.js",
      "encodings-missing.html",
      `<jointline-timeline src="/data/csam-operations.json" ${sized}></jointline-timeline>`,
    );
  });
});

/**
 * Per timeline element: the size legend's caption (empty without one), how many different
 * radii its point marks have, and how many sequential-scale breaks it draws.
 */
function encodingsShown(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("jointline-timeline")].map((e) => {
      const shadow = e.shadowRoot;
      const legends = [...(shadow?.querySelectorAll(".jl-legend") ?? [])];
      const radii = new Set(
        [...(shadow?.querySelectorAll(".jl-plot .jl-mark circle") ?? [])].map((c) =>
          c.getAttribute("r"),
        ),
      );
      return {
        sizeLegend: legends.length > 1 ? (legends[1]?.textContent ?? "") : "",
        radii: radii.size,
        breaks: shadow?.querySelectorAll(".jl-plot .jl-break").length ?? 0,
      };
    }),
  );
}

/** Per timeline element: whether its overview has marks, and how many brushes it holds. */
function overviewsShown(page: Page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("jointline-timeline")].map((e) => ({
      marks: (e.shadowRoot?.querySelectorAll(".jl-overview .jl-ov-mark").length ?? 0) > 0,
      brush: e.shadowRoot?.querySelectorAll(".jl-overview .jl-brush").length ?? 0,
    })),
  );
}

/** A reader's request that needs the details part, and what the first timeline shows for it. */
interface DetailsAsk {
  what: string;
  /** Does what the reader does, on the first timeline's first event. */
  act(page: Page): Promise<void>;
  /**
   * What it shows (see `detailsState`): while the part is on its way, once it is here, and when
   * it cannot load. (Focus entering a chart also builds its table at idle: a click may.)
   */
  loading: RegExp;
  whole: RegExp;
  failed: RegExp;
}

/** Where the first timeline's first mark is on the page (its centre). */
async function firstMark(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator("jointline-timeline .jl-mark").first().boundingBox();
  if (!box) throw new Error("no mark drawn");
  return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
}

/**
 * What the first timeline shows of the details part's work: the tooltip ("heading" when it holds
 * only the title, kind and date and the hint; "rich" with actors, figures or sources), the
 * details panel ("busy" with its heading, "whole" with its sections, "failed" with the part's
 * problem) and the data table ("opener", "rows", "failed").
 */
function detailsState(page: Page) {
  return page.evaluate(() => {
    const shadow = document.querySelector("jointline-timeline")!.shadowRoot!;
    const tooltip = shadow.querySelector<HTMLElement>(".jl-tooltip");
    const details = shadow.querySelector<HTMLElement>(".jl-details");
    const wrap = shadow.querySelector<HTMLElement>(".jl-table-wrap");
    const tip =
      !tooltip || tooltip.hidden
        ? "hidden"
        : tooltip.children.length > 3
          ? "rich"
          : tooltip.querySelector(".jl-tooltip-title") && tooltip.querySelector(".jl-tooltip-meta")
            ? "heading"
            : "other";
    const panel =
      !details || details.hidden
        ? "hidden"
        : details.querySelector(".jl-issues")
          ? "failed"
          : details.getAttribute("aria-busy") === "true" && details.querySelector("h3")
            ? details.querySelector("h4")
              ? "busy and whole"
              : "busy"
            : details.querySelector("h4")
              ? "whole"
              : "other";
    const table = wrap?.querySelector(".jl-issues")
      ? "failed"
      : (wrap?.querySelectorAll("tbody tr").length ?? 0) > 0
        ? "rows"
        : wrap?.querySelector(".jl-table-open")
          ? "opener"
          : "other";
    return `tooltip ${tip}, panel ${panel}, table ${table}`;
  });
}

const detailsAsks: DetailsAsk[] = [
  {
    what: "a hover over an event shows its title, kind and date at once, the rest with the part",
    act: async (page) => {
      const { x, y } = await firstMark(page);
      await page.mouse.move(x, y);
    },
    loading: /^tooltip heading, panel hidden, table opener$/,
    whole: /^tooltip rich, panel hidden, table opener$/,
    failed: /^tooltip heading, panel hidden, table opener$/,
  },
  {
    what: "a click on an event opens its panel busy, with its heading, and whole with the part",
    act: async (page) => {
      const { x, y } = await firstMark(page);
      await page.mouse.click(x, y);
    },
    loading: /^tooltip hidden, panel busy, table opener$/,
    whole: /^tooltip hidden, panel whole, table (opener|rows)$/,
    failed: /^tooltip hidden, panel failed, table (opener|failed)$/,
  },
  {
    what: 'the "Data table" button builds the table when the part is here',
    act: (page) =>
      page.evaluate(() =>
        document
          .querySelector("jointline-timeline")!
          .shadowRoot!.querySelector<HTMLButtonElement>(".jl-table-open")!
          .click(),
      ),
    loading: /^tooltip hidden, panel hidden, table opener$/,
    whole: /^tooltip hidden, panel hidden, table rows$/,
    failed: /^tooltip hidden, panel hidden, table failed$/,
  },
];

describe.concurrent("the details part (the details panel, the tooltip's figures, the data table)", () => {
  it.for(detailsAsks)("$what; two timelines fetch it once", async (ask, { expect }) => {
    const one = `<jointline-timeline src="/data/csam-operations.json"></jointline-timeline>`;
    const name = writePage(
      `details-late-${detailsAsks.indexOf(ask)}.html`,
      "/dist/jointline.iife.js",
      one + one,
    );
    const { requested, release, routes } = holdScripts(/jointline\.details\.js$/);
    await withPage(open(`${server.origin}/${name}`, routes), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok", "ok"]);
      // A page that only shows the charts never fetches the part.
      expect(scripts).toEqual(["jointline.iife.js"]);
      await ask.act(page);
      await requested;
      // A hover's or a click's tooltip and panel come once the gesture part (the pointer's
      // code, readerInput.ts) has attached and replayed them, the details part still held.
      await expect.poll(() => detailsState(page), { timeout: 20_000 }).toMatch(ask.loading);
      release();
      await expect.poll(() => detailsState(page), { timeout: 20_000 }).toMatch(ask.whole);
      // The second timeline finds the part here: its panel opens whole at once.
      await page.evaluate(() => {
        const second = document.querySelectorAll("jointline-timeline")[1] as HTMLElement & {
          chart: { select(id: string): void };
        };
        const first = second.shadowRoot!.querySelector(".jl-mark")!.getAttribute("data-id")!;
        second.chart.select(first);
      });
      expect(
        await page.evaluate(() => {
          const details = document
            .querySelectorAll("jointline-timeline")[1]!
            .shadowRoot!.querySelector<HTMLElement>(".jl-details")!;
          return [details.hidden, details.hasAttribute("aria-busy"), !!details.querySelector("h4")];
        }),
      ).toEqual([false, false, true]);
      // Once for both charts. (A click on the plot starts a zoom gesture, whose frames may ask
      // for the canvas layer, and the pointer entering the plot fetches the gesture part: not
      // this part's business.)
      expect(scripts[0]).toBe("jointline.iife.js");
      expect(scripts.filter((file) => file === "jointline.details.js")).toHaveLength(1);
      expect(
        scripts.filter((file) => !/^jointline\.(iife|details|canvas|gesture)\.js$/.test(file)),
      ).toEqual([]);
      expect(errors).toEqual([]);
    });
  });

  it.for(detailsAsks.slice(1))(
    "without the part, $what — or says which file could not load, and from where",
    async (ask, { expect }) => {
      const dist = distWithout("jointline.details.js");
      const copy = await serveStatic({ "/copy/": dist, "/": pages, "/data/": `${root}data` });
      const name = writePage(
        `details-missing-${detailsAsks.indexOf(ask)}.html`,
        "/copy/jointline.iife.js",
        `<jointline-timeline src="/data/csam-operations.json"></jointline-timeline>`,
      );
      const { page, close } = await open(`${copy.origin}/${name}`);
      try {
        // The chart draws: only what the reader asked for waits on the part.
        expect(await settle(page)).toEqual(["ok"]);
        expect((await timelineShape(page)).plotSvgs).toBeGreaterThan(0);
        await ask.act(page);
        await expect.poll(() => detailsState(page), { timeout: 20_000 }).toMatch(ask.failed);
        const [timeline] = await shown(page);
        expect(timeline?.text).toContain(
          `Could not load jointline.details.js from ${copy.origin}/copy/jointline.details.js`,
        );
      } finally {
        await close();
        await copy.close();
      }
    },
  );
});

/**
 * What the first network's details panel shows: "hidden", "busy" (the event's heading while the
 * details part is on its way), "whole" (the event's sections), "failed" (the part's problem).
 */
function networkDetailsState(page: Page) {
  return page.evaluate(() => {
    const details = document
      .querySelector("jointline-network")!
      .shadowRoot!.querySelector<HTMLElement>(".jl-details");
    if (!details || details.hidden) return "hidden";
    if (details.querySelector(".jl-issues")) return "failed";
    if (details.getAttribute("aria-busy") === "true")
      return details.querySelector("h4") ? "busy and whole" : "busy";
    return details.querySelector("h4") ? "whole" : "other";
  });
}

/** Clicks the first network's first event node (its bipartite view), as a reader would. */
async function selectNetworkEvent(page: Page): Promise<void> {
  const box = await page
    .locator("jointline-network .jl-network-node.jl-node-event")
    .first()
    .boundingBox();
  if (!box) throw new Error("no event node drawn");
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

describe.concurrent("a network's event details (the details part, on a reader's select)", () => {
  const bipartite = `<jointline-network src="/data/csam-operations.json" options='{"bipartite":true}'></jointline-network>`;

  it("a network draws without the part; selecting an event shows its heading, busy, then its details", async ({
    expect,
  }) => {
    const name = writePage("network-details-late.html", "/dist/jointline.iife.js", bipartite);
    const { requested, release, routes } = holdScripts(/jointline\.details\.js$/);
    await withPage(open(`${server.origin}/${name}`, routes), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      expect(scripts).toEqual(["jointline.iife.js", "jointline.network.js"]);
      await selectNetworkEvent(page);
      await requested;
      expect(await networkDetailsState(page)).toBe("busy");
      release();
      await expect.poll(() => networkDetailsState(page), { timeout: 20_000 }).toBe("whole");
      expect(scripts.filter((file) => file === "jointline.details.js")).toHaveLength(1);
      expect(errors).toEqual([]);
    });
  });

  it("without the part, selecting an event says which file could not load, and from where", async ({
    expect,
  }) => {
    const dist = distWithout("jointline.details.js");
    const copy = await serveStatic({ "/copy/": dist, "/": pages, "/data/": `${root}data` });
    const name = writePage("network-details-missing.html", "/copy/jointline.iife.js", bipartite);
    const { page, close } = await open(`${copy.origin}/${name}`);
    try {
      expect(await settle(page)).toEqual(["ok"]);
      await selectNetworkEvent(page);
      await expect.poll(() => networkDetailsState(page), { timeout: 20_000 }).toBe("failed");
      const [network] = await shown(page);
      expect(network?.text).toContain(
        `Could not load jointline.details.js from ${copy.origin}/copy/jointline.details.js`,
      );
    } finally {
      await close();
      await copy.close();
    }
  });
});

/** The first timeline's visible window (its root's `data-window`: start and end, ms). */
function shownWindow(page: Page): Promise<[number, number]> {
  return page.evaluate(() => {
    const root = document
      .querySelector("jointline-timeline")!
      .shadowRoot!.querySelector(".jl-timeline");
    const [a = Number.NaN, b = Number.NaN] = (root?.getAttribute("data-window") ?? "")
      .split(",")
      .map(Number);
    return [a, b] as [number, number];
  });
}

/** The middle of the first timeline's plot on the page (its first 240 px, where lanes are). */
async function plotMiddle(page: Page): Promise<{ x: number; y: number }> {
  const box = await page.locator("jointline-timeline .jl-plot").first().boundingBox();
  if (!box) throw new Error("no plot drawn");
  return { x: box.x + box.width / 2, y: box.y + Math.min(box.height / 2, 120) };
}

/** Calls `zoomTo(window)` on the first timeline's chart. */
function zoomFirstTo(page: Page, window: readonly [number, number] | null): Promise<void> {
  return page.evaluate((w) => {
    const element = document.querySelector("jointline-timeline") as HTMLElement & {
      chart: { zoomTo(window: readonly [number, number] | null): void };
    };
    element.chart.zoomTo(w);
  }, window);
}

describe.concurrent("the gesture part (the wheel, drag, pinch and double-click zoom)", () => {
  it.for([
    ["a local server", "http"],
    ["file://", "file"],
  ] as const)(
    "from %s: the pointer entering a plot fetches it once for two timelines; a wheel then zooms and a drag pans; zoomTo works before it",
    async ([_label, scheme], { expect }) => {
      const script =
        scheme === "http" ? "/dist/jointline.iife.js" : `file://${root}dist/jointline.iife.js`;
      const one =
        scheme === "http"
          ? `<jointline-timeline src="/data/csam-operations.json"></jointline-timeline>`
          : `<jointline-timeline>${inline}</jointline-timeline>`;
      const name = writePage(`gesture-${scheme}.html`, script, one + one);
      const { requested, release, routes } = holdScripts(/jointline\.gesture\.js$/);
      await withPage(
        open(
          scheme === "http" ? `${server.origin}/${name}` : `file://${join(pages, name)}`,
          scheme === "http" ? routes : async () => {},
        ),
        async ({ page, scripts, errors }) => {
          expect(await settle(page)).toEqual(["ok", "ok"]);
          // A page that only shows the charts never fetches the part.
          expect(scripts).toEqual(["jointline.iife.js"]);
          const full = await shownWindow(page);
          expect(full.every(Number.isFinite)).toBe(true);
          const span = full[1] - full[0];
          // The view's transform is the core's: zoomTo moves it before the part is here.
          await zoomFirstTo(page, [full[0] + span / 4, full[1] - span / 4]);
          const zoomed = await shownWindow(page);
          expect(zoomed[1] - zoomed[0]).toBeLessThan(span * 0.6);
          await zoomFirstTo(page, null);
          expect(await shownWindow(page)).toEqual(full);
          const { x, y } = await plotMiddle(page);
          await page.mouse.move(x, y);
          if (scheme === "http") {
            await requested;
            // A wheel while the part is on its way moves nothing, and nothing throws.
            await page.mouse.wheel(0, -300);
            await page.waitForTimeout(100);
            expect(await shownWindow(page)).toEqual(full);
            release();
          }
          await expect
            .poll(() => scripts.includes("jointline.gesture.js"), { timeout: 20_000 })
            .toBe(true);
          // Attached on arrival: a wheel then zooms in around the pointer.
          await expect
            .poll(
              async () => {
                await page.mouse.wheel(0, -300);
                const [a, b] = await shownWindow(page);
                return b - a < span * 0.9;
              },
              { timeout: 20_000 },
            )
            .toBe(true);
          await expect.poll(() => shownWindow(page)).not.toEqual(full);
          // Let the wheel gesture end (d3-zoom's 150 ms) before the drag.
          await page.waitForTimeout(300);
          const before = await shownWindow(page);
          await page.mouse.down();
          await page.mouse.move(x + 120, y, { steps: 6 });
          await page.mouse.up();
          await expect.poll(() => shownWindow(page), { timeout: 20_000 }).not.toEqual(before);
          const after = await shownWindow(page);
          // A drag to the right shows earlier times, the window's length kept.
          expect(after[0]).toBeLessThan(before[0]);
          expect(Math.abs(after[1] - after[0] - (before[1] - before[0]))).toBeLessThan(
            (before[1] - before[0]) * 0.01,
          );
          // The second timeline finds the part here: no second fetch.
          const second = await page.locator("jointline-timeline .jl-plot").nth(1).boundingBox();
          await page.mouse.move(second!.x + 50, second!.y + 40);
          await page.waitForTimeout(100);
          expect(scripts.filter((file) => file === "jointline.gesture.js")).toHaveLength(1);
          expect(
            scripts.filter((file) => !/^jointline\.(iife|details|gesture|canvas)\.js$/.test(file)),
          ).toEqual([]);
          expect(errors).toEqual([]);
        },
      );
    },
  );

  it("a network fetches the gesture part (d3-zoom's behaviour) when the pointer enters it, then zooms with the wheel; zoomTo zooms before", async ({
    expect,
  }) => {
    const name = writePage(
      "gesture-network.html",
      "/dist/jointline.iife.js",
      `<jointline-network src="/data/csam-operations.json"></jointline-network>`,
    );
    await withPage(open(`${server.origin}/${name}`), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      expect(scripts).not.toContain("jointline.gesture.js");
      const scale = () =>
        page.evaluate(
          () =>
            (
              document
                .querySelector("jointline-network")!
                .shadowRoot!.querySelector(".jl-network-svg") as unknown as {
                __zoom?: { k: number };
              }
            ).__zoom?.k ?? 1,
        );
      // zoomTo before the part is here: the network moves its own view.
      await page.evaluate(() =>
        (
          document.querySelector("jointline-network") as unknown as {
            chart: { zoomTo(k: number): void };
          }
        ).chart.zoomTo(2),
      );
      const before = await scale();
      expect(before).toBe(2);
      const box = await page.locator("jointline-network .jl-network-svg").boundingBox();
      await page.mouse.move(box!.x + box!.width / 2, box!.y + box!.height / 2);
      await expect.poll(() => scripts.includes("jointline.gesture.js")).toBe(true);
      await page.waitForFunction(() =>
        performance
          .getEntriesByType("resource")
          .some((e) => e.name.endsWith("jointline.gesture.js")),
      );
      await page.waitForTimeout(200);
      await page.mouse.wheel(0, -300);
      await expect.poll(scale, { timeout: 20_000 }).toBeGreaterThan(before);
      expect(errors).toEqual([]);
    });
  });

  it("without the part, a wheel says which file could not load and from where; the chart stays, zoomTo still zooms, a key says so too", async ({
    expect,
  }) => {
    const dist = distWithout("jointline.gesture.js");
    const copy = await serveStatic({ "/copy/": dist, "/": pages, "/data/": `${root}data` });
    const name = writePage(
      "gesture-missing.html",
      "/copy/jointline.iife.js",
      `<jointline-timeline src="/data/csam-operations.json"></jointline-timeline>`,
    );
    const { page, errors, close } = await open(`${copy.origin}/${name}`);
    try {
      expect(await settle(page)).toEqual(["ok"]);
      const full = await shownWindow(page);
      const span = full[1] - full[0];
      const marks = await page.locator("jointline-timeline .jl-mark").count();
      const { x, y } = await plotMiddle(page);
      await page.mouse.move(x, y);
      // A hover alone says nothing (the reader may only want a tooltip).
      await page.waitForTimeout(300);
      expect((await shown(page))[0]?.issues).toBe(0);
      await page.mouse.wheel(0, -300);
      await expect.poll(async () => (await shown(page))[0]?.issues, { timeout: 20_000 }).toBe(1);
      const [timeline] = await shown(page);
      expect(timeline?.text).toContain(
        `Could not load jointline.gesture.js from ${copy.origin}/copy/jointline.gesture.js`,
      );
      // Nothing half-drawn: the same marks, the same window.
      expect(await shownWindow(page)).toEqual(full);
      expect(await page.locator("jointline-timeline .jl-mark").count()).toBe(marks);
      // The keys come with the part (readerInput.ts): "+" does nothing, the message says why.
      await page.locator("jointline-timeline .jl-plot").focus();
      await page.keyboard.press("+");
      await page.waitForTimeout(200);
      expect(await shownWindow(page)).toEqual(full);
      // zoomTo moves the core's transform without the part.
      await zoomFirstTo(page, [full[0] + span / 4, full[1] - span / 4]);
      expect((await shownWindow(page))[0]).toBeGreaterThan(full[0]);
      // Another try says it once, not twice.
      await page.mouse.wheel(0, -300);
      await page.waitForTimeout(300);
      expect((await shown(page))[0]?.issues).toBe(1);
      expect(errors).toEqual([]);
    } finally {
      await close();
      await copy.close();
    }
  });
});

/**
 * Holds the gesture part from `file://` too (where no route can): an init script that keeps the
 * part's `<script>` out of the document until `window.releaseGesture()`; `heldGesture()` says
 * whether the core asked for it.
 */
const holdGestureScript = `(() => {
  const append = Element.prototype.append;
  const held = [];
  Element.prototype.append = function (...nodes) {
    if (nodes.some((n) => n instanceof HTMLScriptElement && /jointline\\.gesture\\.js$/.test(n.src))) {
      held.push(() => append.apply(this, nodes));
      return;
    }
    return append.apply(this, nodes);
  };
  window.heldGesture = () => held.length > 0;
  window.releaseGesture = () => { for (const f of held.splice(0)) f(); };
})();`;

/** The first `.jl-mark` (or vertical row) that has focus in the `n`th timeline, by its event id. */
function focusedId(page: Page, n: number): Promise<string | null> {
  return page.evaluate(
    (i) =>
      document
        .querySelectorAll("jointline-timeline")
        [i]!.shadowRoot!.activeElement?.closest(".jl-mark")
        ?.getAttribute("data-id") ?? null,
    n,
  );
}

/** Whether the `n`th timeline's tooltip shows, and its text. */
function tooltipShown(page: Page, n: number): Promise<{ shown: boolean; text: string }> {
  return page.evaluate((i) => {
    const tip = document
      .querySelectorAll("jointline-timeline")
      [i]!.shadowRoot!.querySelector<HTMLElement>(".jl-tooltip");
    return { shown: tip ? !tip.hidden : false, text: tip?.textContent ?? "" };
  }, n);
}

describe.concurrent("a reader's pointer and keys, with the gesture part (readerInput.ts)", () => {
  it.for([
    ["a local server", "http"],
    ["file://", "file"],
  ] as const)(
    "from %s: a hover and arrow keys made while the part is held are replayed when it attaches: the tooltip without another move, the focus moved in order",
    async ([_label, scheme], { expect }) => {
      const script =
        scheme === "http" ? "/dist/jointline.iife.js" : `file://${root}dist/jointline.iife.js`;
      const one =
        scheme === "http"
          ? `<jointline-timeline src="/data/csam-operations.json"></jointline-timeline>`
          : `<jointline-timeline>${inline}</jointline-timeline>`;
      const name = writePage(
        `reader-${scheme}.html`,
        script,
        `<div style="height:3000px">${one}${one}</div>`,
      );
      // A page of its own: the init script must not stay on the pages other tests take.
      const page = await context.newPage();
      // Both charts in view: focus scrolling to the second would move the first from under the
      // pointer (a pointerleave, rightly no tooltip).
      await page.setViewportSize({ width: 1100, height: 1800 });
      const scripts: string[] = [];
      const errors: string[] = [];
      page.on("request", (r) => {
        if (r.resourceType() === "script") scripts.push(r.url().split("/").pop()!);
      });
      page.on("pageerror", (e) => errors.push(e.message));
      await page.addInitScript(holdGestureScript);
      try {
        await page.goto(
          scheme === "http" ? `${server.origin}/${name}` : `file://${join(pages, name)}`,
          {
            waitUntil: "domcontentloaded",
          },
        );
        expect(await settle(page)).toEqual(["ok", "ok"]);
        expect(scripts).toEqual(["jointline.iife.js"]);
        // The pointer onto a glyph of the first timeline, right after the page drew; it stops.
        const glyph = page.locator("jointline-timeline").first().locator(".jl-mark .jl-glyph");
        const box = (await glyph.nth(4).boundingBox())!;
        await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
        await expect
          .poll(() =>
            page.evaluate(() => (window as unknown as { heldGesture(): boolean }).heldGesture()),
          )
          .toBe(true);
        // Focus in the second timeline's plot, three arrows: cancelled at once (the page does
        // not scroll), held.
        await page.locator("jointline-timeline").nth(1).locator(".jl-plot").focus();
        const scrolled = await page.evaluate(() => window.scrollY);
        for (const key of ["ArrowRight", "ArrowDown", "ArrowRight"]) await page.keyboard.press(key);
        await page.waitForTimeout(200);
        expect(await page.evaluate(() => window.scrollY)).toBe(scrolled);
        expect(await focusedId(page, 1)).toBeNull();
        expect((await tooltipShown(page, 0)).shown).toBe(false);
        expect(scripts).not.toContain("jointline.gesture.js");
        await page.evaluate(() =>
          (window as unknown as { releaseGesture(): void }).releaseGesture(),
        );
        // Replayed on arrival: the first timeline's tooltip, with no other move of the pointer.
        await expect
          .poll(async () => (await tooltipShown(page, 0)).shown, { timeout: 20_000 })
          .toBe(true);
        expect((await tooltipShown(page, 0)).text.length).toBeGreaterThan(0);
        // The second's focus moved three events on, in time order: Home and two arrows, now
        // that the part is here, land on the same event, and Home alone elsewhere.
        await expect.poll(() => focusedId(page, 1), { timeout: 20_000 }).not.toBeNull();
        const replayed = await focusedId(page, 1);
        await page.keyboard.press("Home");
        const first = await focusedId(page, 1);
        await page.keyboard.press("ArrowRight");
        await page.keyboard.press("ArrowRight");
        expect(await focusedId(page, 1)).toBe(replayed);
        expect(first).not.toBe(replayed);
        expect(scripts.filter((f) => f === "jointline.gesture.js")).toHaveLength(1);
        expect(errors).toEqual([]);
      } finally {
        await page.close();
      }
    },
  );

  it.for([
    ["a local server", "http"],
    ["file://", "file"],
  ] as const)(
    "from %s, a gesture part that cannot load: a click on a mark and a key the chart handles say which file and from where; nothing is selected or moved",
    async ([_label, scheme], { expect }) => {
      const dist = distWithout("jointline.gesture.js");
      const copy =
        scheme === "http"
          ? await serveStatic({ "/copy/": dist, "/": pages, "/data/": `${root}data` })
          : undefined;
      const one = copy
        ? `<jointline-timeline src="/data/csam-operations.json"></jointline-timeline>`
        : `<jointline-timeline>${inline}</jointline-timeline>`;
      const name = writePage(
        `reader-missing-${scheme}.html`,
        copy ? "/copy/jointline.iife.js" : `file://${dist}/jointline.iife.js`,
        one + one,
      );
      const { page, errors, close } = await open(
        copy ? `${copy.origin}/${name}` : `file://${join(pages, name)}`,
      );
      const where = copy
        ? `${copy.origin}/copy/jointline.gesture.js`
        : `file://${dist}/jointline.gesture.js`;
      try {
        expect(await settle(page)).toEqual(["ok", "ok"]);
        const glyph = page.locator("jointline-timeline").first().locator(".jl-mark .jl-glyph");
        await glyph.nth(3).click();
        await expect.poll(async () => (await shown(page))[0]?.issues, { timeout: 20_000 }).toBe(1);
        expect((await shown(page))[0]?.text).toContain(
          `Could not load jointline.gesture.js from ${where}`,
        );
        await page.locator("jointline-timeline").nth(1).locator(".jl-plot").focus();
        await page.keyboard.press("ArrowRight");
        await expect.poll(async () => (await shown(page))[1]?.issues, { timeout: 20_000 }).toBe(1);
        expect((await shown(page))[1]?.text).toContain(
          `Could not load jointline.gesture.js from ${where}`,
        );
        // Nothing half-done: no selection, no mark focused; said once per chart.
        await page.keyboard.press("ArrowRight");
        await page.waitForTimeout(200);
        expect((await shown(page)).map((t) => t.issues)).toEqual([1, 1]);
        expect(await focusedId(page, 1)).toBeNull();
        expect(await page.locator("jointline-timeline .jl-mark.jl-selected").count()).toBe(0);
        expect(errors).toEqual([]);
      } finally {
        await close();
        await copy?.close();
      }
    },
  );
});

describe.concurrent("the menu's actions, with the export part on the menu's first open", () => {
  it.for([
    ["with the part", "ok"],
    ["without it", "missing"],
  ] as const)("a timeline's menu opened %s", async ([_label, kind], { expect }) => {
    const dist = kind === "missing" ? distWithout("jointline.export.js") : undefined;
    const copy = dist
      ? await serveStatic({ "/copy/": dist, "/": pages, "/data/": `${root}data` })
      : undefined;
    const name = writePage(
      `menu-${kind}.html`,
      copy ? "/copy/jointline.iife.js" : "/dist/jointline.iife.js",
      `<jointline-timeline src="/data/csam-operations.json"></jointline-timeline>`,
    );
    const { page, scripts, errors, close } = await open(`${(copy ?? server).origin}/${name}`);
    try {
      expect(await settle(page)).toEqual(["ok"]);
      expect(scripts).toEqual(["jointline.iife.js"]);
      await page.locator("jointline-timeline .jl-embed-menu > summary").click();
      if (kind === "ok") {
        await page.getByRole("menuitem", { name: "Download SVG" }).waitFor();
        expect(scripts).toEqual(["jointline.iife.js", "jointline.export.js"]);
      } else {
        // The menu closes and its status line says which file could not load, and from where.
        await expect
          .poll(() =>
            page.evaluate(
              () =>
                document
                  .querySelector("jointline-timeline")!
                  .shadowRoot!.querySelector(".jl-embed-status")?.textContent ?? "",
            ),
          )
          .toContain(`jointline.export.js from ${copy!.origin}/copy/jointline.export.js`);
        expect(
          await page.evaluate(
            () =>
              document
                .querySelector("jointline-timeline")!
                .shadowRoot!.querySelector<HTMLDetailsElement>(".jl-embed-menu")!.open,
          ),
        ).toBe(false);
      }
      expect(errors).toEqual([]);
    } finally {
      await close();
      await copy?.close();
    }
  });
});

describe.concurrent("bytes that are not plain UTF-8 (the readers' shared start in the validator part)", () => {
  it("a timeline of a Windows-1252 JSON file fetches the validator part, draws, and says how it was read", async () => {
    // "é" as Windows-1252 writes it (0xE9): not UTF-8, so the core leaves the bytes to the
    // validator part's decodeBytes.
    const latin = JSON.stringify({
      title: "Opération",
      sources: [{ id: "s1", publisher: "P", title: "T" }],
      events: [{ id: "e1", kind: "operation", title: "Été", when: "2020", sources: ["s1"] }],
    });
    writeFileSync(
      join(pages, "latin.json"),
      Uint8Array.from(latin, (c) => c.charCodeAt(0)),
    );
    const name = writePage(
      "latin.html",
      "/dist/jointline.iife.js",
      `<jointline-timeline src="/latin.json"></jointline-timeline>`,
    );
    await withPage(open(`${server.origin}/${name}`), async ({ page, scripts, errors }) => {
      expect(await settle(page)).toEqual(["ok"]);
      const [timeline] = await shown(page);
      expect(timeline?.svgs).toBeGreaterThan(0);
      const read = await page.evaluate(() => {
        const element = document.querySelector("jointline-timeline") as unknown as {
          data?: { title: string };
          issues: { code: string; message: string }[];
        };
        return { title: element.data?.title, issues: element.issues };
      });
      expect(read.title).toBe("Opération");
      expect(read.issues.map((i) => i.code)).toEqual(["text_encoding"]);
      expect(read.issues[0]?.message).toContain("it was read as Windows-1252 (Western European)");
      expect(scripts).toEqual(["jointline.iife.js", "jointline.validate.js"]);
      expect(errors).toEqual([]);
    });
  });
});
