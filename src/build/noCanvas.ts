/**
 * The script-tag build's stand-in for src/components/timeline/bundledCanvas.ts (aliased in
 * vite.config.ts): the core does not carry the canvas layer; the `canvas` part
 * (jointline.canvas.js) brings it when a chart has more events than it draws as SVG in one frame.
 */
export const bundledCanvas = undefined;
