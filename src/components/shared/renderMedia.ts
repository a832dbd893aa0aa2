import type { Media, Source } from "../../model";
import { isHttpUrl } from "../../model/isHttpUrl";
import { annotationMessagesIn } from "./annotationMessages";
import { el } from "./el";
import { renderLink } from "./renderLink";

/** Whether a chart shows remote images: `"on"` (default) or `"off"` for pages that allow none. */
export type ImagesOption = "on" | "off";

/** Options of {@link renderMedia}. */
export interface RenderMediaOptions {
  /** `"off"` shows the alt text in place of the image and loads nothing; default `"on"`. */
  images?: ImagesOption;
  /** `"full"` (default: the details panel, a presentation step) or `"thumbnail"` (the tooltip). */
  size?: "full" | "thumbnail";
  /** The dataset's sources, to link the image's `source` by its publisher. */
  sources?: ReadonlyMap<string, Source>;
  /** The language of "Image:" and "Image not shown"; default `"en"`. */
  locale?: string;
}

/** The box reserved before an image loads when its size is not given (16:9). */
const DEFAULT_BOX = { full: [640, 360], thumbnail: [160, 90] } as const;

/**
 * An event's image as a `<figure>`: an `<img>` loaded lazily (`loading="lazy"`), with its width
 * and height reserved (the layout does not jump when it arrives), no referrer sent to the
 * image's host, its alt text, and a caption with the credit (linked to its source when that has
 * an http(s) URL). Never an iframe, never anything but an http(s) image address; with
 * `images: "off"` (or an address that is not http(s), should validation have been skipped) the
 * figure holds the alt text instead and nothing is fetched. All text is set as text.
 *
 * @example details.append(renderMedia(document, event.media, { images: "on", sources }));
 */
export function renderMedia(
  document: Document,
  media: Media,
  options: RenderMediaOptions = {},
): HTMLElement {
  const size = options.size ?? "full";
  const m = annotationMessagesIn(options.locale);
  const figure = el(
    document,
    "figure",
    size === "thumbnail" ? "jl-media jl-media-thumb" : "jl-media",
  );
  const url = size === "thumbnail" ? (media.thumbnail ?? media.url) : media.url;
  if (options.images === "off" || !isHttpUrl(url)) {
    figure.append(el(document, "p", "jl-media-off", m.imageOff(media.alt)));
  } else {
    const img = document.createElement("img");
    img.setAttribute("loading", "lazy");
    img.setAttribute("decoding", "async");
    img.setAttribute("referrerpolicy", "no-referrer");
    img.setAttribute("alt", media.alt);
    const [w, h] =
      media.width !== undefined && media.height !== undefined
        ? [media.width, media.height]
        : DEFAULT_BOX[size];
    img.setAttribute("width", String(w));
    img.setAttribute("height", String(h));
    img.setAttribute("src", url);
    figure.append(img);
  }
  if (size === "thumbnail") return figure;
  if (media.caption || media.credit) {
    const caption = el(document, "figcaption");
    if (media.caption) caption.append(el(document, "span", undefined, media.caption));
    if (media.credit) {
      const source = media.source === undefined ? undefined : options.sources?.get(media.source);
      const credit = el(document, "span", "jl-media-credit");
      credit.append(renderLink(document, m.credit(media.credit), source?.url));
      if (media.caption) caption.append(" ");
      caption.append(credit);
    }
    figure.append(caption);
  }
  return figure;
}

// Its CSS is in the core of the script-tag build (theme.ts), the figure with the `details` part.
export { mediaCss } from "./mediaCss";
