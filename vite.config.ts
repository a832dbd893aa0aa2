/// <reference types="vitest/config" />
import "./scripts/node20Polyfills.ts";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { runnerImport } from "vite";
import { defineConfig } from "vitest/config";
import { chromiumArgs, chromiumPath } from "./scripts/chromium.ts";
import { minifyCssLiterals } from "./scripts/minifyCssLiterals.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

/** The tests that load the built script-tag bundle: see the `bundle` project. */
const bundleTests = [
  "tests/embed/builder.test.ts",
  "tests/embed/examples.test.ts",
  "tests/embed/serverRender.test.ts",
  "tests/security/builtEmbed.test.ts",
];

/**
 * The tests whose result could change with the process's time zone: dates parsed, formatted,
 * binned or windowed (picked by reading them; everything else works on numbers or text).
 */
const timeZoneTests = [
  "tests/time/**/*.test.ts",
  "tests/io/csvRead.test.ts",
  "tests/io/readJsonBroken.test.ts",
  "tests/io/timelineJs.test.ts",
  "tests/io/timelineJsCorpus.test.ts",
  "tests/derive/cooperationGraph.test.ts",
  "tests/derive/eventExtent.test.ts",
  "tests/derive/timeExtent.test.ts",
  "tests/derive/filterEvents.test.ts",
  "tests/derive/summarizeDataset.test.ts",
  "tests/derive/totalsByPeriod.test.ts",
  "tests/components/timeline/ticks.test.ts",
  "tests/snapshots/**/*.test.ts",
];

/**
 * A fresh browser config per project: vitest names each instance after its project in place,
 * so two projects sharing one object collide ("browser (chromium)" defined twice).
 */
const browser = () => ({
  enabled: true,
  headless: true,
  screenshotFailures: false,
  instances: [{ browser: "chromium" as const, viewport: { width: 1024, height: 768 } }],
  provider: playwright({ launchOptions: { executablePath: chromiumPath, args: chromiumArgs } }),
});

/**
 * The script-tag build also writes `jointline.css`, the elements' styles as a file, which they
 * link where the browser cannot construct stylesheets (src/embed/embedStylesheet.ts).
 */
const embedStylesheet = (mode: string) => ({
  name: "jointline-embed-stylesheet",
  apply: "build" as const,
  async generateBundle(this: { emitFile(file: object): string }) {
    if (mode !== "iife") return;
    // Loaded through vite's module runner, not imported by this config: the config loader
    // would otherwise bundle src/ into the config of every vite and vitest run.
    const { module } = await runnerImport<typeof import("./src/embed/embedStylesheet.ts")>(
      `${root}src/embed/embedStylesheet.ts`,
      { configFile: false, logLevel: "silent" },
    );
    this.emitFile({
      type: "asset",
      fileName: "jointline.css",
      source: module.embedStylesheetCss(),
    });
  },
});

export default defineConfig(({ mode }) => ({
  plugins: [minifyCssLiterals(), embedStylesheet(mode)],
  // Pre-bundled up front: on a fresh clone (CI) vite otherwise discovers these mid-run and
  // reloads the browser tests, which then fail to import ("Vite unexpectedly reloaded a test").
  optimizeDeps: {
    include: [
      "axe-core",
      "storybook/preview-api",
      "storybook/test",
      "@storybook/html/entry-preview",
      "d3-array",
      "d3-dsv",
      "d3-force",
      "d3-quadtree",
      "d3-scale",
      "d3-selection",
      "d3-time",
      "d3-zoom",
      "date-fns",
      "zod/mini",
    ],
  },
  // The script-tag build swaps d3-transition (imported by d3-zoom for interrupt and the
  // double-click zoom) and d3-interpolate (d3-zoom's interpolateZoom, which brings d3-color) for
  // small stand-ins: see src/build/lightTransition.ts and src/build/lightInterpolate.ts.
  ...(mode === "iife"
    ? {
        resolve: {
          alias: [
            { find: /^d3-transition$/, replacement: `${root}src/build/lightTransition.ts` },
            { find: /^d3-interpolate$/, replacement: `${root}src/build/lightInterpolate.ts` },
            // One chunk per locale needs ESM; the embed loads locales with its own loader.
            { find: /^\.\/importLocale\.js$/, replacement: `${root}src/build/noLocaleLoader.ts` },
          ],
        },
      }
    : {}),
  // The library build: ESM for npm users (dependencies stay external) by default, and with
  // `--mode iife` one self-contained file for a script tag, exposing `window.jointline`.
  build:
    mode === "iife"
      ? {
          emptyOutDir: false,
          lib: {
            entry: `${root}src/embed/iife.ts`,
            name: "jointline",
            formats: ["iife"],
            fileName: () => "jointline.iife.js",
          },
        }
      : {
          lib: {
            entry: {
              jointline: `${root}src/index.ts`,
              embed: `${root}src/embed/define.ts`,
              node: `${root}src/node.ts`,
              // The `jointline` command of a published package (bin/jointline.js imports it).
              cli: `${root}src/cli/runCli.ts`,
            },
            formats: ["es"],
          },
          rolldownOptions: {
            external: [/^d3-/, /^zod/, /^date-fns/, "linkedom", "@resvg/resvg-js", /^node:/],
          },
        },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/browser/**", ...bundleTests],
        },
      },
      {
        // Tests that load the script-tag bundle (dist/jointline.iife.js) in Chromium, driven from
        // Node: the bundle is built once per run, before any of them starts, and only when one
        // of them is selected.
        extends: true,
        test: {
          name: "bundle",
          environment: "node",
          include: bundleTests,
          globalSetup: ["tests/setup/buildScriptBundle.ts"],
        },
      },
      {
        // What can depend on the viewer's time zone, run again under other zones by
        // `npm run test:tz` (the node project already runs everything under America/Los_Angeles).
        extends: true,
        test: {
          name: "time",
          environment: "node",
          include: timeZoneTests,
        },
      },
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          browser: browser(),
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${root}.storybook` })],
        test: { name: "storybook", browser: browser(), testTimeout: 30_000 },
      },
    ],
  },
}));
