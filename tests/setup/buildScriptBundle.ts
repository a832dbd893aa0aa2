/**
 * Global set-up of the `bundle` project (vite.config.ts): builds dist/jointline.iife.js, the
 * script-tag bundle, once per test run, before any test that loads it starts. Each of those test
 * files used to build it again in its own beforeAll, three builds per run racing on one folder.
 */
import { fileURLToPath } from "node:url";
import { build } from "vite";

const root = fileURLToPath(new URL("../../", import.meta.url));

/**
 * The locales whose parts the bundle tests load (tests/embed/parts.test.ts: the `fr` words of the
 * core and of the validate, details and network parts). The build makes only these of its 49
 * locales' 203 files (JOINTLINE_LOCALES, vite.config.ts), and removes the others from dist/: a
 * test reading another locale fails with "Could not load jointline.locale-….js" until it is
 * listed here. `npm run build` (and `npm start`) build every locale.
 */
const testedLocales = ["fr"];

export default async function buildScriptBundle(): Promise<void> {
  const before = process.env.JOINTLINE_LOCALES;
  process.env.JOINTLINE_LOCALES = testedLocales.join(",");
  try {
    await build({ configFile: `${root}vite.config.ts`, mode: "iife", logLevel: "warn", root });
  } finally {
    if (before === undefined) delete process.env.JOINTLINE_LOCALES;
    else process.env.JOINTLINE_LOCALES = before;
  }
}
