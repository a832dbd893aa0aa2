/**
 * The script-tag build's stand-in for src/components/timeline/bundledEncodings.ts (aliased in
 * vite.config.ts): the core does not carry sized marks (`sizeBy`) or the sequential scale; the
 * `encodings` part (jointline.encodings.js) brings them.
 */
export const bundledEncodings = undefined;
