#!/usr/bin/env node
// The `jointline` command. A published package runs the built CLI (dist/cli.js); in this
// repository, where only the TypeScript exists, tsx compiles src/cli on the fly.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const built = new URL("../dist/cli.js", import.meta.url);
let runCli;
if (existsSync(fileURLToPath(built))) {
  ({ runCli } = await import(built.href));
} else {
  const { tsImport } = await import("tsx/esm/api");
  ({ runCli } = await tsImport("../src/cli/runCli.ts", import.meta.url));
}
process.exitCode = await runCli(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
});
