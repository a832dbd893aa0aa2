/**
 * The script-tag build's stand-in for src/components/timeline/bundledDetails.ts (aliased in
 * vite.config.ts): the core does not carry the details panel, the tooltip's figures and sources
 * nor the data table; the `details` part (jointline.details.js) brings them on first use.
 */
export const bundledDetails = undefined;
