import type { Dataset } from "../../model";
import { tDetails } from "../shared/detailsMessages";
import { el } from "../shared/el";
import { renderContentNote } from "../shared/renderContentNote";
import {
  type EventDetailsContext,
  eventDateText,
  eventKindText,
  renderFigureClaims,
} from "../shared/renderEventDetails";
import { renderLink } from "../shared/renderLink";
import { renderMedia } from "../shared/renderMedia";
import { tPresentation } from "./messages";
import type { PresentationStep } from "./presentationSteps";

// What a presentation's slide says beside its timeline: the overview's text, or a step's event
// with its figures, actors and sources, and its image.

/** The slide's two boxes: the text, and the image beside it (empty, it takes no room). */
export interface SlideParts {
  text: HTMLElement;
  media: HTMLElement;
}

/**
 * The overview slide: the dataset's title, description and content note (shown before the
 * chart's events, as the dataset asks), and how many steps follow.
 *
 * @example
 * renderOverviewText(document, { text, media }, dataset, steps.length, "fr");
 */
export function renderOverviewText(
  document: Document,
  { text, media }: SlideParts,
  dataset: Dataset,
  stepCount: number,
  locale: string,
): void {
  text.replaceChildren(el(document, "h2", undefined, dataset.title));
  if (dataset.description) text.append(el(document, "p", undefined, dataset.description));
  if (dataset.contentNote) text.append(renderContentNote(document, dataset.contentNote));
  text.append(
    el(
      document,
      "p",
      "jl-presentation-source",
      // The catalogue's words, so that a deck in another language says it in that language.
      `${tPresentation(locale, "presentation.overview", { n: stepCount })} · ${tPresentation(locale, "presentation.next")}`,
    ),
  );
  media.replaceChildren();
}

/**
 * A step's slide: when and what, the title and summary, the figures as claims (in two columns
 * past three, leaving the lanes their height), the actors, the sources as links, and the
 * event's image with its credit (the details panel's media renderer; alt text only with
 * `images: "off"`).
 *
 * @example
 * renderStepText(document, { text, media }, steps[0], { actors, sources, locale: "en" });
 */
export function renderStepText(
  document: Document,
  { text, media }: SlideParts,
  { event }: PresentationStep,
  context: EventDetailsContext & { locale: string },
): void {
  const { locale } = context;
  const when = el(
    document,
    "p",
    "jl-presentation-when",
    `${event.dateLabel ?? eventDateText(event, locale)} · ${eventKindText(event, locale)}`,
  );
  text.replaceChildren(when, el(document, "h2", undefined, event.title));
  if (event.summary) text.append(el(document, "p", undefined, event.summary));
  const figures = renderFigureClaims(document, event, context);
  if (figures.length) {
    const list = el(document, "ul", "jl-presentation-figures");
    list.classList.toggle("jl-presentation-columns", figures.length > 3);
    list.append(...figures);
    text.append(list);
  }
  const actors = event.actors
    .map((a) => context.actors.get(a.actor)?.shortName ?? context.actors.get(a.actor)?.name)
    .filter((name): name is string => Boolean(name));
  if (actors.length) text.append(el(document, "p", "jl-presentation-source", actors.join(" · ")));
  const sources = el(
    document,
    "p",
    "jl-presentation-source",
    tDetails(locale, "details.sourcesLead"),
  );
  event.sources.forEach((id, i) => {
    const source = context.sources.get(id);
    if (i > 0) sources.append("; ");
    sources.append(source ? renderLink(document, source.publisher, source.url) : id);
  });
  text.append(sources);
  media.replaceChildren();
  if (event.media)
    media.append(
      renderMedia(document, event.media, {
        images: context.images ?? "on",
        sources: context.sources,
      }),
    );
}
