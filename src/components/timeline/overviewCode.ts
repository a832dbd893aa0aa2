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

let code: OverviewCode | undefined = bundledOverview;
let loader: (() => Promise<OverviewCode>) | undefined;
let pending: Promise<OverviewCode> | undefined;

/**
 * The overview's code when it is here (always in the ESM build), else undefined: ask for it
 * with {@link loadOverviewCode}.
 * @example overviewCode()?.moveOverviewBrush(s);
 */
export function overviewCode(): OverviewCode | undefined {
  return code;
}

/**
 * Gives the overview's code (a part that carries it: the dashboard's).
 * @example provideOverviewCode({ drawOverview, moveOverviewBrush });
 */
export function provideOverviewCode(given: OverviewCode): void {
  code ??= given;
}

/**
 * Sets how the overview's code is brought in where it is not bundled: the script-tag core loads
 * the `overview` part (src/entries/iife.ts).
 * @example setOverviewLoader(async () => (await loadPart("overview")).code);
 */
export function setOverviewLoader(load: () => Promise<OverviewCode>): void {
  loader = load;
}

/**
 * The overview's code, loading it on the first call (later calls share that load). Rejects with
 * the loader's error (the part that could not load, and from where); a later call tries again.
 * @example const { drawOverview } = await loadOverviewCode();
 */
export function loadOverviewCode(): Promise<OverviewCode> {
  if (code) return Promise.resolve(code);
  if (!loader) return Promise.reject(new Error("The overview is not loaded and has no loader."));
  pending ??= loader().then(
    (loaded) => {
      code ??= loaded;
      return code;
    },
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}
