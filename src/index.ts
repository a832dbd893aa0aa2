// The public API of jointline. Re-exports only, no side effects: the custom elements are
// registered by `jointline/embed` (src/embed/define.ts) and by the script-tag build.
export * from "./components/link";
export * from "./components/network";
export * from "./components/presentation";
export * from "./components/shared";
export * from "./components/timeline";
export * from "./components/trend";
export * from "./derive";
export { type EmbedCodeOptions, embedCode, hostResizeScript } from "./embed/embedCode";
export { type ExportSvgOptions, exportSvg, type SvgToPngOptions, svgToPng } from "./export";
export * from "./i18n";
export * from "./io";
export * from "./model";
export * from "./time";
