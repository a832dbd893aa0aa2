import type { Actor, DataEvent, Dataset, EventKind, Role } from "../model";
import { datasetNow } from "./datasetNow";
import { eventExtent } from "./eventExtent";
import { inTimeWindow } from "./inTimeWindow";

/**
 * What to keep. Every field is optional and an absent or empty field keeps everything; fields
 * combine with AND, the values inside one list with OR (`kinds: ["operation", "arrest"]` keeps
 * both kinds).
 * @example
 * const filter: EventFilter = { kinds: ["operation"], countries: ["DE"], query: "europol" };
 */
export interface EventFilter {
  /**
   * Start of the time window, inclusive, in ms since the epoch; default: no lower limit.
   * @example { start: Date.UTC(2024, 0, 1) }
   */
  start?: number;
  /**
   * End of the time window, exclusive, in ms since the epoch; default: no upper limit.
   * @example { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1) } // the year 2024
   */
  end?: number;
  /**
   * When false (the default) an event is in the window if it *may* overlap it: "2014" overlaps
   * March 2014, and a span "2022/2025-04-02" overlaps 2022. When true, only events that
   * *certainly* overlap it: their latest possible start is before the window's end and their
   * earliest possible end after its start, so "2014" is not certainly in March 2014 but
   * "2014-03-05" is.
   * @example { start: Date.UTC(2014, 2, 1), end: Date.UTC(2014, 3, 1), precise: true }
   */
  precise?: boolean;
  /**
   * The instant an ongoing span (`2023/..`) runs to; default: the dataset's `updated` date when
   * a dataset is given, else none (ongoing spans end where their start range ends).
   * @example { start: Date.UTC(2026, 0, 1), now: Date.UTC(2026, 5, 1) }
   */
  now?: number;
  /** Kinds of event to keep. @example { kinds: ["operation"] } */
  kinds?: readonly EventKind[];
  /**
   * Keep events in which any of these actors (by id) takes part.
   * @example { actors: ["europol"] }
   */
  actors?: readonly string[];
  /**
   * With `actors`: only count these roles, e.g. events that Europol coordinated; default: any
   * role. Without `actors`: keep events that have an actor in one of these roles.
   * @example { actors: ["europol"], roles: ["lead", "coordinator"] }
   */
  roles?: readonly Role[];
  /**
   * Keep events whose `countries` list has any of these ISO codes. The actors' own countries
   * are not consulted: `countries` is the event's list of where it happened or who took part.
   * @example { countries: ["DE", "NL"] }
   */
  countries?: readonly string[];
  /** Keep events with any of these tags (exact match). @example { tags: ["europol"] } */
  tags?: readonly string[];
  /**
   * Free text: every word must occur in the title, the summary, or the name, short name or id
   * of one of the event's actors, ignoring case and accents ("europol bavaria", "operação").
   * Actor names are only known when a dataset is given; with a bare list, actor ids are used.
   * @example { query: "kidflix" }
   */
  query?: string;
}

/**
 * Folds text for matching: lower case, accents removed ("Operação" → "operacao"), and the
 * German ß and ligatures expanded, so a reader's spelling need not match the source's.
 *
 * @example
 * foldText("Operação Luz na Infância"); // "operacao luz na infancia"
 */
export function foldText(text: string): string {
  return text
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .toLowerCase()
    .replace(/ß/g, "ss");
}

// Folding every title and summary on each keystroke of a search box is the hot part of a query.
const foldedText = new WeakMap<DataEvent, string>();

function eventText(event: DataEvent): string {
  let text = foldedText.get(event);
  if (text === undefined) {
    text = foldText(`${event.title}\n${event.summary ?? ""}`);
    foldedText.set(event, text);
  }
  return text;
}

function isDataset(input: Dataset | readonly DataEvent[]): input is Dataset {
  return !Array.isArray(input);
}

/**
 * The events that match a filter, in their original order, as a new array (the input is never
 * changed). The empty filter keeps every event.
 *
 * Time: an event is in the window `[start, end)` when its extent overlaps it; imprecise dates
 * count with their whole possible range (see {@link EventFilter.precise} to require certainty).
 *
 * @example
 * filterEvents(dataset, { start: Date.UTC(2024, 0, 1), end: Date.UTC(2025, 0, 1), kinds: ["operation"] });
 * filterEvents(dataset.events, { actors: ["europol"], roles: ["coordinator"], query: "kidflix" });
 */
export function filterEvents(
  input: Dataset | readonly DataEvent[],
  filter: EventFilter = {},
): DataEvent[] {
  const events = isDataset(input) ? input.events : input;
  const actors = isDataset(input) ? new Map(input.actors.map((a) => [a.id, a])) : undefined;
  const now = filter.now ?? (isDataset(input) ? datasetNow(input) : undefined);

  const windowStart = filter.start ?? Number.NEGATIVE_INFINITY;
  const windowEnd = filter.end ?? Number.POSITIVE_INFINITY;
  const hasWindow = filter.start !== undefined || filter.end !== undefined;
  const kinds = nonEmptySet(filter.kinds);
  const actorIds = nonEmptySet(filter.actors);
  const roles = nonEmptySet(filter.roles);
  const countries = nonEmptySet(filter.countries);
  const tags = nonEmptySet(filter.tags);
  const words =
    filter.query === undefined ? [] : foldText(filter.query).split(/\s+/).filter(Boolean);

  return events.filter((event) => {
    if (kinds && !kinds.has(event.kind)) return false;
    if (actorIds || roles) {
      const takesPart = event.actors.some(
        (a) => (!actorIds || actorIds.has(a.actor)) && (!roles || roles.has(a.role)),
      );
      if (!takesPart) return false;
    }
    if (countries && !event.countries.some((c) => countries.has(c))) return false;
    if (tags && !event.tags.some((t) => tags.has(t))) return false;
    if (hasWindow) {
      const extent = eventExtent(event, now === undefined ? {} : { now });
      if (!inTimeWindow(extent, windowStart, windowEnd, filter.precise)) return false;
    }
    if (words.length > 0) {
      const text = `${eventText(event)}\n${actorText(event, actors)}`;
      if (!words.every((word) => text.includes(word))) return false;
    }
    return true;
  });
}

function actorText(event: DataEvent, actors: ReadonlyMap<string, Actor> | undefined): string {
  return event.actors
    .map(({ actor: id }) => {
      const actor = actors?.get(id);
      return foldText(actor ? `${actor.name} ${actor.shortName ?? ""} ${id}` : id);
    })
    .join("\n");
}

function nonEmptySet<T>(values: readonly T[] | undefined): ReadonlySet<T> | undefined {
  return values && values.length > 0 ? new Set(values) : undefined;
}
