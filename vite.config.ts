/// <reference types="vitest/config" />
import "./scripts/node20Polyfills.ts";
import { readdirSync, rmSync } from "node:fs";
import { resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { storybookTest } from "@storybook/addon-vitest/vitest-plugin";
import { playwright } from "@vitest/browser-playwright";
import { build, type InlineConfig, type Plugin, runnerImport } from "vite";
import { defineConfig } from "vitest/config";
import { chromiumArgs, chromiumPath } from "./scripts/chromium.ts";
import { minifyCssLiterals } from "./scripts/minifyCssLiterals.ts";
import {
  analyseScriptBundles,
  type ScriptPlan,
  scriptBundlePlugins,
  scriptBundles,
} from "./scripts/scriptParts.ts";
import { splitDistModules } from "./scripts/splitDistModules.ts";
import { terserCompress } from "./scripts/terserCompress.ts";
import { SlowFirst } from "./tests/setup/slowFirst.ts";

const root = fileURLToPath(new URL(".", import.meta.url));

/** The tests that load the built script-tag bundle: see the `bundle` project. */
const bundleTests = [
  "tests/embed/builder.test.ts",
  "tests/embed/examples.test.ts",
  "tests/embed/examplesIframe.test.ts",
  "tests/embed/parts.test.ts",
  "tests/embed/serverRender.test.ts",
  "tests/security/builtEmbed.test.ts",
];

/**
 * The tests whose result could change with the process's time zone: dates parsed, formatted,
 * binned or windowed (picked by reading them; everything else works on numbers or text).
 * Not tests/components/timeline/ticks.test.ts: it sets its own zone (UTC, then four others one
 * after another through `inZone`), so another project's zone changed nothing in it — three more
 * runs of its 13,000 tick computations for no added check.
 */
const timeZoneTests = [
  "tests/time/**/*.test.ts",
  "tests/io/readCsv.test.ts",
  "tests/io/readJson.test.ts",
  "tests/io/readTimelineJs.test.ts",
  "tests/io/readTimelineJs.corpus.test.ts",
  "tests/derive/cooperationGraph.test.ts",
  "tests/derive/eventExtent.test.ts",
  "tests/derive/timeExtent.test.ts",
  "tests/derive/filterEvents.test.ts",
  "tests/derive/summarizeDataset.test.ts",
  "tests/derive/totalsByPeriod.test.ts",
  "tests/snapshots/**/*.test.ts",
];

/** The zones the date-sensitive tests run under again (`npm run test:tz`): UTC, UTC+14, UTC+5:30. */
const timeZones = ["UTC", "Pacific/Kiritimati", "Asia/Kolkata"];

/**
 * The browser tests that read counters of the whole renderer through the DevTools protocol
 * (leaks): they run in a project of their own, one page at a time.
 */
const serialBrowserTests = ["tests/browser/leak.test.ts", "tests/browser/overviewBrush.test.ts"];

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

// The script-tag build swaps d3-transition (imported by d3-zoom for interrupt and the
// double-click zoom) and d3-interpolate (d3-zoom's interpolateZoom, which brings d3-color) for
// small stand-ins: see src/build/lightTransition.ts and src/build/lightInterpolate.ts.
const scriptAliases = [
  { find: /^d3-transition$/, replacement: `${root}src/build/lightTransition.ts` },
  { find: /^d3-interpolate$/, replacement: `${root}src/build/lightInterpolate.ts` },
  // One chunk per locale needs ESM; the script-tag core loads each locale's classic-script part
  // (jointline.locale-<tag>.js, scripts/scriptParts.ts) with its own loader.
  { find: /^\.\/importLocale\.js$/, replacement: `${root}src/build/noLocaleLoader.ts` },
  // The vertical layout is a part (jointline.vertical.js), loaded when a timeline first turns
  // vertical: the core reads its bundled copy as nothing (src/build/noVertical.ts).
  { find: /^\.\/bundledVertical$/, replacement: `${root}src/build/noVertical.ts` },
  // The canvas layer is a part (jointline.canvas.js), loaded for data with more events than one
  // frame draws as SVG: the core reads its bundled copy as nothing (src/build/noCanvas.ts).
  { find: /^\.\/bundledCanvas$/, replacement: `${root}src/build/noCanvas.ts` },
  // So is a timeline's overview (jointline.overview.js; the dashboard part carries it too).
  { find: /^\.\/bundledOverview$/, replacement: `${root}src/build/noOverview.ts` },
  // And the details panel, the tooltip's figures and the data table (jointline.details.js),
  // loaded on a reader's first hover, focus or click: src/build/noDetails.ts.
  { find: /^\.\/bundledDetails$/, replacement: `${root}src/build/noDetails.ts` },
  // And sized marks and the sequential scale (jointline.encodings.js), loaded before drawing a
  // timeline whose options ask for them: src/build/noEncodings.ts.
  { find: /^\.\/bundledEncodings$/, replacement: `${root}src/build/noEncodings.ts` },
  // And the wheel, drag, pinch and double-click zoom (d3-zoom's behaviour, jointline.gesture.js),
  // loaded on a reader's first pointerenter, focusin or touchstart on a plot: src/build/noGesture.ts.
  { find: /^\.\/bundledGesture$/, replacement: `${root}src/build/noGesture.ts` },
  // And the network's zoom behaviour, which the gesture part brings to it on a reader's first
  // intent: src/build/noNetworkZoom.ts.
  { find: /^\.\/bundledNetworkZoom$/, replacement: `${root}src/build/noNetworkZoom.ts` },
  // And the iframe page's check of where its data may come from (the frame part provides it).
  { find: /^\.\/bundledOriginCheck$/, replacement: `${root}src/build/noOriginCheck.ts` },
  // And the words of an unreadable date: the validator part brings them (src/model/dateWords.ts).
  { find: /^\.\/bundledDateWords$/, replacement: `${root}src/build/noDateWords.ts` },
  // And the explanations of a date it cannot read (the validator part, which reports invalid
  // data, brings them): src/build/noWhenExplainer.ts.
  { find: /^\.\/bundledWhenExplainer\.js$/, replacement: `${root}src/build/noWhenExplainer.ts` },
  // And the words of what went wrong (data that does not load, a chart that could not be drawn,
  // an attribute it cannot use): the problems part (jointline.problems.js) brings them.
  { find: /^\.\/bundledProblemWords$/, replacement: `${root}src/build/noProblemWords.ts` },
  { find: /^\.\/bundledAttributeWords$/, replacement: `${root}src/build/noAttributeWords.ts` },
  // The hand-written date words of fr, de, es, ar and he: their locale parts carry them.
  { find: /^\.\/handWords\.js$/, replacement: `${root}src/build/noHandWords.ts` },
];

/**
 * The script-tag build in parts (scripts/scriptParts.ts): the core `jointline.iife.js` is this
 * config's build; before it, every bundle is analysed once; after it, each part of
 * src/embed/parts.ts is built beside it as a classic script, sharing the core's modules.
 */
const scriptParts = (mode: string): Plugin => {
  // JOINTLINE_LOCALES=fr,de (tests/setup/buildScriptBundle.ts sets fr): only these locales' parts
  // are built, and the other locales' files are removed from the output folder (a part left from
  // an earlier build may not fit this core). The core and the other parts are the same bytes.
  const onlyLocales = process.env.JOINTLINE_LOCALES?.split(",").map((tag) => tag.trim());
  const bundles = scriptBundles(root).filter(
    (bundle) => !bundle.words || !onlyLocales || onlyLocales.includes(bundle.words.tag),
  );
  const base = (extra: Plugin[]): InlineConfig => ({
    configFile: false,
    root,
    plugins: [minifyCssLiterals(), ...extra, splitDistModules()],
    resolve: { alias: scriptAliases },
    build: { emptyOutDir: false, reportCompressedSize: false },
  });
  let plan: ScriptPlan | undefined;
  let own: Plugin[] = [];
  let sourcemap: boolean | "inline" | "hidden" = false;
  let outDir = "dist";
  const hook = <K extends "resolveId" | "load" | "transform">(name: K) =>
    async function (this: unknown, ...args: unknown[]) {
      for (const plugin of own) {
        const handler = plugin[name] as ((...a: unknown[]) => unknown) | undefined;
        const result = await handler?.apply(this, args);
        if (result != null) return result;
      }
      return null;
    };
  return {
    name: "jointline-script-parts",
    apply: () => mode === "iife",
    enforce: "pre",
    configResolved(config) {
      sourcemap = config.build.sourcemap;
      outDir = resolve(root, config.build.outDir);
    },
    async buildStart() {
      plan = await analyseScriptBundles(bundles, base, root, outDir);
      own = scriptBundlePlugins(plan, bundles[0]!, root, outDir);
    },
    resolveId: hook("resolveId") as Plugin["resolveId"],
    load: hook("load") as Plugin["load"],
    transform: hook("transform") as Plugin["transform"],
    async closeBundle() {
      if (!plan) return;
      if (onlyLocales)
        for (const name of readdirSync(outDir)) {
          const tag = /^jointline\.locale-([^.]+)\./.exec(name)?.[1];
          if (tag && !onlyLocales.includes(tag)) rmSync(resolve(outDir, name));
        }
      for (const part of bundles.slice(1)) {
        const config = base([...scriptBundlePlugins(plan, part, root, outDir), terserCompress()]);
        await build({
          ...config,
          logLevel: "warn",
          build: {
            ...config.build,
            sourcemap,
            outDir,
            lib: {
              entry: part.entry,
              name: "jointlinePart",
              formats: ["iife"],
              fileName: () => part.file,
            },
          },
        });
      }
    },
  };
};

export default defineConfig(({ mode }) => ({
  plugins: [
    minifyCssLiterals(),
    embedStylesheet(mode),
    scriptParts(mode),
    ...(mode === "iife" ? [splitDistModules(), terserCompress()] : []),
  ],
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
  ...(mode === "iife" ? { resolve: { alias: scriptAliases } } : {}),
  // The library build: ESM for npm users (dependencies stay external) by default, and with
  // `--mode iife` one self-contained file for a script tag, exposing `window.jointline`.
  build:
    mode === "iife"
      ? {
          emptyOutDir: false,
          lib: {
            entry: `${root}src/entries/iife.ts`,
            name: "jointline",
            formats: ["iife"],
            fileName: () => "jointline.iife.js",
          },
        }
      : {
          lib: {
            entry: {
              jointline: `${root}src/index.ts`,
              embed: `${root}src/entries/embed.ts`,
              node: `${root}src/node.ts`,
              // The `jointline` command of a published package (bin/jointline.js imports it).
              cli: `${root}src/cli/runCli.ts`,
            },
            formats: ["es"],
          },
          rolldownOptions: {
            external: [/^d3-/, /^zod/, /^date-fns/, "linkedom", "@resvg/resvg-js", /^node:/],
            // The parts jointline/embed imports on first use register themselves when they run:
            // kept in dist/parts/, which package.json lists as having side effects.
            output: {
              chunkFileNames: (chunk: { facadeModuleId: string | null }) =>
                chunk.facadeModuleId?.includes("/src/entries/parts/")
                  ? "parts/[name]-[hash].js"
                  : "[name]-[hash].js",
            },
          },
        },
  test: {
    // On a fresh clone (no durations cached) the longest files start first in their project,
    // not the largest: tests/setup/slowFirst.ts.
    sequence: { sequencer: SlowFirst },
    // One worker per core. vitest's default leaves one core free (cores − 1), which on a 2-core
    // machine ran every file one after another.
    maxWorkers: "100%",
    // A budget per test that a loaded shared machine can keep (property tests of a few thousand
    // cases took 5.5 s at a load of 20 on 2 cores, past vitest's 5 s default); a real hang still
    // fails. Slower cases set their own.
    testTimeout: 30_000,
    // Each Node test file runs in a fresh process (vitest's default isolation). Reusing the
    // processes (`isolate: false`, tried in h14z) saved ~25 % of the node project's CPU time but
    // made the property files that share zod and fast-check slow down by up to 30 times
    // (acceptEventFast 3 s alone, 47-111 s shared): a suite that must hold under load keeps them
    // apart. Forks, not threads: `cpuNow` (tests/helpers/growth.ts) reads the process's CPU time,
    // which in a thread would include the other workers'.
    projects: [
      {
        extends: true,
        test: {
          name: "node",
          environment: "node",
          include: ["tests/**/*.test.ts"],
          exclude: ["tests/browser/**", ...bundleTests],
          env: { TZ: "America/Los_Angeles" },
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
          // The script-tag build, then one Chromium and one vite server the six files share
          // (each launched its own: tests/setup/bundleBrowser.ts, docs/testing.md eighth round).
          globalSetup: ["tests/setup/buildScriptBundle.ts", "tests/setup/bundleBrowser.ts"],
          // The files' independent pages run side by side (their describes are concurrent): a
          // page waits on its renderer, the dev server, a load, a fade or a download, and one
          // after another they left the worker idle. Two at a time per file, two files at a time:
          // three per file made each page's waits long enough, at a load of 12-28, for
          // Playwright's 30 s navigation bound (now tests/embed/chromiumHarness.ts pageBudget).
          maxConcurrency: 2,
          env: { TZ: "America/Los_Angeles" },
        },
      },
      // What can depend on the viewer's time zone, run again under other zones by
      // `npm run test:tz`, the three zones in one vitest process (each project's workers start
      // with its TZ; tests/setup/checkTimeZone.ts fails a file whose process is not in it). The
      // node project already runs everything under America/Los_Angeles.
      ...timeZones.map((zone) => ({
        extends: true,
        test: {
          name: `tz ${zone}`,
          environment: "node",
          include: timeZoneTests,
          // Never-throws properties of the parser: nothing in them reads the zone.
          exclude: ["tests/**/*.fuzz.test.ts"],
          env: { TZ: zone },
          // One process per zone for all its files, not one per file: the 22 files × 3 zones
          // spent more CPU starting processes and importing zod, d3 and linkedom than testing
          // (64 s → 44 s of CPU for the three projects alone, docs/testing.md, sixth round).
          // Safe here as it was not for the node project: no fuzz file, and every file also
          // runs isolated in the node project, so a state one file leaves to the next can
          // make a zone's run fail but not hide a failure the node project would show.
          isolate: false,
          setupFiles: ["tests/setup/checkTimeZone.ts"],
        },
      })),
      {
        extends: true,
        test: {
          name: "browser",
          include: ["tests/browser/**/*.test.ts"],
          exclude: serialBrowserTests,
          browser: browser(),
          testTimeout: 30_000,
        },
      },
      {
        // The tests that count what the whole renderer holds (DOM nodes, listeners, heap) through
        // the DevTools protocol: one page at a time, so no other test's page is counted with them.
        // In the same vitest run as the browser and storybook projects (`npm test`'s browser
        // stage), their group comes after those projects' group has ended: vitest runs groups one
        // after another, and closes the earlier projects' pages before this one opens its page
        // (it adopts their Chromium process, warm). One vitest start less than a stage of its own.
        extends: true,
        test: {
          name: "browser serial",
          include: serialBrowserTests,
          browser: browser(),
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
          testTimeout: 30_000,
        },
      },
      {
        extends: true,
        plugins: [storybookTest({ configDir: `${root}.storybook` })],
        test: {
          name: "storybook",
          browser: browser(),
          // Each story is drawn, played and audited by axe-core (the audits had 60 s each).
          testTimeout: 60_000,
          // storyAxe.ts: axe-core audits each story after its play function, in the same run.
          setupFiles: ["tests/setup/storyWaits.ts", "tests/setup/storyAxe.ts"],
        },
      },
    ],
  },
}));
