import { type ExportChrome, fitChrome } from "../components/shared/chrome/chromeHeight";
import { readLegend } from "../components/shared/chrome/readLegend";
import type { ChromeContent } from "../components/shared/chrome/resolveChrome";
import { el } from "../components/shared/el";
import { canvasTextMeasurer } from "../components/shared/measureText";
import type { Dataset } from "../model";
import type { EmbedAttributes } from "../views/embedAttributes";
import type { ChartHandle, EmbedView } from "../views/embedView";
import { fitChartHeight } from "../views/fitChartHeight";
import { mainSvg } from "../views/mainSvg";
import { loadPart } from "./parts";

/** The chart of an element, as the export functions need it. */
export interface ExportSource {
  view: EmbedView;
  handle: ChartHandle | undefined;
  dataset: Dataset | undefined;
  /** The element's root in its shadow root (an offscreen chart is drawn inside it). */
  root: HTMLElement | undefined;
  configuration: EmbedAttributes;
  /** The chrome's texts as the element drew them; none for a view without chrome. */
  chrome: ChromeContent | undefined;
}

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

/** The chart's main SVG: the view's own choice, else the largest `<svg>` in the chart. */
export function chartSvgOf(view: EmbedView, handle: ChartHandle | undefined): SVGSVGElement | null {
  if (!handle) return null;
  return view.svgOf?.(handle) ?? mainSvg(handle.element);
}

/**
 * The chart as a self-contained SVG document (styles inlined, the page's theme applied),
 * loading the export part on first use.
 * @example const text = await exportChartSvg(source);
 */
export async function exportChartSvg(source: ExportSource): Promise<string> {
  const { exportSvg } = await loadPart("export");
  const svg = chartSvgOf(source.view, source.handle);
  if (!svg) throw new Error("There is no chart to export.");
  return exportSvg(svg, exportChrome(source, source.handle!));
}

/**
 * The chart redrawn at a given size (offscreen, then removed) and exported as SVG.
 * @example const text = await exportChartSvgAt(source, 1920, 1080);
 */
export async function exportChartSvgAt(
  source: ExportSource,
  width: number,
  height: number,
): Promise<string> {
  const { exportSvg, collectCss } = await loadPart("export");
  const { dataset, root, view } = source;
  if (!dataset || !root) throw new Error("There is no chart to export.");
  const attributes = { ...source.configuration, width, height };
  const box = el(root.ownerDocument, "div", "jl-embed-offscreen");
  box.setAttribute("aria-hidden", "true");
  box.style.cssText = `position:absolute;left:-100000px;top:0;width:${width}px;height:${height}px;overflow:hidden`;
  root.append(box);
  const draw = (chartHeight: number | undefined, extra: Record<string, unknown> = {}) => {
    box.replaceChildren();
    const h = chartHeight === undefined ? {} : { height: chartHeight };
    return view.create(box, dataset, {
      ...view.options({ ...attributes, ...h }, dataset),
      width,
      ...h,
      ...extra,
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

/**
 * The chart as PNG: at the chart's size times `scale`, or redrawn at `width`×`height`.
 * @example const blob = await exportChartPng(source, { scale: 2 });
 */
export async function exportChartPng(
  source: ExportSource,
  options: { scale?: number; width?: number; height?: number } = {},
): Promise<Blob> {
  const { svgToPng } = await loadPart("export");
  const svg =
    options.width !== undefined && options.height !== undefined
      ? await exportChartSvgAt(source, options.width, options.height)
      : await exportChartSvg(source);
  return svgToPng(svg, { scale: options.scale ?? 1 });
}

/**
 * Saves a blob as a file through the export part's download.
 * @example await downloadFile(document, blob, "chart.svg");
 */
export async function downloadFile(document: Document, blob: Blob, name: string): Promise<void> {
  const { downloadBlob } = await loadPart("export");
  downloadBlob(document, blob, name);
}
