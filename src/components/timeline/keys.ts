import { getIndex } from "./caches";
import { revealDetails } from "./revealDetails";
import type { TimelineActions, TimelineState } from "./state";

/** What the keys read of a key press: a `KeyboardEvent`, or one the core held and replays. */
export interface KeyInput {
  key: string;
  preventDefault(): void;
}

/**
 * The chart's keys (both orientations): arrows, Home/End, Enter, Space, Escape, +/−/0; the keys
 * it handles are `preventDefault`-ed (an arrow does not scroll the page). The script-tag build
 * carries it in the `gesture` part (readerInput.ts) and in the vertical part; until the gesture
 * part is here the core holds the keys of `chartKeys` (interaction.ts) and replays them.
 */
export function onKey(s: TimelineState, act: TimelineActions, e: KeyInput): void {
  const next = (step: number) => {
    if (s.enc.events.length) getIndex(s);
    const { order } = s;
    if (order.length === 0) return;
    const fi = s.focused ? s.enc.indexById.get(s.focused) : undefined;
    const at = fi === undefined ? -1 : s.positionOf[fi]!;
    const pos =
      at === -1
        ? step > 0
          ? 0
          : order.length - 1
        : Math.min(order.length - 1, Math.max(0, at + step));
    act.focusEvent(s.enc.events[order[pos]!]!.id);
  };
  const later = s.opts.rtl ? "ArrowLeft" : "ArrowRight";
  const earlier = s.opts.rtl ? "ArrowRight" : "ArrowLeft";
  switch (e.key) {
    case later:
    case "ArrowDown":
      next(1);
      break;
    case earlier:
    case "ArrowUp":
      next(-1);
      break;
    case "Home":
      s.focused = null;
      next(1);
      break;
    case "End":
      s.focused = null;
      next(-1);
      break;
    case "Enter":
    case " ":
      if (s.focused) act.select(s.focused === s.selected ? null : s.focused);
      if (s.selected) revealDetails(s);
      break;
    case "Escape":
      s.tooltip.hide();
      if (s.selected) act.select(null);
      act.setHover(null);
      break;
    case "+":
    case "=":
      act.zoomBy(2);
      break;
    case "-":
    case "_":
      act.zoomBy(0.5);
      break;
    case "0":
      act.zoomTo(null);
      break;
    default:
      return;
  }
  e.preventDefault();
}
