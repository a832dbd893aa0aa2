import { isHttpUrl } from "../model/isHttpUrl";
import { tEmbedCode } from "./embedCodeMessages";

/** The message the iframe embed page posts to its parent when its content height changes. */
export interface EmbedHeightMessage {
  type: "jointline:height";
  /** Height of the page's content in CSS px. */
  height: number;
}

/** Whether a `message` event's data is a {@link EmbedHeightMessage}. */
export function isEmbedHeightMessage(data: unknown): data is EmbedHeightMessage {
  const message = data as Partial<EmbedHeightMessage> | null;
  return (
    typeof message === "object" &&
    message !== null &&
    message.type === "jointline:height" &&
    typeof message.height === "number" &&
    Number.isFinite(message.height) &&
    message.height >= 0
  );
}

/**
 * The small script a host page includes once to let jointline iframes size themselves: each
 * embed page posts its height, and the script sets the height of the iframe the message came
 * from (matched by `contentWindow`, so no other frame can resize it). Heights are capped at
 * 10,000 px so that a misbehaving frame cannot take over the page.
 */
export const hostResizeScript =
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder belongs to the host page's script.
  'addEventListener("message", (e) => { const d = e.data; if (d?.type !== "jointline:height" || typeof d.height !== "number" || !(d.height >= 0)) return; for (const f of document.querySelectorAll("iframe[data-jointline]")) if (f.contentWindow === e.source) f.style.height = `${Math.min(Math.ceil(d.height), 10000)}px`; });';

/** Options of {@link embedCode}. */
export interface EmbedCodeOptions {
  /** Absolute http(s) URL of the iframe embed page (`embed.html`); anything else is refused. */
  page: string;
  /** Query parameters: `src` (absolute URL of the data) and any attribute (`view`, `theme`…). */
  params: Readonly<Record<string, string | undefined>>;
  /** The iframe's accessible title. Default "Chart". */
  title?: string;
  /** Initial height in px, before the page reports its own. Default 480. */
  height?: number;
}

function escapeAttribute(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");
}

/**
 * The HTML a journalist pastes into an article to embed a chart by iframe: the iframe, with
 * the data URL and options in its query string, and the one-line resize script.
 *
 * The snippet runs in someone else's page, so the page URL must be an absolute http(s) URL
 * (`javascript:`, `data:`, `file:` and user-name-disguised hosts throw a `TypeError`): only
 * a link the browser loads as a page, never one it runs, can reach the `src` attribute.
 *
 * @example
 * embedCode({ page: "https://example.org/jointline/embed.html", params: { src: "https://example.org/ops.json", view: "timeline" } });
 */
export function embedCode(options: EmbedCodeOptions): string {
  if (!isHttpUrl(options.page)) {
    throw new TypeError("The embed page must be an absolute http(s) URL.");
  }
  const url = new URL(options.page);
  for (const [key, value] of Object.entries(options.params)) {
    if (value !== undefined && value !== "") url.searchParams.set(key, value);
  }
  const title = escapeAttribute(options.title ?? tEmbedCode("en", "embedCode.chart"));
  const height = Math.round(options.height ?? 480);
  return `<iframe data-jointline src="${escapeAttribute(url.href)}" title="${title}" loading="lazy" allow="fullscreen" style="width:100%;height:${height}px;border:0"></iframe>
<script>${hostResizeScript}</script>`;
}
