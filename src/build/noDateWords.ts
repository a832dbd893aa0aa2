/**
 * The script-tag build's stand-in for src/model/bundledDateWords.ts (aliased in vite.config.ts):
 * the core does not carry the words of an unreadable date; the validator part
 * (jointline.validate.js) brings them.
 */
export const bundledDateWords = undefined;
