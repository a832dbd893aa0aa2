import { select } from "d3-selection";
import { type ZoomBehavior, zoom, zoomIdentity } from "d3-zoom";
import {
  type CooperationGraph,
  cooperationGraph,
  type GraphNode,
  type TimeWindow,
} from "../../derive/cooperationGraph";
import { datasetNow } from "../../derive/datasetNow";
import { timeExtent } from "../../derive/timeExtent";
import type { Dataset, Event } from "../../model";
import { createDisposables, dispatch } from "../shared/dispatch";
import { el } from "../shared/el";
import { canvasTextMeasurer } from "../shared/measureText";
import { renderDataTable } from "../shared/renderDataTable";
import { renderEmptyState } from "../shared/renderEmptyState";
import { eventDateText, renderEventDetails } from "../shared/renderEventDetails";
import { type LegendItem, renderLegend } from "../shared/renderLegend";
import { renderTextSummary } from "../shared/renderTextSummary";
import { adoptStyle, adoptTheme, rootClass } from "../shared/theme";
import { createTooltip } from "../shared/tooltip";
import { layoutNetwork, type NetworkLayout, type Point } from "./layout";
import { type NavigationKey, nextNode } from "./nextNode";
import type { NetworkOptions, ResolvedNetworkOptions } from "./options";
import { resolveNetworkOptions } from "./options";
import { createNodeMover, drawNetwork, networkCss, nodeColor, renderNetwork } from "./render";

/** `detail` of `network-select`: the selected node, or null when the selection is cleared. */
export interface NetworkSelectDetail {
  id: string | null;
  node: GraphNode | null;
  /** The ids of the node's events in the current window (empty when cleared). */
  events: string[];
}

/** `detail` of `network-hover`: the node under the pointer or focus, or null. */
export interface NetworkHoverDetail {
  id: string | null;
  node: GraphNode | null;
}

/** `detail` of `network-window`: the time window the playback control moved to. */
export interface NetworkWindowDetail {
  window: TimeWindow | null;
  playing: boolean;
}

/** The network's root element; `value` is the selected node id (or null). */
export type NetworkElement = HTMLDivElement & { readonly value: string | null };

/**
 * The handle returned by {@link createNetwork}. Verbs called from code change the view without
 * dispatching events (as setting an input's value fires no `input`); the reader's own clicks,
 * keys and playback dispatch `network-select`, `network-hover` and `network-window`.
 */
export interface NetworkHandle {
  /** The root element: listen to `network-select`, `network-hover`, `network-window` here. */
  readonly element: NetworkElement;
  /** Re-applies options; a new `window` keeps the nodes that stay where they were. */
  update(options: Partial<NetworkOptions>): void;
  /** Replaces the dataset (a filtered one, say); nodes that stay keep their place. */
  setDataset(dataset: Dataset): void;
  /** Selects a node by id (or clears with null), opening its details. */
  select(id: string | null): void;
  /** Moves keyboard focus to a node. */
  focus(id: string): void;
  /** Emphasises these node ids and dims the rest; null or empty clears. */
  highlight(ids: Iterable<string> | null): void;
  /** Zooms to a scale factor (1 = fit) around the centre. */
  zoomTo(scale: number): void;
  /** Back to scale 1, no pan. */
  resetZoom(): void;
  /** Starts playback: the window slides year by year from the first active year. */
  play(): void;
  /** Stops playback where it is. */
  pause(): void;
  /** Whether playback is running. */
  readonly playing: boolean;
  /** The current layout (positions in drawing coordinates), for tests and exports. */
  readonly layout: NetworkLayout;
  /** The current graph. */
  readonly graph: CooperationGraph;
  /** Removes every node, listener, observer and timer the network made. */
  destroy(): void;
}

const year = (t: number) => new Date(t).getUTCFullYear();
const yearStart = (y: number) => Date.UTC(y, 0, 1);
const graphKeys = [
  "facet",
  "kinds",
  "roles",
  "bipartite",
  "sizeBy",
  "seed",
  "ticks",
  "now",
] as const;

/**
 * Draws the cooperation network of a dataset into `container`: actors (or countries) as nodes
 * sized by a measure and coloured by kind, an edge per pair weighted by the operations they
 * shared in the time window, with a deterministic layout, labels that never collide, drag, zoom,
 * hover and select with a details panel, a legend, keyboard navigation (arrows, Home/End, Enter,
 * Escape, +/−), a playback control and an accessible data table.
 *
 * @example
 * const network = createNetwork(document.querySelector("#net")!, dataset, { window: { start: Date.UTC(2017, 0, 1), end: Date.UTC(2020, 0, 1) } });
 * network.element.addEventListener("network-select", (e) => console.log(e.detail.id));
 * network.update({ facet: "country" });
 * network.destroy();
 */
export function createNetwork(
  container: HTMLElement,
  dataset: Dataset,
  options: NetworkOptions = {},
): NetworkHandle {
  const document = container.ownerDocument;
  const view = document.defaultView;
  const bag = createDisposables();
  bag.add(adoptTheme(document));
  bag.add(adoptStyle(document, "network", networkCss));
  let data = dataset;
  let opts: ResolvedNetworkOptions = resolveNetworkOptions(options);
  let selected: string | null = null;
  let highlighted = new Set<string>();
  let focusable: string | null = null;
  let playing = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Every place a node has been, so one that leaves the window and comes back returns there.
  let memory = new Map<string, Point>();

  const root = el(document, "div", `${rootClass} jl-network`) as NetworkElement;
  Object.defineProperty(root, "value", { get: () => selected, configurable: true });
  const toolbar = el(document, "div", "jl-network-toolbar");
  const playButton = el(document, "button", "jl-network-play", "Play");
  playButton.type = "button";
  playButton.setAttribute("aria-pressed", "false");
  const prevButton = el(document, "button", "jl-network-prev", "◀");
  prevButton.type = "button";
  prevButton.setAttribute("aria-label", "Previous year");
  const nextButton = el(document, "button", "jl-network-next", "▶");
  nextButton.type = "button";
  nextButton.setAttribute("aria-label", "Next year");
  const windowText = el(document, "output", "jl-network-window");
  windowText.setAttribute("aria-live", "polite");
  const resetButton = el(document, "button", "jl-network-reset", "Reset zoom");
  resetButton.type = "button";
  toolbar.append(playButton, prevButton, nextButton, windowText, resetButton);
  const stage = el(document, "div", "jl-network-stage");
  stage.style.position = "relative";
  const legendSlot = el(document, "div", "jl-network-legend");
  const details = el(document, "div", "jl-details jl-network-details");
  details.hidden = true;
  details.setAttribute("aria-live", "polite");
  const dataBlock = el(document, "details", "jl-network-data");
  const summaryId = `jl-network-summary-${Math.random().toString(36).slice(2, 8)}`;
  let summary = renderTextSummary(document, "", { id: summaryId });
  root.append(toolbar, stage, legendSlot, details, dataBlock, summary);
  container.append(root);
  const tooltip = createTooltip(root);

  const reducedMotion = () =>
    view?.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  let measure = opts.measureText;
  if (!options.measureText) {
    const font = view?.getComputedStyle?.(root).fontFamily || "system-ui, sans-serif";
    measure = canvasTextMeasurer(document, font);
  }

  let resolvedWidth = options.width ?? (container.clientWidth || 640);

  let graph = buildGraph();
  let layout = computeLayout(false);
  const svg: SVGSVGElement = renderNetwork(document, layout, renderOptions());
  svg.setAttribute("aria-describedby", summaryId);
  stage.append(svg);
  const viewport = svg.querySelector("g.jl-network-viewport") as SVGGElement;
  const nodesLayer = svg.querySelector("g.jl-network-nodes") as SVGGElement;
  let empty: HTMLElement | null = null;

  // Zoom and pan on the background; a pointer that starts on a node drags that node instead.
  const zoomBehavior: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([0.5, 8])
    .filter((event: MouseEvent) => {
      if (
        event.type !== "wheel" &&
        event.target instanceof Element &&
        event.target.closest(".jl-network-node")
      )
        return false;
      // Ignore right-click, since that should open the context menu.
      return (!event.ctrlKey || event.type === "wheel") && !event.button;
    })
    .on("zoom", (event) => {
      viewport.setAttribute("transform", event.transform.toString());
    });
  select(svg).call(zoomBehavior).on("dblclick.zoom", null);
  bag.add(() => select(svg).on(".zoom", null));
  refresh();

  function buildGraph(): CooperationGraph {
    return cooperationGraph(data, {
      facet: opts.facet,
      kinds: opts.kinds,
      bipartite: opts.bipartite,
      ...(opts.roles ? { roles: opts.roles } : {}),
      ...(opts.window ? { window: opts.window } : {}),
      ...(opts.now !== undefined ? { now: opts.now } : {}),
    });
  }

  function computeLayout(keep: boolean): NetworkLayout {
    resolvedWidth = opts.width ?? (container.clientWidth || 640);
    const next = layoutNetwork(graph, {
      width: resolvedWidth,
      height: opts.height,
      sizeBy: opts.sizeBy,
      seed: opts.seed,
      ticks: opts.ticks,
      maxLabels: opts.maxLabels,
      fontSize: opts.fontSize,
      measureText: measure,
      ...(keep && memory.size > 0 ? { previous: memory } : {}),
    });
    if (!keep) memory = new Map();
    for (const d of next.nodes) memory.set(d.id, { x: d.x, y: d.y });
    return next;
  }

  function renderOptions() {
    return {
      title: opts.title,
      description: summaryText(),
      selected,
      highlighted,
      focusable,
      fontSize: opts.fontSize,
    };
  }

  function nodeById(id: string | null): GraphNode | null {
    return (id && graph.nodes.find((d) => d.id === id)) || null;
  }

  function formatWindow(w: TimeWindow | undefined): string {
    if (!w) return "All years";
    const a = year(w.start);
    const b = year(w.end - 1);
    return a === b ? String(a) : `${a}–${b}`;
  }

  function summaryText(): string {
    const nodes = graph.nodes.filter((d) => d.type !== "event");
    const noun = opts.facet === "country" ? "countries" : "actors";
    const top = [...nodes]
      .sort((a, b) => b.degree - a.degree || b.operations - a.operations)
      .slice(0, 3)
      .map((d) => `${d.name} (${d.degree} ${d.degree === 1 ? "partner" : "partners"})`);
    const kinds =
      opts.kinds === "all"
        ? "events"
        : opts.kinds.join(" and ").replace("arrest", "enforcement action");
    return `${nodes.length} ${noun} linked by ${graph.edges.length} ties from ${graph.events.length} ${kinds}${kinds.endsWith("s") ? "" : "s"}, ${formatWindow(opts.window).toLowerCase()}.${top.length ? ` Most connected: ${top.join(", ")}.` : ""}`;
  }

  function refresh(): void {
    root.dataset.theme = opts.theme;
    root.style.setProperty("--jl-network-duration", `${reducedMotion() ? 0 : opts.duration}ms`);
    if (focusable && !nodeById(focusable)) focusable = null;
    if (selected && !nodeById(selected)) selected = null;
    drawNetwork(svg, layout, renderOptions());
    const isEmpty = graph.nodes.length === 0;
    svg.style.display = isEmpty ? "none" : "";
    empty?.remove();
    empty = null;
    if (isEmpty) {
      empty = renderEmptyState(
        document,
        "No cooperation to show",
        opts.window
          ? `No ${opts.kinds === "all" ? "event" : opts.kinds.join(" or ")} with participants in ${formatWindow(opts.window)}.`
          : "No event in the data has participants.",
      );
      stage.append(empty);
    }
    windowText.textContent = formatWindow(opts.window);
    playButton.hidden = prevButton.hidden = nextButton.hidden = !opts.playback;
    renderLegendBlock();
    renderTables();
    const next = renderTextSummary(document, summaryText(), { id: summaryId });
    summary.replaceWith(next);
    summary = next;
    renderDetails();
  }

  function renderLegendBlock(): void {
    const kinds = [...new Set(graph.nodes.filter((d) => d.type !== "event").map((d) => d.kind))];
    const items: LegendItem[] = kinds.map((kind) => ({
      label: kind === "intergovernmental" ? "intergovernmental body" : kind,
      color: nodeColor(kind),
      shape: "circle",
    }));
    if (graph.bipartite)
      items.push({ label: "event", color: "var(--jl-color-text)", shape: "square" });
    const measureName = {
      operations: "events taken part in",
      degree: "partners",
      weightedDegree: "shared events",
    }[opts.sizeBy];
    items.push({
      label: `size: ${measureName}`,
      color: "var(--jl-color-muted)",
      shape: "circle",
      size: 7,
    });
    items.push({
      label: "line width: shared events",
      color: "var(--jl-color-muted)",
      shape: "line",
    });
    legendSlot.replaceChildren(renderLegend(document, items, "Network legend"));
  }

  // The tables of a large graph hold thousands of rows: build them only while they are open.
  function renderTables(): void {
    const open = dataBlock.open;
    const summaryEl = el(
      document,
      "summary",
      undefined,
      `Data table (${graph.nodes.length} nodes, ${graph.edges.length} ties)`,
    );
    if (!open) {
      dataBlock.replaceChildren(summaryEl);
      return;
    }
    const wrap = el(document, "div", "jl-table-wrap");
    // A scrolling region must be reachable by keyboard to be scrolled.
    wrap.tabIndex = 0;
    wrap.setAttribute("role", "region");
    wrap.setAttribute("aria-label", "Network data");
    const nameOf = (id: string) => nodeById(id)?.name ?? id;
    const years = (d: GraphNode) =>
      Number.isNaN(d.firstActive) ? "" : `${year(d.firstActive)}–${year(d.lastActive - 1)}`;
    wrap.append(
      renderDataTable(document, `Nodes (${graph.nodes.length})`, graph.nodes, [
        { label: "Name", cell: (d) => d.name, rowHeader: true },
        { label: "Kind", cell: (d) => d.kind },
        { label: "Events", cell: (d) => String(d.operations) },
        { label: "Partners", cell: (d) => String(d.degree) },
        { label: "Shared events", cell: (d) => String(d.weightedDegree) },
        { label: "Active", cell: years },
      ]),
      renderDataTable(document, `Ties (${graph.edges.length})`, graph.edges, [
        {
          label: "Between",
          cell: (e) => `${nameOf(e.source)} and ${nameOf(e.target)}`,
          rowHeader: true,
        },
        { label: "Shared events", cell: (e) => String(e.weight) },
        {
          label: "Events",
          cell: (e) => e.events.map((id) => eventById(id)?.title ?? id).join("; "),
        },
      ]),
    );
    dataBlock.replaceChildren(summaryEl, wrap);
    dataBlock.open = open;
  }

  function eventById(id: string): Event | undefined {
    return data.events.find((e) => e.id === id);
  }

  function renderDetails(): void {
    const node = nodeById(selected);
    if (!node) {
      details.hidden = true;
      details.replaceChildren();
      return;
    }
    const close = el(document, "button", "jl-details-close", "Close");
    close.type = "button";
    close.addEventListener("click", () => userSelect(null));
    const children: Node[] = [close];
    if (node.type === "event") {
      const event = eventById(node.id);
      if (event) {
        const context = {
          actors: new Map(data.actors.map((a) => [a.id, a])),
          sources: new Map(data.sources.map((s) => [s.id, s])),
        };
        children.push(renderEventDetails(document, event, context, { headingLevel: 3 }));
      }
    } else {
      children.push(el(document, "h3", undefined, node.name));
      const actor = data.actors.find((a) => a.id === node.id);
      const meta = [node.kind, actor?.country].filter(Boolean).join(" · ");
      children.push(el(document, "p", "jl-meta", meta));
      children.push(
        el(
          document,
          "p",
          undefined,
          `${node.operations} ${node.operations === 1 ? "event" : "events"} ${Number.isNaN(node.firstActive) ? "" : `from ${year(node.firstActive)} to ${year(node.lastActive - 1)}`}, ${node.degree} ${node.degree === 1 ? "partner" : "partners"}.`,
        ),
      );
      children.push(el(document, "h4", undefined, "Events over time"));
      const list = el(document, "ul");
      for (const id of node.events) {
        const event = eventById(id);
        list.append(
          el(document, "li", undefined, event ? `${eventDateText(event)} — ${event.title}` : id),
        );
      }
      children.push(list);
      const partners = graph.edges
        .filter((e) => e.source === node.id || e.target === node.id)
        .map((e) => ({ id: e.source === node.id ? e.target : e.source, weight: e.weight }))
        .sort((a, b) => b.weight - a.weight || (a.id < b.id ? -1 : 1));
      if (partners.length) {
        children.push(el(document, "h4", undefined, "Partners"));
        const plist = el(document, "ul");
        for (const p of partners)
          plist.append(
            el(document, "li", undefined, `${nodeById(p.id)?.name ?? p.id} — ${p.weight} shared`),
          );
        children.push(plist);
      }
    }
    details.replaceChildren(...children);
    details.hidden = false;
  }

  function userSelect(id: string | null): void {
    const toggled = id !== null && id === selected ? null : id;
    handle.select(toggled);
    const node = nodeById(toggled);
    dispatch<NetworkSelectDetail>(root, "network-select", {
      id: toggled,
      node,
      events: node ? [...node.events] : [],
    });
  }

  function hover(id: string | null, at?: { x: number; y: number }): void {
    const node = nodeById(id);
    if (!node || !at) tooltip.hide();
    else {
      const lines: Node[] = [el(document, "p", "jl-tooltip-title", node.name)];
      const active = Number.isNaN(node.firstActive)
        ? ""
        : ` · ${year(node.firstActive)}–${year(node.lastActive - 1)}`;
      lines.push(
        el(
          document,
          "p",
          "jl-tooltip-meta",
          `${node.kind} · ${node.operations} ${node.operations === 1 ? "event" : "events"} · ${node.degree} ${node.degree === 1 ? "partner" : "partners"}${active}`,
        ),
      );
      tooltip.show(lines, at.x, at.y);
    }
    dispatch<NetworkHoverDetail>(root, "network-hover", { id: node ? node.id : null, node });
  }

  const nodeElement = (target: EventTarget | null) =>
    target instanceof Element ? (target.closest("g.jl-network-node") as SVGGElement | null) : null;
  const rootPoint = (clientX: number, clientY: number) => {
    const box = root.getBoundingClientRect();
    return { x: clientX - box.left, y: clientY - box.top };
  };
  const nodeScreenPoint = (id: string) => {
    const g = nodesLayer.querySelector(
      `g.jl-network-node[data-id="${id.replace(/["\\]/g, "\\$&")}"]`,
    );
    if (!g) return undefined;
    const b = g.getBoundingClientRect();
    return rootPoint(b.left + b.width / 2, b.top + b.height / 2);
  };

  // Dragging: pointer capture on the node; positions are converted through the viewport's
  // screen matrix, so they stay right at any zoom.
  interface Drag {
    id: string;
    pointer: number;
    startX: number;
    startY: number;
    moved: boolean;
    move?: (id: string, x: number, y: number) => void;
    inverse?: DOMMatrix;
  }
  let drag: Drag | null = null;
  bag.listen(nodesLayer, "pointerdown", (event) => {
    const e = event as PointerEvent;
    const g = nodeElement(e.target);
    if (!g || e.button !== 0) return;
    drag = {
      id: g.dataset.id ?? "",
      pointer: e.pointerId,
      startX: e.clientX,
      startY: e.clientY,
      moved: false,
    };
    try {
      g.setPointerCapture(e.pointerId);
    } catch {
      // Synthetic pointers (tests, some assistive tools) have no capture; dragging still works.
    }
    e.preventDefault();
    (g as SVGGElement).focus({ preventScroll: true });
  });
  bag.listen(nodesLayer, "pointermove", (event) => {
    const e = event as PointerEvent;
    if (!drag || e.pointerId !== drag.pointer) {
      const g = nodeElement(e.target);
      if (!drag && g) hover(g.dataset.id ?? null, rootPoint(e.clientX, e.clientY));
      return;
    }
    if (!drag.moved && Math.hypot(e.clientX - drag.startX, e.clientY - drag.startY) < 3) return;
    if (!drag.moved) {
      drag.moved = true;
      root.classList.add("jl-dragging");
      tooltip.hide();
      // Index elements and read the screen matrix once per drag, not once per pointer move.
      drag.move = createNodeMover(svg, layout);
      drag.inverse = viewport.getScreenCTM()?.inverse();
    }
    if (!drag.inverse || !drag.move) return;
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(drag.inverse);
    const node = layout.nodes.find((d) => d.id === drag!.id);
    if (!node) return;
    const x = Math.min(layout.width - node.r, Math.max(node.r, p.x));
    const y = Math.min(layout.height - node.r, Math.max(node.r, p.y));
    drag.move(drag.id, x, y);
    memory.set(drag.id, { x, y });
  });
  const endDrag = (event: globalThis.Event) => {
    const e = event as PointerEvent;
    if (!drag || e.pointerId !== drag.pointer) return;
    const { id, moved } = drag;
    drag = null;
    root.classList.remove("jl-dragging");
    if (!moved && e.type === "pointerup") userSelect(id);
  };
  bag.listen(nodesLayer, "pointerup", endDrag);
  bag.listen(nodesLayer, "pointercancel", endDrag);
  bag.listen(nodesLayer, "pointerleave", () => {
    if (!drag) hover(null);
  });
  bag.listen(nodesLayer, "focusin", (event) => {
    const g = nodeElement(event.target);
    if (!g?.dataset.id) return;
    focusable = g.dataset.id;
    for (const other of nodesLayer.querySelectorAll("g.jl-network-node"))
      other.setAttribute("tabindex", other === g ? "0" : "-1");
    if (!drag) hover(focusable, nodeScreenPoint(focusable));
  });
  bag.listen(nodesLayer, "focusout", () => {
    if (!drag) tooltip.hide();
  });
  bag.listen(svg, "keydown", (event) => {
    const e = event as KeyboardEvent;
    const g = nodeElement(e.target);
    const current = g?.dataset.id ?? focusable;
    if (["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown", "Home", "End"].includes(e.key)) {
      const next = nextNode(layout.nodes, current ?? null, e.key as NavigationKey);
      if (next) handle.focus(next);
      e.preventDefault();
    } else if ((e.key === "Enter" || e.key === " ") && current) {
      userSelect(current);
      e.preventDefault();
    } else if (e.key === "Escape") {
      if (selected !== null) userSelect(null);
      tooltip.hide();
    } else if (e.key === "+" || e.key === "=") {
      zoomBehavior.scaleBy(select(svg), 1.25);
      e.preventDefault();
    } else if (e.key === "-" || e.key === "_") {
      zoomBehavior.scaleBy(select(svg), 0.8);
      e.preventDefault();
    }
  });
  bag.listen(dataBlock, "toggle", () => {
    const built = dataBlock.querySelector("table") !== null;
    if (dataBlock.open !== built) renderTables();
  });
  bag.listen(resetButton, "click", () => handle.resetZoom());
  bag.listen(playButton, "click", () => (playing ? handle.pause() : handle.play()));
  bag.listen(prevButton, "click", () => step(-1, true));
  bag.listen(nextButton, "click", () => step(1, true));

  // Follow the container's width when no width was given.
  if (view && "ResizeObserver" in view) {
    // Re-lay out in the next frame, not inside the observer: resizing there would loop.
    let frame = 0;
    const observer = new view.ResizeObserver(() => {
      if (frame) return;
      frame = view.requestAnimationFrame(() => {
        frame = 0;
        const w = container.clientWidth;
        if (opts.width === undefined && w > 0 && Math.abs(w - resolvedWidth) > 1) {
          layout = computeLayout(false);
          refresh();
        }
      });
    });
    observer.observe(container);
    bag.add(() => {
      observer.disconnect();
      if (frame) view.cancelAnimationFrame(frame);
    });
  }

  function yearRange(): [number, number] | undefined {
    const kinds = opts.kinds;
    const events =
      kinds === "all" ? data.events : data.events.filter((e) => kinds.includes(e.kind));
    const now = opts.now ?? datasetNow(data);
    const extent = timeExtent(events, now === undefined ? {} : { now });
    return extent ? [year(extent[0]), year(extent[1] - 1)] : undefined;
  }

  /** Moves the window by one year; returns false when it cannot move further. */
  function step(direction: 1 | -1, fromUser: boolean): boolean {
    const range = yearRange();
    if (!range) return false;
    const span = Math.max(1, Math.round(opts.playbackSpan));
    const current = opts.window
      ? year(opts.window.start)
      : direction > 0
        ? range[0] - 1
        : range[1] - span + 2;
    const first = range[0];
    const last = Math.max(range[0], range[1] - span + 1);
    const next = Math.min(last, Math.max(first, current + direction));
    if (opts.window && next === current) return false;
    const window = { start: yearStart(next), end: yearStart(next + span) };
    handle.update({ window });
    if (fromUser && playing) handle.pause();
    dispatch<NetworkWindowDetail>(root, "network-window", { window, playing });
    return next !== last || direction < 0;
  }

  const handle: NetworkHandle = {
    element: root,
    update(partial) {
      const before = opts;
      options = { ...options, ...partial };
      opts = resolveNetworkOptions(options);
      if (partial.measureText) measure = partial.measureText;
      const reset =
        graphKeys.some((k) => k in partial && partial[k] !== before[k]) ||
        ("height" in partial && partial.height !== before.height) ||
        ("width" in partial && partial.width !== before.width);
      graph = buildGraph();
      layout = computeLayout(!reset);
      refresh();
    },
    setDataset(next) {
      data = next;
      graph = buildGraph();
      layout = computeLayout(true);
      refresh();
    },
    select(id) {
      selected = id !== null && nodeById(id) ? id : null;
      drawNetwork(svg, layout, renderOptions());
      renderDetails();
    },
    focus(id) {
      if (!nodeById(id)) return;
      focusable = id;
      drawNetwork(svg, layout, renderOptions());
      const g = nodesLayer.querySelector<SVGGElement>(
        `g.jl-network-node[data-id="${id.replace(/["\\]/g, "\\$&")}"]`,
      );
      g?.focus();
    },
    highlight(ids) {
      highlighted = new Set(ids ?? []);
      drawNetwork(svg, layout, renderOptions());
    },
    zoomTo(scale) {
      zoomBehavior.scaleTo(select(svg), scale);
    },
    resetZoom() {
      zoomBehavior.transform(select(svg), zoomIdentity);
    },
    play() {
      if (playing) return;
      playing = true;
      playButton.textContent = "Pause";
      playButton.setAttribute("aria-pressed", "true");
      const range = yearRange();
      // Start over when the window is at (or past) the end.
      if (
        range &&
        opts.window &&
        year(opts.window.start) >= range[1] - Math.max(1, opts.playbackSpan) + 1
      )
        handle.update({ window: undefined });
      const tick = () => {
        if (!playing) return;
        const more = step(1, false);
        if (!more) {
          handle.pause();
          return;
        }
        timer = setTimeout(tick, opts.playbackInterval);
      };
      tick();
    },
    pause() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      if (!playing) return;
      playing = false;
      playButton.textContent = "Play";
      playButton.setAttribute("aria-pressed", "false");
      dispatch<NetworkWindowDetail>(root, "network-window", {
        window: opts.window ?? null,
        playing: false,
      });
    },
    get playing() {
      return playing;
    },
    get layout() {
      return layout;
    },
    get graph() {
      return graph;
    },
    destroy() {
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      playing = false;
      bag.dispose();
      tooltip.destroy();
      root.remove();
    },
  };
  return handle;
}

export type { NetworkOptions };
