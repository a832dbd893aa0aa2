import { createCodeSlot } from "../shared/codeSlot";
import type { attachZoom } from "./attachZoom";
import { bundledGesture } from "./bundledGesture";
import type { attachInput } from "./readerInput";

/**
 * The code a timeline runs only once a reader turns to its plot: the wheel, drag, pinch and
 * double-click zoom (d3-zoom's behaviour, with d3-drag, d3-dispatch and the double-click's
 * animation), attached by {@link attachZoom}, and what the pointer and keys do (hover tooltips
 * on marks and density bars, click to select, the chart's keys, the tooltip of a mark focus
 * moves onto), attached by {@link attachInput}. In the ESM build it is imported with the
 * timeline ({@link bundledGesture}) and attached with the plot; the script-tag build leaves it
 * out of the core and loads it as the `gesture` part (src/entries/parts/gesture.ts) on the first
 * pointerenter, focusin or touchstart on a plot (`interaction.ts`), which holds what a reader
 * does meanwhile and replays it when the part attaches. The view's transform, the selection and
 * focus stay the core's: `zoomTo`, `focus`, `select`, the zoom buttons, presentation steps and
 * linked views work before the part is here (`setTransform`, `zoomBy`, selection.ts).
 */
export interface GestureCode {
  attachZoom: typeof attachZoom;
  attachInput: typeof attachInput;
}

const slot = createCodeSlot<GestureCode>(bundledGesture, "gesture");

/**
 * The gesture code when it is here (always in the ESM build), else undefined: ask for it with
 * {@link loadGestureCode}.
 * @example gestureCode()?.attachInput(s, act, bag);
 */
export const gestureCode = slot.get;

/**
 * Sets how the gesture code is brought in where it is not bundled: the script-tag core loads
 * the `gesture` part (src/entries/iife.ts).
 * @example setGestureLoader(async () => (await loadPart("gesture")).code);
 */
export const setGestureLoader = slot.setLoader;

/**
 * The gesture code, loading it on the first call (see `CodeSlot.load`).
 * @example const { attachZoom } = await loadGestureCode();
 */
export const loadGestureCode = slot.load;
