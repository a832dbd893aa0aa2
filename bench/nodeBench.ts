// The Node half: parse + validate, network layout, server-side SVG render. Each module is loaded
// when its benchmark runs, so a part of jointline that does not exist yet is reported as
// "not available" instead of failing the whole run.
import { type Summary, summarize } from "./stats";
import { syntheticEvents, toJointlineDataset } from "./syntheticDataset";
import { syntheticGraph } from "./syntheticGraph";

/** One Node benchmark row. */
export interface NodeMeasurement {
  /** e.g. `readJson`, `layoutNetwork`, `renderSvgInNode`. */
  task: string;
  /** Human-readable size, e.g. `10,000 events`. */
  size: string;
  /** The budget in ms from DESIGN.md, where there is one. */
  budgetMs?: number;
  ms?: Summary;
  /** Why there is no measurement. */
  note?: string;
  /** Extra numbers (input size in MB, issues found…). */
  extra?: Record<string, number | string>;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

async function optional<T>(load: () => Promise<T>): Promise<T | string> {
  try {
    return await load();
  } catch (error) {
    return `not available: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
  }
}

/**
 * Runs every Node benchmark `runs` times (after one warm-up) and returns one row per task and size.
 * @example const rows = await runNodeBench({ runs: 5, seed: 1, log: console.log });
 */
export async function runNodeBench(options: {
  runs: number;
  seed: number;
  parseSizes: readonly number[];
  networkSizes: readonly (readonly [number, number])[];
  log(line: string): void;
}): Promise<NodeMeasurement[]> {
  const rows: NodeMeasurement[] = [];
  const { runs, seed, log } = options;
  const io = await import("../src/io");
  const model = await import("../src/model");

  for (const n of options.parseSizes) {
    const input = toJointlineDataset(syntheticEvents(n, seed));
    const text = JSON.stringify(input);
    const size = `${n.toLocaleString("en")} events`;
    const budgetMs = n === 100_000 ? 1000 : undefined;
    const check = io.readJson(text);
    if (!check.data || model.hasErrors(check.issues))
      throw new Error(
        `the synthetic dataset of ${n} events does not validate: ${check.issues[0]?.message}`,
      );
    const parse: number[] = [];
    const validate: number[] = [];
    const total: number[] = [];
    for (let run = 0; run <= runs; run++) {
      let value: unknown;
      const p = time(() => {
        value = JSON.parse(text);
      });
      const v = time(() => io.parseDataset(value));
      const t = time(() => io.readJson(text));
      // Run 0 warms the JIT up and is not counted.
      if (run === 0) continue;
      parse.push(p);
      validate.push(v);
      total.push(t);
    }
    const extra = { MB: Number((text.length / 1_048_576).toFixed(1)) };
    rows.push({ task: "readJson (parse + validate)", size, budgetMs, ms: summarize(total), extra });
    rows.push({ task: "  JSON.parse alone", size, ms: summarize(parse) });
    rows.push({ task: "  parseDataset alone", size, ms: summarize(validate) });
    log(
      `  readJson ${size}: ${summarize(total).median.toFixed(0)} ms (JSON.parse ${summarize(parse).median.toFixed(0)} ms, parseDataset ${summarize(validate).median.toFixed(0)} ms)`,
    );

    const csv = await optional(async () => {
      const { writeCsv } = await import("../src/io/writeCsv");
      const { readCsv } = await import("../src/io/readCsv");
      return { writeCsv, readCsv };
    });
    if (typeof csv === "string") rows.push({ task: "readCsv", size, note: csv });
    else {
      const csvText = csv.writeCsv(check.data);
      const times: number[] = [];
      for (let run = 0; run <= runs; run++) {
        const t = time(() => csv.readCsv(csvText));
        if (run > 0) times.push(t);
      }
      rows.push({
        task: "readCsv (parse + validate)",
        size,
        ms: summarize(times),
        extra: { MB: Number((csvText.length / 1_048_576).toFixed(1)) },
      });
      log(`  readCsv ${size}: ${summarize(times).median.toFixed(0)} ms`);
    }
  }

  const network = await optional(() => import("../src/components/network/layout"));
  for (const [actors, edges] of options.networkSizes) {
    const size = `${actors.toLocaleString("en")} actors / ${edges.toLocaleString("en")} edges`;
    const budgetMs = actors === 300 ? 1000 : undefined;
    if (typeof network === "string") {
      rows.push({ task: "layoutNetwork (settled)", size, budgetMs, note: network });
      continue;
    }
    const graph = syntheticGraph(actors, edges, seed);
    const times: number[] = [];
    let ticks: number | string = "";
    for (let run = 0; run <= runs; run++) {
      const t = time(() => {
        const layout = network.layoutNetwork(graph, { width: 800, height: 600, seed });
        ticks = (layout as { ticks?: number }).ticks ?? ticks;
      });
      if (run > 0) times.push(t);
    }
    rows.push({ task: "layoutNetwork (settled)", size, budgetMs, ms: summarize(times) });
    log(`  layoutNetwork ${size}: ${summarize(times).median.toFixed(0)} ms`);
  }

  const svg = await optional(() => import("../src/export/renderSvgInNode"));
  for (const n of [1000, 10_000]) {
    const size = `${n.toLocaleString("en")} events`;
    const budgetMs = n === 1000 ? 500 : undefined;
    if (typeof svg === "string") {
      rows.push({ task: "renderSvgInNode (timeline)", size, budgetMs, note: svg });
      continue;
    }
    const dataset = io.parseDataset(toJointlineDataset(syntheticEvents(n, seed))).data!;
    const times: number[] = [];
    let bytes = 0;
    try {
      for (let run = 0; run <= runs; run++) {
        const t = time(() => {
          bytes = svg.renderSvgInNode(dataset, { options: { lanes: "lead" } }).length;
        });
        if (run > 0) times.push(t);
      }
      rows.push({
        task: "renderSvgInNode (timeline)",
        size,
        budgetMs,
        ms: summarize(times),
        extra: { KB: Math.round(bytes / 1024) },
      });
      log(`  renderSvgInNode ${size}: ${summarize(times).median.toFixed(0)} ms`);
    } catch (error) {
      rows.push({
        task: "renderSvgInNode (timeline)",
        size,
        budgetMs,
        note: `failed: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }
  return rows;
}
