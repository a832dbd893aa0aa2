import { t } from "../i18n/catalog";
import type { Actor, DataEvent, EventKind } from "../model";
import { compareLabels } from "./compareLabels";

/**
 * What lanes group events by: their kind (default), every actor taking part (an event appears
 * in the lane of each), the lead actor only, every country, every tag, or one lane for all.
 *
 * @example
 * const by: LaneFacet = "actor";
 */
export type LaneFacet = "kind" | "actor" | "lead" | "country" | "tag" | "none";

/** The lane facets, in the order a picker would list them. */
export const laneFacets: readonly LaneFacet[] = ["kind", "actor", "lead", "country", "tag", "none"];

/** One lane: a key, a label for people and how many events it holds. */
export interface Lane {
  key: string;
  label: string;
  /** The number of events in the lane. */
  count: number;
}

/** Options for {@link assignLanes}. */
export interface AssignLanesOptions {
  /** The facet; default `"kind"`. @example { by: "country" } */
  by?: LaneFacet;
  /** Actors, to label actor lanes with short names; default: none (ids are used). */
  actors?: readonly Actor[];
  /**
   * The most lanes to draw; the smallest lanes beyond it merge into one "Other" lane.
   * Default 12. @example { maxLanes: 8 }
   */
  maxLanes?: number;
  /** Labels for kind lanes; default the catalogue's names in `locale` ("Operations"…). */
  kindLabels?: Partial<Record<EventKind, string>>;
  /** Labels a country or tag key (e.g. a country code to its name); default: the key. */
  label?: (key: string, by: LaneFacet) => string;
  /** The label of the lane holding what did not fit; default `"Other"` in `locale`. */
  otherLabel?: string;
  /**
   * The label of the lane for events without the facet (no actor, no tag…); default `"None"` in
   * `locale`.
   */
  noneLabel?: string;
  /**
   * The language of the default labels (kinds, "Other", "None"); default English.
   * @example { by: "kind", locale: "fr" }
   */
  locale?: string;
}

/** The result of {@link assignLanes}. */
export interface LaneAssignment {
  /** Lanes in display order; empty lanes are never listed. */
  lanes: Lane[];
  /**
   * For each input event, the keys of the lanes it appears in (at least one). Events in the same
   * single lane share one list (read-only): 100,000 one-key arrays were ~3 MB of a chart's heap.
   */
  membership: (readonly string[])[];
}

const kindOrder: readonly EventKind[] = ["operation", "arrest", "legislation"];
const OTHER = "\u0000other";
const NONE = "\u0000none";

/**
 * The event's first lead, else its first coordinator, else its first actor. One loop without a
 * closure: it runs once per event in a chart's first render, while the code is still cold
 * (lanes by lead of 10,000 events, a fresh Node process: 33–42 ms of CPU with a `find` per role,
 * 23–31 ms so).
 */
function leadActor(event: DataEvent): string | undefined {
  let coordinator: string | undefined;
  for (const a of event.actors) {
    if (a.role === "lead") return a.actor;
    if (coordinator === undefined && a.role === "coordinator") coordinator = a.actor;
  }
  return coordinator ?? event.actors[0]?.actor;
}

function keysOf(event: DataEvent, by: LaneFacet): string[] {
  switch (by) {
    case "kind":
      return [event.kind];
    case "actor":
      return [...new Set(event.actors.map((a) => a.actor))];
    case "lead": {
      const lead = leadActor(event);
      return lead ? [lead] : [];
    }
    case "country":
      return [...new Set(event.countries)];
    case "tag":
      return [...new Set(event.tags)];
    case "none":
      return ["all"];
  }
}

/**
 * Puts events into lanes by a facet. With `actor`, `country` and `tag` an event belongs to every
 * lane it qualifies for (a joint operation appears in each participant's lane); lanes are then
 * ordered by size, largest first, and capped at `maxLanes` with an "Other" lane. Kind lanes
 * keep a fixed order. Events without the facet go to a "None" lane. Pure; input not mutated.
 *
 * @example
 * const { lanes, membership } = assignLanes(dataset.events, { by: "actor", actors: dataset.actors });
 */
export function assignLanes(
  events: readonly DataEvent[],
  options: AssignLanesOptions = {},
): LaneAssignment {
  const by = options.by ?? "kind";
  const maxLanes = Math.max(1, options.maxLanes ?? 12);
  const actorNames = new Map((options.actors ?? []).map((a) => [a.id, a.shortName ?? a.name]));
  // One shared list per single key (most events are in one lane).
  const singles = new Map<string, readonly string[]>();
  const shared = (keys: readonly string[]): readonly string[] => {
    if (keys.length !== 1) return keys;
    const known = singles.get(keys[0]!);
    if (known) return known;
    singles.set(keys[0]!, keys);
    return keys;
  };
  const raw = events.map((event) => {
    const keys = keysOf(event, by);
    return shared(keys.length ? keys : [NONE]);
  });
  const counts = new Map<string, number>();
  for (const keys of raw) for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);

  const labelOf = (key: string): string => {
    if (key === OTHER) return options.otherLabel ?? t(options.locale, "lane.other");
    if (key === NONE) return options.noneLabel ?? t(options.locale, "lane.none");
    if (by === "kind")
      return (
        options.kindLabels?.[key as EventKind] ??
        (kindOrder.includes(key as EventKind) ? t(options.locale, `lane.${key as EventKind}`) : key)
      );
    if (by === "actor" || by === "lead")
      return actorNames.get(key) ?? options.label?.(key, by) ?? key;
    if (by === "none") return "";
    return options.label?.(key, by) ?? key;
  };

  let keys = [...counts.keys()];
  if (by === "kind") {
    keys.sort((a, b) => kindOrder.indexOf(a as EventKind) - kindOrder.indexOf(b as EventKind));
  } else {
    keys.sort((a, b) => {
      if (a === NONE) return 1;
      if (b === NONE) return -1;
      return (counts.get(b) ?? 0) - (counts.get(a) ?? 0) || compareLabels(labelOf(a), labelOf(b));
    });
  }
  let membership = raw;
  if (keys.length > maxLanes) {
    const kept = new Set(keys.slice(0, maxLanes - 1));
    membership = raw.map((list) => {
      const inKept = list.filter((k) => kept.has(k));
      return shared(inKept.length === list.length ? inKept : [...inKept, OTHER]);
    });
    keys = [...kept, OTHER];
  }
  const finalCounts = new Map<string, number>();
  for (const list of membership)
    for (const key of list) finalCounts.set(key, (finalCounts.get(key) ?? 0) + 1);
  const lanes = keys
    .filter((key) => (finalCounts.get(key) ?? 0) > 0)
    .map((key) => ({ key, label: labelOf(key), count: finalCounts.get(key) ?? 0 }));
  return { lanes, membership };
}
