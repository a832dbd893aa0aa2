import { dataOriginProblem, dataOriginRefusal } from "./dataOrigins";
import { frameAllowedOrigins } from "./frameAllowedOrigins";
import type { OriginCheck } from "./originCheck";

/**
 * The iframe page's origin check, bundled with the elements (the ESM build, Node, the tests).
 * The script-tag build reads this module as src/build/noOriginCheck.ts (vite.config.ts): the
 * `frame` part brings it.
 */
export const bundledOriginCheck: OriginCheck | undefined = {
  dataOriginProblem,
  dataOriginRefusal,
  frameAllowedOrigins,
};
