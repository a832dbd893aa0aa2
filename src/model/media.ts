import * as z from "zod/mini";
import { HttpUrl } from "./httpUrl";
import { Id } from "./id";

/**
 * An image shown with an event (details panel, tooltip thumbnail, presentation step), as
 * TimelineJS shows a slide's media. Only images, only http(s), never embedded pages; `alt` is
 * required, since the picture means nothing to a reader who cannot see it.
 * @example Media.parse({ url: "https://example.org/logo.png", alt: "The operation's logo", credit: "Europol" })
 */
export const Media = z.strictObject({
  /** The image's address, http(s) only. */
  url: HttpUrl,
  /** What the image shows, for readers who cannot see it. */
  alt: z.string().check(z.minLength(1)),
  /** Who made or owns the image, shown with it. */
  credit: z.optional(z.string()),
  /** A caption shown under the image. */
  caption: z.optional(z.string()),
  /** A smaller version of the image for the tooltip, http(s) only. */
  thumbnail: z.optional(HttpUrl),
  /** The image's width and height in pixels, reserved before it loads so nothing jumps. */
  width: z.optional(z.int().check(z.positive(), z.maximum(10_000))),
  height: z.optional(z.int().check(z.positive(), z.maximum(10_000))),
  /** The id of the source the image comes from. */
  source: z.optional(Id),
});
export type Media = z.infer<typeof Media>;
