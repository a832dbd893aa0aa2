/**
 * The script-tag build's stand-in for src/embed/bundledOriginCheck.ts (aliased in
 * vite.config.ts): the core does not carry the iframe page's check of where its data may come
 * from, nor its words; the `frame` part (jointline.frame.js) provides them when it runs.
 */
export const bundledOriginCheck = undefined;
