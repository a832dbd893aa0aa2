import { el } from "../components/shared/el";
import type { Dataset } from "../model";
import type { EmbedAttributes } from "../views/embedAttributes";
import type { ChartHandle, EmbedView } from "../views/embedView";
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
  const note = source.dataset?.contentNote;
  return exportSvg(svg, note ? { note } : {});
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
  const handle = view.create(box, dataset, { ...view.options(attributes, dataset), width, height });
  try {
    const svg = chartSvgOf(view, handle);
    if (!svg) throw new Error("There is no chart to export.");
    return exportSvg(svg, {
      width,
      height,
      css: collectCss(svg),
      ...(dataset.contentNote ? { note: dataset.contentNote } : {}),
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
