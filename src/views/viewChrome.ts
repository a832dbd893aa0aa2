import { type ChromeSetting, maybeChrome } from "../components/shared/chrome/chromeOptions";
import { type ChromeParts, renderChrome } from "../components/shared/chrome/renderChrome";
import { type ChromeContent, resolveChrome } from "../components/shared/chrome/resolveChrome";
import { sourcesOf } from "../components/shared/chrome/sourceLine";
import { eventsInTimeWindow } from "../derive/inTimeWindow";
import type { Dataset } from "../model";
import type { EmbedAttributes } from "./embedAttributes";

/**
 * The chrome's texts for a view's attributes: the pieces the attributes set or switch off, the
 * rest from the dataset; the source line names the sources of the events in the attributes'
 * window (all events without one). `dataUrl` is the data file's absolute URL, linked as
 * "Get the data" unless `data-url` names another.
 * @example viewChromeContent(dataset, attributes, new URL(src, document.baseURI).href)
 */
export function viewChromeContent(
  dataset: Dataset,
  attributes: Pick<EmbedAttributes, "chrome" | "window" | "locale">,
  dataUrl?: string,
): ChromeContent {
  const events = attributes.window
    ? eventsInTimeWindow(dataset, attributes.window[0], attributes.window[1])
    : dataset.events;
  const chrome = maybeChrome(attributes.chrome);
  const setting: ChromeSetting =
    chrome !== false && dataUrl && chrome.dataUrl === undefined ? { ...chrome, dataUrl } : chrome;
  return resolveChrome(dataset, setting, sourcesOf(dataset, events), {
    ...(attributes.locale ? { locale: attributes.locale } : {}),
  });
}

/**
 * The chrome around an embedded chart, as HTML: the header goes before the chart, the footer
 * after it (see `renderChrome`).
 * @example const { header, footer } = viewChrome(document, dataset, attributes);
 */
export function viewChrome(
  document: Document,
  dataset: Dataset,
  attributes: Pick<EmbedAttributes, "chrome" | "window" | "locale">,
  dataUrl?: string,
): ChromeParts & { content: ChromeContent } {
  const content = viewChromeContent(dataset, attributes, dataUrl);
  return { ...renderChrome(document, content), content };
}
