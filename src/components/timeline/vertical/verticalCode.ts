import { createCodeSlot } from "../../shared/codeSlot";
import type { Disposables } from "../../shared/dispatch";
import type { TimelineActions, TimelineState } from "../state";
import { bundledVertical } from "./bundledVertical";

/**
 * The code of the vertical layout that `createTimeline` calls: in the ESM build it is imported
 * with the timeline ({@link bundledVertical}); the script-tag build leaves it out of the core
 * (a page wider than the breakpoint never runs it) and loads it as the `vertical` part the first
 * time a timeline turns vertical (src/entries/parts/vertical.ts, src/embed/parts.ts).
 */
export interface VerticalCode {
  attachVertical(s: TimelineState, act: TimelineActions, bag: Disposables): void;
  drawVertical(s: TimelineState): void;
  scrollToWindow(s: TimelineState, window: readonly [number, number]): void;
  /** Lays the rows out again around the selected event's details, and brings them into view. */
  revealDetails(s: TimelineState): void;
  /** The vertical layout's styles, adopted where the chart is once it is drawn vertically. */
  verticalCss: string;
}

const slot = createCodeSlot<VerticalCode>(bundledVertical, "vertical");

/**
 * The vertical layout's code when it is here (always in the ESM build), else undefined: ask
 * for it with {@link loadVerticalCode}.
 * @example const vertical = verticalCode();
 */
export const verticalCode = slot.get;

/**
 * Sets how the vertical layout's code is brought in where it is not bundled: the script-tag
 * core loads the `vertical` part (src/entries/iife.ts).
 * @example setVerticalLoader(async () => (await loadPart("vertical")).code);
 */
export const setVerticalLoader = slot.setLoader;

/**
 * The vertical layout's code, loading it on the first call (see `CodeSlot.load`).
 * @example const { drawVertical } = await loadVerticalCode();
 */
export const loadVerticalCode = slot.load;
