/**
 * The script-tag build's stand-in for src/components/timeline/bundledGesture.ts (aliased in
 * vite.config.ts): the core does not carry d3-zoom's behaviour (the wheel, drag, pinch and
 * double-click zoom) nor what the pointer and keys do (readerInput.ts); the `gesture` part
 * (jointline.gesture.js) brings them on a reader's first pointerenter, focusin or touchstart on
 * a plot.
 */
export const bundledGesture = undefined;
