import { createCodeSlot } from "../shared/codeSlot";
import { bundledOverview } from "./bundledOverview";
import type { drawOverview, moveOverviewBrush } from "./overviewDraw";

/**
 * The code of a timeline's mini-overview and its brush (`overview: true`, off by default; on in
 * a dashboard): in the ESM build it is imported with the timeline ({@link bundledOverview}); the
 * script-tag build leaves it out of the core and loads it as the `overview` part
 * (src/entries/parts/overview.ts), or gets it from the dashboard part, which carries it.
 */
export interface OverviewCode {
  drawOverview: typeof drawOverview;
  moveOverviewBrush: typeof moveOverviewBrush;
}

const slot = createCodeSlot<OverviewCode>(bundledOverview, "overview");

/**
 * The overview's code when it is here (always in the ESM build), else undefined: ask for it
 * with {@link loadOverviewCode}.
 * @example overviewCode()?.moveOverviewBrush(s);
 */
export const overviewCode = slot.get;

/**
 * Gives the overview's code (a part that carries it: the dashboard's).
 * @example provideOverviewCode({ drawOverview, moveOverviewBrush });
 */
export const provideOverviewCode = slot.provide;

/**
 * Sets how the overview's code is brought in where it is not bundled: the script-tag core loads
 * the `overview` part (src/entries/iife.ts).
 * @example setOverviewLoader(async () => (await loadPart("overview")).code);
 */
export const setOverviewLoader = slot.setLoader;

/**
 * The overview's code, loading it on the first call (see `CodeSlot.load`).
 * @example const { drawOverview } = await loadOverviewCode();
 */
export const loadOverviewCode = slot.load;
