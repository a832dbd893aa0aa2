import type { ChromeContent } from "../components/shared/chrome/resolveChrome";
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
  /** The chrome's texts as the element drew them; none for a view without chrome. */
  chrome: ChromeContent | undefined;
}

/** The chart's main SVG: the view's own choice, else the largest `<svg>` in the chart. */
export function chartSvgOf(view: EmbedView, handle: ChartHandle | undefined): SVGSVGElement | null {
  if (!handle) return null;
  return view.svgOf?.(handle) ?? mainSvg(handle.element);
}

/**
 * The chart as a self-contained SVG document (styles inlined, the page's theme applied, its
 * chrome drawn in), loading the export part on first use (src/embed/chartExport.ts).
 * @example const text = await exportChartSvg(source);
 */
export async function exportChartSvg(source: ExportSource): Promise<string> {
  return (await loadPart("export")).chartSvg(source);
}

/**
 * The chart redrawn at a given size (offscreen, then removed) and exported as SVG, loading the
 * export part on first use.
 * @example const text = await exportChartSvgAt(source, 1920, 1080);
 */
export async function exportChartSvgAt(
  source: ExportSource,
  width: number,
  height: number,
): Promise<string> {
  return (await loadPart("export")).chartSvgAt(source, width, height);
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
