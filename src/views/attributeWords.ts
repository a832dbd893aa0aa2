import type { tAttribute } from "./attributeMessages";
import { bundledAttributeWords } from "./bundledAttributeWords";

/** What the words of an attribute an element cannot use are made with (attributeMessages.ts). */
export type AttributeWords = typeof tAttribute;

let words: AttributeWords | undefined = bundledAttributeWords;

/**
 * The words of an attribute an element cannot use, when they are here: always in the ESM
 * build; in the script-tag build they come with the `problems` part, which an element loads
 * when one of its attributes is wrong (src/embed/problemWordsFor.ts), so that its core does not
 * carry them (issue 19). Until then `parseEmbedAttributes` names the attribute alone
 * (`width="wide"`).
 * @example const text = attributeWords()?.(locale, "attribute.notStep", { value }) ?? `step="${value}"`;
 */
export function attributeWords(): AttributeWords | undefined {
  return words;
}

/**
 * Gives the words of an attribute an element cannot use (the problems part does, when it runs).
 * @example provideAttributeWords(tAttribute);
 */
export function provideAttributeWords(given: AttributeWords): void {
  words ??= given;
}
