import { embedAttributeNames } from "./embedAttributes";
import type { EmbedHeightMessage } from "./embedCode";

const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/** The views an iframe page can show, by the `view` query parameter. */
export const frameViews = ["timeline", "network", "trend", "dashboard", "presentation"] as const;

/**
 * `<jointline-frame>`: the body of the standalone iframe embed page. It reads the page's query
 * string (`view`, `src` and any chart attribute: `?view=timeline&src=…/ops.json&theme=dark`),
 * draws that chart, and posts its height to the parent page whenever it changes, as a
 * `{ type: "jointline:height", height }` message (see `hostResizeScript`).
 *
 * @example
 * <!-- embed.html -->
 * <script src="jointline.iife.js"></script>
 * <jointline-frame></jointline-frame>
 */
export class JointlineFrame extends Base {
  #observer: ResizeObserver | undefined;
  #last = -1;

  connectedCallback(): void {
    const document = this.ownerDocument;
    const view = document.defaultView;
    if (!view) return;
    const params = new URLSearchParams(view.location.search);
    const name = params.get("view") ?? "timeline";
    const known = (frameViews as readonly string[]).includes(name);
    const tag = `jointline-${known ? name : "timeline"}`;
    if (!this.firstElementChild) {
      const chart = document.createElement(tag);
      for (const attribute of embedAttributeNames) {
        const value = params.get(attribute);
        if (value !== null) chart.setAttribute(attribute, value);
      }
      if (!known) {
        // An unknown view still shows a chart, with the mistake said where the reader sees it.
        const note = document.createElement("p");
        note.textContent = `Unknown view “${name}”: showing the timeline. Views: ${frameViews.join(", ")}.`;
        this.append(note);
      }
      this.append(chart);
    }
    this.style.display = "block";
    this.#post();
    if ("ResizeObserver" in view) {
      this.#observer = new view.ResizeObserver(() => this.#post());
      this.#observer.observe(this);
    }
  }

  disconnectedCallback(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #post(): void {
    const view = this.ownerDocument.defaultView;
    if (!view || view.parent === view) return;
    const height = Math.ceil(this.getBoundingClientRect().height);
    if (height === this.#last) return;
    this.#last = height;
    const message: EmbedHeightMessage = { type: "jointline:height", height };
    // The height is not secret and the host's origin is unknown to an embed: post to any.
    view.parent.postMessage(message, "*");
  }
}
