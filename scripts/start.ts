/**
 * `npm start`: the dev server on the examples (the root address it prints redirects to
 * examples/index.html), opened in a browser when this machine has a way to open one. Without a browser opener (xdg-open on Linux, as on a server or in a container) vite
 * printed a stack trace (`spawn xdg-open ENOENT`); here that is one line saying where to go.
 */
import { accessSync, constants } from "node:fs";
import { delimiter, join } from "node:path";
import { createServer, type Plugin } from "vite";

const examples = "/examples/index.html";

/** Whether `command` is an executable file on PATH. */
function onPath(command: string): boolean {
  for (const dir of (process.env.PATH ?? "").split(delimiter)) {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      // not in this folder
    }
  }
  return false;
}

/** The command vite would open a browser with, or undefined when there is none. */
function browserOpener(): string | undefined {
  const browser = process.env.BROWSER;
  if (browser) return browser.toLowerCase() === "none" ? undefined : browser;
  if (process.platform === "win32") return "start";
  const command = process.platform === "darwin" ? "open" : "xdg-open";
  return onPath(command) ? command : undefined;
}

/**
 * Sends the root address to the examples index. Only "/" and only here: a root index.html
 * would also answer every missing file (vite's SPA fallback), and the tests need those 404s.
 */
const rootToExamples: Plugin = {
  name: "jointline-root-to-examples",
  configureServer(server) {
    server.middlewares.use((request, response, next) => {
      if (request.url !== "/") return next();
      response.statusCode = 302;
      response.setHeader("Location", examples);
      response.end();
    });
  },
};

const opener = browserOpener();
const server = await createServer({
  plugins: [rootToExamples],
  server: { open: opener ? examples : false },
});
await server.listen();
server.printUrls();
const local = server.resolvedUrls?.local[0]?.replace(/\/$/, "");
console.log(`  ➜  Examples: ${local}${examples}`);
if (!opener)
  console.log(
    "  No browser opener (xdg-open) on this machine: open the Examples address yourself.",
  );
server.bindCLIShortcuts({ print: true });
