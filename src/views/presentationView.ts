import {
  createPresentation,
  type PresentationOptions,
} from "../components/presentation/createPresentation";
import { presentationCss } from "../components/presentation/style";
import { timelineCss } from "../components/timeline/style";
import type { EmbedView } from "./embedView";

/**
 * `<jointline-presentation>`: presentation mode — the events one at a time, the timeline zoomed
 * to each, its details in large type, filling the element's height (or the window's, where the
 * element has none). The `step` attribute moves it (a slide deck sets it as its slides change);
 * the arrow keys and PageUp/PageDown move it as soon as it is on the page, while focus is on no
 * other control (`options='{"globalKeys":false}'`: only while it has focus). `height` caps the
 * timeline's height above the details.
 */
export const presentationView: EmbedView = {
  name: "presentation",
  css: [timelineCss, presentationCss],
  // Its overview step shows the title; the content note stays before it.
  chrome: false,
  options: (attributes) => {
    const options: PresentationOptions = {
      // Any option, as JSON (`options='{"globalKeys":false}'`), under the named attributes.
      ...(attributes.options as PresentationOptions),
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
