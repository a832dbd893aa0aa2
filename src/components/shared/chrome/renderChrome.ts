import { el } from "../el";
import { renderLink } from "../renderLink";
import { type ChromeMessages, chromeMessagesIn } from "./messages";
import type { ChromeContent } from "./resolveChrome";

/** The chrome of a chart in a page: what goes above it and what goes below it. */
export interface ChromeParts {
  /** Headline, dek and content note, or `undefined` when all are off. */
  header: HTMLElement | undefined;
  /** Notes, source line with "Get the data", byline, or `undefined` when all are off. */
  footer: HTMLElement | undefined;
}

/**
 * The chart chrome as HTML, around a chart in a page: a header (headline as a level-2 heading,
 * dek, content note as a labelled note) and a footer (notes, source line with a "Get the data"
 * link when the data has an http(s) URL, byline). Text is set as text; links only for http(s).
 *
 * @example
 * const { header, footer } = renderChrome(document, resolveChrome(dataset, {}, sources));
 * if (header) root.prepend(header); if (footer) root.append(footer);
 */
export function renderChrome(
  document: Document,
  content: ChromeContent,
  messages: ChromeMessages = chromeMessagesIn(content.locale),
): ChromeParts {
  let header: HTMLElement | undefined;
  if (content.headline || content.dek || content.contentNote) {
    // Plain blocks, not <header>/<footer>: a chart in an article adds no banner or contentinfo landmark.
    header = el(document, "div", "jl-chrome jl-chrome-header");
    if (content.headline) header.append(el(document, "h2", "jl-chrome-headline", content.headline));
    if (content.dek) header.append(el(document, "p", "jl-chrome-dek", content.dek));
    if (content.contentNote) {
      const note = el(document, "p", "jl-content-note jl-chrome-content-note");
      note.setAttribute("role", "note");
      note.append(
        el(document, "strong", undefined, `${messages.contentNote}: `),
        content.contentNote,
      );
      header.append(note);
    }
  }
  let footer: HTMLElement | undefined;
  if (content.notes || content.sourceLine || content.byline || content.dataUrl) {
    footer = el(document, "div", "jl-chrome jl-chrome-footer");
    if (content.notes)
      footer.append(el(document, "p", "jl-chrome-notes", `${messages.notes}: ${content.notes}`));
    if (content.sourceLine || content.dataUrl) {
      const line = el(document, "p", "jl-chrome-source-line");
      if (content.sourceLine) line.append(content.sourceLine);
      if (content.dataUrl) {
        if (content.sourceLine) line.append(" · ");
        line.append(renderLink(document, messages.getTheData, content.dataUrl));
      }
      footer.append(line);
    }
    if (content.byline) footer.append(el(document, "p", "jl-chrome-byline", content.byline));
  }
  return { header, footer };
}
