import { createPresentation } from "../components/presentation/createPresentation";
import { el } from "../components/shared/el";
import type { Dataset } from "../model";
import type { EmbedAttributes } from "../views/embedAttributes";

/**
 * Opens presentation mode over the page from an element's export menu: the events one at a time
 * in large type, in an overlay inside `root`, in fullscreen where the browser allows it (where it
 * refuses, as in an iframe without `allow="fullscreen"`, the overlay fills the window). Escape,
 * or leaving fullscreen, closes it and gives focus back.
 * @example await presentOverlay(shadowRoot.querySelector(".jl-embed"), dataset, element.configuration);
 */
export async function presentOverlay(
  root: HTMLElement,
  dataset: Dataset,
  attributes: EmbedAttributes,
): Promise<void> {
  const document = root.ownerDocument;
  const overlay = el(document, "div", "jl-embed-present");
  // A fixed box the size of the window: the presentation fills it, and refits in fullscreen.
  overlay.style.cssText = "position:fixed;inset:0;z-index:2147483000;overflow:hidden";
  root.append(overlay);
  const show = createPresentation(overlay, dataset, {
    theme: attributes.theme === "auto" || attributes.theme === "light" ? "slide" : attributes.theme,
    ...(attributes.locale ? { locale: attributes.locale } : {}),
  });
  const opener = document.activeElement as HTMLElement | null;
  let closed = false;
  const close = () => {
    if (closed) return;
    closed = true;
    document.removeEventListener("fullscreenchange", onFullscreen);
    show.destroy();
    overlay.remove();
    opener?.focus?.();
  };
  const onFullscreen = () => {
    if (!document.fullscreenElement) close();
  };
  overlay.addEventListener("keydown", (event) => {
    if (event.key === "Escape") close();
  });
  show.element.focus();
  try {
    await show.fullscreen();
    document.addEventListener("fullscreenchange", onFullscreen);
  } catch {
    // Fullscreen refused (an iframe without allowfullscreen): the overlay fills the window.
  }
}
