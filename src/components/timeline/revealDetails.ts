import type { TimelineState } from "./state";

// Bringing the details panel into view when a reader asks for them (a click, Enter or Space on
// an event): only the reader's input uses it, so the script-tag build carries it with that input
// in the `gesture` part (readerInput.ts), and the vertical part with the keys (keys.ts).

/** The check of {@link revealDetails} waiting for the next frame, one per chart at most. */
const pendingReveals = new WeakMap<TimelineState, IntersectionObserver>();

/**
 * Scrolls the details panel into view when it is out of sight (below the fold under a tall
 * chart), as the reader asked for it: a selection made from code scrolls nothing.
 *
 * Whether the panel is in view is asked of an IntersectionObserver, which answers after the next
 * layout the browser makes anyway, so a click does not force a layout of its own (reading the
 * panel's box did, with its new content: a second layout of the whole page in the same frame
 * when linked charts redraw on the selection). Several selections before that frame share one
 * check, of the panel as it is then. Without an observer (no window) the box is read at once.
 */
export function revealDetails(s: TimelineState): void {
  const details = s.dom?.details;
  if (!details || details.hidden || typeof details.scrollIntoView !== "function") return;
  const view = s.view;
  if (!view?.IntersectionObserver) {
    const box = details.getBoundingClientRect();
    if (view && box.top >= 0 && box.bottom <= view.innerHeight) return;
    details.scrollIntoView({ block: "nearest" });
    return;
  }
  if (pendingReveals.has(s)) return;
  const observer = new view.IntersectionObserver(
    (entries) => {
      observer.disconnect();
      pendingReveals.delete(s);
      const entry = entries.at(-1);
      if (!entry || details.hidden || !details.isConnected || s.dom?.details !== details) return;
      const box = entry.boundingClientRect;
      const top = entry.rootBounds?.top ?? 0;
      const bottom = entry.rootBounds?.bottom ?? view.innerHeight;
      if (box.top >= top && box.bottom <= bottom) return;
      details.scrollIntoView({ block: "nearest" });
    },
    // The document's own viewport, as the reader sees it in this frame (an iframe's included).
    { root: s.document },
  );
  pendingReveals.set(s, observer);
  observer.observe(details);
}
