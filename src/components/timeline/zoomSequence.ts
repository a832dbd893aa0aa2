import type { Scheduler } from "./scheduler";

/** Two zoomTo calls closer than this (ms) are one gesture (see {@link createZoomSequence}). */
export const ZOOM_SEQUENCE_MS = 200;

/**
 * Tells a zoomTo that is part of a sequence — one that follows another by a frame or more and
 * less than {@link ZOOM_SEQUENCE_MS} after that one's drawing ended: an animation, a brush dragged in a linked view, presentation
 * steps — from a single step. A sequence is drawn as a gesture is: on canvas until it stops, then
 * SVG marks (reused, a few hundred new ones per frame); `settle` runs once it has stopped for
 * {@link ZOOM_SEQUENCE_MS}. Calls in the same task (a loop of steps, a test) are separate steps,
 * each drawn in full, however long each draw takes.
 *
 * @example
 * const inSequence = createZoomSequence(() => performance.now(), scheduler, settle);
 * if (inSequence()) announceWindow(s); else draw(s);
 */
export function createZoomSequence(
  now: () => number,
  scheduler: Pick<Scheduler, "debounce">,
  settle: () => void,
): () => boolean {
  let last = Number.NEGATIVE_INFINITY;
  let inTask = false;
  return () => {
    const since = now() - last;
    // The flag is cleared after the task, at its microtask checkpoint, and the pause to the next
    // call counts from there: from the end of this step's drawing, not its start — else on a
    // slow machine (a draw over 200 ms) every step would look like a new one and be drawn in full,
    // slower still.
    const sameTask = inTask;
    inTask = true;
    queueMicrotask(() => {
      inTask = false;
      last = now();
    });
    if (sameTask || since > ZOOM_SEQUENCE_MS) return false;
    scheduler.debounce("zoom-sequence", ZOOM_SEQUENCE_MS, settle);
    return true;
  };
}
