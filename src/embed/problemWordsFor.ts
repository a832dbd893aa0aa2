import { attributeWords } from "../views/attributeWords";
import type { EmbedAttributes } from "../views/embedAttributes";
import { loadProblemWords } from "./problemWords";

/**
 * For an element with an attribute it cannot use: the load of the problems part, which brings
 * the words that say what is wrong with it (src/views/attributeWords.ts), so that the list
 * above the chart says why. Undefined when the words are here (the ESM build, or the part has
 * run) or every attribute reads. Never rejects: where the part cannot load, the chart draws and
 * the list names each attribute as written (`width="wide"`).
 * @example await problemWordsFor(parseEmbedAttributes((name) => element.getAttribute(name)));
 */
export function problemWordsFor(attributes: EmbedAttributes): Promise<unknown> | undefined {
  if (attributeWords() || attributes.problems.length === 0) return undefined;
  return loadProblemWords().catch(() => {});
}
