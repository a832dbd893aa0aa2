// `npx tsx bench/heapProfile.ts --library jointline --n 100000`: what a chart holds in the JS
// heap. Loads the library's bench page (unminified), prepares the data, takes a heap snapshot
// (CDP HeapProfiler, after a collection), renders, waits, takes another, and prints:
// - the JS heap used before and after render, taken as bench/ takes it (collectGarbage, then
//   Performance.getMetrics JSHeapUsedSize);
// - the self size added by the render, by constructor (or node type for arrays, strings, code);
// - for jointline, the retained size (dominator tree) of each field of the timeline's state
//   object and of its channels (`enc`) and layout index (`index`): what the chart alone keeps
//   alive, whatever the dataset holds.
// Snapshots are parsed in this process and not written to disk.

import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import type { CDPSession, Page } from "playwright-core";
import { launchChromium } from "./browserBench";
import { buildPages } from "./buildPages";
import { libraries } from "./libraries";
import { serveStatic } from "./serveStatic";

const here = fileURLToPath(new URL(".", import.meta.url));
const { values: args } = parseArgs({
  options: {
    library: { type: "string", default: "jointline" },
    n: { type: "string", default: "100000" },
    top: { type: "string", default: "25" },
  },
});

/** A parsed V8 heap snapshot, flat as V8 writes it. */
interface Snapshot {
  snapshot: {
    meta: {
      node_fields: string[];
      node_types: [string[], ...unknown[]];
      edge_fields: string[];
      edge_types: [string[], ...unknown[]];
    };
    node_count: number;
  };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** The snapshot's graph: per node its type, name, self size and outgoing edges. */
export interface HeapGraph {
  count: number;
  type: string[];
  name: string[];
  self: Float64Array;
  /** Edges of node i: firstEdge[i] .. firstEdge[i + 1] in edgeTo / edgeName / edgeType. */
  firstEdge: Uint32Array;
  edgeTo: Uint32Array;
  edgeName: string[];
  edgeType: string[];
}

/** Turns V8's flat arrays into a {@link HeapGraph}. */
export function heapGraph(s: Snapshot): HeapGraph {
  const nf = s.snapshot.meta.node_fields;
  const ef = s.snapshot.meta.edge_fields;
  const nodeTypes = s.snapshot.meta.node_types[0];
  const edgeTypes = s.snapshot.meta.edge_types[0];
  const N = nf.length;
  const E = ef.length;
  const count = s.nodes.length / N;
  const [iType, iName, iSelf, iEdges] = ["type", "name", "self_size", "edge_count"].map((f) =>
    nf.indexOf(f),
  ) as [number, number, number, number];
  const [jType, jName, jTo] = ["type", "name_or_index", "to_node"].map((f) => ef.indexOf(f)) as [
    number,
    number,
    number,
  ];
  const type: string[] = new Array(count);
  const name: string[] = new Array(count);
  const self = new Float64Array(count);
  const firstEdge = new Uint32Array(count + 1);
  const edgeCount = s.edges.length / E;
  const edgeTo = new Uint32Array(edgeCount);
  const edgeName: string[] = new Array(edgeCount);
  const edgeType: string[] = new Array(edgeCount);
  let e = 0;
  for (let i = 0; i < count; i++) {
    const o = i * N;
    type[i] = nodeTypes[s.nodes[o + iType]!]!;
    name[i] = s.strings[s.nodes[o + iName]!]!;
    self[i] = s.nodes[o + iSelf]!;
    firstEdge[i] = e;
    const edges = s.nodes[o + iEdges]!;
    for (let k = 0; k < edges; k++, e++) {
      const p = e * E;
      const t = edgeTypes[s.edges[p + jType]!]!;
      edgeType[e] = t;
      const n = s.edges[p + jName]!;
      edgeName[e] = t === "element" || t === "hidden" ? String(n) : s.strings[n]!;
      edgeTo[e] = s.edges[p + jTo]! / N;
    }
  }
  firstEdge[count] = e;
  return { count, type, name, self, firstEdge, edgeTo, edgeName, edgeType };
}

/**
 * Retained size of every node: the sum of self sizes of the nodes it dominates (reachable from
 * the root only through it), weak edges ignored. Cooper, Harvey & Kennedy's iterative algorithm
 * over a reverse postorder.
 */
export function retainedSizes(g: HeapGraph): Float64Array {
  const { count, firstEdge, edgeTo, edgeType } = g;
  const strong = (e: number) => edgeType[e] !== "weak" && edgeType[e] !== "shortcut";
  // Postorder by an explicit stack.
  const post = new Int32Array(count).fill(-1);
  const order: number[] = [];
  const seen = new Uint8Array(count);
  const stack: number[] = [0];
  const next = new Uint32Array(count);
  seen[0] = 1;
  for (let i = 0; i < count; i++) next[i] = firstEdge[i]!;
  while (stack.length) {
    const v = stack[stack.length - 1]!;
    if (next[v]! < firstEdge[v + 1]!) {
      const e = next[v]!++;
      const w = edgeTo[e]!;
      if (strong(e) && !seen[w]) {
        seen[w] = 1;
        stack.push(w);
      }
    } else {
      stack.pop();
      post[v] = order.length;
      order.push(v);
    }
  }
  // Predecessors of reachable nodes.
  const predCount = new Uint32Array(count + 1);
  for (let v = 0; v < count; v++) {
    if (!seen[v]) continue;
    for (let e = firstEdge[v]!; e < firstEdge[v + 1]!; e++)
      if (strong(e) && seen[edgeTo[e]!]) predCount[edgeTo[e]! + 1]!++;
  }
  for (let i = 0; i < count; i++) predCount[i + 1]! += predCount[i]!;
  const preds = new Uint32Array(predCount[count]!);
  const fill = predCount.slice(0, count);
  for (let v = 0; v < count; v++) {
    if (!seen[v]) continue;
    for (let e = firstEdge[v]!; e < firstEdge[v + 1]!; e++)
      if (strong(e) && seen[edgeTo[e]!]) preds[fill[edgeTo[e]!]!++] = v;
  }
  const idom = new Int32Array(count).fill(-1);
  idom[0] = 0;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (post[a]! < post[b]!) a = idom[a]!;
      while (post[b]! < post[a]!) b = idom[b]!;
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let k = order.length - 1; k >= 0; k--) {
      const v = order[k]!;
      if (v === 0) continue;
      let d = -1;
      for (let p = predCount[v]!; p < predCount[v + 1]!; p++) {
        const u = preds[p]!;
        if (idom[u] === -1) continue;
        d = d === -1 ? u : intersect(u, d);
      }
      if (d !== -1 && idom[v] !== d) {
        idom[v] = d;
        changed = true;
      }
    }
  }
  const retained = Float64Array.from(g.self);
  // Children before parents: postorder.
  for (const v of order) if (v !== 0 && idom[v]! >= 0) retained[idom[v]!]! += retained[v]!;
  return retained;
}

/** A node's class for the by-constructor table: its name for objects, else its type. */
function classOf(g: HeapGraph, i: number): string {
  const t = g.type[i]!;
  if (t === "object" || t === "closure" || t === "native") return `${t}: ${g.name[i]}`;
  if (t === "array" || t === "hidden") return `${t}: ${g.name[i]}`;
  return t;
}

function selfByClass(g: HeapGraph): Map<string, { size: number; count: number }> {
  const out = new Map<string, { size: number; count: number }>();
  for (let i = 0; i < g.count; i++) {
    const k = classOf(g, i);
    const entry = out.get(k) ?? { size: 0, count: 0 };
    entry.size += g.self[i]!;
    entry.count++;
    out.set(k, entry);
  }
  return out;
}

/** Property edges of node i, by name. */
function properties(g: HeapGraph, i: number): Map<string, number> {
  const out = new Map<string, number>();
  for (let e = g.firstEdge[i]!; e < g.firstEdge[i + 1]!; e++)
    if (g.edgeType[e] === "property") out.set(g.edgeName[e]!, g.edgeTo[e]!);
  return out;
}

/** The first object with all these properties (the timeline's state, say). */
function findObject(g: HeapGraph, keys: readonly string[]): number | undefined {
  for (let i = 0; i < g.count; i++) {
    if (g.type[i] !== "object") continue;
    const props = properties(g, i);
    if (keys.every((k) => props.has(k))) return i;
  }
  return undefined;
}

const mb = (bytes: number) => `${(bytes / 1_048_576).toFixed(2)} MB`;

async function heapUsedMB(cdp: CDPSession): Promise<number> {
  await cdp.send("HeapProfiler.collectGarbage");
  const { metrics } = await cdp.send("Performance.getMetrics");
  return (metrics.find((m) => m.name === "JSHeapUsedSize")?.value ?? Number.NaN) / 1_048_576;
}

async function takeSnapshot(cdp: CDPSession): Promise<HeapGraph> {
  const chunks: string[] = [];
  const onChunk = (event: { chunk: string }) => chunks.push(event.chunk);
  cdp.on("HeapProfiler.addHeapSnapshotChunk", onChunk);
  await cdp.send("HeapProfiler.collectGarbage");
  await cdp.send("HeapProfiler.takeHeapSnapshot", { reportProgress: false });
  cdp.off("HeapProfiler.addHeapSnapshotChunk", onChunk);
  return heapGraph(JSON.parse(chunks.join("")) as Snapshot);
}

/** Retained size of each property of an object, largest first. */
function fieldTable(g: HeapGraph, retained: Float64Array, at: number, label: string): void {
  const rows = [...properties(g, at)]
    .map(([key, to]) => [key, to, retained[to]!] as const)
    .filter(([, , size]) => size >= 1024)
    .sort((a, b) => b[2] - a[2]);
  console.log(`\n${label}: retained ${mb(retained[at]!)}`);
  for (const [key, to, size] of rows)
    console.log(`${mb(size).padStart(12)}  ${key} (${classOf(g, to)})`);
}

const library = libraries.find((l) => l.page === args.library || l.name === args.library);
if (!library) throw new Error(`unknown library ${args.library}`);
const n = Number(args.n);
const out = join(here, ".build", "heap-pages");
await buildPages(out, [library.page], { minify: false });
const server = await serveStatic({
  "/": out,
  "/timelinejs/": join(here, "../node_modules/@knight-lab/timelinejs/dist"),
});
const browser = await launchChromium();
try {
  const page: Page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(`${server.origin}/${library.page}.html`);
  await page.waitForFunction(() => window.__bench !== undefined);
  await page.evaluate(([count]) => window.__bench!.prepare(count!, 1), [n]);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send("Performance.enable");
  await cdp.send("HeapProfiler.enable");
  const before = await heapUsedMB(cdp);
  const g0 = await takeSnapshot(cdp);
  await page.evaluate(() => window.__bench!.render());
  // As bench/ waits before it reads the heap, and then for the idle work after the paint.
  await new Promise((done) => setTimeout(done, 100));
  const after = await heapUsedMB(cdp);
  await new Promise((done) => setTimeout(done, 1500));
  const settled = await heapUsedMB(cdp);
  const g1 = await takeSnapshot(cdp);
  console.log(
    `${library.name}, ${n} events: JS heap ${before.toFixed(1)} MB with the data, ${after.toFixed(1)} MB 100 ms after render (render's share ${(after - before).toFixed(1)} MB), ${settled.toFixed(1)} MB after 1.6 s`,
  );
  const a = selfByClass(g0);
  const b = selfByClass(g1);
  const diff = [...b]
    .map(([k, v]) => [k, v.size - (a.get(k)?.size ?? 0), v.count - (a.get(k)?.count ?? 0)] as const)
    .sort((x, y) => y[1] - x[1])
    .slice(0, Number(args.top));
  console.log("\nSelf size added by the render, by constructor or type:");
  for (const [k, size, count] of diff)
    console.log(`${mb(size).padStart(12)}  ${String(count).padStart(8)} nodes  ${k}`);
  if (library.page === "jointline") {
    const retained = retainedSizes(g1);
    const state = findObject(g1, ["enc", "packings", "labelMeasure", "positionOf"]);
    if (state === undefined) console.log("\nThe timeline's state object was not found.");
    else {
      fieldTable(g1, retained, state, "timeline state (TimelineState)");
      const props = properties(g1, state);
      for (const key of ["enc", "index"]) {
        const at = props.get(key);
        if (at !== undefined) fieldTable(g1, retained, at, `state.${key}`);
      }
      const index = props.get("index");
      const input = index === undefined ? undefined : properties(g1, index).get("input");
      if (input !== undefined) fieldTable(g1, retained, input, "state.index.input");
    }
  }
} finally {
  await browser.close();
  await server.close();
}
