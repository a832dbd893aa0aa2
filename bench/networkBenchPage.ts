// The in-page half of the network benchmark (bench/network.bench.ts drives it through
// playwright-core): layout time, first render, and frames recorded while a node is dragged.
import { createNetwork, type NetworkHandle } from "../src/components/network/createNetwork";
import { layoutNetwork } from "../src/components/network/layout";
import { cooperationGraph } from "../src/derive/cooperationGraph";
import type { Dataset } from "../src/model";
import { syntheticNetworkDataset } from "./networkSynthetic";
import { afterNextPaint, type FrameRecording } from "./pages/runtime";

/** What the driver calls. */
export interface NetworkBenchPage {
  prepare(
    actors: number,
    edges: number,
    seed: number,
  ): { nodes: number; edges: number; graphMs: number };
  layout(seed: number): { layoutMs: number; ticks: number };
  render(seed: number): Promise<{ renderMs: number; nodes: number }>;
  /** Client coordinates of the centre of the node with the highest weighted degree. */
  hub(): { id: string; x: number; y: number };
  /** Where the hub is in the layout after a drag. */
  position(id: string): { x: number; y: number };
  startFrames(): void;
  stopFrames(): FrameRecording & { handlerMs: number[] };
  destroy(): void;
}

declare global {
  interface Window {
    __network?: NetworkBenchPage;
  }
}

const container = document.getElementById("chart") as HTMLElement;
let data: Dataset | undefined;
let handle: NetworkHandle | undefined;
let recording: FrameRecording = { frames: [], inputs: [], longTasks: [] };
let recordingOn = false;
const inputTypes = ["pointermove", "pointerdown", "pointerup"];
// A pointermove's handlers run between a capture listener on window (first) and a bubbling one
// on window (last): the difference is the time the network spends per move, script only.
const handlerMs: number[] = [];
let captured = 0;
const onInput = (event: Event) => {
  if (!recordingOn) return;
  recording.inputs.push({ type: event.type, time: event.timeStamp });
  if (event.type === "pointermove") captured = performance.now();
};
const afterInput = (event: Event) => {
  if (recordingOn && event.type === "pointermove" && captured)
    handlerMs.push(performance.now() - captured);
};
const frameLoop = (start: number) => {
  if (!recordingOn) return;
  const channel = new MessageChannel();
  channel.port1.onmessage = () => recording.frames.push({ start, end: performance.now() });
  channel.port2.postMessage(0);
  requestAnimationFrame(frameLoop);
};

window.__network = {
  prepare(actors, edges, seed) {
    data = syntheticNetworkDataset(actors, edges, seed);
    const t0 = performance.now();
    const graph = cooperationGraph(data);
    return {
      nodes: graph.nodes.length,
      edges: graph.edges.length,
      graphMs: performance.now() - t0,
    };
  },
  layout(seed) {
    if (!data) throw new Error("prepare() first");
    const graph = cooperationGraph(data);
    const t0 = performance.now();
    const layout = layoutNetwork(graph, { width: 900, height: 700, seed });
    const layoutMs = performance.now() - t0;
    return {
      layoutMs,
      ticks: Math.round(Math.min(300, Math.max(120, 45_000 / layout.nodes.length))),
    };
  },
  async render(seed) {
    if (!data) throw new Error("prepare() first");
    handle?.destroy();
    const t0 = performance.now();
    handle = createNetwork(container, data, {
      width: 900,
      height: 700,
      seed,
      duration: 0,
      playback: false,
      // The benchmark measures the whole 300-node graph, not the reduced dense view.
      showAll: true,
    });
    const t1 = await afterNextPaint();
    return { renderMs: t1 - t0, nodes: handle.layout.nodes.length };
  },
  hub() {
    if (!handle) throw new Error("render() first");
    const hub = [...handle.layout.nodes].sort((a, b) => b.weightedDegree - a.weightedDegree)[0]!;
    const g = container.querySelector(`g.jl-network-node[data-id="${hub.id}"]`)!;
    const box = g.getBoundingClientRect();
    return { id: hub.id, x: box.left + box.width / 2, y: box.top + box.height / 2 };
  },
  position(id) {
    const node = handle?.layout.nodes.find((d) => d.id === id);
    return { x: node?.x ?? Number.NaN, y: node?.y ?? Number.NaN };
  },
  startFrames() {
    recording = { frames: [], inputs: [], longTasks: [] };
    handlerMs.length = 0;
    recordingOn = true;
    for (const type of inputTypes)
      window.addEventListener(type, onInput, { capture: true, passive: true });
    window.addEventListener("pointermove", afterInput, { passive: true });
    requestAnimationFrame(frameLoop);
  },
  stopFrames() {
    recordingOn = false;
    for (const type of inputTypes) window.removeEventListener(type, onInput, { capture: true });
    window.removeEventListener("pointermove", afterInput);
    return { ...recording, handlerMs: [...handlerMs] };
  },
  destroy() {
    handle?.destroy();
    handle = undefined;
  },
};
