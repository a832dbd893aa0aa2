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
 * npm test -- "browser serial"  # the leak tests alone (the browser stage ends with them)
 */
import { spawn } from "node:child_process";
import { mkdirSync, readFileSync, rmSync } from "node:fs";
import { stripVTControlCharacters } from "node:util";

interface Stage {
  name: string;
  command: string[];
  env?: Record<string, string>;
  /** Run only when asked for by name (`npm test -- tz`): the default run covers it elsewhere. */
  onlyByName?: boolean;
}

const bin = (name: string) => `node_modules/.bin/${name}`;

/**
 * Each vitest stage also writes a JSON report, so that the summary at the end can name the tests
 * that failed: a CI log is often read from its tail only, and "unit failed" alone sends the reader
 * back through thousands of lines.
 */
const reportDir = ".vitest/reports";
const reportFile = (projects: string[]) =>
  `${reportDir}/${projects.join("-").replace(/\W+/g, "_")}.json`;
const vitest = (...projects: string[]) => [
  bin("vitest"),
  "run",
  ...projects.flatMap((p) => ["--project", p]),
  "--reporter=default",
  "--reporter=json",
  `--outputFile.json=${reportFile(projects)}`,
];

/**
 * The stages. The node and bundle projects run under America/Los_Angeles (as d3 and Plot pin a
 * non-UTC zone; vite.config.ts sets it); the date tests run again under UTC, UTC+14 and the
 * half-hour offset UTC+5:30, one project per zone (each project's workers start in its zone).
 * In a full run the zones join the unit stage's vitest process: its bundle tests mostly wait on
 * Chromium, and the zones' files fill those idle workers instead of starting vitest once more
 * after them. The browser tests and stories run up to one page per core, then, in the same
 * vitest run (one start less), the leak tests alone: they count what the whole renderer holds,
 * so their project's `sequence.groupOrder` puts them after the others have ended
 * (vite.config.ts). `npm test -- "browser serial"` runs them by themselves.
 */
const stages: Stage[] = [
  { name: "typecheck", command: [bin("tsc"), "--noEmit"] },
  { name: "lint", command: [bin("biome"), "check", "."] },
  { name: "unit", command: vitest("node", "bundle", "tz *"), env: { TZ: "America/Los_Angeles" } },
  { name: "tz", command: vitest("tz *"), onlyByName: true },
  { name: "browser", command: vitest("browser", "storybook", "browser serial") },
  { name: "browser serial", command: vitest("browser serial"), onlyByName: true },
];

interface JsonReport {
  testResults?: {
    name: string;
    message?: string;
    assertionResults?: { fullName: string; status: string; failureMessages?: string[] }[];
  }[];
}

/** The failed tests of a stage's JSON report, one line each: file, test, the error's first line. */
function failuresOf(stage: Stage): string[] {
  const file = stage.command.find((a) => a.startsWith("--outputFile.json="))?.split("=")[1];
  if (!file) return [];
  let report: JsonReport;
  try {
    report = JSON.parse(readFileSync(file, "utf8"));
  } catch {
    return []; // vitest died before writing it: the output's own passages say why
  }
  const firstLine = (text: string | undefined) =>
    stripVTControlCharacters(text ?? "")
      .trim()
      .split("\n")[0]!
      .slice(0, 240);
  const lines: string[] = [];
  for (const suite of report.testResults ?? []) {
    const where = suite.name.replace(`${process.cwd()}/`, "");
    const failed = (suite.assertionResults ?? []).filter((t) => t.status === "failed");
    for (const test of failed)
      lines.push(`${where} › ${test.fullName}\n      ${firstLine(test.failureMessages?.[0])}`);
    // A file that failed to load or whose hooks threw has no failed test, only a message.
    if (failed.length === 0 && suite.message)
      lines.push(`${where}\n      ${firstLine(suite.message)}`);
  }
  return lines;
}

/**
 * The passages of a stage's output that say why vitest failed when no test did: unhandled errors
 * (a rejection after a test ended, a worker that died) are not in the JSON report.
 */
function unhandledIn(output: string): string[] {
  const lines = stripVTControlCharacters(output).split("\n");
  const start = lines.findIndex((l) => /Unhandled (Error|Rejection)|Error: \[vitest/.test(l));
  return start < 0 ? [] : lines.slice(start, start + 30);
}

/** Runs a stage, passing its output through and keeping it for the summary. */
function run(stage: Stage): Promise<{ code: number; output: string }> {
  return new Promise((done) => {
    const [command, ...args] = stage.command;
    const child = spawn(command!, args, {
      stdio: ["inherit", "pipe", "pipe"],
      env: { ...process.env, ...stage.env },
    });
    let output = "";
    child.stdout.on("data", (chunk: Buffer) => {
      process.stdout.write(chunk);
      output += chunk.toString();
    });
    child.stderr.on("data", (chunk: Buffer) => {
      process.stderr.write(chunk);
      output += chunk.toString();
    });
    child.on("error", (error) => {
      console.error(`${stage.name}: could not start ${command}: ${error.message}`);
      done({ code: 127, output });
    });
    child.on("close", (code, signal) => done({ code: code ?? (signal ? 128 : 1), output }));
  });
}

const wanted = process.argv.slice(2);
/**
 * The stages a name asks for: the stage of that name, or else those it begins (`browser` is the
 * browser stage alone, which ends with the leak tests; a word that names no stage, its family).
 */
const named = (w: string) => {
  const exact = stages.filter((s) => s.name === w);
  return exact.length > 0 ? exact : stages.filter((s) => s.name.startsWith(`${w} `));
};
const unknown = wanted.filter((w) => named(w).length === 0);
if (unknown.length > 0) {
  console.error(
    `unknown stage ${unknown.join(", ")}; stages: ${stages.map((s) => s.name).join(", ")}`,
  );
  process.exit(2);
}
const selected = wanted.length
  ? stages.filter((s) => wanted.some((w) => named(w).includes(s)))
  : stages.filter((s) => !s.onlyByName);

rmSync(reportDir, { recursive: true, force: true });
mkdirSync(reportDir, { recursive: true });
const results: { name: string; code: number; seconds: number; output: string }[] = [];
const start = performance.now();
for (const stage of selected) {
  console.log(`\n━━ ${stage.name}: ${stage.command.join(" ")}\n`);
  const t0 = performance.now();
  const { code, output } = await run(stage);
  results.push({ name: stage.name, code, seconds: (performance.now() - t0) / 1000, output });
}
const total = (performance.now() - start) / 1000;

const width = Math.max(...results.map((r) => r.name.length));
console.log("\n━━ npm test summary\n");
for (const r of results)
  console.log(
    `${r.code === 0 ? "pass" : "FAIL"}  ${r.name.padEnd(width)}  ${r.seconds.toFixed(0).padStart(4)} s${r.code === 0 ? "" : `  (exit code ${r.code})`}`,
  );
const failed = results.filter((r) => r.code !== 0);
for (const r of failed) {
  const tests = failuresOf(selected.find((s) => s.name === r.name)!);
  const lines = tests.length > 0 ? tests : unhandledIn(r.output);
  if (lines.length === 0) continue;
  console.log(`\n${r.name}: what failed`);
  for (const line of lines) console.log(`  ${line}`);
}
console.log(
  `\n${failed.length === 0 ? "all stages passed" : `${failed.length} of ${results.length} stages failed: ${failed.map((r) => r.name).join(", ")}`} in ${(total / 60).toFixed(1)} min`,
);
process.exit(failed.length === 0 ? 0 : 1);
