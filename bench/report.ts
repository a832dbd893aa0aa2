// Turns raw measurements into the summary (medians, spread, ratios, budget checks) and the
// Markdown tables of bench/results/latest.md.
import { type BrowserMeasurement, gestureNames } from "./browserBench";
import type { BundleSize } from "./bundleSize";
import type { NodeMeasurement } from "./nodeBench";
import { median, type Summary, summarize } from "./stats";

/** One library at one size, summarized over the runs. */
export interface LibrarySummary {
  library: string;
  n: number;
  /** `ok`, or why there are no numbers (e.g. "did not render within 60 s"). */
  status: string;
  runs: number;
  renderMs?: Summary;
  /** The second render on the same page (code compiled): see BrowserMeasurement.renderAgainMs. */
  renderAgainMs?: Summary;
  heapAfterMB?: Summary;
  /** Heap after render minus heap with the data loaded but not drawn. */
  heapRenderMB?: Summary;
  domNodes?: Summary;
  /** Per gesture (see BrowserMeasurement): summaries over the runs that completed it. */
  gestures?: Partial<Record<GestureKey, GestureSummary>>;
  /** Runs whose zoom or pan did not finish in time. */
  interactionNote?: string;
}

/** The gestures a measurement holds. */
export type GestureKey = (typeof gestureNames)[number][0];

/** One gesture of one library at one size, over the runs. */
export interface GestureSummary {
  /** p95 of the interval between frames inside the gesture, per run. */
  intervalP95: Summary;
  /** p95 of input → next paint, per run. */
  latencyP95: Summary;
  /** Long tasks (> 50 ms) during the gesture, per run. */
  longTasks: Summary;
  /** The longest long task, per run (0: none). */
  longTaskMax: Summary;
  /** Tasks over 50 ms of main-thread CPU time (trace), per run. */
  cpuLongTasks: Summary;
  cpuLongTaskMax: Summary;
  /** p95 of main-thread work per frame inside the gesture, per run. */
  frameP95: Summary;
}

/** jointline ÷ a peer at one size: medians of the per-run ratios (below 1: jointline is faster). */
export interface Ratio {
  peer: string;
  n: number;
  render?: number;
  renderAgain?: number;
  /** Of the p95 frame interval inside each gesture. */
  intervalP95?: Partial<Record<GestureKey, number>>;
}

/** A budget of DESIGN.md and whether the measurement meets it. */
export interface BudgetCheck {
  what: string;
  budgetMs: number;
  measuredMs?: number;
  met?: boolean;
  note?: string;
}

/** Everything written to latest.json. */
export interface BenchResults {
  date: string;
  machine: {
    cpu: string;
    cores: number;
    memoryGB: number;
    node: string;
    chromium: string;
    loadAverage: number[];
  };
  settings: Record<string, unknown>;
  libraries: LibrarySummary[];
  ratios: Ratio[];
  budgets: BudgetCheck[];
  node: NodeMeasurement[];
  bundles: BundleSize[];
  caveats: Record<string, string>;
  raw: BrowserMeasurement[];
}

const pick = (
  ms: readonly BrowserMeasurement[],
  get: (m: BrowserMeasurement) => number | undefined,
) => ms.map(get).filter((x): x is number => x !== undefined && !Number.isNaN(x));

/** Summarizes the browser measurements per library and size. */
export function summarizeLibraries(
  raw: readonly BrowserMeasurement[],
  renderTimeoutMs: number,
): LibrarySummary[] {
  const keys = [...new Set(raw.map((m) => `${m.library}\u0000${m.n}`))];
  return keys.map((key) => {
    const [library, n] = key.split("\u0000") as [string, string];
    const all = raw.filter((m) => m.library === library && m.n === Number(n));
    const ok = all.filter((m) => m.status === "ok");
    const failed = all.find((m) => m.status !== "ok");
    const status = ok.length
      ? "ok"
      : failed?.status === "timeout"
        ? `did not render within ${renderTimeoutMs / 1000} s (${failed.message})`
        : `error: ${failed?.message ?? "unknown"}`;
    const partial = ok.filter((m) => !m.zoom || !m.pan);
    const summary: LibrarySummary = { library, n: Number(n), status, runs: ok.length };
    if (!ok.length) return summary;
    summary.renderMs = summarize(pick(ok, (m) => m.renderMs));
    const again = pick(ok, (m) => m.renderAgainMs);
    if (again.length) summary.renderAgainMs = summarize(again);
    summary.heapAfterMB = summarize(pick(ok, (m) => m.heapAfterMB));
    summary.heapRenderMB = summarize(
      pick(ok, (m) => (m.heapAfterMB ?? Number.NaN) - (m.heapBeforeMB ?? Number.NaN)),
    );
    summary.domNodes = summarize(pick(ok, (m) => m.domNodes));
    summary.gestures = {};
    for (const [key] of gestureNames) {
      const done = ok.filter((m) => m[key]);
      if (!done.length) continue;
      summary.gestures[key] = {
        intervalP95: summarize(pick(done, (m) => m[key]!.intervalP95)),
        latencyP95: summarize(pick(done, (m) => m[key]!.latencyP95)),
        longTasks: summarize(pick(done, (m) => m[key]!.longTasks)),
        longTaskMax: summarize(pick(done, (m) => m[key]!.longTaskMax)),
        cpuLongTasks: summarize(pick(done, (m) => m[key]!.cpuLongTasks)),
        cpuLongTaskMax: summarize(pick(done, (m) => m[key]!.cpuLongTaskMax)),
        frameP95: summarize(pick(done, (m) => m[key]!.frameP95)),
      };
    }
    if (partial.length)
      summary.interactionNote = `${partial.length} of ${ok.length} runs: ${partial.map((m) => m.message).filter(Boolean)[0] ?? "zoom or pan did not finish"}`;
    return summary;
  });
}

/** Per-run ratios jointline ÷ peer, taken within the same run (same machine state). */
export function ratiosToPeers(raw: readonly BrowserMeasurement[]): Ratio[] {
  const ratios: Ratio[] = [];
  const peers = [...new Set(raw.map((m) => m.library))].filter((name) => name !== "jointline");
  const sizes = [...new Set(raw.map((m) => m.n))];
  for (const n of sizes) {
    for (const peer of peers) {
      const render: number[] = [];
      const renderAgain: number[] = [];
      const gestures = new Map<GestureKey, number[]>(gestureNames.map(([key]) => [key, []]));
      for (const mine of raw.filter(
        (m) => m.library === "jointline" && m.n === n && m.status === "ok",
      )) {
        const theirs = raw.find(
          (m) => m.library === peer && m.n === n && m.run === mine.run && m.status === "ok",
        );
        if (!theirs) continue;
        render.push(mine.renderMs! / theirs.renderMs!);
        if (mine.renderAgainMs !== undefined && theirs.renderAgainMs !== undefined)
          renderAgain.push(mine.renderAgainMs / theirs.renderAgainMs);
        for (const [key] of gestureNames) {
          const a = mine[key]?.intervalP95;
          const b = theirs[key]?.intervalP95;
          if (a !== undefined && b !== undefined && !Number.isNaN(a) && !Number.isNaN(b))
            gestures.get(key)!.push(a / b);
        }
      }
      if (!render.length) continue;
      const ratio: Ratio = { peer, n, render: median(render) };
      if (renderAgain.length) ratio.renderAgain = median(renderAgain);
      ratio.intervalP95 = {};
      for (const [key, values] of gestures)
        if (values.length) ratio.intervalP95[key] = median(values);
      ratios.push(ratio);
    }
  }
  return ratios;
}

/** The budgets of DESIGN.md, checked against the medians. */
export function checkBudgets(
  libraries: readonly LibrarySummary[],
  node: readonly NodeMeasurement[],
  bundles: readonly BundleSize[],
): BudgetCheck[] {
  const jl = (n: number) => libraries.find((s) => s.library === "jointline" && s.n === n);
  const check = (
    what: string,
    budgetMs: number,
    measuredMs: number | undefined,
    note?: string,
  ): BudgetCheck => {
    const row: BudgetCheck = { what, budgetMs };
    if (measuredMs !== undefined && !Number.isNaN(measuredMs)) {
      row.measuredMs = measuredMs;
      row.met = measuredMs <= budgetMs;
    }
    if (note) row.note = note;
    return row;
  };
  const status = (n: number) =>
    jl(n) && jl(n)!.status !== "ok" ? jl(n)!.status : jl(n) ? undefined : "not measured";
  const nodeRow = (task: string, size: string) =>
    node.find((r) => r.task.startsWith(task) && r.size === size);
  const iife = bundles.find((b) => b.budgetGzipKB !== undefined);
  return [
    check("timeline first render, 1,000 events", 50, jl(1000)?.renderMs?.median, status(1000)),
    check(
      "timeline first render, 10,000 events",
      150,
      jl(10_000)?.renderMs?.median,
      status(10_000),
    ),
    check(
      "timeline first render, 1,000 events, second chart on the page (code compiled)",
      50,
      jl(1000)?.renderAgainMs?.median,
      status(1000),
    ),
    check(
      "timeline first render, 10,000 events, second chart on the page",
      150,
      jl(10_000)?.renderAgainMs?.median,
      status(10_000),
    ),
    ...[100, 1000, 10_000].flatMap((n) => {
      const g = jl(n)?.gestures;
      const worst = (get: (x: GestureSummary) => number) =>
        g && Object.values(g).length ? Math.max(...Object.values(g).map(get)) : undefined;
      const peers = libraries.filter((s) => s.library !== "jointline" && s.n === n && s.gestures);
      // The best peer per gesture (lowest median p95 interval), compared gesture by gesture.
      const behind = gestureNames.flatMap(([key, name]) => {
        const mine = g?.[key]?.intervalP95.median;
        const best = Math.min(
          ...peers.map((p) => p.gestures?.[key]?.intervalP95.median ?? Number.POSITIVE_INFINITY),
        );
        return mine !== undefined && Number.isFinite(best) && mine > best
          ? [`${name} ${mine.toFixed(1)} vs best peer ${best.toFixed(1)}`]
          : [];
      });
      return [
        check(
          `long tasks > 50 ms during first zoom, zoom, pan and zoomTo, ${n.toLocaleString("en")} events (count: worst run, all gestures)`,
          0,
          worst((x) => x.longTasks.max),
          status(n),
        ),
        check(
          `tasks over 50 ms of main-thread CPU during the same gestures, ${n.toLocaleString("en")} events (trace; count: worst run)`,
          0,
          worst((x) => x.cpuLongTasks.max),
          status(n),
        ),
        {
          ...check(
            `p95 frame interval during a gesture, ${n.toLocaleString("en")} events (worst gesture, median of runs), and no worse than the best peer's`,
            33,
            worst((x) => x.intervalP95.median),
            status(n) ?? (behind.length ? `behind the best peer: ${behind.join("; ")}` : undefined),
          ),
          ...(behind.length ? { met: false } : {}),
        },
      ];
    }),
    check(
      "first render, 100,000 events (aggregated)",
      500,
      jl(100_000)?.renderMs?.median,
      status(100_000),
    ),
    check(
      "zoom frame interval p95, 100,000 events",
      33,
      jl(100_000)?.gestures?.zoom?.intervalP95.median,
      status(100_000),
    ),
    check(
      "network layout settled, 300 actors / 3,000 edges",
      1000,
      nodeRow("layoutNetwork", "300 actors / 3,000 edges")?.ms?.median,
      nodeRow("layoutNetwork", "300 actors / 3,000 edges")?.note,
    ),
    check(
      "parse + validate 100,000 events in Node",
      1000,
      nodeRow("readJson", "100,000 events")?.ms?.median,
    ),
    check(
      "server-side SVG of 1,000 events in Node",
      500,
      nodeRow("renderSvgInNode", "1,000 events")?.ms?.median,
      nodeRow("renderSvgInNode", "1,000 events")?.note,
    ),
    {
      what: "script-tag embed bundle, gzip (KB, not ms)",
      budgetMs: 80,
      ...(iife
        ? { measuredMs: iife.jsGzipKB + iife.cssGzipKB, met: iife.jsGzipKB + iife.cssGzipKB <= 80 }
        : { note: "not measured (skipped, or the build failed: see the run's log)" }),
    },
  ];
}

const f0 = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? "–" : x.toLocaleString("en", { maximumFractionDigits: 0 });
const f1 = (x: number | undefined) =>
  x === undefined || Number.isNaN(x)
    ? "–"
    : x.toLocaleString("en", { maximumFractionDigits: 1, minimumFractionDigits: 1 });
const spread = (s: Summary | undefined, fmt = f0) =>
  s ? `${fmt(s.median)} (${fmt(s.min)}–${fmt(s.max)})` : "–";
const ratio = (x: number | undefined) =>
  x === undefined || Number.isNaN(x) ? "–" : `${x.toFixed(2)}×`;

/** "0", or "2 (max 3), longest 81 ms": median count per run (worst run), longest task. */
function longCell(g: GestureSummary): string {
  const cpu = Number.isNaN(g.cpuLongTasks.max)
    ? ""
    : ` (by CPU: ${g.cpuLongTasks.max === 0 ? "0" : `**${f0(g.cpuLongTasks.max)}**, ${f0(g.cpuLongTaskMax.max)} ms`})`;
  return `${wallCell(g)}${cpu}`;
}

function wallCell(g: GestureSummary): string {
  if (g.longTasks.max === 0) return "0";
  const count =
    g.longTasks.max === g.longTasks.median
      ? f0(g.longTasks.median)
      : `${f0(g.longTasks.median)} (max ${f0(g.longTasks.max)})`;
  return `**${count}**, longest ${f0(g.longTaskMax.max)} ms`;
}

/**
 * One line per library and size: long tasks per gesture in the worst run, flagged "⚠" when
 * any: what `npm run bench` prints at the end.
 */
export function longTaskLines(results: Pick<BenchResults, "libraries">): string[] {
  return results.libraries
    .filter((s) => s.status === "ok" && s.gestures)
    .map((s) => {
      const parts = gestureNames.map(([key, name]) => {
        const g = s.gestures?.[key];
        return g
          ? `${name} ${f0(g.longTasks.max)}${g.longTasks.max ? ` (longest ${f0(g.longTaskMax.max)} ms)` : ""}, by CPU ${f0(g.cpuLongTasks.max)}`
          : `${name} –`;
      });
      const any = gestureNames.some(
        ([key]) =>
          (s.gestures?.[key]?.longTasks.max ?? 0) > 0 ||
          (s.gestures?.[key]?.cpuLongTasks.max ?? 0) > 0,
      );
      return `- ${any ? "⚠ " : ""}${s.library}, ${s.n.toLocaleString("en")} events: ${parts.join(", ")}`;
    });
}

/** The Markdown report. */
export function toMarkdown(results: BenchResults): string {
  const { machine } = results;
  const lines: string[] = [];
  lines.push(`# jointline benchmarks — ${results.date}`, "");
  lines.push(
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB; Node ${machine.node}; Chromium ${machine.chromium} (headless, software rendering); load average at start ${machine.loadAverage.map((x) => x.toFixed(2)).join(" / ")}.`,
    `Settings: ${Object.entries(results.settings)
      .map(([k, v]) => `${k} ${Array.isArray(v) ? v.join(", ") : String(v)}`)
      .join("; ")}.`,
    "",
    "Medians over the runs, (min–max) in brackets. First render = the first chart on a fresh page (includes compiling the library's code; jointline's excludes parsing and validating the data, timed in the Node table); second render = the same chart again on that page. Gestures, in this order: **first zoom** = the library's zoom gesture started as soon as the second chart has painted; **zoom** = the same on a third chart left idle 3 s; **pan** = a drag; **zoomTo** = 20 programmatic zooms through the library's API. **Interval** = time between the starts of consecutive frames inside the gesture (16.7 ms when every frame is on time); **long tasks** = Long Tasks API entries (> 50 ms of wall time) from the first input to 750 ms after the last, worst run, and in brackets the tasks of the same span that used > 50 ms of main-thread CPU (Chromium trace, `tdur`: on a loaded machine a task's wall time includes waiting for a core, its CPU time does not); **input→paint** = an input's timestamp to the end of the next rendered frame. Ratios are jointline ÷ peer within the same run (below 1: jointline better). How each number is taken: bench/README.md.",
    "",
  );
  const gestureCell = (g: GestureSummary | undefined) =>
    g ? `${spread(g.intervalP95, f1)} · ${f0(g.latencyP95.median)} · ${longCell(g)}` : "–";
  for (const n of [...new Set(results.libraries.map((s) => s.n))]) {
    lines.push(`## ${n.toLocaleString("en")} events`, "");
    lines.push(
      "| library | first render ms | second render ms | JS heap MB (render's share) | DOM elements | " +
        gestureNames
          .map(([, name]) => `${name}: interval p95 ms · input→paint p95 ms · long tasks`)
          .join(" | ") +
        " |",
    );
    lines.push(`|---|---|---|---|---|${gestureNames.map(() => "---|").join("")}`);
    const empty = gestureNames.map(() => " |").join("");
    for (const s of results.libraries.filter((x) => x.n === n)) {
      if (s.status !== "ok") {
        lines.push(`| ${s.library} | ${s.status} | | | |${empty}`);
        continue;
      }
      lines.push(
        `| ${s.library} | ${spread(s.renderMs)} | ${spread(s.renderAgainMs)} | ${f1(s.heapAfterMB?.median)} (${f1(s.heapRenderMB?.median)}) | ${f0(s.domNodes?.median)} | ${gestureNames.map(([key]) => gestureCell(s.gestures?.[key])).join(" | ")} |`,
      );
      if (s.interactionNote)
        lines.push(`| ↳ ${s.library} | interaction: ${s.interactionNote} | | | |${empty}`);
    }
    const ratios = results.ratios.filter((x) => x.n === n);
    if (ratios.length) {
      lines.push(
        "",
        `| jointline ÷ peer | first render | second render | ${gestureNames.map(([, name]) => `${name} interval p95`).join(" | ")} |`,
        `|---|---|---|${gestureNames.map(() => "---|").join("")}`,
      );
      for (const r of ratios)
        lines.push(
          `| ${r.peer} | ${ratio(r.render)} | ${ratio(r.renderAgain)} | ${gestureNames.map(([key]) => ratio(r.intervalP95?.[key])).join(" | ")} |`,
        );
    }
    lines.push("");
  }
  lines.push("## Long tasks during interaction (> 50 ms)", "", ...longTaskLines(results), "");
  lines.push(
    "## Budgets (DESIGN.md)",
    "",
    "| what | budget | measured (median) | met |",
    "|---|---|---|---|",
  );
  for (const b of results.budgets) {
    lines.push(
      `| ${b.what} | ${b.budgetMs} | ${b.measuredMs === undefined ? (b.note ?? "–") : f1(b.measuredMs)} | ${b.met === undefined ? "–" : b.met ? "yes" : "**no**"} |`,
    );
  }
  lines.push(
    "",
    "## Node",
    "",
    "| task | size | ms median (min–max) | budget ms | notes |",
    "|---|---|---|---|---|",
  );
  for (const r of results.node) {
    lines.push(
      `| ${r.task} | ${r.size} | ${r.ms ? spread(r.ms) : (r.note ?? "–")} | ${r.budgetMs ?? ""} | ${
        r.extra
          ? Object.entries(r.extra)
              .map(([k, v]) => `${v} ${k}`)
              .join(", ")
          : ""
      } |`,
    );
  }
  lines.push(
    "",
    "## Bundle size",
    "",
    "| library | JS min KB | JS gzip KB | CSS gzip KB | how |",
    "|---|---|---|---|---|",
  );
  for (const b of results.bundles)
    lines.push(
      `| ${b.name} | ${f1(b.jsMinKB)} | ${f1(b.jsGzipKB)} | ${f1(b.cssGzipKB)} | ${b.how} |`,
    );
  lines.push("", "## Not like-for-like", "");
  for (const [name, caveat] of Object.entries(results.caveats))
    if (caveat) lines.push(`- **${name}**: ${caveat}`);
  lines.push("");
  return lines.join("\n");
}
