/**
 * Layout → SVG for the timeline, with the `document` passed in so that it also runs in Node
 * (linkedom, jsdom) for server-side rendering; the canvas layer is `../drawCanvas.ts`.
 */
export { type DensityBar, densityBars } from "./density";
export { densityBarAt, showDensityHover } from "./densityHover";
export { type RenderContext, renderTimeline, restyleSelection } from "./renderTimeline";
export { renderStickyAxis } from "./stickyAxis";
