#!/usr/bin/env node
// The `jointline` command. A published package runs the built CLI (dist/cli.js: the package
// ships no src/). In this repository the sources are there and tsx compiles src/cli on the fly,
// so the command always runs the code as it is now, never a dist/ left by an older build.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const source = new URL("../src/cli/runCli.ts", import.meta.url);
let runCli;
if (existsSync(fileURLToPath(source))) {
  const { tsImport } = await import("tsx/esm/api");
  ({ runCli } = await tsImport(source.href, import.meta.url));
} else {
  ({ runCli } = await import(new URL("../dist/cli.js", import.meta.url).href));
}
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
