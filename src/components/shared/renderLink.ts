import { isHttpUrl } from "../../model/isHttpUrl";

/**
 * A link to `url` when it is an absolute http(s) URL, else a plain span with the text: data can
 * never produce a `javascript:` or `data:` link. Links open in a new tab without an opener.
 *
 * @example
 * renderLink(document, "Europol press release", source.url);
 */
export function renderLink(document: Document, text: string, url: string | undefined): HTMLElement {
  if (url !== undefined && isHttpUrl(url)) {
    const a = document.createElement("a");
    a.href = url;
    a.textContent = text;
    a.target = "_blank";
    a.rel = "noopener noreferrer";
    return a;
  }
  const span = document.createElement("span");
  span.textContent = text;
  return span;
}
