import { figureClaims } from "../../derive/figureClaims";
import type { Actor, DataEvent, Source } from "../../model";
import { tDetails } from "./detailsMessages";
import { el } from "./el";
import { countryNames, renderEventHeading } from "./eventText";
import { formatFigure, formatNumber, metricLabel } from "./formatFigure";
import { renderLink } from "./renderLink";
import { type ImagesOption, renderMedia } from "./renderMedia";

// The words every chart says about an event live in the core of the script-tag build
// (eventText.ts); this module, the rest of the details, comes with the `details` part.
export { countryNames, eventDateText, eventKindText } from "./eventText";

/**
 * What {@link renderEventDetails} needs besides the event: lookups for actors and sources, and
 * the locale for dates and numbers.
 *
 * @example
 * const context: EventDetailsContext = { actors: new Map(...), sources: new Map(...), locale: "en" };
 */
export interface EventDetailsContext {
  actors: ReadonlyMap<string, Actor>;
  sources: ReadonlyMap<string, Source>;
  /** BCP 47 tag for dates and numbers; default `"en"`. */
  locale?: string;
  /** Whether the event's image is shown (`"on"`, default) or only its alt text (`"off"`). */
  images?: ImagesOption;
}

function sourceLink(document: Document, id: string, context: EventDetailsContext): HTMLElement {
  const source = context.sources.get(id);
  if (!source) return el(document, "span", undefined, id);
  return renderLink(document, source.publisher, source.url);
}

/**
 * The figures of an event as claims (`figureClaims`): one line per metric; disagreeing sources
 * give a range ("184–230 victims safeguarded — sources differ") followed by each claim with its
 * source linked. Conflicting figures are never summed or averaged.
 *
 * @example
 * list.append(...renderFigureClaims(document, event, context));
 */
export function renderFigureClaims(
  document: Document,
  event: DataEvent,
  context: EventDetailsContext,
): HTMLLIElement[] {
  const locale = context.locale ?? "en";
  const items: HTMLLIElement[] = [];
  for (const claim of figureClaims(event)) {
    const li = el(document, "li");
    li.dataset.metric = claim.metric;
    const first = claim.figures[0]!;
    if (!claim.isConflict) {
      li.append(formatFigure({ ...first, qualifier: claim.lowQualifier }, locale), " (");
      claim.sources.forEach((id, i) => {
        if (i > 0) li.append(", ");
        li.append(sourceLink(document, id, context));
      });
      li.append(")");
    } else {
      const unit = first.unit ? ` ${first.unit}` : "";
      const range = el(
        document,
        "span",
        "jl-claim-range",
        `${formatNumber(claim.low, locale)}–${formatNumber(claim.high, locale)}${unit} ${metricLabel(claim.metric, undefined, locale)}`,
      );
      li.append(range, el(document, "span", "jl-meta", tDetails(locale, "details.sourcesDiffer")));
      const sub = el(document, "ul");
      for (const figure of claim.figures) {
        const item = el(document, "li");
        item.append(
          `${formatFigure(figure, locale)} (`,
          sourceLink(document, figure.source, context),
          ")",
        );
        if (figure.asOf) item.append(tDetails(locale, "details.asOf", { date: figure.asOf }));
        sub.append(item);
      }
      li.append(sub);
    }
    items.push(li);
  }
  return items;
}

/**
 * Everything known about one event, for a details panel: title, kind, precision-aware date (and
 * the source's wording of it), its image (`renderMedia`; a thumbnail when `compact`, none there
 * when images are off), summary, actors with roles, countries, figures as claims with
 * their sources, and the event's sources, all linked only when http(s).
 *
 * @example
 * panel.replaceChildren(renderEventDetails(document, event, context));
 */
export function renderEventDetails(
  document: Document,
  event: DataEvent,
  context: EventDetailsContext,
  options: { headingLevel?: 2 | 3 | 4; compact?: boolean } = {},
): DocumentFragment {
  const locale = context.locale ?? "en";
  const fragment = document.createDocumentFragment();
  fragment.append(...renderEventHeading(document, event, locale, options));
  if (event.media && !(options.compact && context.images === "off")) {
    fragment.append(
      renderMedia(document, event.media, {
        images: context.images ?? "on",
        size: options.compact ? "thumbnail" : "full",
        sources: context.sources,
        locale,
      }),
    );
  }
  if (!options.compact && event.summary) {
    for (const paragraph of event.summary.split(/\n\s*\n/))
      fragment.append(el(document, "p", undefined, paragraph));
  }
  if (event.actors.length) {
    const names = event.actors.map((a) => {
      const actor = context.actors.get(a.actor);
      const name = actor
        ? options.compact
          ? (actor.shortName ?? actor.name)
          : actor.name
        : a.actor;
      return `${name} (${tDetails(locale, `role.${a.role}`)})`;
    });
    if (options.compact) fragment.append(el(document, "p", undefined, names.join(", ")));
    else {
      fragment.append(el(document, "h4", undefined, tDetails(locale, "table.actors")));
      const list = el(document, "ul");
      for (const name of names) list.append(el(document, "li", undefined, name));
      fragment.append(list);
    }
  }
  if (event.countries.length) {
    const text = countryNames(event.countries, locale).join(", ");
    if (options.compact)
      fragment.append(
        el(document, "p", "jl-meta", tDetails(locale, "details.countries", { list: text })),
      );
    else
      fragment.append(
        el(document, "h4", undefined, tDetails(locale, "table.countries")),
        el(document, "p", undefined, text),
      );
  }
  if (event.figures.length) {
    if (!options.compact)
      fragment.append(el(document, "h4", undefined, tDetails(locale, "table.figures")));
    const list = el(document, "ul");
    list.append(...renderFigureClaims(document, event, context));
    fragment.append(list);
  }
  if (!options.compact || event.figures.length === 0) {
    if (!options.compact)
      fragment.append(el(document, "h4", undefined, tDetails(locale, "table.sources")));
    const list = el(
      document,
      options.compact ? "p" : "ul",
      options.compact ? "jl-meta" : undefined,
    );
    if (options.compact) list.append(tDetails(locale, "details.sourcesLead"));
    event.sources.forEach((id, i) => {
      const source = context.sources.get(id);
      const link = source
        ? renderLink(
            document,
            options.compact ? source.publisher : `${source.publisher}: ${source.title}`,
            source.url,
          )
        : el(document, "span", undefined, id);
      if (options.compact) {
        if (i > 0) list.append(", ");
        list.append(link);
      } else {
        const li = el(document, "li");
        li.append(link);
        if (source?.published) li.append(` (${source.published})`);
        list.append(li);
      }
    });
    fragment.append(list);
  }
  return fragment;
}
