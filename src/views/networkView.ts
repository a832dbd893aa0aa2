import { createNetwork } from "../components/network/createNetwork";
import type { NetworkOptions } from "../components/network/options";
import { networkCss } from "../components/network/render";
import { chromeCss } from "../components/shared/chrome/style";
import type { EmbedAttributes } from "./embedAttributes";
import type { EmbedView } from "./embedView";

const measures = ["operations", "degree", "weightedDegree"] as const;

/**
 * The network's options for an element's attributes: theme (`slide` draws with the light theme
 * and the slide sizes), facet, size-by, the start/end window, width and height.
 * @example networkOptions(parseEmbedAttributes((n) => el.getAttribute(n)));
 */
export function networkOptions(attributes: EmbedAttributes): NetworkOptions {
  const options: NetworkOptions = {
    ...(attributes.options as NetworkOptions),
    theme: attributes.theme === "slide" ? "light" : attributes.theme,
  };
  if (attributes.theme === "slide") options.fontSize = 24;
  if (attributes.facet) options.facet = attributes.facet as NetworkOptions["facet"];
  if (attributes.sizeBy && (measures as readonly string[]).includes(attributes.sizeBy)) {
    options.sizeBy = attributes.sizeBy as NetworkOptions["sizeBy"];
  }
  if (attributes.window)
    options.window = { start: attributes.window[0], end: attributes.window[1] };
  if (attributes.width) options.width = attributes.width;
  if (attributes.height) options.height = attributes.height;
  if (attributes.title) options.title = attributes.title;
  if (attributes.locale) options.locale = attributes.locale;
  return options;
}

/** `<jointline-network>`: the cooperation network. */
export const networkView: EmbedView = {
  name: "network",
  css: [networkCss, chromeCss],
  options: (attributes) => networkOptions(attributes) as Record<string, unknown>,
  create: (container, dataset, options) =>
    createNetwork(container, dataset, options as NetworkOptions),
  svgOf: (handle) => handle.element.querySelector("svg.jl-network-svg"),
};
