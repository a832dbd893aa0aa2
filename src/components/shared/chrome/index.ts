// The chart chrome (headline, dek, content note, legend, notes, source line, byline): re-exports only.
export {
  type ChromeOptions,
  type ChromePiece,
  type ChromeSetting,
  chromePieces,
  maybeChrome,
} from "./chromeOptions";
export { type ChromeMessages, chromeMessages, chromeMessagesIn } from "./messages";
export { type LegendEntry, readLegend } from "./readLegend";
export { type ChromeParts, renderChrome } from "./renderChrome";
export { type ChromeSvg, type ChromeSvgOptions, renderChromeSvg } from "./renderChromeSvg";
export { type ChromeContent, resolveChrome } from "./resolveChrome";
export { formatSourceLine, publishersOf, sourcesOf } from "./sourceLine";
export { chromeCss } from "./style";
export { wrapText } from "./wrapText";
