/**
 * The CPU a command costs, its Chromium processes included: `/usr/bin/time` counts only the
 * children that are waited for, and Chromium's renderers mostly are not. Every 0.3 s this reads
 * `/proc/<pid>/stat` of every process under the command and keeps each one's last
 * `utime + stime`, so the total is a lower bound (up to 0.3 s of each process's last CPU is
 * missed). Each process is counted under the nearest `vitest run` above it (its stage in
 * `npm test`), split into Chromium and the rest. Linux only. The method of docs/testing.md.
 *
 * @example
 * nice -n 19 npx tsx scripts/measureCpu.ts -- npx vitest run --project browser tests/browser/timeline.test.ts
 * nice -n 19 npx tsx scripts/measureCpu.ts --json /tmp/cpu.json -- npm test
 */
import { spawn } from "node:child_process";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";

const args = process.argv.slice(2);
const dash = args.indexOf("--");
const options = dash < 0 ? [] : args.slice(0, dash);
const command = dash < 0 ? args : args.slice(dash + 1);
const jsonAt = options.indexOf("--json");
const jsonFile = jsonAt < 0 ? undefined : options[jsonAt + 1];
if (command.length === 0) {
  console.error("usage: tsx scripts/measureCpu.ts [--json file] -- command …");
  process.exit(2);
}

const ticks = 100; // USER_HZ on Linux
interface Seen {
  pid: number;
  ppid: number;
  /** The process's start (clock ticks after boot): with its pid, what tells it apart. */
  start: number;
  /** `pid:start` of its parent. */
  parent: string;
  comm: string;
  cmdline: string;
  cpu: number;
  /** When it was first and last seen alive, in ms since the command started. */
  first: number;
  last: number;
}
/**
 * By `pid:start`, not by pid: this machine makes ~1,500 processes a minute against a pid_max of
 * 32,768, so pids come round every ~20 min, and a process of another session given a dead
 * process's pid (and its children) would otherwise be counted as this command's.
 */
const seen = new Map<string, Seen>();
const keyOf = (pid: number, start: number) => `${pid}:${start}`;
const t0 = performance.now();
/** The command's start as wall-clock time, to line processes up with a vitest JSON report. */
const startedAt = Date.now();

function stat(pid: number): { ppid: number; start: number; comm: string; cpu: number } | undefined {
  try {
    const text = readFileSync(`/proc/${pid}/stat`, "utf8");
    const close = text.lastIndexOf(")");
    const comm = text.slice(text.indexOf("(") + 1, close);
    const fields = text.slice(close + 2).split(" ");
    // fields[0] is state (field 3); ppid is field 4, utime 14, stime 15, starttime 22.
    return {
      ppid: Number(fields[1]),
      start: Number(fields[19]),
      comm,
      cpu: (Number(fields[11]) + Number(fields[12])) / ticks,
    };
  } catch {
    return undefined;
  }
}

function cmdlineOf(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, "utf8").split("\0").join(" ").trim();
  } catch {
    return "";
  }
}

function sample(root: number) {
  const all = new Map<number, { ppid: number; start: number; comm: string; cpu: number }>();
  for (const name of readdirSync("/proc")) {
    const pid = Number(name);
    if (!Number.isInteger(pid)) continue;
    const s = stat(pid);
    if (s) all.set(pid, s);
  }
  for (const [pid, s] of all) {
    const key = keyOf(pid, s.start);
    const known = seen.get(key);
    if (known) {
      known.cpu = Math.max(known.cpu, s.cpu);
      known.last = performance.now() - t0;
      continue;
    }
    // A new process is ours when it is the root or its parent, alive now, is one of ours.
    const parentStat = all.get(s.ppid);
    const parent = parentStat ? keyOf(s.ppid, parentStat.start) : "";
    if (pid === root || seen.has(parent)) {
      const now = performance.now() - t0;
      seen.set(key, {
        pid,
        ppid: s.ppid,
        start: s.start,
        parent,
        comm: s.comm,
        cmdline: cmdlineOf(pid),
        cpu: s.cpu,
        first: now,
        last: now,
      });
    }
  }
}

const child = spawn(command[0]!, command.slice(1), { stdio: "inherit" });
const root = child.pid!;
const timer = setInterval(() => sample(root), 300);
sample(root);
const code: number = await new Promise((done) =>
  child.on("close", (c, signal) => done(c ?? (signal ? 128 : 1))),
);
clearInterval(timer);
const wall = (performance.now() - t0) / 1000;

/** The nearest `vitest run` at or above a process, which names its stage. */
function stageOf(p: Seen): string {
  for (let q: Seen | undefined = p; q; q = seen.get(q.parent)) {
    const m = /vitest run(.*?)(--reporter|$)/.exec(q.cmdline);
    if (m) return m[1]!.replace(/--project /g, "").trim() || "vitest";
    if (q.pid === root) break;
  }
  return "other";
}
const isChromium = (p: Seen) => /chrom/i.test(p.comm) || p.cmdline.startsWith("/usr/lib/chromium");
const groups = new Map<string, { chromium: number; other: number; processes: number }>();
for (const p of seen.values()) {
  const key = stageOf(p);
  const g = groups.get(key) ?? { chromium: 0, other: 0, processes: 0 };
  if (isChromium(p)) g.chromium += p.cpu;
  else g.other += p.cpu;
  g.processes++;
  groups.set(key, g);
}
const total = [...seen.values()].reduce((sum, p) => sum + p.cpu, 0);
console.error(`\n━━ CPU of ${command.join(" ")}`);
console.error(`wall ${wall.toFixed(1)} s, CPU ${total.toFixed(1)} s, ${seen.size} processes`);
for (const [key, g] of groups)
  console.error(
    `  ${key}: ${(g.chromium + g.other).toFixed(1)} s (Chromium ${g.chromium.toFixed(1)}, other ${g.other.toFixed(1)}), ${g.processes} processes`,
  );
if (jsonFile)
  writeFileSync(
    jsonFile,
    JSON.stringify({
      command,
      wall,
      total,
      startedAt,
      groups: Object.fromEntries(groups),
      exit: code,
      // Each process with its first and last sight, to line it up with a vitest JSON report.
      processes: [...seen.values()].map((p) => ({ ...p, cmdline: p.cmdline.slice(0, 300) })),
    }),
  );
process.exit(code);
