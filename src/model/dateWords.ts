import { bundledDateWords } from "./bundledDateWords";
import type { dateProblemText } from "./dateMessages";

/** What an unreadable date's words are made with: `dateProblemText` (dateMessages.ts). */
export type DateWords = typeof dateProblemText;

let words: DateWords | undefined = bundledDateWords;

/**
 * The words of an unreadable date (`dateProblemText`) when they are here: always in the ESM
 * build; in the script-tag build they come with the validator part, which the elements load
 * when an attribute holds a date they cannot read (data with such a date is invalid and loads
 * it anyway), so that its core does not carry them (issue 19).
 * @example const reason = dateWords()?.(problem).message ?? problem.reason;
 */
export function dateWords(): DateWords | undefined {
  return words;
}

/**
 * Gives the words of an unreadable date (the validator part does, when it runs).
 * @example provideDateWords(dateProblemText);
 */
export function provideDateWords(given: DateWords): void {
  words ??= given;
}
