import { el } from "../shared/el";

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
export function renderNetworkToolbar(document: Document): NetworkToolbar {
  const button = (className: string, text: string, label?: string) => {
    const b = el(document, "button", className, text);
    b.type = "button";
    if (label) b.setAttribute("aria-label", label);
    return b;
  };
  const play = button("jl-network-play", "Play");
  play.setAttribute("aria-pressed", "false");
  const previous = button("jl-network-prev", "◀", "Previous year");
  const next = button("jl-network-next", "▶", "Next year");
  const window = el(document, "output", "jl-network-window");
  window.setAttribute("aria-live", "polite");
  const reset = button("jl-network-reset", "Reset zoom");
  const element = el(document, "div", "jl-network-toolbar");
  element.append(play, previous, next, window, reset);
  return { element, play, previous, next, window, reset };
}

/**
 * Shows "Pause" and `aria-pressed` while playing, "Play" otherwise.
 * @example setPlaying(toolbar, true)
 */
export function setPlaying(toolbar: NetworkToolbar, playing: boolean): void {
  toolbar.play.textContent = playing ? "Pause" : "Play";
  toolbar.play.setAttribute("aria-pressed", String(playing));
}
