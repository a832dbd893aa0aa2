/**
 * The script-tag build's stand-in for src/embed/bundledProblemWords.ts (aliased in
 * vite.config.ts): the core does not carry the words of data that does not load or a chart that
 * could not be drawn; the `problems` part (jointline.problems.js) provides them when it runs.
 */
export const bundledProblemWords = undefined;
