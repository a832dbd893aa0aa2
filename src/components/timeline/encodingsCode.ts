import type { sequentialScale } from "../../derive/sequentialScale";
import { createCodeSlot } from "../shared/codeSlot";
import { bundledEncodings } from "./bundledEncodings";
import type { encodeSizes } from "./encodeSizes";
import type { ResolvedTimelineOptions } from "./options";
import type { renderSizeLegend } from "./sizeLegend";

/**
 * The code of a timeline's optional encodings: marks sized by a figure (`sizeBy`, with its
 * legend) and the sequential time scale that compresses quiet years (`scale: "sequential"`).
 * In the ESM build it is imported with the timeline ({@link bundledEncodings}); the script-tag
 * build leaves it out of the core (V8 coverage: a plain timeline page never runs it) and loads
 * it as the `encodings` part (src/entries/parts/encodings.ts), which an element loads before
 * drawing a timeline whose options ask for it (src/embed/timelineParts.ts). A chart made from
 * code before it is here draws without them, then again with them when it arrives.
 */
export interface EncodingsCode {
  encodeSizes: typeof encodeSizes;
  sequentialScale: typeof sequentialScale;
  renderSizeLegend: typeof renderSizeLegend;
}

const slot = createCodeSlot<EncodingsCode>(bundledEncodings, "encodings");

/**
 * The encodings' code when it is here (always in the ESM build), else undefined: ask for it
 * with {@link loadEncodingsCode}.
 * @example encodingsCode()?.encodeSizes(events, opts);
 */
export const encodingsCode = slot.get;

/**
 * Sets how the encodings' code is brought in where it is not bundled: the script-tag core loads
 * the `encodings` part (src/entries/iife.ts).
 * @example setEncodingsLoader(async () => (await loadPart("encodings")).code);
 */
export const setEncodingsLoader = slot.setLoader;

/**
 * The encodings' code, loading it on the first call (see `CodeSlot.load`).
 * @example const { encodeSizes } = await loadEncodingsCode();
 */
export const loadEncodingsCode = slot.load;

/**
 * Whether options ask for the encodings' code: `sizeBy` set, or the sequential time scale.
 * @example needsEncodings({ sizeBy: "arrests" }); // true
 */
export function needsEncodings(
  opts: Partial<Pick<ResolvedTimelineOptions, "sizeBy" | "scale">>,
): boolean {
  return opts.sizeBy !== undefined || opts.scale === "sequential";
}
