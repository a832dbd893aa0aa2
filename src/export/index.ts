// The public face of export/ in a browser: what the package's index and the embed's elements use.
// Node-only entries (renderSvgInNode, rasterizeSvg) are published by src/node.ts instead, so that
// a browser bundle never pulls in linkedom or resvg. Re-exports only.
export { downloadBlob } from "./downloadBlob";
export { collectCss, type ExportSvgOptions, exportSvg } from "./exportSvg";
export { type SvgToPngOptions, svgToPng } from "./svgToPng";
