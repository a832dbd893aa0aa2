import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

// The layers of src/, lowest first: a file may import its own layer and the ones below, never
// one above. time/ depends on nothing (model/ uses it to validate dates); i18n/ (the message
// catalogue and the locale parts) uses only time/'s date words; views/ turns a chart kind and
// its attributes into a rendered chart for the three at the top.
const layers: readonly (readonly string[])[] = [
  ["time"],
  ["i18n"],
  ["model"],
  ["io"],
  ["derive"],
  ["components"],
  ["views"],
  ["embed", "export", "cli", "workers"],
  // The builds' entries: the ESM `jointline/embed`, the script-tag core and its parts, which
  // wire embed/ to export/ (src/embed/parts.ts) so that neither imports the other.
  ["entries"],
];

/**
 * What one top-layer folder may import from another: only its public entries; export/ never
 * imports embed/ or cli/, and embed/ never imports export/ (the export part, wired in
 * src/entries, brings it in). Everything else they share lives in views/ or below.
 */
const publicEntries: Record<string, readonly string[]> = {
  // The browser face of export (exportSvg, svgToPng, downloadBlob), and the two Node entries
  // src/node.ts publishes (the CLI loads them lazily, so the browser-free parts stay apart).
  export: ["export/index.ts", "export/renderSvgInNode.ts", "export/rasterizeSvg.ts"],
  embed: [],
  cli: [],
  workers: [],
};

/**
 * Imports that break the rule today, each with the reason it is allowed until it is fixed.
 * Keep this list short: a new entry needs a reason and an issue.
 */
const knownExceptions: Record<string, string> = {};

const root = resolve(dirname(fileURLToPath(import.meta.url)), "../../src");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [path] : [];
  });
}

/** The relative specifiers a file imports or re-exports (static and dynamic). */
function importsOf(text: string): string[] {
  const found: string[] = [];
  const patterns = [
    /(?:^|\n)\s*(?:import|export)\s[^;]*?\sfrom\s*["']([^"']+)["']/g,
    /(?:^|\n)\s*import\s*["']([^"']+)["']/g,
    /\bimport\(\s*["']([^"']+)["']\s*\)/g,
  ];
  for (const pattern of patterns)
    for (const match of text.matchAll(pattern)) if (match[1]?.startsWith(".")) found.push(match[1]);
  return found;
}

/** The file a relative specifier names, relative to src/ (`./x` may mean `x.ts` or `x/index.ts`). */
let files: Set<string> | undefined;
function target(from: string, specifier: string): string {
  files ??= new Set(sourceFiles(root).map((f) => relative(root, f)));
  const path = relative(root, resolve(dirname(from), specifier));
  if (/\.(ts|json)$/.test(path)) return path;
  const candidates = [`${path}.ts`, `${path}/index.ts`];
  return candidates.find((c) => files?.has(c)) ?? `${path}.ts`;
}

const tier = (folder: string) => layers.findIndex((layer) => layer.includes(folder));

/** Every import in src/ that runs against the layers, as "from -> to: why". */
function violations(): string[] {
  const out: string[] = [];
  for (const file of sourceFiles(root)) {
    const from = relative(root, file);
    const fromFolder = from.split("/")[0]!;
    // src/index.ts and src/node.ts are the package's entries: they re-export every layer.
    if (!from.includes("/")) continue;
    for (const specifier of importsOf(readFileSync(file, "utf8"))) {
      const to = target(file, specifier);
      const toFolder = to.split("/")[0]!;
      if (toFolder === fromFolder || toFolder.startsWith("..")) continue;
      const key = `${from} -> ${to}`;
      if (knownExceptions[key]) continue;
      if (fromFolder === "build" || toFolder === "build") {
        // The script-tag build's stand-ins are swapped in by vite.config.ts, never imported.
        out.push(`${key}: src/build is aliased by the build, not imported`);
        continue;
      }
      if (!to.includes("/")) {
        // The script-tag entry bundles the package's index with the elements.
        if (fromFolder !== "entries")
          out.push(`${key}: the package entries are not imported from src`);
        continue;
      }
      const a = tier(fromFolder);
      const b = tier(toFolder);
      if (a < 0 || b < 0) out.push(`${key}: ${a < 0 ? fromFolder : toFolder} is in no layer`);
      else if (b > a) out.push(`${key}: ${fromFolder} is below ${toFolder}`);
      else if (a === b && !(publicEntries[toFolder] ?? []).includes(to))
        out.push(`${key}: ${fromFolder} may use ${toFolder} only through its public entries`);
      else if (a === b && fromFolder === "export")
        out.push(`${key}: export never imports ${toFolder}`);
      else if (fromFolder === "embed" && toFolder === "export")
        out.push(`${key}: embed never imports export (it loads the export part)`);
    }
  }
  return out;
}

describe("the layers of src/", () => {
  it("importsOf(text) finds static, side-effect, re-export and dynamic imports, not comments", () => {
    const text = [
      'import { a } from "./a";',
      'import type {\n  B,\n} from "../b";',
      'import "./side";',
      'export * from "./c";',
      'const d = await import("./d");',
      ' * import data from "../data/x.json";',
      'import { readFile } from "node:fs/promises";',
    ].join("\n");
    expect(importsOf(text)).toEqual(["./a", "../b", "./c", "./side", "./d"]);
  });

  it("no import runs backwards: time → i18n → model → io → derive → components → views → embed/export/cli", () => {
    expect(violations()).toEqual([]);
  });

  it("no file in src/export imports src/embed, and src/embed uses export only through export/index.ts", () => {
    const crossings: string[] = [];
    for (const file of sourceFiles(root)) {
      const from = relative(root, file);
      for (const specifier of importsOf(readFileSync(file, "utf8"))) {
        const to = target(file, specifier);
        if (from.startsWith("export/") && to.startsWith("embed/"))
          crossings.push(`${from} -> ${to}`);
        if (from.startsWith("embed/") && to.startsWith("export/") && to !== "export/index.ts")
          crossings.push(`${from} -> ${to}`);
      }
    }
    expect(crossings).toEqual([]);
  });

  it("every known exception still exists (a fixed one is taken off the list)", () => {
    for (const key of Object.keys(knownExceptions)) {
      const [from, to] = key.split(" -> ") as [string, string];
      const imports = importsOf(readFileSync(join(root, from), "utf8")).map((s) =>
        target(join(root, from), s),
      );
      expect(imports, key).toContain(to);
    }
  });
});
