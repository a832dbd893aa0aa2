import type { TimeWindow } from "../../derive/cooperationGraph";

/** The one selection state linked views share. */
export interface SelectionState {
  /** The brushed time window, or null for all time. */
  window: TimeWindow | null;
  /** The selected event (from the timeline), or null. */
  event: string | null;
  /** The selected actors or countries (from the network, or the actors of the selected event). */
  actors: string[];
  /** The events to emphasise everywhere (those of the selected actor, event or trend bar). */
  events: string[];
  /** Which view made the last change ("timeline", "network", "trend", or any name), or null. */
  origin: string | null;
}

/** A listener of {@link SelectionStore} changes: the new state and the keys that changed. */
export type SelectionListener = (
  state: Readonly<SelectionState>,
  changed: ReadonlySet<keyof SelectionState>,
) => void;

/**
 * A tiny observable store for {@link SelectionState}: `set` merges a partial state and notifies
 * subscribers only of keys whose value really changed, which is what stops linked views from
 * echoing one another's updates forever.
 */
export interface SelectionStore {
  /** The current state (do not mutate it). */
  get(): Readonly<SelectionState>;
  /** Merges `partial`; notifies subscribers when anything but `origin` changed. */
  set(partial: Partial<Omit<SelectionState, "origin">>, origin?: string | null): void;
  /** Clears the selection (event, actors, events), keeping the window. */
  clear(origin?: string | null): void;
  /** Calls `listener` after each change; returns the function that unsubscribes it. */
  subscribe(listener: SelectionListener): () => void;
}

const same = (a: unknown, b: unknown): boolean => {
  if (a === b) return true;
  if (Array.isArray(a) && Array.isArray(b))
    return a.length === b.length && a.every((v, i) => v === b[i]);
  if (a && b && typeof a === "object" && typeof b === "object") {
    const x = a as TimeWindow;
    const y = b as TimeWindow;
    return x.start === y.start && x.end === y.end;
  }
  return false;
};

/**
 * Creates the shared selection state of linked views.
 * @example
 * const store = createSelectionStore();
 * store.subscribe((state, changed) => { if (changed.has("window")) console.log(state.window); });
 * store.set({ window: { start: Date.UTC(2017, 0, 1), end: Date.UTC(2020, 0, 1) } }, "timeline");
 */
export function createSelectionStore(initial: Partial<SelectionState> = {}): SelectionStore {
  let state: SelectionState = {
    window: null,
    event: null,
    actors: [],
    events: [],
    origin: null,
    ...initial,
  };
  const listeners = new Set<SelectionListener>();
  const store: SelectionStore = {
    get: () => state,
    set(partial, origin = null) {
      const changed = new Set<keyof SelectionState>();
      for (const [key, value] of Object.entries(partial) as [keyof SelectionState, unknown][]) {
        if (value !== undefined && !same(state[key], value)) changed.add(key);
      }
      if (changed.size === 0) return;
      state = { ...state, ...partial, origin };
      for (const listener of [...listeners]) listener(state, changed);
    },
    clear(origin = null) {
      store.set({ event: null, actors: [], events: [] }, origin);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
  return store;
}
