import { describe, expect, it } from "vitest";
import {
  createZoomSequence,
  ZOOM_SEQUENCE_MS,
} from "../../../src/components/timeline/zoomSequence";

/** A clock the test moves, and a debounce that records what it was asked to run. */
function harness() {
  let now = 0;
  const debounced: { key: string; ms: number; fn: () => void }[] = [];
  let settled = 0;
  const inSequence = createZoomSequence(
    () => now,
    { debounce: (key, ms, fn) => void debounced.push({ key, ms, fn }) },
    () => {
      settled++;
    },
  );
  return {
    inSequence,
    debounced,
    settled: () => settled,
    advance: (ms: number) => {
      now += ms;
    },
  };
}

/** Lets the task end (its microtask checkpoint), as a frame or a timer between calls would. */
const nextTask = () => new Promise<void>((done) => setTimeout(done, 0));

describe("createZoomSequence", () => {
  it("a single zoomTo is a step of its own, drawn in full, and nothing waits to settle", async () => {
    const h = harness();
    expect(h.inSequence()).toBe(false);
    await nextTask();
    expect(h.debounced).toEqual([]);
  });

  it("calls a frame apart and closer than ZOOM_SEQUENCE_MS are a sequence that settles once quiet", async () => {
    const h = harness();
    expect(h.inSequence()).toBe(false);
    for (let i = 0; i < 5; i++) {
      await nextTask();
      h.advance(16);
      expect(h.inSequence()).toBe(true);
    }
    // Each call in the sequence pushes the settle back (one debounce key).
    expect(h.debounced.map((d) => [d.key, d.ms])).toEqual(
      Array.from({ length: 5 }, () => ["zoom-sequence", ZOOM_SEQUENCE_MS]),
    );
    h.debounced.at(-1)!.fn();
    expect(h.settled()).toBe(1);
  });

  it("calls in the same task are separate steps, however close in time", () => {
    const h = harness();
    expect([h.inSequence(), h.inSequence(), h.inSequence()]).toEqual([false, false, false]);
    expect(h.debounced).toEqual([]);
  });

  it("a call after a pause longer than ZOOM_SEQUENCE_MS starts afresh", async () => {
    const h = harness();
    h.inSequence();
    await nextTask();
    h.advance(ZOOM_SEQUENCE_MS + 1);
    expect(h.inSequence()).toBe(false);
    await nextTask();
    h.advance(ZOOM_SEQUENCE_MS);
    expect(h.inSequence()).toBe(true);
  });

  it("the pause counts from the end of the previous step's drawing: slow steps still make a sequence", async () => {
    const h = harness();
    expect(h.inSequence()).toBe(false);
    // The step's drawing takes longer than ZOOM_SEQUENCE_MS (a slow machine); the next call comes
    // a frame after it ended.
    h.advance(ZOOM_SEQUENCE_MS * 2);
    await nextTask();
    h.advance(16);
    expect(h.inSequence()).toBe(true);
    h.advance(ZOOM_SEQUENCE_MS * 2);
    await nextTask();
    h.advance(16);
    expect(h.inSequence()).toBe(true);
  });
});
