/**
 * The script-tag build's stand-in for src/components/network/bundledNetworkZoom.ts (aliased in
 * vite.config.ts): the network part does not carry d3-zoom's behaviour; the `gesture` part
 * (jointline.gesture.js) brings it on a reader's first intent.
 */
export const bundledNetworkZoom = undefined;
