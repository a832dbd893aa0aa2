import type { ChromeContent } from "../components/shared/chrome/resolveChrome";
import { renderContentNote } from "../components/shared/renderContentNote";
import { t } from "../i18n/catalog";
import type { Dataset } from "../model";
import type { EmbedAttributes } from "../views/embedAttributes";
import type { EmbedView } from "../views/embedView";
import { viewChrome } from "../views/viewChrome";

/**
 * The chart chrome around an element's chart: headline, dek and content note before it, notes,
 * source line ("Get the data" when the data came from a URL) and byline after it;
 * `legend="off"` hides the chart's legends. A view without chrome (presentation) shows the
 * content note only. Replaces the chrome drawn before; returns its texts for the exports.
 * @example const content = renderElementChrome(root, view, attributes, dataset);
 */
export function renderElementChrome(
  root: HTMLElement,
  view: EmbedView,
  attributes: EmbedAttributes,
  dataset: Dataset,
): ChromeContent | undefined {
  const document = root.ownerDocument;
  for (const old of Array.from(
    root.querySelectorAll(":scope > .jl-chrome, :scope > .jl-content-note"),
  ))
    old.remove();
  const chart = root.querySelector(":scope > .jl-embed-chart");
  if (view.chrome === false) {
    delete root.dataset.chromeLegend;
    if (dataset.contentNote)
      root.prepend(
        renderContentNote(document, dataset.contentNote, t(attributes.locale, "chart.contentNote")),
      );
    return undefined;
  }
  let dataUrl: string | undefined;
  try {
    dataUrl = attributes.src ? new URL(attributes.src, document.baseURI).href : undefined;
  } catch {
    dataUrl = undefined;
  }
  const { header, footer, content } = viewChrome(document, dataset, attributes, dataUrl);
  if (content.legend) delete root.dataset.chromeLegend;
  else root.dataset.chromeLegend = "off";
  if (header) root.prepend(header);
  if (footer) chart?.after(footer);
  return content;
}
