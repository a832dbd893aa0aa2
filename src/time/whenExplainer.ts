import { bundledWhenExplainer } from "./bundledWhenExplainer.js";
import type { WhenResult } from "./types.js";

/** What explains a `when` text that `parseWhen` cannot read: explainWhen.ts. */
export type WhenExplainer = (text: string) => WhenResult;

let explainer: WhenExplainer | undefined = bundledWhenExplainer;

/**
 * The explanation of unreadable dates (explainWhen) when it is here: always in the ESM build; in
 * the script-tag build it comes with the validator part, which reports invalid data and which an
 * element loads when a `start` or `end` attribute holds a date it cannot read (issue 19).
 * @example const explain = whenExplainer(); if (explain) return explain(text);
 */
export function whenExplainer(): WhenExplainer | undefined {
  return explainer;
}

/**
 * Gives the explanation of unreadable dates (the validator part does, when it runs).
 * @example provideWhenExplainer(explainWhen);
 */
export function provideWhenExplainer(given: WhenExplainer): void {
  explainer ??= given;
}
