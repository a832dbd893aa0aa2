import type { Actor, ActorKind, DataEvent, Dataset, EventKind, Role } from "../model";
import { datasetNow } from "./datasetNow";
import { eventExtent } from "./eventExtent";

/** What the nodes of a cooperation graph stand for. */
export type GraphFacet = "actor" | "country";

/** A half-open time window `[start, end)` in ms since the epoch (UTC). */
export interface TimeWindow {
  start: number;
  end: number;
}

/** Options for {@link cooperationGraph}. */
export interface CooperationGraphOptions {
  /**
   * Nodes are actors (`"actor"`, default) or the countries listed on each event (`"country"`).
   * @example cooperationGraph(dataset, { facet: "country" })
   */
  facet?: GraphFacet;
  /**
   * Which kinds of event make a tie; default `["operation"]`, `"all"` for every kind.
   * @example cooperationGraph(dataset, { kinds: "all" })
   */
  kinds?: readonly EventKind[] | "all";
  /**
   * Only events whose time range overlaps this window count; default: every event.
   * An event overlaps when any instant it may cover lies in the window, so an imprecise date is
   * never silently dropped.
   * @example cooperationGraph(dataset, { window: { start: Date.UTC(2020, 0, 1), end: Date.UTC(2021, 0, 1) } })
   */
  window?: TimeWindow;
  /**
   * Only these roles count as taking part (actor facet); default: every role.
   * @example cooperationGraph(dataset, { roles: ["lead", "coordinator"] })
   */
  roles?: readonly Role[];
  /**
   * Also add one node per event, with an edge from each participant to it (the actor–operation
   * bipartite graph) instead of the actor–actor edges; default false.
   * @example cooperationGraph(dataset, { bipartite: true })
   */
  bipartite?: boolean;
  /**
   * The instant (ms) an open ("ongoing") span runs to; default the dataset's `updated` date,
   * or the span's start when there is none.
   * @example cooperationGraph(events, { now: Date.UTC(2026, 0, 1) })
   */
  now?: number;
}

/** One node: an actor, a country, or (bipartite graphs) an event. */
export interface GraphNode {
  /** The actor id, the country code, or the event id. */
  id: string;
  type: "actor" | "country" | "event";
  /** A readable name: the actor's short name or name, the country's name, the event's title. */
  label: string;
  /** The full name (actor name, country name, event title). */
  name: string;
  /** The actor's kind; `"country"` for country nodes; the event kind for event nodes. */
  kind: ActorKind | EventKind;
  /** Ids of the counted events this node took part in, in time order. */
  events: string[];
  /** How many counted events it took part in (`events.length`). */
  operations: number;
  /** How many distinct neighbours it has. */
  degree: number;
  /** The sum of the weights of its edges. */
  weightedDegree: number;
  /** Earliest instant (ms) of its first counted event, or NaN when it has none. */
  firstActive: number;
  /** Latest instant (ms, exclusive) of its last counted event, or NaN when it has none. */
  lastActive: number;
}

/** One undirected edge; `source < target` in string order, so an edge has one id. */
export interface GraphEdge {
  /** `${source}~${target}`. */
  id: string;
  source: string;
  target: string;
  /** The number of counted events the two took part in together. */
  weight: number;
  /** Ids of those events, in time order. */
  events: string[];
}

/** The result of {@link cooperationGraph}: plain arrays, sorted for stable output. */
export interface CooperationGraph {
  facet: GraphFacet;
  bipartite: boolean;
  /** Participants in dataset order (actors) or code order (countries), then event nodes. */
  nodes: GraphNode[];
  /** Sorted by source, then target. */
  edges: GraphEdge[];
  /** The events that were counted, in time order. */
  events: string[];
}

/**
 * The instants an event may cover, or undefined for a hand-built event whose date does not
 * parse (validated datasets never have one): a graph is drawn from what can be placed.
 */
function eventSpan(
  event: DataEvent,
  now: number | undefined,
): { start: number; end: number } | undefined {
  try {
    const extent = eventExtent(event, now === undefined ? {} : { now });
    return { start: extent.earliestStart, end: extent.latestEnd };
  } catch {
    return undefined;
  }
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function countryNames(actors: readonly Actor[]): Map<string, string> {
  const names = new Map<string, string>();
  for (const actor of actors) {
    if (actor.kind === "country" && actor.country && !names.has(actor.country))
      names.set(actor.country, actor.name);
  }
  return names;
}

/**
 * Builds the cooperation graph of a dataset: one node per actor (or country) taking part in a
 * counted event, and one edge between every two of them for the events they took part in
 * together, weighted by the number of such events and listing their ids. Pure; does not
 * mutate its input.
 *
 * @example
 * const graph = cooperationGraph(dataset, { window: { start: Date.UTC(2017, 0, 1), end: Date.UTC(2020, 0, 1) } });
 * graph.edges[0]; // { id: "europol~us-fbi", source: "europol", target: "us-fbi", weight: 2, events: [...] }
 */
export function cooperationGraph(
  data: Dataset | readonly DataEvent[],
  options: CooperationGraphOptions = {},
): CooperationGraph {
  const isDataset = !Array.isArray(data);
  const events: readonly DataEvent[] = isDataset
    ? (data as Dataset).events
    : (data as readonly DataEvent[]);
  const actors: readonly Actor[] = isDataset ? (data as Dataset).actors : [];
  const facet = options.facet ?? "actor";
  const bipartite = options.bipartite ?? false;
  const kinds = options.kinds ?? ["operation"];
  const roles = options.roles ? new Set(options.roles) : undefined;
  const now = options.now ?? (isDataset ? datasetNow(data as Dataset) : undefined);
  const window = options.window;

  // Count each event once, in time order (then id), so lists read chronologically.
  const counted: { event: DataEvent; start: number; end: number; members: string[] }[] = [];
  for (const event of events) {
    if (kinds !== "all" && !kinds.includes(event.kind)) continue;
    const span = eventSpan(event, now);
    if (!span) continue;
    if (window && !(span.start < window.end && span.end > window.start)) continue;
    const members =
      facet === "actor"
        ? event.actors.filter((a) => !roles || roles.has(a.role)).map((a) => a.actor)
        : [...event.countries];
    counted.push({ event, ...span, members: [...new Set(members)] });
  }
  counted.sort((a, b) => a.start - b.start || byString(a.event.id, b.event.id));

  const nodeById = new Map<string, GraphNode>();
  const edgeById = new Map<string, GraphEdge>();
  const addEdge = (a: string, b: string, eventId: string) => {
    const [source, target] = a < b ? [a, b] : [b, a];
    const id = `${source}~${target}`;
    let edge = edgeById.get(id);
    if (!edge) {
      edge = { id, source, target, weight: 0, events: [] };
      edgeById.set(id, edge);
    }
    edge.weight += 1;
    edge.events.push(eventId);
  };
  const actorById = new Map(actors.map((a) => [a.id, a]));
  const names = countryNames(actors);
  const touch = (id: string, item: (typeof counted)[number]) => {
    let node = nodeById.get(id);
    if (!node) {
      const actor = facet === "actor" ? actorById.get(id) : undefined;
      const name = facet === "actor" ? (actor?.name ?? id) : (names.get(id) ?? id);
      node = {
        id,
        type: facet,
        label: facet === "actor" ? (actor?.shortName ?? actor?.name ?? id) : (names.get(id) ?? id),
        name,
        kind: facet === "actor" ? (actor?.kind ?? "other") : "country",
        events: [],
        operations: 0,
        degree: 0,
        weightedDegree: 0,
        firstActive: Number.NaN,
        lastActive: Number.NaN,
      };
      nodeById.set(id, node);
    }
    node.events.push(item.event.id);
    node.operations += 1;
    node.firstActive = Number.isNaN(node.firstActive)
      ? item.start
      : Math.min(node.firstActive, item.start);
    node.lastActive = Number.isNaN(node.lastActive)
      ? item.end
      : Math.max(node.lastActive, item.end);
  };

  const eventNodes: GraphNode[] = [];
  for (const item of counted) {
    for (const member of item.members) touch(member, item);
    if (bipartite) {
      if (item.members.length === 0) continue;
      eventNodes.push({
        id: item.event.id,
        type: "event",
        label: item.event.title,
        name: item.event.title,
        kind: item.event.kind,
        events: [item.event.id],
        operations: 1,
        degree: 0,
        weightedDegree: 0,
        firstActive: item.start,
        lastActive: item.end,
      });
      for (const member of item.members) addEdge(member, item.event.id, item.event.id);
    } else {
      const m = item.members;
      for (let i = 0; i < m.length; i++)
        for (let j = i + 1; j < m.length; j++) addEdge(m[i]!, m[j]!, item.event.id);
    }
  }

  const edges = [...edgeById.values()].sort(
    (a, b) => byString(a.source, b.source) || byString(a.target, b.target),
  );
  const eventNodeById = new Map(eventNodes.map((n) => [n.id, n]));
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      const node = nodeById.get(end) ?? eventNodeById.get(end);
      if (!node) continue;
      node.degree += 1;
      node.weightedDegree += edge.weight;
    }
  }

  // Actors in the dataset's order (its authors chose it), unknown ids and countries by id.
  const order = new Map(actors.map((a, i) => [a.id, i]));
  const participants = [...nodeById.values()].sort((a, b) => {
    const ia = facet === "actor" ? (order.get(a.id) ?? Number.POSITIVE_INFINITY) : 0;
    const ib = facet === "actor" ? (order.get(b.id) ?? Number.POSITIVE_INFINITY) : 0;
    return ia - ib || byString(a.id, b.id);
  });
  return {
    facet,
    bipartite,
    nodes: [...participants, ...eventNodes],
    edges,
    events: counted.map((c) => c.event.id),
  };
}
