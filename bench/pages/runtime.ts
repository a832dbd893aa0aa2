// The in-page half of the harness: every benchmark page installs one adapter with this module,
// and the Node driver (bench/browserBench.ts) calls `window.__bench` through playwright.
import { type SyntheticEvent, syntheticEvents } from "../syntheticDataset";

/** What a page must provide for one library. */
export interface BenchAdapter<Data> {
  /** Library name, as in the result tables. */
  name: string;
  /** Converts the synthetic events to the library's input (not timed as render). */
  convert(events: readonly SyntheticEvent[]): Data;
  /**
   * Renders into `container` and resolves once the library has drawn its marks (its own "ready"
   * signal, or the marks appearing in the DOM). The driver then waits for the next paint.
   */
  render(container: HTMLElement, data: Data): Promise<void> | void;
  /** Optional: a short description of what the page drew (mark counts), for a sanity check. */
  describe?(container: HTMLElement): Record<string, number | string>;
  /**
   * Shows the time window [start, end] (ms since the epoch) through the library's own API, as a
   * linked view, a "zoom to" button or a presentation step would; without animation where the
   * library allows. Missing when the library has no such API (the programmatic zoom is then
   * reported as not available).
   */
  zoomTo?(start: number, end: number): void;
  /** Tears the last chart down (listeners, timers), where the library can. */
  destroy?(): void;
}

/** One frame seen while the driver sends input. */
export interface FrameSample {
  /** The frame's start (requestAnimationFrame timestamp), ms. */
  start: number;
  /** When the frame's rendering finished (a message posted from its rAF callback), ms. */
  end: number;
}

/** A long task (> 50 ms on the main thread) reported by the Long Tasks API. */
export interface LongTaskSample {
  start: number;
  duration: number;
}

/** What the driver reads back after an interaction. */
export interface FrameRecording {
  frames: FrameSample[];
  /**
   * `event.timeStamp` of each input event of the kinds the driver sends; for a programmatic
   * zoom (type `programmatic`), `performance.now()` just before the library's call.
   */
  inputs: { type: string; time: number }[];
  /** Long tasks that started while recording (PerformanceObserver, type `longtask`). */
  longTasks: LongTaskSample[];
}

/** The page API the Node driver calls. */
export interface BenchPage {
  name: string;
  prepare(n: number, seed: number): { prepareMs: number; events: number };
  render(): Promise<{ renderMs: number }>;
  /**
   * Renders the same data again into a fresh container that replaces the first (same id and
   * size): a second chart on the same page, with the library's code already compiled. The
   * first chart is detached, not destroyed (not every library has a destroy).
   */
  renderAgain(): Promise<{ renderMs: number }>;
  countNodes(): number;
  describe(): Record<string, number | string>;
  startFrames(): void;
  stopFrames(): FrameRecording;
  /** Whether the library has a programmatic zoom (`BenchAdapter.zoomTo`). */
  canZoomTo(): boolean;
  /**
   * `steps` programmatic zooms, one every ~16 ms (a timer after each call): step i shows the
   * middle 0.8^i of the data's time range, from the whole range in. Record frames around it.
   */
  zoomProgrammatically(steps: number): Promise<void>;
}

declare global {
  interface Window {
    __bench?: BenchPage;
    __benchError?: string;
  }
}

/**
 * Resolves after the next frame has been rendered: a rAF callback runs just before the frame's
 * style, layout and paint, and a message posted from it is delivered once that work is done.
 */
export function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    });
  });
}

/**
 * Resolves when `test()` holds, checked after each DOM mutation batch in `root` (and at once),
 * so "the marks are in the DOM" is seen without polling delays.
 */
export function whenDom(root: Node, test: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    if (test()) return resolve();
    const observer = new MutationObserver(() => {
      if (test()) {
        observer.disconnect();
        resolve();
      }
    });
    observer.observe(root, { childList: true, subtree: true, attributes: true });
  });
}

/** Counts elements in the document, including those inside shadow roots. */
function countElements(root: Document | ShadowRoot): number {
  let count = 0;
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    count++;
    const shadow = (node as Element).shadowRoot;
    if (shadow) count += countElements(shadow);
  }
  return count;
}

const inputTypes = ["wheel", "pointerdown", "pointermove", "pointerup", "click"];

/**
 * Installs `adapter` as `window.__bench`. The page's container is `#chart`, 1200 × 600 px.
 * @example installBench({ name: "vis-timeline", convert: toVisTimeline, render: … });
 */
export function installBench<Data>(adapter: BenchAdapter<Data>): void {
  let container = document.getElementById("chart") as HTMLElement;
  let data: Data | undefined;
  let domain: [number, number] = [0, 1];
  let recording: FrameRecording = { frames: [], inputs: [], longTasks: [] };
  let longTaskObserver: PerformanceObserver | undefined;
  let recordingOn = false;
  const onInput = (event: Event) => {
    if (recordingOn) recording.inputs.push({ type: event.type, time: event.timeStamp });
  };
  const frameLoop = (start: number) => {
    if (!recordingOn) return;
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      recording.frames.push({ start, end: performance.now() });
    };
    channel.port2.postMessage(0);
    requestAnimationFrame(frameLoop);
  };
  window.__bench = {
    name: adapter.name,
    prepare(n, seed) {
      const t0 = performance.now();
      const events = syntheticEvents(n, seed);
      let lo = Number.POSITIVE_INFINITY;
      let hi = Number.NEGATIVE_INFINITY;
      for (const e of events) {
        lo = Math.min(lo, e.start);
        hi = Math.max(hi, e.end ?? e.start);
      }
      domain = [lo, hi + 86_400_000];
      data = adapter.convert(events);
      return { prepareMs: performance.now() - t0, events: n };
    },
    async render() {
      if (data === undefined) throw new Error("prepare() first");
      const t0 = performance.now();
      await adapter.render(container, data);
      const t1 = await afterNextPaint();
      return { renderMs: t1 - t0 };
    },
    async renderAgain() {
      if (data === undefined) throw new Error("prepare() first");
      adapter.destroy?.();
      const fresh = container.cloneNode(false) as HTMLElement;
      container.replaceWith(fresh);
      container = fresh;
      await afterNextPaint();
      const t0 = performance.now();
      await adapter.render(container, data);
      const t1 = await afterNextPaint();
      return { renderMs: t1 - t0 };
    },
    countNodes: () => countElements(document),
    describe: () => adapter.describe?.(container) ?? {},
    startFrames() {
      recording = { frames: [], inputs: [], longTasks: [] };
      recordingOn = true;
      const tasks = recording.longTasks;
      longTaskObserver = new PerformanceObserver((list) => {
        for (const entry of list.getEntries())
          tasks.push({ start: entry.startTime, duration: entry.duration });
      });
      longTaskObserver.observe({ type: "longtask" });
      // Capture on window runs before any library handler, and `passive` keeps it from
      // changing how the library's own (non-passive) handlers behave.
      for (const type of inputTypes)
        window.addEventListener(type, onInput, { capture: true, passive: true });
      requestAnimationFrame(frameLoop);
    },
    stopFrames() {
      recordingOn = false;
      // Entries still queued (a task that just ended) are delivered by takeRecords.
      for (const entry of longTaskObserver?.takeRecords() ?? [])
        recording.longTasks.push({ start: entry.startTime, duration: entry.duration });
      longTaskObserver?.disconnect();
      longTaskObserver = undefined;
      for (const type of inputTypes) window.removeEventListener(type, onInput, { capture: true });
      return recording;
    },
    canZoomTo: () => adapter.zoomTo !== undefined,
    async zoomProgrammatically(steps) {
      const zoomTo = adapter.zoomTo;
      if (!zoomTo) throw new Error(`${adapter.name} has no programmatic zoom`);
      const [lo, hi] = domain;
      const middle = (lo + hi) / 2;
      for (let i = 1; i <= steps; i++) {
        const half = ((hi - lo) * 0.8 ** i) / 2;
        if (recordingOn) recording.inputs.push({ type: "programmatic", time: performance.now() });
        zoomTo.call(adapter, middle - half, middle + half);
        await new Promise((resolve) => setTimeout(resolve, 16));
      }
    },
  };
}

/** Records an error thrown while the page set itself up, for the driver to report. */
export function reportSetupError(error: unknown): void {
  window.__benchError = error instanceof Error ? `${error.message}\n${error.stack}` : String(error);
}
