import { createCodeSlot } from "../shared/codeSlot";
import { bundledCanvas } from "./bundledCanvas";
import type { drawCanvas } from "./drawCanvas";

/**
 * The code of the canvas layer that `draw` uses past `canvasThreshold` events in view, or while
 * a frame's SVG marks are still being built (more than `MARKS_PER_FRAME` in view): in the ESM
 * build it is imported with the timeline ({@link bundledCanvas}); the script-tag build leaves it
 * out of the core (a chart of a hundred events never draws on a canvas) and loads it as the
 * `canvas` part (src/entries/parts/canvas.ts, src/embed/parts.ts). Until it is here a frame
 * draws every SVG mark at once, never a half-drawn chart.
 */
export interface CanvasCode {
  drawCanvas: typeof drawCanvas;
}

const slot = createCodeSlot<CanvasCode>(bundledCanvas, "canvas");

/**
 * The canvas layer's code when it is here (always in the ESM build), else undefined: ask for it
 * with {@link loadCanvasCode}.
 * @example if (canvasCode()) drawOnCanvas();
 */
export const canvasCode = slot.get;

/**
 * Whether the canvas layer's code is here; when it is not and `needed`, its load starts (for a
 * later frame: this one draws without it).
 * @example const budget = canvasHere(marks > MARKS_PER_FRAME) ? MARKS_PER_FRAME : Infinity;
 */
export function canvasHere(needed: boolean): boolean {
  if (slot.get()) return true;
  if (needed) slot.load().catch(() => {});
  return false;
}

/**
 * Sets how the canvas layer's code is brought in where it is not bundled: the script-tag core
 * loads the `canvas` part (src/entries/iife.ts).
 * @example setCanvasLoader(async () => (await loadPart("canvas")).code);
 */
export const setCanvasLoader = slot.setLoader;

/**
 * The canvas layer's code, loading it on the first call (see `CodeSlot.load`).
 * @example const { drawCanvas } = await loadCanvasCode();
 */
export const loadCanvasCode = slot.load;
