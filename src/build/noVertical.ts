/**
 * The script-tag build's stand-in for src/components/timeline/vertical/bundledVertical.ts
 * (aliased in vite.config.ts): the core does not carry the vertical layout; the `vertical` part
 * (jointline.vertical.js) brings it the first time a timeline turns vertical.
 */
export const bundledVertical = undefined;
