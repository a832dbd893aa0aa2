import type { Dataset, EventKind } from "../model";
import { formatYear } from "../time/formatYear";
import { datasetNow } from "./datasetNow";
import { countFigureClaims } from "./figureClaims";
import { formatCount } from "./formatCount";
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
}

const kindNames: Record<EventKind, [string, string]> = {
  operation: ["operation", "operations"],
  arrest: ["enforcement action", "enforcement actions"],
  legislation: ["legislative milestone", "legislative milestones"],
};

function plural(n: number, one: string, many: string): string {
  return `${formatCount(n)} ${n === 1 ? one : many}`;
}

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} and ${items[items.length - 1]}`;
}

/**
 * Counts a dataset's events by kind, its time span, actors, countries, sources, figures and
 * disagreeing claims, and writes them as one English paragraph (the screen-reader summary of a
 * chart and the text of the demo page).
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
    sentences.push("No events.");
  } else {
    const years =
      firstYear === lastYear
        ? `in ${formatYear(firstYear!)}`
        : `from ${formatYear(firstYear!)} to ${formatYear(lastYear!)}`;
    const kinds = (Object.keys(byKind) as EventKind[])
      .filter((kind) => byKind[kind] > 0)
      .map((kind) => plural(byKind[kind], ...kindNames[kind]));
    sentences.push(`${plural(events, "event", "events")} ${years}: ${list(kinds)}.`);
    sentences.push(
      `They involve ${plural(dataset.actors.length, "actor", "actors")} and ${plural(countries.size, "country", "countries")} and cite ${plural(dataset.sources.length, "source", "sources")}.`,
    );
    if (figures > 0) {
      const disagree =
        conflictingClaims === 0
          ? "where several sources report the same count, they agree"
          : `for ${plural(conflictingClaims, "count", "counts")} the sources disagree, and every reported value is kept`;
      sentences.push(
        `They report ${plural(figures, "figure", "figures")} on ${plural(claims, "count", "counts")}; ${disagree}.`,
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
