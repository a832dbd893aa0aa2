/**
 * `npm test`: every stage of the suite, one after another, each run even when an earlier one
 * failed (a chain of `&&` stopped at the first failure and never ran the time-zone and browser
 * tests), then one table of what passed and failed and how long each took. Exits non-zero when
 * any stage failed.
 *
 * @example
 * npm test                 # every stage (the time zones inside the unit stage)
 * npm test -- unit         # only this stage, by name (node, bundle and the time zones)
 * npm test -- tz           # the time-zone projects alone
 */
import { spawn } from "node:child_process";

interface Stage {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Run only when asked for by name (`npm test -- tz`): the default run covers it elsewhere. */
  onlyByName?: boolean;
}

const bin = (name: string) => `node_modules/.bin/${name}`;
const vitest = (...projects: string[]) => [
  bin("vitest"),
  "run",
  ...projects.flatMap((p) => ["--project", p]),
];

/**
 * The stages. The node and bundle projects run under America/Los_Angeles (as d3 and Plot pin a
 * non-UTC zone; vite.config.ts sets it); the date tests run again under UTC, UTC+14 and the
 * half-hour offset UTC+5:30, one project per zone (each project's workers start in its zone).
 * In a full run the zones join the unit stage's vitest process: its bundle tests mostly wait on
 * Chromium, and the zones' files fill those idle workers instead of starting vitest once more
 * after them. The browser tests run up to one page per core, then the leak tests alone (they
 * count what the whole renderer holds).
 */
const stages: Stage[] = [
  { name: "typecheck", command: [bin("tsc"), "--noEmit"] },
  { name: "lint", command: [bin("biome"), "check", "."] },
  { name: "unit", command: vitest("node", "bundle", "tz *"), env: { TZ: "America/Los_Angeles" } },
  { name: "tz", command: vitest("tz *"), onlyByName: true },
  { name: "browser", command: vitest("browser", "storybook") },
  { name: "browser serial", command: vitest("browser serial") },
];

function run(stage: Stage): Promise<number> {
  return new Promise((done) => {
    const [command, ...args] = stage.command;
    const child = spawn(command!, args, {
      stdio: "inherit",
      env: { ...process.env, ...stage.env },
    });
    child.on("error", (error) => {
      console.error(`${stage.name}: could not start ${command}: ${error.message}`);
      done(127);
    });
    child.on("exit", (code, signal) => done(code ?? (signal ? 128 : 1)));
  });
}

const wanted = process.argv.slice(2);
const unknown = wanted.filter(
  (w) => !stages.some((s) => s.name === w || s.name.startsWith(`${w} `)),
);
if (unknown.length > 0) {
  console.error(
    `unknown stage ${unknown.join(", ")}; stages: ${stages.map((s) => s.name).join(", ")}`,
  );
  process.exit(2);
}
const selected = wanted.length
  ? stages.filter((s) => wanted.some((w) => s.name === w || s.name.startsWith(`${w} `)))
  : stages.filter((s) => !s.onlyByName);

const results: { name: string; code: number; seconds: number }[] = [];
const start = performance.now();
for (const stage of selected) {
  console.log(`\n━━ ${stage.name}: ${stage.command.join(" ")}\n`);
  const t0 = performance.now();
  const code = await run(stage);
  results.push({ name: stage.name, code, seconds: (performance.now() - t0) / 1000 });
}
const total = (performance.now() - start) / 1000;

const width = Math.max(...results.map((r) => r.name.length));
console.log("\n━━ npm test summary\n");
for (const r of results)
  console.log(
    `${r.code === 0 ? "pass" : "FAIL"}  ${r.name.padEnd(width)}  ${r.seconds.toFixed(0).padStart(4)} s${r.code === 0 ? "" : `  (exit code ${r.code})`}`,
  );
const failed = results.filter((r) => r.code !== 0);
console.log(
  `\n${failed.length === 0 ? "all stages passed" : `${failed.length} of ${results.length} stages failed: ${failed.map((r) => r.name).join(", ")}`} in ${(total / 60).toFixed(1)} min`,
);
process.exit(failed.length === 0 ? 0 : 1);
