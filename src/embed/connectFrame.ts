import { hasMessages } from "../i18n/catalog";
import { embedAttributeNames } from "../views/embedAttributes";
import type { EmbedHeightMessage } from "./embedCode";
import { tFrame } from "./frameMessages";

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
 * `{ type: "jointline:height", height }` message (see `hostResizeScript`). Since anyone can write
 * that query string, the chart only fetches a `src` on the page's own origin (a relative one
 * always is) or on an origin its publisher allows ({@link frameAllowedOrigins}); anything else,
 * `data:` URLs included, shows a `data_origin_refused` error instead of a chart.
 *
 * @example
 * <!-- embed.html -->
 * <meta name="jointline-allowed-origins" content="https://data.example.org">
 * <script src="jointline.iife.js"></script>
 * <jointline-frame></jointline-frame>
 *
 * This module is the frame's part (`jointline.frame.js` in the script-tag build): the element
 * itself (src/embed/frameElement.ts) is defined by the core and connects here once it has loaded.
 * Returns what disconnecting does.
 */
export function connectFrame(frame: HTMLElement): () => void {
  const document = frame.ownerDocument;
  const view = document.defaultView;
  if (!view) return () => {};
  const params = new URLSearchParams(view.location.search);
  const name = params.get("view") ?? "timeline";
  const known = (frameViews as readonly string[]).includes(name);
  const tag = `jointline-${known ? name : "timeline"}`;
  if (!frame.firstElementChild) {
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
      // In the page's language when its words are here already (nothing waits for them).
      const locale = params.get("locale");
      note.textContent = tFrame(
        locale && hasMessages(locale) ? locale : "en",
        "embed.unknownView",
        {
          name,
          views: frameViews.join(", "),
        },
      );
      frame.append(note);
    }
    frame.append(chart);
  }
  frame.style.display = "block";
  let last = -1;
  const post = () => {
    if (view.parent === view) return;
    const height = Math.ceil(frame.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: EmbedHeightMessage = { type: "jointline:height", height };
    // The height is not secret and the host's origin is unknown to an embed: post to any.
    view.parent.postMessage(message, "*");
  };
  post();
  if (!("ResizeObserver" in view)) return () => {};
  const observer = new view.ResizeObserver(post);
  observer.observe(frame);
  return () => observer.disconnect();
}
