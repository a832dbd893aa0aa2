import { type ExportChrome, fitChrome } from "../components/shared/chrome/chromeHeight";
import { readLegend } from "../components/shared/chrome/readLegend";
import { el } from "../components/shared/el";
import { canvasTextMeasurer } from "../components/shared/measureText";
import type { ChartHandle } from "../views/embedView";
import { fitChartHeight } from "../views/fitChartHeight";
import { chartSvgOf, type ExportSource } from "./exportChart";
import type { ExportPart } from "./parts";

// The export part's side of an element's exports (src/entries/parts/export.ts): fitting the
// chrome and the chart into a frame is export-only code, so it is not in the script-tag core.

/** The export functions of the export part that these use. */
type Exporters = Pick<ExportPart, "exportSvg" | "collectCss">;

/** The chrome drawn into an export of `handle`'s chart: the page's texts and legend. */
function exportChrome(source: ExportSource, handle: ChartHandle): { chrome?: ExportChrome } {
  if (!source.chrome) {
    const note = source.dataset?.contentNote;
    return note ? { chrome: { content: { contentNote: note, legend: false } } } : {};
  }
  const family = source.root ? getComputedStyle(source.root).fontFamily : "";
  const document = handle.element.ownerDocument;
  return {
    chrome: {
      content: source.chrome,
      legend: readLegend(handle.element),
      measure: canvasTextMeasurer(document, family || "system-ui, sans-serif"),
    },
  };
}

/**
 * The element's chart as a self-contained SVG document (styles inlined, the page's theme
 * applied), with its chrome.
 * @example const text = chartSvg(source, exportPart);
 */
export function chartSvg(source: ExportSource, exporters: Exporters): string {
  const { view, handle } = source;
  // A chart drawing marks off its SVG (a timeline's canvas) is redrawn for the picture.
  if (handle && view.drawsOffSvg?.(handle)) return redrawnSvg(source, exporters);
  const svg = chartSvgOf(view, handle);
  if (!svg) throw new Error("There is no chart to export.");
  return exporters.exportSvg(svg, exportChrome(source, handle!));
}

/**
 * The element's chart redrawn offscreen as a picture (`forPicture`: a timeline's every mark as
 * SVG) at its width on the page and in its window, then exported with its chrome.
 */
function redrawnSvg(source: ExportSource, { exportSvg, collectCss }: Exporters): string {
  const { dataset, root, view, handle } = source;
  if (!dataset || !root || !handle) throw new Error("There is no chart to export.");
  const live = chartSvgOf(view, handle);
  const width = Math.round(handle.element.getBoundingClientRect().width) || undefined;
  const window = view.windowOf?.(handle);
  const box = offscreenBox(root, width);
  const drawn = view.create(box, dataset, {
    ...view.options({ ...source.configuration, ...(width ? { width } : {}) }, dataset),
    ...(width ? { width } : {}),
    ...(window ? { initialWindow: window } : {}),
    ...view.forPicture,
  });
  try {
    const svg = chartSvgOf(view, drawn);
    if (!svg) throw new Error("There is no chart to export.");
    return exportSvg(svg, { css: collectCss(live ?? svg), ...exportChrome(source, drawn) });
  } finally {
    drawn.destroy();
    box.remove();
  }
}

/** A box outside the page, inside the element's root (so it takes the same theme). */
function offscreenBox(root: HTMLElement, width: number | undefined, height?: number): HTMLElement {
  const box = el(root.ownerDocument, "div", "jl-embed-offscreen");
  box.setAttribute("aria-hidden", "true");
  box.style.cssText = `position:absolute;left:-100000px;top:0;width:${width ? `${width}px` : "100%"};${height ? `height:${height}px;` : ""}overflow:hidden`;
  root.append(box);
  return box;
}

/**
 * The element's chart redrawn at a given size (offscreen, then removed) and exported as SVG,
 * the chart drawn at the height its chrome leaves it.
 * @example const text = chartSvgAt(source, 1920, 1080, exportPart);
 */
export function chartSvgAt(
  source: ExportSource,
  width: number,
  height: number,
  { exportSvg, collectCss }: Exporters,
): string {
  const { dataset, root, view } = source;
  if (!dataset || !root) throw new Error("There is no chart to export.");
  const attributes = { ...source.configuration, width, height };
  const box = offscreenBox(root, width, height);
  const draw = (chartHeight: number | undefined, extra: Record<string, unknown> = {}) => {
    box.replaceChildren();
    const h = chartHeight === undefined ? {} : { height: chartHeight };
    return view.create(box, dataset, {
      ...view.options({ ...attributes, ...h }, dataset),
      width,
      ...h,
      ...extra,
      ...view.forPicture,
    });
  };
  const svgOf = (h: ChartHandle) => chartSvgOf(view, h);
  let handle = draw(height);
  let chrome: ExportChrome | undefined = exportChrome(source, handle).chrome;
  if (source.chrome && chrome) {
    // As the Node renderer does: the chart redrawn at the height the chrome leaves it.
    const fitted = fitChrome(root.ownerDocument, chrome, width, height);
    handle.destroy();
    handle = fitChartHeight(view.name, fitted.area, attributes, draw, svgOf);
    chrome = { ...fitted.chrome, legend: readLegend(handle.element) };
  }
  try {
    const svg = chartSvgOf(view, handle);
    if (!svg) throw new Error("There is no chart to export.");
    return exportSvg(svg, {
      width,
      height,
      css: collectCss(svg),
      ...(chrome ? { chrome } : {}),
    });
  } finally {
    handle.destroy();
    box.remove();
  }
}
