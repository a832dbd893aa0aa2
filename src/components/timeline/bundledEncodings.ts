import { sequentialScale } from "../../derive/sequentialScale";
import { encodeSizes } from "./encodeSizes";
import type { EncodingsCode } from "./encodingsCode";
import { renderSizeLegend } from "./sizeLegend";

/**
 * The optional encodings' code, bundled with the timeline (the ESM build, Node, the tests). The
 * script-tag build reads this module as src/build/noEncodings.ts (vite.config.ts), so that its
 * core leaves sized marks and the sequential scale to the `encodings` part.
 */
export const bundledEncodings: EncodingsCode | undefined = {
  encodeSizes,
  sequentialScale,
  renderSizeLegend,
};
