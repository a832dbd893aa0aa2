import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import notYetMoved from "./literalsNotYetMoved.json";
import {
  literalsOf,
  looksUserFacing,
  scannedFiles,
  userFacingLiterals,
} from "./userFacingLiterals";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");
const debt = notYetMoved as Record<string, number>;

describe("user-facing English outside the catalogue", () => {
  it("userFacingLiterals(code) finds reader text and lets CSS, keys, classes, comments and developer messages through", () => {
    const code = [
      'import x from "some module name";',
      "// Show table is a comment",
      'el(document, "button", "jl-reset", "Show table");',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text holding a template
      "const tip = `${n} events in view`;",
      'const css = ".jl-x { fill: var(--jl-color-muted); }";',
      'if (e.key === "ArrowLeft") {}',
      'switch (k) { case "Page Up": break; }',
      'throw new Error("There is no chart to export.");',
      'console.warn("jointline: the locale is odd");',
      'el(document, "p", undefined, t(locale, "chart.showTable"));',
      'const tCsv = defineMessages({ "csv.emptyFile": "The file is empty." });',
      'issue.message = tCsv(locale, "csv.emptyFile");',
      'const style = "fill: red; stroke: none";',
      'type T = "Some words";',
      'const o = { "Key words": 1 };',
      // Inside a developer call's argument: `append` takes tag names, `el` reader text.
      // biome-ignore lint/suspicious/noTemplateCurlyInString: source text holding a template
      'text.append(el(document, "p", "jl-x", `${n} events. Press next to go on.`));',
    ].join("\n");
    expect(userFacingLiterals(code).map((l) => l.text)).toEqual([
      "Show table",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: how a template's holes are written
      "${} events in view",
      // biome-ignore lint/suspicious/noTemplateCurlyInString: how a template's holes are written
      "${} events. Press next to go on.",
    ]);
    expect(looksUserFacing("jl-plot jl-visually-hidden")).toBe(false);
    expect(looksUserFacing("Reset zoom")).toBe(true);
    expect(looksUserFacing("read.utf16le")).toBe(false);
    expect(looksUserFacing("at least")).toBe(false);
  });

  it("no file gains user-facing English literals: new text goes through t(locale, key)", () => {
    const grown: string[] = [];
    for (const file of scannedFiles(root)) {
      const literals = literalsOf(root, file);
      const allowed = debt[file] ?? 0;
      if (literals.length > allowed)
        grown.push(
          `${file}: ${literals.length} literals, ${allowed} allowed — ${literals
            .map((l) => `${l.line}: ${JSON.stringify(l.text)}`)
            .join("; ")}`,
        );
    }
    expect(grown).toEqual([]);
    // Parses every source file: its own timeout on a shared machine.
  }, 60_000);

  it("the components' chrome has none left: timeline chrome, legends, toolbars, tables and elements' menus", () => {
    for (const file of [
      "components/timeline/chrome.ts",
      "components/timeline/selection.ts",
      "components/network/toolbar.ts",
      "components/network/createNetwork.ts",
      "components/presentation/createPresentation.ts",
      "components/shared/renderEventDetails.ts",
      "components/shared/renderSourcesFooter.ts",
      "components/link/createDashboard.ts",
      "embed/renderExportMenu.ts",
      "cli/formatIssueReport.ts",
    ])
      expect(literalsOf(root, file), file).toEqual([]);
  });

  it("every file in the list of literals not yet moved still exists (a moved file leaves the list)", () => {
    for (const file of Object.keys(debt)) expect(existsSync(join(root, file)), file).toBe(true);
  });
});
