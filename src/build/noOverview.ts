/**
 * The script-tag build's stand-in for src/components/timeline/bundledOverview.ts (aliased in
 * vite.config.ts): the core does not carry a timeline's overview; the `overview` part
 * (jointline.overview.js) brings it, or the dashboard part, which carries it.
 */
export const bundledOverview = undefined;
