import type { Dataset } from "../model";
import type { EmbedAttributes } from "./embedAttributes";

/**
 * The part of the chart contract (`Chart` in components/shared/chart.ts) a view needs: every
 * chart's handle is one.
 */
export interface ChartHandle {
  /** The chart's root element. */
  readonly element: HTMLElement;
  /** Re-applies options without rebuilding, where the chart supports it. */
  update?(options: Record<string, unknown>): void;
  /** Removes every node, listener, observer and timer the chart made. */
  destroy(): void;
}

/**
 * How a custom element draws one kind of chart: the component's stylesheets (put in the
 * element's shadow root), the mapping from attributes to the component's options, and the
 * component's `create` function.
 */
export interface EmbedView {
  /** The view's name, also the `view` query parameter of the iframe page. */
  name: string;
  /** The component's own CSS, added to the shadow root after the theme. */
  css: readonly string[];
  /** The component's options for these attributes (theme, locale, window…). */
  options(attributes: EmbedAttributes, dataset: Dataset): Record<string, unknown>;
  /** Creates the chart in `container`. */
  create(container: HTMLElement, dataset: Dataset, options: Record<string, unknown>): ChartHandle;
  /**
   * Whether the element draws the chart chrome (headline, source line…) around the chart and
   * into its exports. Default `true`; the presentation, which has its own title step, says false.
   */
  chrome?: boolean;
  /** The SVG that export saves; default the largest `<svg>` in the chart. */
  svgOf?(handle: ChartHandle): SVGSVGElement | null;
  /**
   * Options added when the chart is drawn to become a picture (an export redrawn offscreen, the
   * Node renderer): e.g. the timeline's every mark as SVG, where a page would draw a canvas.
   */
  forPicture?: Record<string, unknown>;
  /**
   * Whether the chart as drawn on the page lacks what its SVG export must show (a timeline
   * drawing its marks on a canvas): the export then redraws it offscreen with `forPicture`, at the
   * same width and in the window `windowOf` gives.
   */
  drawsOffSvg?(handle: ChartHandle): boolean;
  /** The chart's visible window, as `initialWindow` takes it (a zoomed timeline's). */
  windowOf?(handle: ChartHandle): readonly [number, number] | undefined;
}
