// Builds the builder's script as one classic script, examples/builder/dist/builder.js, for the
// page opened from a file (browsers refuse module scripts on file://). Served pages load the
// TypeScript directly. Run: npx tsx examples/builder/build.ts
import { fileURLToPath } from "node:url";
import { build } from "vite";

const here = fileURLToPath(new URL(".", import.meta.url));

/** Builds examples/builder/dist/builder.js. */
export async function buildBuilder(): Promise<void> {
  await build({
    configFile: false,
    logLevel: "warn",
    root: here,
    build: {
      outDir: `${here}dist`,
      emptyOutDir: true,
      lib: {
        entry: `${here}main.ts`,
        name: "jointlineBuilder",
        formats: ["iife"],
        fileName: () => "builder.js",
      },
    },
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildBuilder();
