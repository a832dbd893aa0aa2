import { createDisposables } from "../shared/dispatch";
import { zoomLevel } from "./scale";

/**
 * Datasets up to this many events get the row packings of the first zoom levels that show
 * marks made while the page is idle after a paint ({@link WARM_LEVELS} of them, one idle task
 * each): otherwise the first wheel step into marks measures every label and packs every row in
 * one frame (~95 ms at 10,000 events in Chromium, bench/FINDINGS.md §9). Larger datasets are
 * packed on demand, as a level is reached.
 */
export const WARM_PACKINGS_MAX = 20_000;
const WARM_LEVELS = 3;
/** Idle work waits until no frame has been asked for this long (ms): see `afterPaint`. */
const QUIET_MS = 200;
/**
 * The most time (ms) one idle task's `more()` allows (see `afterPaint`): an idle period can be
 * 50 ms long, and input that comes meanwhile waits for the task to end.
 */
export const IDLE_SLICE_MS = 8;

/**
 * When the timeline's work runs: the next animation frame (one draw per frame however many
 * zoom events come), idle time after a paint (work nobody sees at first), and timers. Every
 * pending task is cancelled by {@link Scheduler.cancelAll} (a rebuild) — nothing outlives the
 * chart.
 */
export interface Scheduler {
  /** Runs `fn` in the next animation frame, once however often it is asked before (at once without frames: Node). */
  frame(fn: () => void): void;
  /** Cancels the pending frame, if any. */
  cancelFrame(): void;
  /**
   * Runs `fn` once the next frame has been painted, when the page is idle (within a second), so
   * work nobody sees at first (the hidden table, the long summary) neither delays the first
   * paint nor the first input after it. Soon, without animation frames (Node). `fn` may cut its
   * work in slices: `more()` is true while this idle period lasts (at most
   * {@link IDLE_SLICE_MS}; always true in Node), and `fn` queues the rest with another call.
   */
  afterPaint(fn: (more: () => boolean) => void): void;
  /**
   * Runs `fn` once, in a task of its own soon after the next paint, without waiting for an idle
   * period as {@link Scheduler.afterPaint} does: for work that the first frame of a gesture
   * started right after the chart appeared would otherwise do itself (the canvas). An idle
   * period often came only after that first frame, which then made the canvas itself (a 50–70 ms
   * frame at 100 events); a task after the paint runs before a reader's first wheel or drag
   * almost always. Soon, without animation frames (Node).
   */
  afterFirstPaint(fn: () => void): void;
  /** Runs `fn` after `ms`, replacing the pending call of the same `key`. */
  debounce(key: string, ms: number, fn: () => void): void;
  /** Cancels every idle task and timer (not the frame). */
  cancelAll(): void;
}

/** The part of the Prioritized Task Scheduling API used here (Chromium, Firefox). */
interface BackgroundPoster {
  postTask(
    fn: () => void,
    options: { priority: "background"; signal: AbortSignal },
  ): Promise<unknown>;
}

/**
 * A {@link Scheduler} on a window (or none, in Node).
 *
 * @example
 * const scheduler = createScheduler(document.defaultView);
 * scheduler.frame(draw);
 */
export function createScheduler(view: (Window & typeof globalThis) | null): Scheduler {
  const bag = createDisposables();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let frame = 0;
  let frameFn: (() => void) | undefined;
  /** When a frame was last asked for: a zoom, pan, hover or mark-building frame. */
  let lastFrameAsked = Number.NEGATIVE_INFINITY;
  const now = () => view?.performance?.now() ?? 0;
  const raf = view?.requestAnimationFrame?.bind(view);
  const later = (fn: () => void) => {
    const handle = setTimeout(fn, 0);
    bag.add(() => clearTimeout(handle));
  };
  const always = () => true;
  return {
    frame(fn) {
      frameFn = fn;
      lastFrameAsked = now();
      if (frame) return;
      if (!raf) {
        fn();
        return;
      }
      frame = raf(() => {
        frame = 0;
        frameFn?.();
      });
    },
    cancelFrame() {
      if (frame) view?.cancelAnimationFrame?.(frame);
      frame = 0;
    },
    afterPaint(fn) {
      if (!raf) {
        later(() => fn(always));
        return;
      }
      const idle = view?.requestIdleCallback?.bind(view);
      const queue = () => {
        const handle = raf(() => {
          if (idle) {
            const task = idle(run, { timeout: 1000 });
            bag.add(() => view?.cancelIdleCallback(task));
          } else later(() => run());
        });
        bag.add(() => view?.cancelAnimationFrame(handle));
      };
      // Idle work yields to input: while the chart is drawing frames for a gesture (or asked
      // for one within QUIET_MS), it waits for the next quiet moment instead of running between
      // two of its frames (an idle callback's timeout would otherwise run it mid-gesture).
      const run = (deadline?: IdleDeadline) => {
        if (now() - lastFrameAsked < QUIET_MS) {
          queue();
          return;
        }
        // A slice: the idle period left (none when the timeout fired: one step), capped.
        const budget = deadline ? Math.min(IDLE_SLICE_MS, deadline.timeRemaining()) : 4;
        const until = now() + budget;
        fn(() => now() < until);
      };
      queue();
    },
    afterFirstPaint(fn) {
      if (!raf) {
        later(fn);
        return;
      }
      // The frame callback runs before the paint; a task posted from it runs after. At
      // background priority (where the browser has scheduler.postTask): after the page's own
      // tasks that follow the paint (a page timing its first render, say), before any idle period.
      const tasks = (view as { scheduler?: BackgroundPoster } | null)?.scheduler;
      const handle = raf(() => {
        if (!tasks?.postTask) return later(fn);
        const controller = new AbortController();
        bag.add(() => controller.abort());
        tasks.postTask(fn, { priority: "background", signal: controller.signal }).catch(() => {});
      });
      bag.add(() => view?.cancelAnimationFrame(handle));
    },
    debounce(key, ms, fn) {
      const pending = timers.get(key);
      if (pending) clearTimeout(pending);
      timers.set(
        key,
        setTimeout(() => {
          timers.delete(key);
          fn();
        }, ms),
      );
    },
    cancelAll() {
      bag.dispose();
      for (const handle of timers.values()) clearTimeout(handle);
      timers.clear();
    },
  };
}

/**
 * Packs, in idle slices, the zoom levels where marks first replace counts (see
 * {@link WARM_PACKINGS_MAX}), from the current zoom `k`; stops when `current()` turns false
 * (the data or the size changed: new packings). `pack(level, more)` packs while `more()` is
 * true and returns false when the level is not complete yet (it gets the next idle slice);
 * anything else counts as done. Every slice waits while the chart draws frames (input).
 *
 * @example
 * warmPackings(scheduler, { n: 5000, densityThreshold: 2000, k: 1 }, () => packings === mine, (level, more) => packSlice(s, level, more));
 */
export function warmPackings(
  scheduler: Pick<Scheduler, "afterPaint">,
  { n, densityThreshold, k }: { n: number; densityThreshold: number; k: number },
  current: () => boolean,
  pack: (level: number, more: () => boolean) => unknown,
): void {
  if (n === 0 || n > WARM_PACKINGS_MAX) return;
  // About n / 2^level events are in view at zoom level `level`: marks from this level on.
  const marksFrom =
    densityThreshold > 0 ? Math.floor(Math.log2(Math.max(1, n / densityThreshold))) : 0;
  const first = Math.max(zoomLevel(k), marksFrom);
  let level = first;
  const next = (more?: () => boolean) => {
    if (!current() || level >= first + WARM_LEVELS) return;
    if (pack(level, more ?? (() => true)) !== false) level++;
    scheduler.afterPaint(next);
  };
  scheduler.afterPaint(next);
}
