/**
 * The script-tag build's stand-in for src/time/bundledWhenExplainer.ts (aliased in
 * vite.config.ts): the core reads dates without explaining the ones it cannot read; the
 * validator part (jointline.validate.js) brings the explanations (src/time/explainWhen.ts).
 */
export const bundledWhenExplainer = undefined;
