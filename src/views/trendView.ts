import { chromeCss } from "../components/shared/chrome/style";
import { createTrend } from "../components/trend/createTrend";
import type { TrendOptions } from "../components/trend/options";
import { trendCss } from "../components/trend/render";
import type { TotalsFacet } from "../derive/totalsByPeriod";
import type { EmbedAttributes } from "./embedAttributes";
import type { EmbedView } from "./embedView";

const facets: readonly string[] = ["kind", "leadActor", "country", "tag", "none"];

/**
 * The trend's options for an element's attributes: metric, period, stack-by (the facet),
 * the start/end window, theme (`slide` is the light theme), locale, width and height.
 * @example trendOptions(parseEmbedAttributes((n) => el.getAttribute(n)));
 */
export function trendOptions(attributes: EmbedAttributes): TrendOptions {
  const options: TrendOptions = {
    ...(attributes.options as TrendOptions),
    theme: attributes.theme === "slide" ? "light" : attributes.theme,
  };
  if (attributes.theme === "slide") options.fontSize = 24;
  if (attributes.metric) options.metric = attributes.metric;
  if (attributes.period) options.period = attributes.period as TrendOptions["period"];
  if (attributes.stackBy && facets.includes(attributes.stackBy))
    options.facet = attributes.stackBy as TotalsFacet;
  if (attributes.window)
    options.window = { start: attributes.window[0], end: attributes.window[1] };
  if (attributes.locale) options.locale = attributes.locale;
  if (attributes.width) options.width = attributes.width;
  if (attributes.height) options.height = attributes.height;
  if (attributes.title) options.title = attributes.title;
  return options;
}

/** `<jointline-trend>`: a figure per period, stacked by a facet. */
export const trendView: EmbedView = {
  name: "trend",
  css: [trendCss, chromeCss],
  options: (attributes) => trendOptions(attributes) as Record<string, unknown>,
  create: (container, dataset, options) => createTrend(container, dataset, options as TrendOptions),
  svgOf: (handle) => handle.element.querySelector("svg.jl-trend-svg"),
};
