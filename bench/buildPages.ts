// Bundles the benchmark pages with vite (production mode, minified), as each library's users
// would ship it: no CDN, no dev server transforms during measurement.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "vite";

/** The folder of the page sources. */
export const pagesDir = fileURLToPath(new URL("./pages/", import.meta.url));

/**
 * Builds the given pages (names of `bench/pages/<name>.html`) into `outDir`, minified unless
 * `minify: false` (for readable profiles).
 * @example await buildPages("bench/.build/pages", ["vis-timeline", "jointline"]);
 */
export async function buildPages(
  outDir: string,
  pages: readonly string[],
  { minify = true }: { minify?: boolean } = {},
): Promise<void> {
  const input: Record<string, string> = {};
  for (const page of pages) {
    const file = `${pagesDir}${page}.html`;
    if (!existsSync(file)) throw new Error(`no benchmark page ${file}`);
    input[page] = file;
  }
  await build({
    configFile: false,
    root: pagesDir,
    base: "./",
    logLevel: "warn",
    build: {
      outDir,
      emptyOutDir: true,
      // Unminified for profiling, so a CPU profile names the real functions.
      minify,
      reportCompressedSize: false,
      chunkSizeWarningLimit: 10_000,
      rolldownOptions: { input },
    },
  });
}
