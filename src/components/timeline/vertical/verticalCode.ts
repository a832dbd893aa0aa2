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
  /** The vertical layout's styles, adopted where the chart is once it is drawn vertically. */
  verticalCss: string;
}

let code: VerticalCode | undefined = bundledVertical;
let loader: (() => Promise<VerticalCode>) | undefined;
let pending: Promise<VerticalCode> | undefined;

/**
 * The vertical layout's code when it is here (always in the ESM build), else undefined: ask
 * for it with {@link loadVerticalCode}.
 * @example const vertical = verticalCode();
 */
export function verticalCode(): VerticalCode | undefined {
  return code;
}

/**
 * Sets how the vertical layout's code is brought in where it is not bundled: the script-tag
 * core loads the `vertical` part (src/entries/iife.ts).
 * @example setVerticalLoader(async () => (await loadPart("vertical")).code);
 */
export function setVerticalLoader(load: () => Promise<VerticalCode>): void {
  loader = load;
}

/**
 * The vertical layout's code, loading it on the first call (later calls share that load).
 * Rejects with the loader's error (the part that could not load, and from where); a later call
 * tries again.
 * @example const { drawVertical } = await loadVerticalCode();
 */
export function loadVerticalCode(): Promise<VerticalCode> {
  if (code) return Promise.resolve(code);
  if (!loader)
    return Promise.reject(new Error("The vertical layout is not loaded and has no loader."));
  pending ??= loader().then(
    (loaded) => {
      code = loaded;
      return loaded;
    },
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
