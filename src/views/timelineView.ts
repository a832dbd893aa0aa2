import { chromeCss } from "../components/shared/chrome/style";
import { createTimeline } from "../components/timeline/createTimeline";
import type { TimelineOptions } from "../components/timeline/options";
import { timelineCss } from "../components/timeline/style";
import { datasetNow } from "../derive/datasetNow";
import { timeExtent } from "../derive/timeExtent";
import type { Dataset } from "../model";
import type { EmbedAttributes } from "./embedAttributes";
import type { EmbedView } from "./embedView";

/**
 * The timeline's label size and row height under the `slide` theme: 24 px text, the least a
 * projected 1920 × 1080 slide should carry, in rows that hold it.
 */
export const slideTimelineSizes = { fontSize: 24, rowHeight: 34 } as const;

/**
 * The timeline's options for an element's attributes: theme (`slide` is the light theme with
 * large type and rows), locale, lanes, scale, size-by, the start/end window, width, and height
 * (the most the chart grows before it scrolls). The content note is left to the element, which
 * shows it before its menu.
 * @example timelineOptions(parseEmbedAttributes((n) => el.getAttribute(n)), dataset);
 */
export function timelineOptions(attributes: EmbedAttributes, dataset: Dataset): TimelineOptions {
  const options: TimelineOptions = {
    ...(attributes.options as TimelineOptions),
    theme: attributes.theme === "slide" ? "light" : attributes.theme,
    contentNote: false,
  };
  if (attributes.theme === "slide") {
    options.fontSize = slideTimelineSizes.fontSize;
    options.rowHeight = slideTimelineSizes.rowHeight;
  }
  if (attributes.locale) options.locale = attributes.locale;
  if (attributes.lanes) options.lanes = attributes.lanes as TimelineOptions["lanes"];
  if (attributes.scale) options.scale = attributes.scale as TimelineOptions["scale"];
  if (attributes.orientation) options.orientation = attributes.orientation;
  if (attributes.verticalBelow) options.verticalBelow = attributes.verticalBelow;
  if (attributes.sizeBy) options.sizeBy = attributes.sizeBy;
  if (attributes.images) options.images = attributes.images;
  if (attributes.width) options.width = attributes.width;
  if (attributes.height) options.maxHeight = attributes.height;
  if (attributes.window) {
    // An open side of the window runs to the data's own edge.
    const now = datasetNow(dataset);
    const extent = timeExtent(dataset.events, now === undefined ? {} : { now });
    const [start, end] = attributes.window;
    const from = Number.isFinite(start) ? start : (extent?.[0] ?? start);
    const to = Number.isFinite(end) ? end : (extent?.[1] ?? end);
    if (Number.isFinite(from) && Number.isFinite(to) && from < to)
      options.initialWindow = [from, to];
  }
  return options;
}

/** `<jointline-timeline>`: the timeline. */
export const timelineView: EmbedView = {
  name: "timeline",
  // The vertical layout's styles come with its code (createTimeline adopts them).
  css: [timelineCss, chromeCss],
  options: (attributes, dataset) => timelineOptions(attributes, dataset) as Record<string, unknown>,
  create: (container, dataset, options) =>
    createTimeline(container, dataset, options as TimelineOptions),
  svgOf: (handle) => handle.element.querySelector(".jl-plot > svg"),
  // A picture gets every mark as SVG, drawn at once, where a page draws many on a canvas (counts
  // per bin past the density threshold stay).
  forPicture: { canvasThreshold: Number.POSITIVE_INFINITY },
  drawsOffSvg: (handle) => handle.element.querySelector(".jl-plot > canvas") !== null,
  windowOf: (handle) => {
    const [start, end] = (handle.element.getAttribute("data-window") ?? "").split(",").map(Number);
    return start !== undefined && end !== undefined && end > start ? [start, end] : undefined;
  },
};
