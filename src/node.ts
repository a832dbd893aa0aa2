// jointline/node: server-side rendering without a browser (linkedom for the DOM, resvg for PNG).
// Kept apart from the main entry so browser bundles never pull in Node-only modules.
export { type RasterizeSvgOptions, rasterizeSvg } from "./export/rasterizeSvg";
export { type RenderSvgInNodeOptions, renderSvgInNode } from "./export/renderSvgInNode";
