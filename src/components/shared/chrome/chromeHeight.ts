import type { TextMeasurer } from "../measureText";
import { approximateTextWidth } from "../measureText";
import type { LegendEntry } from "./readLegend";
import { renderChromeSvg } from "./renderChromeSvg";
import type { ChromeContent } from "./resolveChrome";

/** The chrome `exportSvg` draws around the chart. */
export interface ExportChrome {
  content: ChromeContent;
  /** The legend's entries (`readLegend(chart.element)`). Default: none. */
  legend?: readonly LegendEntry[];
  /** How the text is measured for wrapping. Default: an estimate (`approximateTextWidth`); the Node export gives DejaVu Sans widths. */
  measure?: TextMeasurer;
}

/** Whether the chrome has anything to draw. */
export function hasChrome(chrome: ExportChrome | undefined): chrome is ExportChrome {
  if (!chrome) return false;
  const { content } = chrome;
  return Boolean(
    content.headline ||
      content.dek ||
      content.contentNote ||
      content.notes ||
      content.sourceLine ||
      content.byline ||
      content.dataUrl ||
      (content.legend && chrome.legend?.length),
  );
}

/**
 * The size of the chrome's small text for an image: 12 px on a page-sized chart, growing to 24 px
 * on a 1920 × 1080 slide (what a projected slide needs at the back of a room).
 */
export function chromeFontSize(width: number, height?: number): number {
  const byWidth = width / 80;
  const byHeight = height === undefined ? byWidth : height / 45;
  return Math.max(12, Math.min(24, Math.round(Math.min(byWidth, byHeight))));
}

/**
 * The height the chrome takes in an image of this size — what a renderer leaves the chart when
 * it has to fit the whole into a fixed frame.
 * @example chromeHeight(document, chrome, 1920, 1080) // ≈ 300
 */
export function chromeHeight(
  document: Document,
  chrome: ExportChrome,
  width: number,
  height?: number,
): number {
  if (!hasChrome(chrome)) return 0;
  const drawn = renderChromeSvg(document, chrome.content, chrome.legend ?? [], {
    width,
    measure: chrome.measure ?? approximateTextWidth,
    fontSize: chromeFontSize(width, height),
  });
  return drawn.topHeight + drawn.bottomHeight;
}

/**
 * The chrome for a fixed frame (a 1920 × 1080 slide) and the height it leaves the chart: the
 * chrome keeps to about a third of the frame — the dek goes first, then the notes and the byline;
 * the headline, content note, legend and source line always stay.
 * @example const { chrome, area } = fitChrome(document, chrome, 1920, 1080);
 */
export function fitChrome(
  document: Document,
  chrome: ExportChrome,
  width: number,
  height: number,
): { chrome: ExportChrome; area: number } {
  let fitted = chrome;
  for (const piece of ["dek", "notes", "byline"] as const) {
    if (chromeHeight(document, fitted, width, height) <= height * 0.36) break;
    const { [piece]: _dropped, ...content } = fitted.content;
    fitted = { ...fitted, content };
  }
  return {
    chrome: fitted,
    area: Math.max(120, height - chromeHeight(document, fitted, width, height)),
  };
}
