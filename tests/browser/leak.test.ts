import { afterAll, describe, expect, it } from "vitest";
import { cdp } from "vitest/browser";
import { readJson } from "../../src/io/readJson";
import type { Dataset } from "../../src/model";
import { manyEvents } from "../data/odd/oddDatasets";
import { components } from "./oddComponents";

/**
 * Create and destroy each component 100 times, then compare what the renderer holds with what
 * it held before, after forcing garbage collection, through the Chrome DevTools Protocol:
 * - `Memory.getDOMCounters`: DOM nodes alive (attached or detached) and JS event listeners;
 * - `DOMDebugger.getEventListeners` on window and document: what a chart may forget there;
 * - `Runtime.getHeapUsage`: the JS heap.
 * The bounds below are what is allowed to remain after the cycles: a leak of one node or one
 * listener per cycle shows as 100 (twice the bound of 50 nodes, ten times the 10 listeners); the
 * heap bound catches 10 KB per cycle, and a listener left on window or document is caught
 * whatever the count. Measured with no leak: +0 nodes, +0 listeners, under 210 KB of heap.
 *
 * 100, not the 500 of earlier rounds: the leak tests run alone as the suite's last stage, and 500
 * cycles of six components took 152 s on a loaded machine (200 still took 299 s at a load of
 * ~8); 100 catch the same one-per-cycle leaks.
 */
const cycles = 100;
const bounds = { nodes: 50, listeners: 10, heapBytes: 1024 * 1024 };

const dataset = readJson(JSON.stringify(manyEvents(12, 7))).data as Dataset;
const measured: string[] = [];
afterAll(() => console.log(`[leak] ${cycles} cycles each; ${measured.join("; ")}`));

interface Counters {
  nodes: number;
  listeners: number;
  heap: number;
  windowListeners: string[];
  documentListeners: string[];
}

type Session = ReturnType<typeof cdp>;

/** An object id for a value of this test's frame, evaluated in the top frame CDP talks to. */
async function objectId(session: Session, name: "window" | "document"): Promise<string> {
  (window.parent as unknown as Record<string, unknown>).__leakTarget =
    name === "window" ? window : document;
  const { result } = (await session.send("Runtime.evaluate", {
    expression: "window.__leakTarget",
  })) as { result: { objectId: string } };
  return result.objectId;
}

async function listenerTypes(session: Session, name: "window" | "document"): Promise<string[]> {
  const id = await objectId(session, name);
  const { listeners } = (await session.send("DOMDebugger.getEventListeners", {
    objectId: id,
  })) as { listeners: { type: string }[] };
  await session.send("Runtime.releaseObject", { objectId: id });
  return listeners.map((l) => l.type).sort();
}

async function measure(session: Session): Promise<Counters> {
  // Twice: the first collection may only queue finalizers that free more on the second.
  await session.send("HeapProfiler.collectGarbage");
  await new Promise((resolve) => setTimeout(resolve, 50));
  await session.send("HeapProfiler.collectGarbage");
  const dom = (await session.send("Memory.getDOMCounters")) as {
    nodes: number;
    jsEventListeners: number;
  };
  const heap = (await session.send("Runtime.getHeapUsage")) as { usedSize: number };
  return {
    nodes: dom.nodes,
    listeners: dom.jsEventListeners,
    heap: heap.usedSize,
    windowListeners: await listenerTypes(session, "window"),
    documentListeners: await listenerTypes(session, "document"),
  };
}

/** Lets observers, timers and animation frames a component scheduled run (or be cancelled). */
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

describe("the counters", () => {
  it("see a leak when there is one (a control: 20 charts never destroyed)", async () => {
    const session = cdp();
    const container = document.createElement("div");
    document.body.append(container);
    const before = await measure(session);
    const kept = Array.from({ length: 20 }, () => {
      const inner = document.createElement("div");
      const handle = components.timeline!(inner, dataset);
      inner.remove(); // detached, but still referenced: exactly what a leak looks like
      return handle;
    });
    const after = await measure(session);
    for (const handle of kept) handle.destroy();
    container.remove();
    expect(after.nodes - before.nodes).toBeGreaterThan(bounds.nodes);
    expect(after.listeners - before.listeners).toBeGreaterThan(bounds.listeners);
  }, 60_000);
});

describe("creating and destroying each component 500 times (the dashboard 200)", () => {
  it.each(Object.keys(components))(
    "%s: no nodes, listeners or heap left behind",
    async (name) => {
      const create = components[name]!;
      const session = cdp();
      await session.send("HeapProfiler.enable");
      const container = document.createElement("div");
      container.style.width = "640px";
      document.body.append(container);
      const cycle = async (n: number) => {
        for (let i = 0; i < n; i++) {
          const handle = create(container, dataset);
          if (i % 50 === 0) await frame(); // let ResizeObservers and rAF callbacks fire sometimes
          handle.destroy();
        }
        await frame();
      };
      await cycle(20); // warm up: caches, lazily created stylesheets, JIT
      const before = await measure(session);
      await cycle(cycles);
      const after = await measure(session);
      container.remove();
      const growth = {
        nodes: after.nodes - before.nodes,
        listeners: after.listeners - before.listeners,
        heap: after.heap - before.heap,
      };
      record(name, growth);
      expect(container.childNodes.length).toBe(0);
      expect(after.windowListeners).toEqual(before.windowListeners);
      expect(after.documentListeners).toEqual(before.documentListeners);
      expect(growth.nodes).toBeLessThan(bounds.nodes);
      expect(growth.listeners).toBeLessThan(bounds.listeners);
      expect(growth.heap).toBeLessThan(bounds.heapBytes);
    },
    300_000,
  );

  it("<jointline-timeline>: adding and removing the element leaves nothing behind", async () => {
    await import("../../src/entries/embed");
    const session = cdp();
    const json = JSON.stringify(dataset);
    const cycle = async (n: number) => {
      for (let i = 0; i < n; i++) {
        const element = document.createElement("jointline-timeline") as HTMLElement & {
          ready: Promise<void>;
        };
        const script = document.createElement("script");
        script.type = "application/json";
        script.textContent = json;
        element.append(script);
        document.body.append(element);
        await element.ready;
        element.remove();
      }
      await frame();
    };
    await cycle(20);
    const before = await measure(session);
    await cycle(cycles);
    const after = await measure(session);
    const growth = {
      nodes: after.nodes - before.nodes,
      listeners: after.listeners - before.listeners,
      heap: after.heap - before.heap,
    };
    record("<jointline-timeline>", growth);
    expect(after.windowListeners).toEqual(before.windowListeners);
    expect(after.documentListeners).toEqual(before.documentListeners);
    expect(growth.nodes).toBeLessThan(bounds.nodes);
    expect(growth.listeners).toBeLessThan(bounds.listeners);
    expect(growth.heap).toBeLessThan(bounds.heapBytes);
  }, 300_000);
});

function record(name: string, growth: { nodes: number; listeners: number; heap: number }) {
  measured.push(
    `${name}: nodes ${growth.nodes >= 0 ? "+" : ""}${growth.nodes}, listeners ${growth.listeners >= 0 ? "+" : ""}${growth.listeners}, heap ${(growth.heap / 1024).toFixed(0)} KB`,
  );
}
