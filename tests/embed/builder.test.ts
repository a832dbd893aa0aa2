import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it, type TestContext } from "vitest";
import { buildBuilder } from "../../examples/builder/build";
import { defaultOptions } from "../../examples/builder/builderOptions";
import { setCell } from "../../examples/builder/editSheet";
import { inlineJson, scriptEmbedCode } from "../../examples/builder/embedSnippet";
import { applyHint } from "../../examples/builder/hintFix";
import { createHistory } from "../../examples/builder/history";
import { loadText } from "../../examples/builder/loadText";
import { largeSheetTsv, sampleSheetTsv } from "../../examples/builder/sampleSheet";
import { emptySheet, sheetFromText, sheetToCsv } from "../../examples/builder/sheet";
import { validateSheet } from "../../examples/builder/validateSheet";
import { type Issue, readCsv, readJson, writeJson } from "../../src/index";
import { downloadedBytes, fileUrl, root } from "./chromiumHarness";
import { connectChromium, sharedServerUrl } from "./sharedBrowser";

// Budgets for a flow of clicks and keys in Chromium: hang bounds, not speed claims. At a load of
// 30 on 2 cores (npm test beside seven other sessions) one edit-and-undo flow took over 30 s.
const flowBudget = 90_000;
const longFlowBudget = 120_000;

// The chart builder (examples/builder.html) used as a journalist would, in Debian's Chromium:
// served by vite and opened from file://. The sheet is synthetic (examples/builder/sampleSheet.ts).
let browser: Browser;
let base: string;
const scratch = mkdtempSync(join(tmpdir(), "jointline-builder-"));

beforeAll(async () => {
  // dist/jointline.iife.js is built once per run by the bundle project's globalSetup.
  await buildBuilder();
  base = sharedServerUrl();
  browser = await connectChromium();
  console.log(`builder screenshots and pasted pages: ${scratch}`);
}, 180_000);

afterAll(async () => {
  await browser?.close();
});

/** The page's module script (served TypeScript) and the built classic script of the same code. */
const moduleScript = '<script type="module" src="./builder/main.ts"></script>';
const builtScript = '<script src="./builder/dist/builder.js"></script>';

/**
 * Serves examples/builder.html to `context` with its script built (examples/builder/dist/builder.js,
 * made in beforeAll, the script a file:// page loads) in place of the TypeScript module. The dev
 * server sends the module as a few hundred files (src/, d3 and zod unbundled) that each new context
 * fetches and compiles again: a page load cost ~2 s more CPU that way, its first ~7 s more. The
 * module itself, the page `npm start` serves, is what the examples-index test opens.
 */
async function serveBuiltBuilder(context: BrowserContext) {
  const html = readFileSync(`${root}examples/builder.html`, "utf8");
  if (!html.includes(moduleScript))
    throw new Error("examples/builder.html: its module script moved");
  const body = html.replace(moduleScript, builtScript);
  await context.route(`${base}/examples/builder.html`, (route) =>
    route.fulfill({ contentType: "text/html", body }),
  );
}

async function openBuilder(url: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 1000 } });
  if (url.startsWith("http")) {
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: base });
    await serveBuiltBuilder(context);
  }
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  await page.goto(url);
  await page.waitForSelector("table.grid tbody tr");
  return { page, context, errors };
}

/** Pastes text into the paste box as the clipboard would deliver it. */
async function pasteSheet(page: Page, text: string) {
  await page.focus("#paste");
  await page.evaluate((data) => {
    const transfer = new DataTransfer();
    transfer.setData("text/plain", data);
    const event = new ClipboardEvent("paste", {
      clipboardData: transfer,
      bubbles: true,
      cancelable: true,
    });
    document.getElementById("paste")!.dispatchEvent(event);
  }, text);
}

/** Waits until the issue summary above the grid matches `pattern`. */
const waitForSummary = (page: Page, pattern: RegExp) =>
  page.waitForFunction(
    (source) =>
      new RegExp(source).test(document.querySelector("#issues .summary")?.textContent ?? ""),
    pattern.source,
  );
const cell = (page: Page, column: string, row: number) =>
  page.getByRole("textbox", { name: `${column}, event ${row}`, exact: true });

/** The marks and lane labels of the builder's desktop preview. */
function previewChart(page: Page) {
  return page.evaluate(() => {
    const box = document.getElementById("desktop-chart")!;
    return {
      marks: box.querySelectorAll(".jl-mark").length,
      lanes: Array.from(box.querySelectorAll(".jl-lane-label"), (n) => n.textContent),
    };
  });
}

/** The marks and lane labels a <jointline-timeline> drew in its shadow root. */
async function embeddedChart(page: Page) {
  await page.waitForFunction(
    () =>
      (document.querySelector("jointline-timeline")?.shadowRoot?.querySelectorAll(".jl-mark")
        .length ?? 0) > 0,
    undefined,
    { timeout: 20_000 },
  );
  return page.evaluate(() => {
    const shadow = document.querySelector("jointline-timeline")!.shadowRoot!;
    return {
      marks: shadow.querySelectorAll(".jl-mark").length,
      lanes: Array.from(shadow.querySelectorAll(".jl-lane-label"), (n) => n.textContent),
    };
  });
}

/** Opens `html` alone as a page, from the test server's origin or from a file. */
async function openPasted(html: string, from: "http" | "file", name: string) {
  const context = await browser.newContext({ viewport: { width: 1100, height: 900 } });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (error) => errors.push(error.message));
  const document = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Pasted</title></head><body>\n${html}</body></html>`;
  if (from === "http") {
    const url = `${base}/pasted-${name}.html`;
    await page.route(url, (route) => route.fulfill({ contentType: "text/html", body: document }));
    await page.goto(url);
  } else {
    const path = join(scratch, `pasted-${name}.html`);
    writeFileSync(path, document);
    await page.goto(`file://${path}`);
  }
  return { page, errors, close: () => context.close() };
}

/**
 * One step of the journalist's session: the steps run in turn on the session's page (each starts
 * where the one before left it), while the file's other groups, each on its own page, run beside
 * the session (their describes are concurrent).
 */
function step(name: string, fn: (context: TestContext) => Promise<void>, timeout: number) {
  it(name, { concurrent: false, timeout }, fn);
}

describe.concurrent("examples/builder.html, a journalist's session", () => {
  let context: BrowserContext;
  let page: Page;
  let errors: string[];
  let embed = "";
  let preview: { marks: number; lanes: (string | null)[] };

  beforeAll(async () => {
    ({ page, context, errors } = await openBuilder(`${base}/examples/builder.html`));
  }, longFlowBudget);
  afterAll(() => context?.close());

  step(
    "pasting a tab-separated sheet of 15 events shows its two errors on their cells",
    // The test's own expect for expect.poll: with the file's groups side by side there is no
    // one current test for the global one.
    async ({ expect }) => {
      await pasteSheet(page, sampleSheetTsv());
      await waitForSummary(page, /2 errors/);
      expect(await page.locator("#tab-events").textContent()).toMatch(/Events \(15\)/);
      const marked = await page.$$eval("table.grid td.has-issue", (tds) =>
        tds.map((td) => td.querySelector("input, textarea")!.getAttribute("aria-label")),
      );
      expect(marked.sort()).toEqual(["countries, event 4", "when, event 10"]);
      await expect
        .poll(() => cell(page, "countries", 4).getAttribute("aria-invalid"), { timeout: 15_000 })
        .toBe("true");
      // The message is the cell's description, for screen readers.
      const described = await cell(page, "when", 10).evaluate(
        (input) => document.getElementById(input.getAttribute("aria-describedby")!)!.textContent,
      );
      expect(described).toMatch(/month 13 does not exist/);
    },
    flowBudget,
  );

  step(
    "fixes one error by its hint and one by typing",
    async () => {
      await page.getByRole("button", { name: /Fix countries of event 4: use “GB”/ }).click();
      expect(await cell(page, "countries", 4).inputValue()).toBe("GB");
      await waitForSummary(page, /1 error\b/);
      const when = cell(page, "when", 10);
      await when.click();
      await page.keyboard.press("Control+A");
      await page.keyboard.type("2022-04-13");
      await page.keyboard.press("Tab");
      await waitForSummary(page, /^No errors/);
      expect(await page.locator("table.grid td.has-issue").count()).toBe(0);
      preview = await previewChart(page);
      expect(preview.marks).toBe(15);
    },
    flowBudget,
  );

  step(
    "previews the phone layout at 375 px beside the desktop one",
    async () => {
      await page.getByLabel("Phone preview (375 px)").check();
      await page.waitForFunction(
        () => document.querySelectorAll("#phone-chart .jl-mark").length === 15,
      );
      const widths = await page.evaluate(() => ({
        phone: document.getElementById("phone-chart")!.clientWidth,
        desktop: document.getElementById("desktop-chart")!.clientWidth,
      }));
      // 375 px of content plus the frame's 4 px padding on each side.
      expect(widths.phone).toBe(383);
      expect(widths.desktop).toBeGreaterThan(375);
      await page.screenshot({ path: join(scratch, "builder-1280.png"), fullPage: true });
    },
    flowBudget,
  );

  step(
    "sets a headline, and copies a script-tag embed code with the data inlined",
    // The test's own expect, for expect.poll (as above).
    async ({ expect }) => {
      await page
        .getByLabel("Headline", { exact: true })
        .fill("Fictional darknet market takedowns, 2019–2024");
      await page
        .getByLabel("Dek (the line under the headline)")
        .fill("A synthetic series for testing </script> escapes");
      // With a title, the last warning (missing_title) goes too.
      await waitForSummary(page, /^No errors: /);
      // The dek changes no warning: wait until the embed code has it (under load the code was
      // copied before the dek's edit reached it, once in five loaded runs).
      await expect
        .poll(() => page.locator("#embed-code").inputValue(), { timeout: 15_000 })
        .toContain("testing \\u003c/script> escapes");
      await page.getByRole("button", { name: "Copy the embed code" }).click();
      embed = await page.evaluate(() => navigator.clipboard.readText());
      expect(embed).toBe(await page.locator("#embed-code").inputValue());
      expect(embed).toMatch(
        /^<jointline-timeline lanes="kind" theme="light" locale="en">\n {2}<script type="application\/json">/,
      );
      expect(embed).toMatch(
        /<\/jointline-timeline>\n<script src="http:\/\/127\.0\.0\.1:\d+\/dist\/jointline\.iife\.js"><\/script>\n$/,
      );
      expect(embed).toContain("Fictional darknet market takedowns, 2019–2024");
      // Inline JSON writes every < as \u003c: the dek's "</script>" cannot end the element early.
      expect(embed.match(/<\/script>/g)).toHaveLength(2);
      expect(embed).toContain("testing \\u003c/script> escapes");
      expect(embed).toContain("Sales of \\u003c100 g lots ended.");
    },
    flowBudget,
  );

  it.each(["http", "file"] as const)(
    "the code pasted alone into a blank page (%s) draws the same chart",
    { concurrent: false, timeout: longFlowBudget },
    async (from) => {
      const pasted = await openPasted(embed, from, `builder-${from}`);
      const drawn = await embeddedChart(pasted.page);
      expect(drawn).toEqual(preview);
      const title = await pasted.page.evaluate(() =>
        document
          .querySelector("jointline-timeline")!
          .shadowRoot!.querySelector(".jl-plot")
          ?.getAttribute("aria-label"),
      );
      expect(title).toMatch(
        /^Fictional darknet market takedowns, 2019–2024: timeline of 15 events/,
      );
      expect(pasted.errors).toEqual([]);
      await pasted.close();
    },
  );

  step(
    "undo and redo step through edits, by button and by keyboard",
    async () => {
      const title = cell(page, "title", 1);
      await title.click();
      await page.keyboard.press("Control+A");
      await page.keyboard.type("Operation Nightjar, renamed");
      await page.keyboard.press("Tab");
      await page.getByRole("button", { name: "Undo" }).click();
      expect(await title.inputValue()).toBe("Operation Nightjar (fictional)");
      await page.getByRole("button", { name: "Redo" }).click();
      expect(await title.inputValue()).toBe("Operation Nightjar, renamed");
      // Undo again, three steps: the renamed title, the dek, then the headline.
      await page.keyboard.press("Control+Z");
      expect(await title.inputValue()).toBe("Operation Nightjar (fictional)");
      await page.keyboard.press("Control+Z");
      expect(await page.getByLabel("Dek (the line under the headline)").inputValue()).toBe("");
      await page.keyboard.press("Control+Shift+Z");
      expect(await page.getByLabel("Dek (the line under the headline)").inputValue()).toMatch(
        /^A synthetic series/,
      );
      // Undoing the dek, the headline, then the date typed into row 10 (one step however many
      // keys) brings the error back; redoing all four returns to where we were.
      for (let i = 0; i < 3; i++) await page.keyboard.press("Control+Z");
      expect(await cell(page, "when", 10).inputValue()).toBe("2022-13-04");
      expect(await page.getByLabel("Headline", { exact: true }).inputValue()).toBe("");
      await waitForSummary(page, /1 error\b/);
      expect(await page.locator("table.grid td.has-issue input").getAttribute("aria-label")).toBe(
        "when, event 10",
      );
      for (let i = 0; i < 4; i++) await page.keyboard.press("Control+Shift+Z");
      expect(await cell(page, "when", 10).inputValue()).toBe("2022-04-13");
      expect(await page.getByLabel("Headline", { exact: true }).inputValue()).toBe(
        "Fictional darknet market takedowns, 2019–2024",
      );
      expect(await title.inputValue()).toBe("Operation Nightjar, renamed");
    },
    flowBudget,
  );

  step(
    "edits, moves, adds and deletes rows from the keyboard alone",
    async () => {
      await cell(page, "id", 2).focus();
      await page.keyboard.press("ArrowDown");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
        "id, event 3",
      );
      // Alt+Shift+↑ moves the row up, and the focus with it.
      await page.keyboard.press("Alt+Shift+ArrowUp");
      expect(await cell(page, "id", 2).inputValue()).toBe("op-kestrel");
      expect(await cell(page, "id", 3).inputValue()).toBe("nightjar-seizure");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
        "id, event 2",
      );
      await page.getByRole("button", { name: "Delete event 2" }).focus();
      await page.keyboard.press("Enter");
      expect(await page.locator("#tab-events").textContent()).toMatch(/Events \(14\)/);
      await page.getByRole("button", { name: "Add a row" }).press("Enter");
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
        "id, event 15",
      );
      await page.keyboard.press("Control+Z");
      await page.keyboard.press("Control+Z");
      expect(await cell(page, "id", 2).inputValue()).toBe("op-kestrel");
      expect(await page.locator("#tab-events").textContent()).toMatch(/Events \(15\)/);
      // The sources and actors have their own tabs (arrow keys move between tabs).
      await page.locator("#tab-events").focus();
      await page.keyboard.press("ArrowRight");
      expect(
        await page.getByRole("textbox", { name: "publisher, source 1", exact: true }).inputValue(),
      ).toBe("Example Press Office (fictional)");
      await page.keyboard.press("ArrowRight");
      expect(
        await page.getByRole("textbox", { name: "name, actor 2", exact: true }).inputValue(),
      ).toBe("Northern Police Unit (fictional)");
      await page.keyboard.press("ArrowRight");
    },
    flowBudget,
  );

  step(
    "reload restores the work, the options and the phone preview",
    async () => {
      const before = await page.evaluate(() =>
        JSON.stringify((window as unknown as { builder: { sheet: unknown } }).builder.sheet),
      );
      await page.reload();
      await page.waitForSelector("table.grid tbody tr");
      const after = await page.evaluate(() =>
        JSON.stringify((window as unknown as { builder: { sheet: unknown } }).builder.sheet),
      );
      expect(after).toBe(before);
      expect(await page.getByLabel("Headline", { exact: true }).inputValue()).toBe(
        "Fictional darknet market takedowns, 2019–2024",
      );
      expect(await page.getByLabel("Phone preview (375 px)").isChecked()).toBe(true);
      expect(await page.locator("#load-status").textContent()).toMatch(/Restored your work/);
      await page.waitForFunction(
        () => document.querySelectorAll("#phone-chart .jl-mark").length === 15,
      );
      // Typed and reloaded at once, before the debounced save: the page saves as it goes.
      await cell(page, "tags", 15).fill("typed just before reload");
      await page.reload();
      await page.waitForSelector("table.grid tbody tr");
      expect(await cell(page, "tags", 15).inputValue()).toBe("typed just before reload");
    },
    flowBudget,
  );

  step(
    "has no axe-core violations, at 1,280, 768 and 375 px without sideways scrolling",
    async () => {
      const axe = readFileSync(`${root}node_modules/axe-core/axe.min.js`, "utf8");
      // 375: a phone; only the sheet's own box scrolls sideways.
      for (const width of [1280, 768, 375]) {
        await page.setViewportSize({ width, height: 1000 });
        await page.addScriptTag({ content: axe });
        const violations = await page.evaluate(async () => {
          const result = await (
            window as unknown as {
              axe: {
                run(
                  node: Node,
                  options: unknown,
                ): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }>;
              };
            }
          ).axe.run(document, { resultTypes: ["violations"] });
          return result.violations.map(
            (v) =>
              `${v.id}: ${v.nodes
                .slice(0, 3)
                .map((n) => n.target.join(" "))
                .join(", ")}`,
          );
        });
        expect(violations, `at ${width} px`).toEqual([]);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );
      }
      await page.screenshot({ path: join(scratch, "builder-768.png"), fullPage: true });
      expect(errors).toEqual([]);
    },
    longFlowBudget,
  );

  step(
    "start over empties the sheet, and undo brings the work back",
    async () => {
      await page.setViewportSize({ width: 1280, height: 1000 });
      await page.getByRole("button", { name: "Start over" }).click();
      expect(await page.locator("#tab-events").textContent()).toMatch(/Events \(0\)/);
      expect(await page.getByLabel("Phone preview (375 px)").isChecked()).toBe(false);
      await page.getByRole("button", { name: "Undo" }).click();
      expect(await page.locator("#tab-events").textContent()).toMatch(/Events \(15\)/);
    },
    flowBudget,
  );
});

describe.concurrent("examples/builder.html from file://", () => {
  it(
    "builds a chart from a pasted sheet, and its embed code draws it in a blank file:// page",
    async () => {
      const { page, context, errors } = await openBuilder(fileUrl("examples/builder.html"));
      await pasteSheet(page, sampleSheetTsv());
      await waitForSummary(page, /2 errors/);
      await page.getByRole("button", { name: /Fix countries of event 4/ }).click();
      await page.getByRole("button", { name: /Fix when of event 10: use “2022-04-13”/ }).click();
      await waitForSummary(page, /^No errors/);
      await page.getByLabel("Lanes", { exact: true }).selectOption("country");
      await page.waitForFunction(() =>
        Array.from(document.querySelectorAll("#desktop-chart .jl-lane-label")).some((n) =>
          /Poland/.test(n.textContent ?? ""),
        ),
      );
      const preview = await previewChart(page);
      const embed = await page.locator("#embed-code").inputValue();
      expect(embed).toContain(`<script src="${fileUrl("dist/jointline.iife.js")}"></script>`);
      expect(embed).toContain('lanes="country"');
      // No http(s) page to point an iframe at: the builder says why instead of writing bad code.
      expect(await page.locator("#iframe-code").inputValue()).toMatch(/publish the dataset/);
      const pasted = await openPasted(embed, "file", "from-file-builder");
      expect(await embeddedChart(pasted.page)).toEqual(preview);
      expect(pasted.errors).toEqual([]);
      await pasted.close();
      expect(errors).toEqual([]);
      await context.close();
    },
    longFlowBudget,
  );
});

describe.concurrent("the builder's parts, in Node", () => {
  const issue = (found: string, hint: string): Issue => ({
    code: "x",
    severity: "error",
    path: [],
    message: "m",
    found,
    hint,
  });

  it("applyHint(cell, issue) puts the hint's suggestion in place of what was found", () => {
    expect(applyHint("DE; UK", issue("UK", 'did you mean "GB"?'))).toBe("DE; GB");
    expect(applyHint("nca:leed", issue("nca:leed", 'did you mean "nca:lead"?'))).toBe("nca:lead");
    expect(
      applyHint(
        "2022-13-04",
        issue("2022-13-04", "dates are written year-month-day: did you mean 2022-04-13?"),
      ),
    ).toBe("2022-04-13");
    expect(
      applyHint(
        "arrests=79@s1; suspects_identified=nearly 1,400@s1",
        issue(
          "suspects_identified=nearly 1,400@s1",
          "write 1400; keep the source's wording with |asReported=",
        ),
      ),
    ).toBe("arrests=79@s1; suspects_identified=nearly 1400@s1");
    // No replacement named, or the cell no longer holds what was found: no fix offered.
    expect(applyHint("x", issue("x", "add @ and the source's id"))).toBeUndefined();
    expect(applyHint("DE; FR", issue("UK", 'did you mean "GB"?'))).toBeUndefined();
  });

  it("validateSheet(sheet) puts each issue on its cell, past cells with line breaks and sections", () => {
    const pasted = sheetFromText(sampleSheetTsv());
    const sheet = { ...emptySheet(), ...pasted };
    // A summary of three lines in row 2 shifts the file's lines of every row after it.
    const multiline = setCell(sheet, "events", 1, 8, "one\ntwo\n\nthree");
    const { cells, result } = validateSheet(multiline);
    expect(result.data).toBeUndefined();
    expect([...cells.values()].map(({ ref }) => ref)).toEqual([
      { table: "events", row: 3, column: 5 },
      { table: "events", row: 9, column: 3 },
    ]);
    // A source's error lands in the sources tab.
    const badSource = setCell(multiline, "sources", 2, 5, "press_relase");
    expect(
      [...validateSheet(badSource).cells.values()].find((c) => c.ref.table === "sources")?.ref,
    ).toEqual({ table: "sources", row: 2, column: 5 });
    // What the grid does not show (a #eras section, a #dataset note) is written back unchanged.
    const kept = sheetFromText(
      "id,kind,title,when,sources\ne1,arrest,A,2020,s1\n\n#dataset\nfield,value\nnotes.method,as reported\n\n#eras\nid,label,when\nera1,An era,2019/2021\n",
    );
    const text = sheetToCsv({ ...emptySheet(), ...kept }).text;
    expect(text).toContain("notes.method,as reported");
    expect(text).toContain("#eras\nid,label,when\nera1,An era,2019/2021");
  });

  it("loadText(json) keeps every field, extra included, through the grid's CSV cells", () => {
    const pasted = validateSheet({
      ...emptySheet(),
      ...sheetFromText(
        sampleSheetTsv().replace("\tUK\t", "\tGB\t").replace("2022-13-04", "2022-04-13"),
      ),
    });
    const dataset = pasted.result.data!;
    const withExtra = {
      ...dataset,
      contentNote: "A note shown first.",
      events: dataset.events.map((e, i) =>
        i === 0
          ? { ...e, extra: { media: "https://example.org/a.jpg", " spaced key ": "kept" } }
          : e,
      ),
    };
    const json = writeJson(withExtra);
    const loaded = loadText(json, "data.json", emptySheet());
    expect(loaded.sheet!.events.header).toContain("extra.media");
    const back = validateSheet(loaded.sheet!).result.data;
    expect(back).toEqual(readJson(json).data);
  });

  it("inlineJson and scriptEmbedCode write no < inside the data and escape attributes", () => {
    const { data } = readJson(
      JSON.stringify({
        schemaVersion: "1",
        title: "</script><script>alert(1)</script>",
        sources: [{ id: "s1", publisher: "P", title: "T" }],
        actors: [],
        events: [{ kind: "arrest", id: "e1", title: "<b>", when: "2020", sources: ["s1"] }],
      }),
    );
    expect(inlineJson(data!)).not.toContain("<");
    expect(JSON.parse(inlineJson(data!)).title).toBe("</script><script>alert(1)</script>");
    const code = scriptEmbedCode(
      "https://example.org/j.js",
      { ...defaultOptions, start: '2019" onload="x' },
      { inline: data! },
    );
    expect(code.match(/<script/g)).toHaveLength(2);
    expect(code).toContain('start="2019&quot; onload=&quot;x"');
    const byUrl = scriptEmbedCode(
      "https://example.org/j.js",
      { ...defaultOptions, view: "trend" },
      { url: "https://example.org/d.json" },
    );
    expect(byUrl).toBe(
      '<jointline-trend src="https://example.org/d.json" theme="light" locale="en"></jointline-trend>\n<script src="https://example.org/j.js"></script>\n',
    );
  });

  it("createHistory() makes one step of one cell's typing and forgets redo after a new edit", () => {
    const history = createHistory();
    const a = emptySheet();
    const b = setCell(a, "events", 0, 0, "x");
    const c = setCell(b, "events", 0, 0, "xy");
    const d = setCell(c, "events", 0, 1, "z");
    history.record(a, "events:0:0");
    history.record(b, "events:0:0");
    history.record(c, "events:0:1");
    expect(history.undo(d)).toBe(c);
    expect(history.undo(c)).toBe(a);
    expect(history.canUndo()).toBe(false);
    expect(history.redo(a)).toBe(c);
    history.record(c, "events:1:1");
    expect(history.canRedo()).toBe(false);
    // Edits do not mutate the sheet they start from; unchanged rows are shared.
    expect(a.events.rows).toEqual([]);
    expect(d.sources).toBe(a.sources);
  });
});

describe.concurrent("examples/builder.html with 1,000 rows and from the examples index", () => {
  it(
    "pages a 1,000-row paste by 100 rows, and an issue's link opens its page and cell",
    async () => {
      const { page, context, errors } = await openBuilder(`${base}/examples/builder.html`);
      const tsv = largeSheetTsv(1000).replace(
        "ev-640\tarrest\tSynthetic event 640\t",
        "ev-640\tarrest\tSynthetic event 640\t2024-02-30",
      );
      await pasteSheet(page, tsv);
      await waitForSummary(page, /1 error/);
      expect(await page.locator("table.grid tbody tr").count()).toBe(100);
      expect(await page.locator(".pager span").textContent()).toBe("Rows 1–100 of 1000");
      await page.getByRole("button", { name: /events row 641, when/ }).click();
      expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
        "when, event 641",
      );
      expect(await page.locator(".pager span").textContent()).toBe("Rows 601–700 of 1000");
      expect(await page.locator("td.has-issue").count()).toBe(1);
      expect(errors).toEqual([]);
      await context.close();
    },
    longFlowBudget,
  );

  it(
    "the examples index links to the builder",
    async () => {
      // The builder as `npm start` serves it: its TypeScript module through the dev server.
      const context = await browser.newContext();
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(`${base}/examples/index.html`);
      await page.getByRole("link", { name: /Chart builder/ }).click();
      await page.waitForSelector("table.grid tbody tr");
      expect(page.url()).toBe(`${base}/examples/builder.html`);
      const sources = await page.evaluate(() => [...document.scripts].map((script) => script.src));
      expect(sources.some((src) => src.endsWith("/examples/builder/main.ts"))).toBe(true);
      expect(sources.some((src) => src.endsWith("/builder.js"))).toBe(false);
      expect(errors).toEqual([]);
      await context.close();
    },
    longFlowBudget,
  );
});

describe.concurrent("examples/builder.html, data in and take-away", () => {
  /** Clicks a button and returns the downloaded file's name and bytes. */
  async function downloaded(page: Page, button: string) {
    const [download] = await Promise.all([
      page.waitForEvent("download"),
      page.getByRole("button", { name: button, exact: true }).click(),
    ]);
    return { name: download.suggestedFilename(), bytes: await downloadedBytes(download) };
  }
  const pngSize = (bytes: Buffer) => [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];

  it(
    "a TimelineJS sheet picked as a file opens in the grid, its Media column kept as extra",
    async ({ expect }) => {
      const { page, context, errors } = await openBuilder(`${base}/examples/builder.html`);
      const sheet = [
        "Year,Month,Day,Time,End Year,End Month,End Day,End Time,Display Date,Headline,Text,Media,Media Credit,Media Caption,Media Thumbnail,Type,Group,Background",
        ",,,,,,,,,A fictional timeline,<p>For testing.</p>,,,,,title,,",
        "2019,3,4,,,,,,,First raid (fictional),<p>One.</p>,https://video.example.org/watch?v=a,,,,,,",
        "2020,,,,2021,6,,,,Long operation (fictional),<p>Two.</p>,,,,,,,",
      ].join("\n");
      const path = join(scratch, "timeline.csv");
      writeFileSync(path, sheet);
      await page.locator("#file").setInputFiles(path);
      await expect
        .poll(() => page.locator("#load-status").textContent(), { timeout: 15_000 })
        .toMatch(/timeline\.csv: 2 events \(TimelineJS\)/);
      expect(await page.locator("table.grid thead").textContent()).toContain("extra.Media");
      expect(await page.getByLabel("Headline", { exact: true }).inputValue()).toBe(
        "A fictional timeline",
      );
      await waitForSummary(page, /^No errors/);
      await page.waitForFunction(
        () => document.querySelectorAll("#desktop-chart .jl-mark").length === 2,
      );
      expect(errors).toEqual([]);
      await context.close();
    },
    longFlowBudget,
  );

  it(
    "a published CSV loads from its address; the share link reopens the builder with the same options and data",
    async ({ expect }) => {
      const { page, context } = await openBuilder(`${base}/examples/builder.html`);
      const address = `${base}/tests/data/csv/thousands-separator.csv`;
      await page.getByLabel(/Or the address of a published sheet/).fill(address);
      await page.getByRole("button", { name: "Load", exact: true }).click();
      await waitForSummary(page, /1 error/);
      // "write 1400": fixed by its hint, inside the figures cell.
      await page
        .getByRole("button", {
          name: /Fix figures of event 1: use “suspects_identified=nearly 1400@s1”/,
        })
        .click();
      await waitForSummary(page, /^No errors/);
      await page.getByLabel("View", { exact: true }).selectOption("trend");
      await page.getByLabel("Theme", { exact: true }).selectOption("dark");
      await page.waitForFunction(
        () => document.querySelector("#desktop-chart svg.jl-trend-svg") !== null,
      );
      const link = await page.locator("#share-link").inputValue();
      expect(link).toBe(
        `${base}/examples/builder.html#view=trend&theme=dark&src=${encodeURIComponent(address)}`,
      );
      await context.close();
      // In a browser that has never seen this work: the options from the link, the data from its address.
      const fresh = await openBuilder(link);
      expect(await fresh.page.getByLabel("View", { exact: true }).inputValue()).toBe("trend");
      expect(await fresh.page.getByLabel("Theme", { exact: true }).inputValue()).toBe("dark");
      await expect
        .poll(() => fresh.page.locator("#load-status").textContent(), { timeout: 15_000 })
        .toMatch(/thousands-separator\.csv: 1 rows/);
      await fresh.context.close();
    },
    longFlowBudget,
  );

  it("downloads SVG, PNG at 1×, 2× and 1920 × 1080, the dataset as JSON and CSV", async () => {
    const context = await browser.newContext({
      viewport: { width: 1280, height: 1000 },
      acceptDownloads: true,
    });
    await serveBuiltBuilder(context);
    const page = await context.newPage();
    await page.goto(`${base}/examples/builder.html`);
    await page.waitForSelector("table.grid tbody tr");
    await pasteSheet(
      page,
      sampleSheetTsv().replace("\tUK\t", "\tGB\t").replace("2022-13-04", "2022-04-13"),
    );
    await page.getByLabel("Headline", { exact: true }).fill("Fictional takedowns");
    await waitForSummary(page, /^No errors: /);
    const svg = await downloaded(page, "SVG");
    expect(svg.name).toBe("fictional-takedowns.svg");
    const text = svg.bytes.toString("utf8");
    expect(text).toMatch(/^<svg[^>]* width="(\d+(\.\d+)?)"/);
    const width = Number(/^<svg[^>]* width="([\d.]+)"/.exec(text)![1]);
    const png1 = await downloaded(page, "PNG");
    const png2 = await downloaded(page, "PNG 2× (print)");
    expect(pngSize(png2.bytes)[0]).toBe(2 * pngSize(png1.bytes)[0]!);
    expect(pngSize(png1.bytes)[0]).toBe(Math.round(width));
    const slide = await downloaded(page, "PNG 1920 × 1080 (slides)");
    expect(slide.name).toBe("fictional-takedowns-1920x1080.png");
    expect(pngSize(slide.bytes)).toEqual([1920, 1080]);
    const json = readJson((await downloaded(page, "Dataset as JSON")).bytes.toString("utf8"));
    expect(json.data?.events).toHaveLength(15);
    expect(json.data?.title).toBe("Fictional takedowns");
    const csv = readCsv((await downloaded(page, "Dataset as CSV")).bytes.toString("utf8"));
    expect(csv.data).toEqual(json.data);
    await context.close();
  }, 90_000);
});

describe.concurrent("examples/builder.html, every view", () => {
  it("draws the network, trend, dashboard and presentation from the same sheet, and the grid keeps its arrow keys", async () => {
    const { page, context, errors } = await openBuilder(`${base}/examples/builder.html`);
    await pasteSheet(
      page,
      sampleSheetTsv().replace("\tUK\t", "\tGB\t").replace("2022-13-04", "2022-04-13"),
    );
    await waitForSummary(page, /^No errors/);
    const drawn: Record<string, string> = {
      network: "#desktop-chart svg.jl-network-svg",
      trend: "#desktop-chart svg.jl-trend-svg",
      dashboard: "#desktop-chart .jl-dashboard svg.jl-network-svg",
      presentation: "#desktop-chart .jl-plot > svg",
    };
    for (const [view, selector] of Object.entries(drawn)) {
      await page.getByLabel("View", { exact: true }).selectOption(view);
      await page.waitForSelector(selector, { timeout: 15_000 });
      const code = await page.locator("#embed-code").inputValue();
      expect(code.startsWith(`<jointline-${view}`)).toBe(true);
    }
    // The presentation listens to keys only when it has focus: ↓ in the grid still moves down.
    await cell(page, "id", 1).focus();
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("aria-label"))).toBe(
      "id, event 2",
    );
    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
