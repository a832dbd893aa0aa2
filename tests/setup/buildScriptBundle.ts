/**
 * Global set-up of the `bundle` project (vite.config.ts): builds dist/jointline.iife.js, the
 * script-tag bundle, once per test run, before any test that loads it starts. Each of those test
 * files used to build it again in its own beforeAll, three builds per run racing on one folder.
 */
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = fileURLToPath(new URL("../../", import.meta.url));

export default async function buildScriptBundle(): Promise<void> {
  await build({ configFile: `${root}vite.config.ts`, mode: "iife", logLevel: "warn", root });
}
