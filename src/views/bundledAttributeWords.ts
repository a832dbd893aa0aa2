import { tAttribute } from "./attributeMessages";
import type { AttributeWords } from "./attributeWords";

/**
 * The words of an attribute an element cannot use, bundled (the ESM build, Node, the tests).
 * The script-tag build reads this module as src/build/noAttributeWords.ts (vite.config.ts): its
 * `problems` part brings them.
 */
export const bundledAttributeWords: AttributeWords | undefined = tAttribute;
