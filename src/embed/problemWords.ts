import { createCodeSlot } from "../components/shared/codeSlot";
import { bundledProblemWords } from "./bundledProblemWords";
import type { dataProblemIssue, renderFailedIssue } from "./dataProblemIssue";

/**
 * What says an element's problems in words (src/embed/dataProblemIssue.ts, with the words of
 * src/embed/problemMessages.ts): in the ESM build it is imported with the elements
 * ({@link bundledProblemWords}); the script-tag build leaves it to the `problems` part, which
 * an element loads when it has such a problem to show, with the words of its attributes
 * (src/views/attributeWords.ts).
 */
export interface ProblemWords {
  dataProblemIssue: typeof dataProblemIssue;
  renderFailedIssue: typeof renderFailedIssue;
}

const slot = createCodeSlot<ProblemWords>(bundledProblemWords, "problems");

/**
 * Gives the words (the problems part, when it runs).
 * @example provideProblemWords({ dataProblemIssue, renderFailedIssue });
 */
export const provideProblemWords = slot.provide;

/**
 * Sets how the words are brought in where they are not bundled: the script-tag core loads the
 * `problems` part (src/entries/iife.ts).
 * @example setProblemWordsLoader(async () => (await loadPart("problems")).words);
 */
export const setProblemWordsLoader = slot.setLoader;

/** The words when they are here (always in the ESM build), else undefined. */
export const problemWords = slot.get;

/**
 * The words, loading them on the first call; rejects with the part's `PartLoadError` where the
 * problems part cannot load (offline, blocked), and a later call tries again.
 * @example const { dataProblemIssue } = await loadProblemWords();
 */
export const loadProblemWords = slot.load;
