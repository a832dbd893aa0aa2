import type { DataEvent, Dataset, Source } from "../../../model";
import { normalizeLocale } from "../../../time/normalizeLocale";
import { type ChromeMessages, chromeMessagesIn } from "./messages";

/**
 * The sources cited by `events` (an event's own and its figures'), most cited first, ties in the
 * dataset's order: what a chart showing those events rests on.
 *
 * @example sourcesOf(dataset, dataset.events)[0]?.publisher // "Europol"
 */
export function sourcesOf(dataset: Dataset, events: readonly DataEvent[]): Source[] {
  const count = new Map<string, number>();
  const cite = (id: string) => count.set(id, (count.get(id) ?? 0) + 1);
  for (const event of events) {
    const ids = new Set(event.sources);
    for (const figure of event.figures ?? []) if (figure.source) ids.add(figure.source);
    for (const id of ids) cite(id);
  }
  const order = new Map(dataset.sources.map((source, i) => [source.id, i]));
  return dataset.sources
    .filter((source) => count.has(source.id))
    .sort(
      (a, b) =>
        count.get(b.id)! - count.get(a.id)! || (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0),
    );
}

/**
 * The publishers of `sources`, each once, in the order given (most cited first when the list
 * comes from {@link sourcesOf}).
 * @example publishersOf(sources) // ["Europol", "INTERPOL", "U.S. DOJ", …]
 */
export function publishersOf(sources: readonly Source[]): string[] {
  const seen = new Set<string>();
  for (const source of sources) {
    const name = source.publisher.trim();
    if (name) seen.add(name);
  }
  return [...seen];
}

/**
 * The source line a chart prints: its publishers, the first `max` by name and the rest
 * counted — "Sources: Europol, INTERPOL, U.S. DOJ and 12 more" — or `undefined` without any.
 * Never rounds: the count is of the publishers left out.
 *
 * @example formatSourceLine(["Europol", "INTERPOL"]) // "Sources: Europol and INTERPOL"
 */
export function formatSourceLine(
  publishers: readonly string[],
  options: { max?: number; locale?: string; messages?: ChromeMessages } = {},
): string | undefined {
  const messages = options.messages ?? chromeMessagesIn(options.locale);
  if (publishers.length === 0) return undefined;
  const max = Math.max(1, Math.floor(options.max ?? 3));
  // "and 1 more" names nothing a name would not: show the last one instead.
  const shown = publishers.length <= max + 1 ? publishers : publishers.slice(0, max);
  const rest = publishers.length - shown.length;
  const label = publishers.length === 1 ? messages.source : messages.sources;
  let list: string;
  if (rest > 0) {
    const count = new Intl.NumberFormat(normalizeLocale(options.locale ?? "en")).format(rest);
    list = `${shown.join(", ")} ${messages.andMore(count)}`;
  } else if (shown.length === 1) list = shown[0]!;
  else list = `${shown.slice(0, -1).join(", ")} ${messages.and} ${shown.at(-1)}`;
  return `${label}: ${list}`;
}
