import type { CanvasCode } from "./canvasCode";
import { drawCanvas } from "./drawCanvas";

/**
 * The canvas layer's code, bundled with the timeline (the ESM build, Node, the tests). The
 * script-tag build reads this module as src/build/noCanvas.ts (vite.config.ts), so that its core
 * leaves the canvas layer to the `canvas` part.
 */
export const bundledCanvas: CanvasCode | undefined = { drawCanvas };
