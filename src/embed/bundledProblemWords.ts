import { dataProblemIssue, renderFailedIssue } from "./dataProblemIssue";
import type { ProblemWords } from "./problemWords";

/**
 * What says an element's problems in words, bundled (the ESM build, Node, the tests). The
 * script-tag build reads this module as src/build/noProblemWords.ts (vite.config.ts): its
 * `problems` part brings it.
 */
export const bundledProblemWords: ProblemWords | undefined = {
  dataProblemIssue,
  renderFailedIssue,
};
