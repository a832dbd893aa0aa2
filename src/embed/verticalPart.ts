import { resolveTimelineOptions, type TimelineOptions } from "../components/timeline/options";
import { isVertical } from "../components/timeline/vertical/orientation";
import { loadVerticalCode, verticalCode } from "../components/timeline/vertical/verticalCode";
import type { EmbedAttributes } from "../views/embedAttributes";

/**
 * How much narrower than the element its timeline's plot may be (the chart's padding and
 * scrollbar): an element within this of the breakpoint loads the vertical layout before drawing.
 */
const PLOT_MARGIN = 64;

/**
 * For a `<jointline-timeline>` that will draw vertically (narrower than its breakpoint, or
 * `orientation="vertical"`): the load of the vertical layout's part, so that the element keeps
 * its loading state until the layout is here instead of drawing a horizontal chart and turning
 * it. Undefined when the layout is here already or not needed. Rejects (a `PartLoadError`) when
 * the part cannot load.
 * @example await verticalLayoutFor(attributes, element.clientWidth);
 */
export function verticalLayoutFor(
  attributes: EmbedAttributes,
  elementWidth: number,
): Promise<unknown> | undefined {
  if (verticalCode()) return undefined;
  const opts = resolveTimelineOptions({
    ...(attributes.options as TimelineOptions),
    ...(attributes.orientation ? { orientation: attributes.orientation } : {}),
    ...(attributes.verticalBelow ? { verticalBelow: attributes.verticalBelow } : {}),
  });
  const width = elementWidth || attributes.width || opts.width;
  return isVertical(opts, width - PLOT_MARGIN) ? loadVerticalCode() : undefined;
}
