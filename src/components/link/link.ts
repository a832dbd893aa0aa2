import type { TimeWindow } from "../../derive/cooperationGraph";
import type { DataEvent, Dataset } from "../../model";
import type { NetworkSelectDetail, NetworkWindowDetail } from "../network/createNetwork";
import type { TrendSelectDetail } from "../trend/createTrend";
import { createSelectionStore, type SelectionStore } from "./createSelectionStore";

/**
 * What `link` needs of a timeline: its element (for `timeline-select` and `timeline-zoom`),
 * `zoomTo`, and — when it has one — `highlight(eventIds)`. Any object with this shape links.
 */
export interface LinkableTimeline {
  readonly element: HTMLElement;
  zoomTo(interval: readonly [number, number] | null): void;
  /** Emphasises these events (null clears). Optional: see src/components/link/README.md. */
  highlight?(eventIds: Iterable<string> | null): void;
}

/** What `link` needs of a network (the handle of `createNetwork` has it all). */
export interface LinkableNetwork {
  readonly element: HTMLElement;
  update(options: { window?: TimeWindow | undefined }): void;
  highlight(ids: Iterable<string> | null): void;
  select(id: string | null): void;
  readonly graph: { facet: "actor" | "country" };
}

/** What `link` needs of a trend chart (the handle of `createTrend` has it all). */
export interface LinkableTrend {
  readonly element: HTMLElement;
  update(options: { window?: TimeWindow | undefined }): void;
  highlight(eventIds: Iterable<string> | null): void;
  select(key: string | null): void;
}

/** The views to link; any may be missing. */
export interface LinkedViews {
  timeline?: LinkableTimeline;
  network?: LinkableNetwork;
  trend?: LinkableTrend;
}

/** Options for {@link link}. */
export interface LinkOptions {
  /** The dataset the views show: used to find an actor's events and an event's actors. Required. */
  dataset: Dataset;
  /** A store to share with other code (a status line, a URL hash); default a new one. */
  store?: SelectionStore;
  /**
   * Whether the timeline's visible window (zoom, pan, overview brush) filters the other views;
   * default true.
   * @example link(views, { dataset, windowFromTimeline: false })
   */
  windowFromTimeline?: boolean;
  /**
   * Wait this long (ms) after the timeline stops moving before re-laying out the network and the
   * trend, so that a pan does not redo a layout per frame; default 150.
   * @example link(views, { dataset, delay: 0 })
   */
  delay?: number;
}

/** The result of {@link link}. */
export interface Link {
  /** The shared selection state. */
  readonly store: SelectionStore;
  /** Gives a new dataset (a filtered one, say) to the link's look-ups. */
  setDataset(dataset: Dataset): void;
  /** Removes the listeners and timers the link added; the views stay as they are. */
  destroy(): void;
}

/**
 * Links a timeline, a network and a trend through one {@link SelectionStore}, using only their
 * public events and verbs — no view reaches into another:
 *
 * - the timeline's visible window (`timeline-zoom`: zoom, pan or overview brush) filters the
 *   network and the trend (`update({ window })`);
 * - the network's playback (`network-window`) moves the timeline (`zoomTo`) and the trend;
 * - selecting an actor or country in the network (`network-select`) highlights its events in
 *   the timeline (`highlight`) and the trend;
 * - selecting an event in the timeline (`timeline-select`) highlights its actors (or countries)
 *   in the network and its bar in the trend;
 * - selecting a trend bar (`trend-select`) highlights its events and their actors.
 *
 * @example
 * const timeline = createTimeline(a, dataset, { overview: true });
 * const network = createNetwork(b, dataset);
 * const trend = createTrend(c, dataset, { metric: "arrests" });
 * const linked = link({ timeline, network, trend }, { dataset });
 * linked.store.subscribe((state) => console.log(state.window, state.events));
 */
export function link(views: LinkedViews, options: LinkOptions): Link {
  let dataset = options.dataset;
  const store = options.store ?? createSelectionStore();
  const delay = options.delay ?? 150;
  const cleanups: (() => void)[] = [];
  let windowTimer: ReturnType<typeof setTimeout> | undefined;
  // After zoomTo, the timeline reports the window it was asked to show: ignore that echo.
  let ignoreZoomUntil = 0;
  const now = () => (typeof performance !== "undefined" ? performance.now() : Date.now());

  const listen = (
    target: HTMLElement | undefined,
    type: string,
    handler: (detail: never) => void,
  ) => {
    if (!target) return;
    const listener = (e: globalThis.Event) => handler((e as CustomEvent).detail as never);
    target.addEventListener(type, listener);
    cleanups.push(() => target.removeEventListener(type, listener));
  };

  const eventsById = () => new Map(dataset.events.map((e) => [e.id, e]));
  const facet = () => views.network?.graph.facet ?? "actor";
  const membersOf = (event: DataEvent): string[] =>
    facet() === "country" ? [...event.countries] : event.actors.map((a) => a.actor);
  const eventsOf = (member: string): string[] =>
    dataset.events
      .filter((e) =>
        facet() === "country"
          ? e.countries.includes(member)
          : e.actors.some((a) => a.actor === member),
      )
      .map((e) => e.id);

  listen(views.timeline?.element, "timeline-zoom", (detail: { start: number; end: number }) => {
    if (options.windowFromTimeline === false || now() < ignoreZoomUntil) return;
    if (windowTimer !== undefined) clearTimeout(windowTimer);
    const apply = () => {
      windowTimer = undefined;
      store.set({ window: { start: detail.start, end: detail.end } }, "timeline");
    };
    if (delay > 0) windowTimer = setTimeout(apply, delay);
    else apply();
  });
  listen(
    views.timeline?.element,
    "timeline-select",
    (detail: { id: string | null; event: DataEvent | null }) => {
      const event = detail.id ? (detail.event ?? eventsById().get(detail.id) ?? null) : null;
      if (!event) store.clear("timeline");
      else store.set({ event: event.id, actors: membersOf(event), events: [event.id] }, "timeline");
    },
  );
  listen(views.network?.element, "network-select", (detail: NetworkSelectDetail) => {
    if (!detail.id) store.clear("network");
    else store.set({ event: null, actors: [detail.id], events: eventsOf(detail.id) }, "network");
  });
  listen(views.network?.element, "network-window", (detail: NetworkWindowDetail) => {
    store.set({ window: detail.window }, "network");
  });
  listen(views.trend?.element, "trend-select", (detail: TrendSelectDetail) => {
    if (!detail.key) {
      store.clear("trend");
      return;
    }
    const byId = eventsById();
    const actors = new Set<string>();
    for (const id of detail.events) {
      const event = byId.get(id);
      if (event) for (const m of membersOf(event)) actors.add(m);
    }
    store.set({ event: null, actors: [...actors], events: detail.events }, "trend");
  });

  cleanups.push(
    store.subscribe((state, changed) => {
      if (changed.has("window")) {
        const window = state.window ?? undefined;
        if (state.origin !== "network") views.network?.update({ window });
        if (state.origin !== "trend") views.trend?.update({ window });
        if (state.origin !== "timeline" && views.timeline) {
          ignoreZoomUntil = now() + 100;
          views.timeline.zoomTo(state.window ? [state.window.start, state.window.end] : null);
        }
      }
      if (changed.has("actors") || changed.has("events") || changed.has("event")) {
        const nothing = state.actors.length === 0 && state.events.length === 0;
        if (views.network) {
          if (state.origin !== "network") views.network.select(null);
          views.network.highlight(nothing || state.origin === "network" ? null : state.actors);
        }
        if (views.trend) {
          if (state.origin !== "trend") views.trend.select(null);
          views.trend.highlight(nothing || state.origin === "trend" ? null : state.events);
        }
        views.timeline?.highlight?.(nothing || state.origin === "timeline" ? null : state.events);
      }
    }),
  );

  return {
    store,
    setDataset(next) {
      dataset = next;
    },
    destroy() {
      if (windowTimer !== undefined) clearTimeout(windowTimer);
      for (const cleanup of cleanups.splice(0)) cleanup();
    },
  };
}
