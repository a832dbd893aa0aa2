import {
  createPresentation,
  type PresentationOptions,
} from "../components/presentation/createPresentation";
import { presentationCss } from "../components/presentation/style";
import { timelineCss } from "../components/timeline/style";
import type { EmbedView } from "./embedView";

/**
 * `<jointline-presentation>`: presentation mode — the events one at a time, the timeline zoomed
 * to each, its details in large type. The `step` attribute moves it (a slide deck sets it as
 * its slides change); the arrow keys and PageUp/PageDown move it when it has focus. `height` is
 * the most the timeline takes above the details.
 */
export const presentationView: EmbedView = {
  name: "presentation",
  css: [timelineCss, presentationCss],
  options: (attributes) => {
    const options: PresentationOptions = {
      theme: attributes.theme === "auto" ? "slide" : attributes.theme,
      timeline: {
        ...(attributes.lanes ? { lanes: attributes.lanes as "kind" } : {}),
        ...(attributes.scale ? { scale: attributes.scale as "chronological" } : {}),
        ...(attributes.images ? { images: attributes.images } : {}),
      },
    };
    if (attributes.locale) options.locale = attributes.locale;
    if (attributes.step !== undefined) options.step = attributes.step;
    if (attributes.height !== undefined) options.stageHeight = attributes.height;
    return options as Record<string, unknown>;
  },
  create: (container, dataset, options) =>
    createPresentation(container, dataset, options as PresentationOptions),
  svgOf: (handle) => handle.element.querySelector(".jl-plot > svg"),
};
