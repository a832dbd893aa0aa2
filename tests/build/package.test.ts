// What an npm user gets: the library build imports only packages the package declares as
// dependencies (not devDependencies, which a user does not install), and the `jointline` command
// runs from the built files, without tsx.
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { builtinModules } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build } from "vite";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const root = fileURLToPath(new URL("../../", import.meta.url));
// Inside the repository, so that the built files resolve packages from its node_modules.
const outDir = join(root, "node_modules/.cache/jointline-package-test");
const manifest = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
  dependencies: Record<string, string>;
  optionalDependencies?: Record<string, string>;
  devDependencies: Record<string, string>;
};

beforeAll(async () => {
  await build({
    configFile: join(root, "vite.config.ts"),
    root,
    logLevel: "warn",
    build: { outDir, emptyOutDir: true },
  });
}, 120_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

/** The package a bare import names: `d3-array`, `zod` for `zod/mini`, `@resvg/resvg-js`. */
function packageOf(specifier: string): string {
  const parts = specifier.split("/");
  return specifier.startsWith("@") ? `${parts[0]}/${parts[1]}` : parts[0]!;
}

describe("the published package", () => {
  it("imports only Node's modules and declared dependencies (none of the devDependencies)", () => {
    const declared = new Set([
      ...Object.keys(manifest.dependencies),
      ...Object.keys(manifest.optionalDependencies ?? {}),
    ]);
    const imported = new Set<string>();
    for (const file of readdirSync(outDir).filter((f) => f.endsWith(".js"))) {
      const code = readFileSync(join(outDir, file), "utf8");
      for (const m of code.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*)["']([^"'./][^"']*)["']/g))
        imported.add(m[1]!);
    }
    expect(imported.size).toBeGreaterThan(5);
    const undeclared = [...imported].filter(
      (s) => !s.startsWith("node:") && !builtinModules.includes(s) && !declared.has(packageOf(s)),
    );
    expect(undeclared).toEqual([]);
  });

  it("runs the jointline command from the built files: validate and render", async () => {
    const { runCli } = (await import(pathToFileURL(join(outDir, "cli.js")).href)) as {
      runCli: (
        argv: string[],
        io: { stdout: (t: string) => void; stderr: (t: string) => void; cwd?: string },
      ) => Promise<number>;
    };
    let out = "";
    const io = { stdout: (t: string) => (out += t), stderr: (t: string) => (out += t), cwd: root };
    expect(await runCli(["validate", "data/csam-operations.json"], io)).toBe(0);
    expect(out).toContain("33 events");
    expect(await runCli(["validate", "tests/data/csv/bad-date.csv"], io)).toBe(1);
    expect(out).toContain("month 13 does not exist");
    const dir = mkdtempSync(join(tmpdir(), "jointline-cli-"));
    try {
      const svg = join(dir, "chart.svg");
      expect(await runCli(["render", "data/csam-operations.json", "--out", svg], io)).toBe(0);
      expect(readFileSync(svg, "utf8")).toMatch(/^<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 60_000);
});
