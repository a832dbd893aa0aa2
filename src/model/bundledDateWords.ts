import { dateProblemText } from "./dateMessages";
import type { DateWords } from "./dateWords";

/**
 * The words of an unreadable date, bundled (the ESM build, Node, the tests). The script-tag
 * build reads this module as src/build/noDateWords.ts (vite.config.ts): its validator part
 * brings them.
 */
export const bundledDateWords: DateWords | undefined = dateProblemText;
