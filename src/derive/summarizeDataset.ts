import { formatMessageNumber } from "../i18n/formatMessage";
import type { Dataset, EventKind } from "../model";
import { formatYear } from "../time/formatYear";
import { datasetNow } from "./datasetNow";
import { countFigureClaims } from "./figureGroups";
import { formatCount } from "./formatCount";
import { tDerive } from "./messages";
import { timeExtent } from "./timeExtent";

/**
 * Counts that describe a dataset at a glance, and the same in one plain-text paragraph.
 * @example
 * const { events, byKind, text }: DatasetSummary = summarizeDataset(dataset);
 */
export interface DatasetSummary {
  title: string;
  /** Number of events. */
  events: number;
  /** Number of events of each kind (every kind is present, possibly 0). */
  byKind: Record<EventKind, number>;
  /** `[earliest possible start, latest possible end)` of all events, or undefined when none. */
  extent: [number, number] | undefined;
  /** UTC year of the first instant of `extent`. */
  firstYear: number | undefined;
  /** UTC year of the last instant of `extent` (its end is exclusive). */
  lastYear: number | undefined;
  actors: number;
  /** Distinct country codes named by events (`countries`) or actors (`country`). */
  countries: number;
  sources: number;
  /** Number of figures over all events. */
  figures: number;
  /** Number of (event, metric) claims: figures that report the same thing count once. */
  claims: number;
  /** Number of claims whose sources report different values. */
  conflictingClaims: number;
  /** One paragraph of plain text, for a screen-reader summary or a caption. */
  text: string;
}

/** Options for {@link summarizeDataset}. @example summarizeDataset(dataset, { now: Date.UTC(2026, 0, 1) }) */
export interface SummarizeDatasetOptions {
  /** The instant ongoing spans run to; default: the dataset's `updated` date, or none. */
  now?: number;
  /**
   * The language of `text`; default English.
   * @example summarizeDataset(dataset, { locale: "fr" }).text // "33 événements de 2001 à 2025 : …"
   */
  locale?: string;
}

const kindNames = {
  operation: "derive.operations",
  arrest: "derive.enforcementActions",
  legislation: "derive.legislativeMilestones",
} as const satisfies Record<EventKind, string>;

/**
 * A count as the locale writes it: English (as en-US and en-GB group digits) without ICU (see
 * `./messages`), other locales with `Intl.NumberFormat`.
 */
function countIn(n: number, locale: string): string {
  return /^en([-_](us|gb))?$/i.test(locale) ? formatCount(n) : formatMessageNumber(n, locale);
}

/** The kinds' counts as one list (there are three kinds at most). */
function list(items: readonly string[], locale: string): string {
  const [first = "", second = "", third = ""] = items;
  if (items.length <= 1) return first;
  if (items.length === 2) return tDerive(locale, "derive.listTwo", { first, second });
  return tDerive(locale, "derive.listThree", { first, second, third });
}

/**
 * Counts a dataset's events by kind, its time span, actors, countries, sources, figures and
 * disagreeing claims, and writes them as one paragraph in `options.locale` (the screen-reader
 * summary of a chart and the text of the demo page).
 *
 * @example
 * summarizeDataset(dataset).text;
 * // "33 events from 2001 to 2025: 17 operations, 3 enforcement actions and 13 legislative
 * //  milestones. They involve 94 actors and 52 countries and cite 83 sources. …"
 */
export function summarizeDataset(
  dataset: Dataset,
  options: SummarizeDatasetOptions = {},
): DatasetSummary {
  const now = options.now ?? datasetNow(dataset);
  const locale = options.locale ?? "en";
  const count = (n: number) => countIn(n, locale);
  const byKind: Record<EventKind, number> = { operation: 0, arrest: 0, legislation: 0 };
  for (const event of dataset.events) byKind[event.kind] += 1;
  const extent = timeExtent(dataset.events, now === undefined ? {} : { now });
  const firstYear = extent ? new Date(extent[0]).getUTCFullYear() : undefined;
  const lastYear = extent
    ? new Date(Math.max(extent[0], extent[1] - 1)).getUTCFullYear()
    : undefined;
  const countries = new Set<string>();
  for (const event of dataset.events) for (const c of event.countries) countries.add(c);
  for (const actor of dataset.actors) if (actor.country) countries.add(actor.country);
  const figures = dataset.events.reduce((n, event) => n + event.figures.length, 0);
  const { claims, conflicting: conflictingClaims } = countFigureClaims(dataset.events);

  const events = dataset.events.length;
  const sentences: string[] = [];
  if (events === 0) {
    sentences.push(tDerive(locale, "derive.noEvents"));
  } else {
    const kinds = list(
      (Object.keys(byKind) as EventKind[])
        .filter((kind) => byKind[kind] > 0)
        .map((kind) =>
          tDerive(locale, kindNames[kind], { n: byKind[kind], count: count(byKind[kind]) }),
        ),
      locale,
    );
    const counted = { n: events, count: count(events), kinds };
    sentences.push(
      firstYear === lastYear
        ? tDerive(locale, "derive.eventsIn", { ...counted, year: formatYear(firstYear!, locale) })
        : tDerive(locale, "derive.eventsFromTo", {
            ...counted,
            first: formatYear(firstYear!, locale),
            last: formatYear(lastYear!, locale),
          }),
    );
    sentences.push(
      tDerive(locale, "derive.involve", {
        actors: dataset.actors.length,
        actorCount: count(dataset.actors.length),
        countries: countries.size,
        countryCount: count(countries.size),
        sources: dataset.sources.length,
        sourceCount: count(dataset.sources.length),
      }),
    );
    if (figures > 0) {
      const reported = {
        figures,
        figureCount: count(figures),
        claims,
        claimCount: count(claims),
      };
      sentences.push(
        conflictingClaims === 0
          ? tDerive(locale, "derive.figuresAgree", reported)
          : tDerive(locale, "derive.figuresDisagree", {
              ...reported,
              conflicts: conflictingClaims,
              conflictCount: count(conflictingClaims),
            }),
      );
    }
  }
  return {
    title: dataset.title,
    events,
    byKind,
    extent,
    firstYear,
    lastYear,
    actors: dataset.actors.length,
    countries: countries.size,
    sources: dataset.sources.length,
    figures,
    claims,
    conflictingClaims,
    text: sentences.join(" "),
  };
}
