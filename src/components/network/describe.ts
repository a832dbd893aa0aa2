import type {
  CooperationGraph,
  GraphEdge,
  GraphNode,
  TimeWindow,
} from "../../derive/cooperationGraph";
import type { ActorKind, DataEvent, Dataset } from "../../model";
import { formatYear } from "../../time/formatYear";
import { tDetails } from "../shared/detailsMessages";
import { el } from "../shared/el";
import { eventDateText } from "../shared/eventText";
import { renderDataTable, type TableColumn } from "../shared/renderDataTable";
import type { renderEventDetails } from "../shared/renderEventDetails";
import type { LegendItem } from "../shared/renderLegend";
import { actorKinds } from "./actorKinds";
import { tNetwork } from "./messages";
import type { NodeMeasure } from "./options";
import { nodeColor } from "./render";
import { makeSortable } from "./sortableColumn";

// What the network says in words: its summary, legend, tables, details panel and tooltip.

const year = (t: number) => formatYear(new Date(t).getUTCFullYear());
const eventCount = (n: number, locale?: string) => tNetwork(locale, "network.eventCount", { n });
const partnerCount = (n: number, locale?: string) =>
  tNetwork(locale, "network.partnerCount", { n });

/** An actor kind in words: "agency", "intergovernmental body"… */
export function actorKindLabel(kind: string, locale?: string): string {
  return (actorKinds as readonly string[]).includes(kind)
    ? tNetwork(locale, `actor.${kind as ActorKind}`)
    : kind;
}

/** "2017–2019", "2018", or "All years" without a window. @example formatWindow(undefined) */
export function formatWindow(window: TimeWindow | undefined, locale = "en"): string {
  if (!window) return tNetwork(locale, "network.allYears");
  const a = year(window.start);
  const b = year(window.end - 1);
  return a === b ? String(a) : `${a}–${b}`;
}

/** "2009–2014" from a node's first and last active times, or "" when it has none. */
function activeYears(node: GraphNode): string {
  return Number.isNaN(node.firstActive)
    ? ""
    : `${year(node.firstActive)}–${year(node.lastActive - 1)}`;
}

/**
 * The one-paragraph text summary: how many actors (or countries), ties and events, the window,
 * and the three most connected.
 * @example networkSummary(graph, { facet: "actor", kinds: ["operation"] })
 */
export function networkSummary(
  graph: CooperationGraph,
  options: {
    facet: string;
    kinds: "all" | readonly string[];
    window?: TimeWindow | undefined;
    locale?: string | undefined;
  },
): string {
  const { locale } = options;
  const nodes = graph.nodes.filter((d) => d.type !== "event");
  const n = nodes.length;
  const top = [...nodes]
    .sort((a, b) => b.degree - a.degree || b.operations - a.operations)
    .slice(0, 3)
    .map((d) =>
      tNetwork(locale, "network.withPartners", {
        name: d.name,
        partners: partnerCount(d.degree, locale),
      }),
    );
  const kind = options.kinds !== "all" && options.kinds.length === 1 ? options.kinds[0] : undefined;
  const eventsKey =
    kind === "operation"
      ? "network.operationCount"
      : kind === "arrest"
        ? "network.arrestCount"
        : kind === "legislation"
          ? "network.legislationCount"
          : "network.eventCount";
  const summary = tNetwork(locale, "network.summary", {
    nodes: tNetwork(locale, options.facet === "country" ? "network.countries" : "network.actors", {
      n,
    }),
    ties: tNetwork(locale, "network.tieCount", { n: graph.edges.length }),
    events: tNetwork(locale, eventsKey, { n: graph.events.length }),
    window: options.window
      ? formatWindow(options.window, locale)
      : tNetwork(locale, "network.allYearsInline"),
  });
  return top.length
    ? `${summary} ${tNetwork(locale, "network.mostConnected", { list: top.join(", ") })}`
    : summary;
}

/**
 * The legend: a swatch per node kind shown, events (bipartite), and what size and line width
 * mean.
 * @example renderLegend(document, networkLegendItems(graph, "weightedDegree"), "Network legend")
 */
export function networkLegendItems(
  graph: CooperationGraph,
  sizeBy: NodeMeasure,
  radius?: { min: number; max: number; maxValue: number },
  locale?: string,
): LegendItem[] {
  const kinds = [...new Set(graph.nodes.filter((d) => d.type !== "event").map((d) => d.kind))];
  const items: LegendItem[] = kinds.map((kind) => ({
    label: actorKindLabel(kind, locale),
    color: nodeColor(kind),
    shape: "circle",
  }));
  if (graph.bipartite)
    items.push({
      label: tNetwork(locale, "network.event"),
      color: "var(--jl-color-text)",
      shape: "square",
    });
  const measureName = tNetwork(
    locale,
    sizeBy === "operations"
      ? "network.measure.operations"
      : sizeBy === "degree"
        ? "network.measure.degree"
        : "network.measure.weightedDegree",
  );
  const values = graph.nodes.filter((d) => d.type !== "event").map((d) => d[sizeBy]);
  const lo = values.length > 0 ? Math.min(...values) : 0;
  const hi = values.length > 0 ? Math.max(...values) : 0;
  if (radius && hi > lo) {
    // Two sample circles in the drawing's proportions (area ∝ value), scaled to fit the legend row.
    const drawn = (v: number) =>
      radius.maxValue > 0
        ? radius.min + (radius.max - radius.min) * Math.sqrt(v / radius.maxValue)
        : radius.min;
    const fit = Math.min(1, 7 / drawn(hi));
    const r = (v: number) => drawn(v) * fit;
    items.push(
      {
        label: tNetwork(locale, "network.sizeFrom", { measure: measureName, lo }),
        color: "var(--jl-color-muted)",
        shape: "circle",
        size: r(lo),
      },
      {
        label: `${hi}`,
        color: "var(--jl-color-muted)",
        shape: "circle",
        size: r(hi),
      },
    );
  } else
    items.push({
      label: tNetwork(locale, "network.size", { measure: measureName }),
      color: "var(--jl-color-muted)",
      shape: "circle",
      size: 7,
    });
  const maxWeight = Math.max(0, ...graph.edges.map((e) => e.weight));
  items.push({
    label:
      maxWeight > 1
        ? tNetwork(locale, "network.lineWidthTo", { max: maxWeight })
        : tNetwork(locale, "network.lineWidth"),
    color: "var(--jl-color-muted)",
    shape: "line",
  });
  return items;
}

/**
 * The nodes and ties as two accessible tables, in a keyboard-scrollable region.
 * @example dataBlock.append(renderNetworkTables(document, graph, dataset))
 */
export function renderNetworkTables(
  document: Document,
  graph: CooperationGraph,
  data: Dataset,
  locale = "en",
): HTMLElement {
  const wrap = el(document, "div", "jl-table-wrap");
  // A scrolling region must be reachable by keyboard to be scrolled.
  wrap.tabIndex = 0;
  wrap.setAttribute("role", "region");
  wrap.setAttribute("aria-label", tNetwork(locale, "network.data"));
  const names = new Map(graph.nodes.map((d) => [d.id, d.name]));
  const titles = new Map(data.events.map((e) => [e.id, e.title]));
  const tieColumns: TableColumn<GraphEdge>[] = [
    {
      label: tNetwork(locale, "network.between"),
      cell: (e) =>
        tNetwork(locale, "network.pair", {
          a: names.get(e.source) ?? e.source,
          b: names.get(e.target) ?? e.target,
        }),
      rowHeader: true,
    },
    { label: tNetwork(locale, "network.sharedEvents"), cell: (e) => String(e.weight) },
    {
      label: tDetails(locale, "table.events"),
      cell: (e) => e.events.map((id) => titles.get(id) ?? id).join("; "),
    },
  ];
  const ties = renderDataTable(
    document,
    tNetwork(locale, "network.ties", { n: graph.edges.length }),
    graph.edges,
    tieColumns,
  );
  // The ties can be read strongest first: the "Shared events" header sorts them.
  makeSortable(ties, graph.edges, tieColumns, 1, (e) => e.weight, locale);
  wrap.append(
    renderDataTable(
      document,
      tNetwork(locale, "network.nodes", { n: graph.nodes.length }),
      graph.nodes,
      [
        { label: tNetwork(locale, "network.name"), cell: (d) => d.name, rowHeader: true },
        { label: tDetails(locale, "table.kind"), cell: (d) => actorKindLabel(d.kind, locale) },
        { label: tDetails(locale, "table.events"), cell: (d) => String(d.operations) },
        { label: tNetwork(locale, "network.partners"), cell: (d) => String(d.degree) },
        { label: tNetwork(locale, "network.sharedEvents"), cell: (d) => String(d.weightedDegree) },
        { label: tNetwork(locale, "network.active"), cell: activeYears },
      ],
    ),
    ties,
  );
  return wrap;
}

/**
 * The details panel's content for an event node (bipartite view): the event's full details,
 * drawn with the details' code (`renderEvent`, src/components/timeline/detailsCode.ts), which
 * the script-tag build loads as a part when a reader first selects an event.
 * @example details.replaceChildren(...renderEventNodeDetails(document, event, dataset, "en", code.renderEventDetails))
 */
export function renderEventNodeDetails(
  document: Document,
  event: DataEvent,
  data: Dataset,
  locale: string,
  renderEvent: typeof renderEventDetails,
): Node[] {
  const context = {
    actors: new Map(data.actors.map((a) => [a.id, a])),
    sources: new Map(data.sources.map((s) => [s.id, s])),
    locale,
  };
  return [renderEvent(document, event, context, { headingLevel: 3 })];
}

/**
 * The details panel's content for an actor or country node: its kind, activity, events over
 * time and partners (an event node's is {@link renderEventNodeDetails}).
 * @example details.replaceChildren(...renderNodeDetails(document, node, graph, dataset))
 */
export function renderNodeDetails(
  document: Document,
  node: GraphNode,
  graph: CooperationGraph,
  data: Dataset,
  locale = "en",
): Node[] {
  const eventById = (id: string): DataEvent | undefined => data.events.find((e) => e.id === id);
  const children: Node[] = [el(document, "h3", undefined, node.name)];
  const actor = data.actors.find((a) => a.id === node.id);
  const meta = [actorKindLabel(node.kind, locale), actor?.country].filter(Boolean).join(" · ");
  children.push(el(document, "p", "jl-meta", meta));
  children.push(
    el(
      document,
      "p",
      undefined,
      Number.isNaN(node.firstActive)
        ? tNetwork(locale, "network.nodeEvents", {
            events: eventCount(node.operations, locale),
            partners: partnerCount(node.degree, locale),
          })
        : tNetwork(locale, "network.nodeEventsFromTo", {
            events: eventCount(node.operations, locale),
            from: year(node.firstActive),
            to: year(node.lastActive - 1),
            partners: partnerCount(node.degree, locale),
          }),
    ),
  );
  children.push(el(document, "h4", undefined, tNetwork(locale, "network.eventsOverTime")));
  const list = el(document, "ul");
  for (const id of node.events) {
    const event = eventById(id);
    list.append(
      el(
        document,
        "li",
        undefined,
        event ? `${eventDateText(event, locale)} — ${event.title}` : id,
      ),
    );
  }
  children.push(list);
  const names = new Map(graph.nodes.map((d) => [d.id, d.name]));
  const partners = graph.edges
    .filter((e) => e.source === node.id || e.target === node.id)
    .map((e) => ({ id: e.source === node.id ? e.target : e.source, weight: e.weight }))
    .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
  if (partners.length) {
    children.push(el(document, "h4", undefined, tNetwork(locale, "network.partners")));
    const plist = el(document, "ul");
    for (const p of partners)
      plist.append(
        el(
          document,
          "li",
          undefined,
          tNetwork(locale, "network.sharedWith", { name: names.get(p.id) ?? p.id, n: p.weight }),
        ),
      );
    children.push(plist);
  }
  return children;
}

/**
 * The tooltip's lines for a node: its name, kind, events, partners and active years.
 * @example tooltip.show(nodeTooltip(document, node), x, y)
 */
export function nodeTooltip(document: Document, node: GraphNode, locale?: string): Node[] {
  const active = activeYears(node);
  return [
    el(document, "p", "jl-tooltip-title", node.name),
    el(
      document,
      "p",
      "jl-tooltip-meta",
      [
        actorKindLabel(node.kind, locale),
        eventCount(node.operations, locale),
        partnerCount(node.degree, locale),
        active,
      ]
        .filter(Boolean)
        .join(" · "),
    ),
  ];
}
