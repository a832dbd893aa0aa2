import { embedAttributeNames } from "../views/embedAttributes";
import type { EmbedHeightMessage } from "./embedCode";

const Base = (globalThis.HTMLElement ?? class {}) as typeof HTMLElement;

/**
 * Whether `value`, resolved against the page at `pageUrl`, is an http(s) URL on the same origin
 * as that page. `file://` pages have an opaque origin, so nothing passes there. Text that only
 * an attack would put in a page address — whitespace, control characters, quotes, `<`, `>`,
 * backslashes, HTML entities (`javascript&colon;…`) or a scheme-like `x:` in a relative path —
 * is refused before parsing, since browsers and CMSs may decode it on its way into a snippet.
 */
export function isSameOriginPage(value: string, pageUrl: string): boolean {
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it refuses.
  if (/[\u0000-\u0020\u007f&<>"'`\\]/.test(value)) return false;
  if (!/^https?:\/\//i.test(value) && /^[^/?#]*:/.test(value)) return false;
  let url: URL;
  let page: URL;
  try {
    page = new URL(pageUrl);
    url = new URL(value, page);
  } catch {
    return false;
  }
  return (
    (url.protocol === "http:" || url.protocol === "https:") &&
    url.origin === page.origin &&
    url.username === "" &&
    url.password === ""
  );
}

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
        if (value === null) continue;
        // The embed code a reader copies from this page points at `embed-page`: from a query
        // string anyone can write, only a page on this page's own origin may be named.
        if (attribute === "embed-page" && !isSameOriginPage(value, view.location.href)) continue;
        chart.setAttribute(attribute, value);
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
