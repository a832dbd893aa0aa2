/**
 * Dispatches a typed, bubbling, composed `CustomEvent` on a component's element, so that it
 * reaches listeners outside a web component's shadow root.
 *
 * @example
 * dispatch(chart.element, "timeline-select", { id: "op-1", event });
 * chart.element.addEventListener("timeline-select", (e) => console.log(e.detail.id));
 */
export function dispatch<D>(element: Element, type: string, detail: D): boolean {
  const view = element.ownerDocument.defaultView as (Window & typeof globalThis) | null;
  const Ctor = view?.CustomEvent ?? globalThis.CustomEvent;
  if (!Ctor) return true;
  return element.dispatchEvent(new Ctor<D>(type, { detail, bubbles: true, composed: true }));
}

/**
 * Collects `removeEventListener`, `disconnect` and timer-clearing calls so `destroy()` can undo
 * everything a component did, in one place.
 *
 * @example
 * const bag = createDisposables();
 * bag.listen(window, "resize", onResize);
 * bag.dispose(); // removes the listener
 */
export interface Disposables {
  /** Adds a listener and remembers how to remove it. */
  listen<K extends string>(
    target: EventTarget,
    type: K,
    listener: (event: Event) => void,
    options?: AddEventListenerOptions,
  ): void;
  /** Remembers any other cleanup. */
  add(cleanup: () => void): void;
  /** Runs every cleanup once, most recent first. */
  dispose(): void;
}

/**
 * Creates a {@link Disposables} bag.
 *
 * @example
 * const bag = createDisposables();
 */
export function createDisposables(): Disposables {
  let cleanups: (() => void)[] = [];
  return {
    listen(target, type, listener, options) {
      target.addEventListener(type, listener, options);
      cleanups.push(() => target.removeEventListener(type, listener, options));
    },
    add(cleanup) {
      cleanups.push(cleanup);
    },
    dispose() {
      const list = cleanups;
      cleanups = [];
      for (let i = list.length - 1; i >= 0; i--) list[i]?.();
    },
  };
}
