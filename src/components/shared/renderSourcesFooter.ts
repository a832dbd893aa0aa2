import { t } from "../../i18n/catalog";
import type { Source } from "../../model";
import { el } from "./el";
import { renderLink } from "./renderLink";

/** Options for {@link renderSourcesFooter}. */
export interface SourcesFooterOptions {
  /** The heading, default `"Sources"`. @example { heading: "Quellen" } */
  heading?: string;
  /** Shown when no source is credited, default `"No sources for the events shown."`. */
  emptyText?: string;
  /** The locale of the default heading and empty text, default `"en"`. */
  locale?: string;
  /** Whether the list starts open, default `false` (a count is shown; the list expands). */
  open?: boolean;
}

/**
 * A footer crediting sources — normally those of the events currently visible — as a
 * collapsible numbered list: publisher, title (linked when http/https) and publication date.
 *
 * @example
 * root.append(renderSourcesFooter(document, visibleSources));
 */
export function renderSourcesFooter(
  document: Document,
  sources: readonly Source[],
  options: SourcesFooterOptions = {},
): HTMLElement {
  const footer = el(document, "footer", "jl-sources");
  const details = el(document, "details");
  if (options.open) details.open = true;
  const summary = el(
    document,
    "summary",
    undefined,
    sources.length
      ? `${options.heading ?? t(options.locale, "chart.sources")} (${sources.length})`
      : (options.emptyText ?? t(options.locale, "chart.noSources")),
  );
  details.append(summary);
  const list = el(document, "ol");
  for (const source of sources) {
    const item = el(document, "li");
    item.dataset.sourceId = source.id;
    item.append(`${source.publisher}: `, renderLink(document, source.title, source.url));
    if (source.published) item.append(` (${source.published})`);
    list.append(item);
  }
  details.append(list);
  footer.append(details);
  return footer;
}
