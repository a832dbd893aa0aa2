import { isHttpUrl } from "../../model/isHttpUrl";
import { column } from "./columns";
import { tTimelineJs } from "./messages";

// TimelineJS media that are images become an event's `media`; anything else (a video, a map, a
// tweet, an embedded page) stays in `extra` under its column's name, as before.

/** The `extra` keys TimelineJS's media fields are kept under (columns of the sheet). */
const mediaKeys: string[] = [
  column.media,
  column.mediaCredit,
  column.mediaCaption,
  column.mediaThumbnail,
  column.altText,
];

/** Image files by their extension, the way TimelineJS recognises an image URL. */
const imagePath = /\.(?:png|jpe?g|gif|webp|avif|svg)$/i;

/**
 * Whether a TimelineJS media URL is an image jointline may show: http(s), and its path ends in an
 * image extension (query and fragment aside).
 * @example isImageUrl("https://example.org/logo.png?w=600") // true
 */
export function isImageUrl(text: string): boolean {
  if (!isHttpUrl(text)) return false;
  return imagePath.test(new URL(text).pathname);
}

/**
 * Moves a slide's image fields out of `extra` into a `media` object when its "Media" is an image;
 * otherwise returns no media and leaves `extra` untouched. The `alt` is the slide's "Alt Text",
 * else its caption, else "Image: <title>" in `locale` (default English; `altFromTitle` says when
 * that was needed, for a warning).
 * @example mediaFromExtra([["Media", "https://x.org/a.png"], ["Alt Text", "Logo"]], "Op")
 */
export function mediaFromExtra(
  extra: [string, string][],
  title: string,
  locale = "en",
): { media?: Record<string, string>; extra: [string, string][]; altFromTitle?: boolean } {
  const get = (key: string) => extra.find(([k]) => k === key)?.[1]?.trim() ?? "";
  const url = get(column.media);
  if (url === "" || !isImageUrl(url)) return { extra };
  const caption = get(column.mediaCaption);
  const credit = get(column.mediaCredit);
  const thumbnail = get(column.mediaThumbnail);
  const alt = get(column.altText) || caption;
  const media: Record<string, string> = {
    url,
    alt: alt || tTimelineJs(locale, "timelinejs.imageAlt", { title }),
  };
  if (credit) media.credit = credit;
  if (caption) media.caption = caption;
  const rest = extra.filter(([key]) => !mediaKeys.includes(key));
  // A thumbnail that is not an http(s) image is kept as it was, not dropped.
  if (thumbnail && isImageUrl(thumbnail)) media.thumbnail = thumbnail;
  else if (thumbnail) rest.push([column.mediaThumbnail, thumbnail]);
  return { media, extra: rest, ...(alt ? {} : { altFromTitle: true }) };
}
