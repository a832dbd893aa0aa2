// Shared set-up of the example-page tests (the script-tag bundle is built once per run by
// tests/setup/buildScriptBundle.ts, the bundle project's globalSetup): reveal.js copied for
// the slide deck, a vite server started in-process (never through npx, whose server outlives
// it), and Debian's Chromium launched through playwright-core.
import { copyFileSync, existsSync, mkdirSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { type Browser, chromium } from "playwright-core";
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

/** Debian's Chromium (CHROMIUM_PATH overrides), never a downloaded one. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
}

/** The file:// URL of a path in the repository. */
export const fileUrl = (path: string) => new URL(path, `file://${root}`).href;
