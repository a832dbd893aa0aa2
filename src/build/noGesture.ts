/**
 * The script-tag build's stand-in for src/components/timeline/bundledGesture.ts (aliased in
 * vite.config.ts): the core does not carry d3-zoom's behaviour (the wheel, drag, pinch and
 * double-click zoom); the `gesture` part (jointline.gesture.js) brings it on a reader's first
 * pointerenter, focusin or touchstart on a plot.
 */
export const bundledGesture = undefined;
