import { createCodeSlot } from "../components/shared/codeSlot";
import { bundledOriginCheck } from "./bundledOriginCheck";
import type { dataOriginProblem, dataOriginRefusal } from "./dataOrigins";
import type { frameAllowedOrigins } from "./frameAllowedOrigins";

/**
 * The iframe page's check of where its data may come from (`allowedOrigins` of
 * `loadEmbedData`): in the ESM build it is imported with the elements
 * ({@link bundledOriginCheck}); the script-tag build leaves it, and its words, to the `frame`
 * part, which provides it when it runs — only `<jointline-frame>` sets `allowedOrigins`, after
 * its part is here.
 */
export interface OriginCheck {
  dataOriginProblem: typeof dataOriginProblem;
  dataOriginRefusal: typeof dataOriginRefusal;
  frameAllowedOrigins: typeof frameAllowedOrigins;
}

const slot = createCodeSlot<OriginCheck>(bundledOriginCheck, "frame");

/**
 * Gives the check (the frame part, when it runs).
 * @example provideOriginCheck({ dataOriginProblem, dataOriginRefusal, frameAllowedOrigins });
 */
export const provideOriginCheck = slot.provide;

/**
 * Sets how the check is brought in where it is not bundled: the script-tag core loads the
 * `frame` part (src/entries/iife.ts).
 * @example setOriginCheckLoader(async () => { await loadPart("frame"); return originCheck()!; });
 */
export const setOriginCheckLoader = slot.setLoader;

/** The check when it is here, else undefined. */
export const originCheck = slot.get;

/**
 * The check, loading it on the first call (see `CodeSlot.load`).
 * @example const { dataOriginProblem } = await loadOriginCheck();
 */
export const loadOriginCheck = slot.load;
