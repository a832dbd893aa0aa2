import { describe, expect, it, vi } from "vitest";
import {
  createScheduler,
  WARM_PACKINGS_MAX,
  warmPackings,
} from "../../../src/components/timeline/scheduler";

/** An afterPaint that queues tasks, run one at a time by the test (each with all the time it wants). */
function queue() {
  const tasks: (() => void)[] = [];
  return {
    tasks,
    afterPaint: (fn: (more: () => boolean) => void) => {
      tasks.push(() => fn(() => true));
    },
    runAll() {
      for (let k = 0; k < 100 && tasks.length; k++) tasks.shift()!();
    },
  };
}

describe("createScheduler", () => {
  it("createScheduler(null).afterFirstPaint(fn) runs fn once, soon, and cancelAll() stops it when pending", () => {
    vi.useFakeTimers();
    const scheduler = createScheduler(null);
    const ran: string[] = [];
    scheduler.afterFirstPaint(() => ran.push("a"));
    vi.advanceTimersByTime(1);
    scheduler.afterFirstPaint(() => ran.push("b"));
    scheduler.cancelAll();
    vi.advanceTimersByTime(10);
    vi.useRealTimers();
    expect(ran).toEqual(["a"]);
  });

  it("createScheduler(null).frame(fn) runs fn at once where there are no animation frames (Node)", () => {
    const fn = vi.fn();
    createScheduler(null).frame(fn);
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it("createScheduler(null).afterPaint(fn) runs soon, and cancelAll() stops what is pending", () => {
    vi.useFakeTimers();
    const scheduler = createScheduler(null);
    const ran: string[] = [];
    scheduler.afterPaint(() => ran.push("a"));
    vi.advanceTimersByTime(1);
    scheduler.afterPaint(() => ran.push("b"));
    scheduler.debounce("sources", 1, () => ran.push("c"));
    scheduler.cancelAll();
    vi.advanceTimersByTime(10);
    vi.useRealTimers();
    expect(ran).toEqual(["a"]);
  });

  it("createScheduler(null).debounce(key) keeps only the last call of a key", () => {
    vi.useFakeTimers();
    const scheduler = createScheduler(null);
    const ran: number[] = [];
    for (const k of [1, 2, 3]) scheduler.debounce("sources", 1, () => ran.push(k));
    scheduler.debounce("other", 1, () => ran.push(9));
    vi.advanceTimersByTime(10);
    vi.useRealTimers();
    expect(ran.sort()).toEqual([3, 9]);
  });
});

describe("warmPackings", () => {
  it("warmPackings(...) packs three levels from where marks first show, one idle task each", () => {
    const q = queue();
    const packed: number[] = [];
    warmPackings(
      q,
      { n: 8000, densityThreshold: 2000, k: 1 },
      () => true,
      (l) => packed.push(l),
    );
    expect(packed).toEqual([]);
    q.tasks.shift()!();
    expect(packed).toEqual([2]);
    q.runAll();
    // 8,000 events / 2^2 = 2,000 in view: marks from level 2 on.
    expect(packed).toEqual([2, 3, 4]);
  });

  it("warmPackings(...) starts at the current zoom level when it is deeper", () => {
    const q = queue();
    const packed: number[] = [];
    warmPackings(
      q,
      { n: 100, densityThreshold: 2000, k: 9 },
      () => true,
      (l) => packed.push(l),
    );
    q.runAll();
    expect(packed).toEqual([3, 4, 5]);
  });

  it("warmPackings(...) stops once its packings are replaced (new data or size)", () => {
    const q = queue();
    const packed: number[] = [];
    let current = true;
    warmPackings(
      q,
      { n: 100, densityThreshold: 2000, k: 1 },
      () => current,
      (l) => packed.push(l),
    );
    q.tasks.shift()!();
    current = false;
    q.runAll();
    expect(packed).toEqual([0]);
  });

  it("warmPackings(...) gives a level that is not complete the next idle task, then goes on", () => {
    const q = queue();
    const slices: number[] = [];
    const left = new Map([[2, 2]]);
    warmPackings(
      q,
      { n: 8000, densityThreshold: 2000, k: 1 },
      () => true,
      (l) => {
        slices.push(l);
        const n = left.get(l) ?? 0;
        left.set(l, n - 1);
        return n <= 0;
      },
    );
    q.runAll();
    // Level 2 took three slices (two returned false), levels 3 and 4 one each.
    expect(slices).toEqual([2, 2, 2, 3, 4]);
  });

  it("createScheduler(null).afterPaint(fn) gives fn a more() that allows all the work (no idle periods in Node)", () => {
    vi.useFakeTimers();
    const seen: boolean[] = [];
    createScheduler(null).afterPaint((more) => seen.push(more()));
    vi.advanceTimersByTime(1);
    vi.useRealTimers();
    expect(seen).toEqual([true]);
  });

  it("warmPackings(...) leaves empty and very large datasets to be packed on demand", () => {
    const q = queue();
    const pack = vi.fn();
    warmPackings(q, { n: 0, densityThreshold: 2000, k: 1 }, () => true, pack);
    warmPackings(q, { n: WARM_PACKINGS_MAX + 1, densityThreshold: 2000, k: 1 }, () => true, pack);
    q.runAll();
    expect(pack).not.toHaveBeenCalled();
    expect(q.tasks).toEqual([]);
  });
});
