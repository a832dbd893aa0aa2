import { zoomIdentity } from "d3-zoom";
import { announceWindow } from "./draw";
import { applyWindow, setTransform } from "./interaction";
import type { Scheduler } from "./scheduler";
import type { TimelineState } from "./state";
import { createZoomSequence } from "./zoomSequence";

/** `[start, end]` in time order, whichever way it was given. */
export function ordered(window: readonly [number, number]): readonly [number, number] {
  return window[0] <= window[1] ? window : [window[1], window[0]];
}

/**
 * The horizontal timeline's `zoomTo(window)` (`null`: the whole range). A single call is drawn
 * at once, through the same path as a gesture's frames (at most a few hundred new marks now,
 * the rest in the next frames), so linked views and tests read the new window from the DOM
 * right after it. Calls that come as a sequence (see `createZoomSequence`: an animation, a brush
 * dragged in a linked view, presentation steps) are drawn as a wheel gesture is: once per frame
 * however fast they come, on canvas, lanes growing but never shrinking, until the sequence
 * settles; linked views hear of each window at once.
 *
 * @example
 * const zoomTo = createProgrammaticZoom(s, scheduler, { drawPlot, scheduleDraw, scheduleSources });
 * zoomTo([Date.UTC(2019, 0, 1), Date.UTC(2021, 0, 1)]);
 */
export function createProgrammaticZoom(
  s: TimelineState,
  scheduler: Scheduler,
  draws: { drawPlot: () => void; scheduleDraw: () => void; scheduleSources: () => void },
): (window: readonly [number, number] | null) => void {
  const inZoomSequence = createZoomSequence(
    () => s.view?.performance?.now() ?? 0,
    scheduler,
    () => {
      s.gesture = false;
      s.minRows = new Map();
      draws.scheduleDraw();
      draws.scheduleSources();
    },
  );
  return (window) => {
    const inSequence = inZoomSequence();
    const minRows = s.minRows;
    if (!window) setTransform(s, zoomIdentity);
    else applyWindow(s, ordered(window));
    // After the zoom behaviour's start and end events, which reset the gesture flag and the
    // rows lanes keep: in a sequence, as in a gesture, lanes grow but never shrink.
    if (inSequence) {
      s.gesture = true;
      s.minRows = minRows;
    }
    // In a sequence the zoom event asked for the frame's draw.
    if (inSequence && s.view?.requestAnimationFrame) {
      announceWindow(s);
      return;
    }
    scheduler.cancelFrame();
    draws.drawPlot();
  };
}
