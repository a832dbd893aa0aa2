// Over 400 lines on purpose: the handle owns the network's interaction state (selection,
// highlight, zoom, drag, playback, keyboard focus) and wires it to the parts that live in their
// own files (layout, placeNetworkLabels, render, interaction, toolbar, playback, nextNode,
// denseView, describe, options); what is left is the one closure those listeners share, behind
// the Chart contract (docs/charts.md).

import {
  type CooperationGraph,
  cooperationGraph,
  type GraphNode,
} from "../../derive/cooperationGraph";
import type { Dataset } from "../../model";
import type { ChartData } from "../shared/chart";
import { createIssueReport, emptyDataset, readChartData } from "../shared/chartData";
import { createDisposables, dispatch } from "../shared/dispatch";
import { el } from "../shared/el";
import { canvasTextMeasurer } from "../shared/measureText";
import { observeWidth } from "../shared/observeWidth";
import { renderEmptyState } from "../shared/renderEmptyState";
import { renderLegend } from "../shared/renderLegend";
import { renderTextSummary } from "../shared/renderTextSummary";
import { sameSet } from "../shared/sameSet";
import { adoptStyle, adoptTheme, rootClass } from "../shared/theme";
import { createTooltip } from "../shared/tooltip";
import { uniqueId } from "../shared/uniqueId";
import { fillEventDetails } from "../timeline/detailsCode";
import { renderDenseNotice, updateDenseNotice } from "./denseNotice";
import { type DenseView, denseView } from "./denseView";
import {
  formatWindow,
  networkLegendItems,
  networkSummary,
  nodeTooltip,
  renderEventNodeDetails,
  renderNetworkTables,
  renderNodeDetails,
} from "./describe";
import type {
  NetworkElement,
  NetworkHandle,
  NetworkHoverDetail,
  NetworkSelectDetail,
  NetworkWindowDetail,
} from "./handle";
import { attachNetworkInteraction, nodeGroup } from "./interaction";
import { layoutNetwork, type NetworkLayout, type Point } from "./layout";
import { tNetwork } from "./messages";
import { attachNetworkZoom } from "./networkZoom";
import {
  type NetworkOptions,
  type ResolvedNetworkOptions,
  relayoutKeys,
  resolveNetworkOptions,
} from "./options";
import { nextPlaybackWindow, playbackAtEnd, playbackYears } from "./playback";
import { drawNetwork, networkCss, renderNetwork } from "./render";
import { renderNetworkToolbar, setPlaying } from "./toolbar";

export type {
  NetworkElement,
  NetworkHandle,
  NetworkHoverDetail,
  NetworkSelectDetail,
  NetworkWindowDetail,
} from "./handle";

import { t } from "../../i18n/catalog";

/**
 * Draws the cooperation network of a dataset into `container`: actors (or countries) as nodes
 * sized by a measure and coloured by kind, an edge per pair weighted by the operations they
 * shared in the time window, with a deterministic layout, labels that never collide, drag, zoom,
 * hover and select with a details panel, a legend, keyboard navigation (arrows, Home/End, Enter,
 * Escape, +/−), a playback control and an accessible data table. Given a reader's result with
 * errors, it shows the error report instead. The handle follows the {@link NetworkHandle}
 * contract shared by every chart.
 *
 * @example
 * const network = createNetwork(document.querySelector("#net")!, dataset, { window: { start: Date.UTC(2017, 0, 1), end: Date.UTC(2020, 0, 1) } });
 * network.element.addEventListener("network-select", (e) => console.log(e.detail.id));
 * network.update({ facet: "country" });
 * network.destroy();
 */
export function createNetwork(
  container: HTMLElement,
  input: ChartData,
  options: NetworkOptions = {},
): NetworkHandle {
  const document = container.ownerDocument;
  const view = document.defaultView;
  const bag = createDisposables();
  bag.add(adoptTheme(document));
  bag.add(adoptStyle(document, "network", networkCss));
  let given: NetworkOptions = { ...options };
  let opts: ResolvedNetworkOptions = resolveNetworkOptions(given);
  let { dataset, issues } = readChartData(input, opts.locale);
  let data: Dataset = dataset ?? emptyDataset();
  let selected: string | null = null;
  let highlighted = new Set<string>();
  let focusable: string | null = null;
  let playing = false;
  let destroyed = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  // Every place a node has been, so one that leaves the window and comes back returns there.
  let memory = new Map<string, Point>();

  const root = el(document, "div", `${rootClass} jl-network`) as NetworkElement;
  Object.defineProperty(root, "value", { get: () => selected, configurable: true });
  const toolbar = renderNetworkToolbar(document, opts.locale);
  const stage = el(document, "div", "jl-network-stage");
  stage.style.position = "relative";
  const legendSlot = el(document, "div", "jl-network-legend");
  const dense = renderDenseNotice(document, opts.locale);
  const details = el(document, "div", "jl-details jl-network-details");
  details.hidden = true;
  details.setAttribute("aria-live", "polite");
  const dataBlock = el(document, "details", "jl-network-data");
  const summaryId = uniqueId("jl-network-summary");
  const summary = renderTextSummary(document, "", { id: summaryId });
  root.append(toolbar.element, dense.element, stage, legendSlot, details, dataBlock, summary);
  container.append(root);
  const tooltip = createTooltip(root);
  const report = createIssueReport(root, opts.locale);

  const reducedMotion = () =>
    view?.matchMedia?.("(prefers-reduced-motion: reduce)").matches ?? false;
  let measure = opts.measureText;
  if (!options.measureText) {
    const font = view?.getComputedStyle?.(root).fontFamily || "system-ui, sans-serif";
    measure = canvasTextMeasurer(document, font);
  }
  let resolvedWidth = opts.width ?? (container.clientWidth || 640);

  let graph = buildGraph();
  let shown = reduce();
  let layout = computeLayout(false);
  const svg: SVGSVGElement = renderNetwork(document, layout, renderOptions());
  svg.setAttribute("aria-describedby", summaryId);
  stage.append(svg);
  const viewport = svg.querySelector("g.jl-network-viewport") as SVGGElement;
  const nodesLayer = svg.querySelector("g.jl-network-nodes") as SVGGElement;
  let empty: HTMLElement | null = null;

  const zoom = attachNetworkZoom(svg, viewport, bag);
  refresh();
  report.show(issues);

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

  /** The graph as drawn: the whole graph, or the most connected part of a dense one. */
  function reduce(): DenseView {
    return denseView(graph, {
      maxNodes: opts.showAll ? Number.POSITIVE_INFINITY : opts.maxNodes,
      maxEdges: opts.showAll ? Number.POSITIVE_INFINITY : opts.maxEdges,
    });
  }

  function computeLayout(keep: boolean): NetworkLayout {
    resolvedWidth = opts.width ?? (container.clientWidth || 640);
    shown = reduce();
    const next = layoutNetwork(shown.graph, {
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
      description: networkSummary(graph, opts),
      selected,
      highlighted,
      focusable,
      fontSize: opts.fontSize,
    };
  }

  function nodeById(id: string | null): GraphNode | null {
    return (id && graph.nodes.find((d) => d.id === id)) || null;
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
        tNetwork(opts.locale, "network.empty"),
        opts.window
          ? tNetwork(opts.locale, "network.emptyInWindow", {
              window: formatWindow(opts.window, opts.locale),
            })
          : tNetwork(opts.locale, "network.emptyAtAll"),
      );
      stage.append(empty);
    }
    toolbar.window.textContent = formatWindow(opts.window, opts.locale);
    toolbar.play.hidden = toolbar.previous.hidden = toolbar.next.hidden = !opts.playback;
    legendSlot.replaceChildren(
      renderLegend(
        document,
        networkLegendItems(shown.graph, opts.sizeBy, layout.radius, opts.locale),
        tNetwork(opts.locale, "network.legend"),
      ),
    );
    updateDenseNotice(
      dense,
      shown,
      graph.bipartite ? "nodes" : graph.facet === "country" ? "countries" : "actors",
      opts.showAll,
      opts,
      opts.locale,
    );
    renderTables();
    summary.textContent = networkSummary(graph, opts);
    renderDetails();
  }

  // The tables of a large graph hold thousands of rows: build them only while they are open.
  function renderTables(): void {
    const open = dataBlock.open;
    const summaryEl = el(
      document,
      "summary",
      undefined,
      tNetwork(opts.locale, "network.dataTable", {
        nodes: graph.nodes.length,
        ties: graph.edges.length,
      }),
    );
    if (!open) dataBlock.replaceChildren(summaryEl);
    else
      dataBlock.replaceChildren(summaryEl, renderNetworkTables(document, graph, data, opts.locale));
    dataBlock.open = open;
  }

  function renderDetails(): void {
    const node = nodeById(selected);
    if (!node) {
      details.hidden = true;
      details.removeAttribute("aria-busy");
      details.replaceChildren();
      return;
    }
    const close = el(document, "button", "jl-details-close", t(opts.locale, "chart.close"));
    close.type = "button";
    close.addEventListener("click", () => userSelect(null));
    details.hidden = false;
    const event = node.type === "event" ? data.events.find((e) => e.id === node.id) : undefined;
    if (!event) {
      details.removeAttribute("aria-busy");
      details.replaceChildren(
        close,
        ...renderNodeDetails(document, node, graph, data, opts.locale),
      );
      return;
    }
    // The script-tag build brings an event's details with the details part, on this select.
    const shown = selected;
    fillEventDetails(
      details,
      close,
      event,
      opts.locale,
      (code) => renderEventNodeDetails(document, event, data, opts.locale, code.renderEventDetails),
      () => !destroyed && selected === shown,
    );
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
    else tooltip.show(nodeTooltip(document, node, opts.locale), at.x, at.y);
    dispatch<NetworkHoverDetail>(root, "network-hover", { id: node ? node.id : null, node });
  }

  attachNetworkInteraction(bag, {
    root,
    svg,
    viewport,
    nodesLayer,
    tooltip,
    zoom,
    layout: () => layout,
    memory: () => memory,
    selected: () => selected,
    focusable: {
      get: () => focusable,
      set: (id) => {
        focusable = id;
      },
    },
    userSelect,
    hover,
    focus: (id) => handle.focus(id),
  });
  bag.listen(dataBlock, "toggle", () => {
    const built = dataBlock.querySelector("table") !== null;
    if (dataBlock.open !== built) renderTables();
  });
  bag.listen(toolbar.reset, "click", () => handle.resetZoom());
  bag.listen(dense.toggle, "click", () => handle.update({ showAll: !opts.showAll }));
  bag.listen(toolbar.play, "click", () => (playing ? handle.pause() : handle.play()));
  bag.listen(toolbar.previous, "click", () => step(-1, true));
  bag.listen(toolbar.next, "click", () => step(1, true));

  // Follow the container's width when no width was given.
  observeWidth(bag, container, (width) => {
    if (opts.width !== undefined || Math.abs(width - resolvedWidth) <= 1) return;
    layout = computeLayout(false);
    refresh();
  });

  const years = () => playbackYears(data, opts.kinds, opts.now);

  /** Moves the window by one year; returns false when it cannot move further. */
  function step(direction: 1 | -1, fromUser: boolean): boolean {
    const range = years();
    const next = range && nextPlaybackWindow(range, opts.window, direction, opts.playbackSpan);
    if (!next) return false;
    handle.update({ window: next.window });
    if (fromUser && playing) handle.pause();
    dispatch<NetworkWindowDetail>(root, "network-window", { window: next.window, playing });
    return next.more;
  }

  function setData(next: ChartData): void {
    ({ dataset, issues } = readChartData(next));
    data = dataset ?? emptyDataset();
    report.show(null);
    graph = buildGraph();
    layout = computeLayout(true);
    refresh();
    report.show(issues);
  }

  const handle: NetworkHandle = {
    element: root,
    update(partial) {
      const before = opts;
      given = { ...given, ...partial };
      opts = resolveNetworkOptions(given);
      if (partial.measureText) measure = partial.measureText;
      const reset = relayoutKeys.some((k) => k in partial && partial[k] !== before[k]);
      graph = buildGraph();
      layout = computeLayout(!reset);
      refresh();
    },
    setData,
    setDataset: setData,
    select(id) {
      const next = id !== null && nodeById(id) ? id : null;
      // A linked view tells every chart of every selection: nothing to redraw when it is ours.
      if (next === selected) return;
      selected = next;
      drawNetwork(svg, layout, renderOptions());
      renderDetails();
    },
    focus(id) {
      if (!nodeById(id)) return;
      focusable = id;
      drawNetwork(svg, layout, renderOptions());
      nodeGroup(nodesLayer, id)?.focus();
    },
    highlight(ids) {
      const next = new Set(ids ?? []);
      if (sameSet(next, highlighted)) return;
      highlighted = next;
      drawNetwork(svg, layout, renderOptions());
    },
    zoomTo(scale) {
      zoom.scaleTo(scale);
    },
    resetZoom() {
      zoom.reset();
    },
    play() {
      if (playing) return;
      playing = true;
      setPlaying(toolbar, true, opts.locale);
      const range = years();
      // Start over when the window is at (or past) the end.
      if (range && playbackAtEnd(range, opts.window, opts.playbackSpan))
        handle.update({ window: undefined });
      const tick = () => {
        if (!playing) return;
        if (!step(1, false)) {
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
      setPlaying(toolbar, false, opts.locale);
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
      destroyed = true;
      if (timer !== undefined) clearTimeout(timer);
      timer = undefined;
      playing = false;
      bag.dispose();
      tooltip.destroy();
      report.show(null);
      root.remove();
    },
  };
  return handle;
}

export type { NetworkOptions };
