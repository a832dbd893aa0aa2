import { t } from "../../i18n/catalog";
import { el } from "../shared/el";
import { tNetwork } from "./messages";

/** The network's toolbar and its controls; see {@link renderNetworkToolbar}. */
export interface NetworkToolbar {
  element: HTMLDivElement;
  play: HTMLButtonElement;
  previous: HTMLButtonElement;
  next: HTMLButtonElement;
  /** The window shown ("2017–2019"), announced politely. */
  window: HTMLOutputElement;
  reset: HTMLButtonElement;
}

/**
 * The playback control (play/pause, previous and next year, the window) and the zoom reset.
 * @example const toolbar = renderNetworkToolbar(document); root.append(toolbar.element);
 */
export function renderNetworkToolbar(document: Document, locale = "en"): NetworkToolbar {
  const button = (className: string, text: string, label?: string) => {
    const b = el(document, "button", className, text);
    b.type = "button";
    if (label) b.setAttribute("aria-label", label);
    return b;
  };
  const play = button("jl-network-play", tNetwork(locale, "network.play"));
  play.setAttribute("aria-pressed", "false");
  const previous = button("jl-network-prev", "◀", tNetwork(locale, "network.previousYear"));
  const next = button("jl-network-next", "▶", tNetwork(locale, "network.nextYear"));
  const window = el(document, "output", "jl-network-window");
  window.setAttribute("aria-live", "polite");
  const reset = button("jl-network-reset", t(locale, "chart.resetZoom"));
  const element = el(document, "div", "jl-network-toolbar");
  element.append(play, previous, next, window, reset);
  return { element, play, previous, next, window, reset };
}

/**
 * Shows "Pause" and `aria-pressed` while playing, "Play" otherwise.
 * @example setPlaying(toolbar, true)
 */
export function setPlaying(toolbar: NetworkToolbar, playing: boolean, locale = "en"): void {
  toolbar.play.textContent = tNetwork(locale, playing ? "network.pause" : "network.play");
  toolbar.play.setAttribute("aria-pressed", String(playing));
}
