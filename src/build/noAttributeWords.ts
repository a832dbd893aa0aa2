/**
 * The script-tag build's stand-in for src/views/bundledAttributeWords.ts (aliased in
 * vite.config.ts): the core does not carry the words of an attribute an element cannot use; the
 * `problems` part (jointline.problems.js) provides them when it runs.
 */
export const bundledAttributeWords = undefined;
