import { explainWhen } from "./explainWhen.js";
import type { WhenExplainer } from "./whenExplainer.js";

/**
 * The explanation of unreadable dates, bundled with `parseWhen` (the ESM build, Node, the tests).
 * The script-tag build reads this module as src/build/noWhenExplainer.ts (vite.config.ts), so
 * that its core leaves it to the validator part.
 */
export const bundledWhenExplainer: WhenExplainer | undefined = explainWhen;
