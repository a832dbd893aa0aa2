// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { renderEventDetails } from "../../../src/components/shared/renderEventDetails";
import { renderMedia } from "../../../src/components/shared/renderMedia";
import type { DataEvent, Media } from "../../../src/model";
import { urlPayloads } from "../../data/hostile/payloads";

const media: Media = {
  url: "https://example.org/diagram.png",
  alt: "A diagram of five linked circles",
  credit: "Europol",
  caption: "<b>not bold</b>",
  source: "s1",
};
const sources = new Map([
  [
    "s1",
    {
      id: "s1",
      publisher: "Europol",
      title: "Press release",
      url: "https://www.europol.europa.eu/",
    },
  ],
]);

describe("renderMedia(document, media, options)", () => {
  it("renderMedia(media) loads lazily, sends no referrer, reserves its box and says what it shows", () => {
    const figure = renderMedia(document, media, { sources });
    const img = figure.querySelector("img")!;
    expect(img.getAttribute("loading")).toBe("lazy");
    expect(img.getAttribute("referrerpolicy")).toBe("no-referrer");
    expect(img.getAttribute("alt")).toBe(media.alt);
    expect([img.getAttribute("width"), img.getAttribute("height")]).toEqual(["640", "360"]);
    expect(img.getAttribute("src")).toBe(media.url);
    // Text as text: the caption's markup is not parsed; the credit links to its source.
    expect(figure.querySelector("figcaption b")).toBeNull();
    expect(figure.querySelector("figcaption")!.textContent).toBe("<b>not bold</b> Image: Europol");
    expect(figure.querySelector("a")!.getAttribute("href")).toBe("https://www.europol.europa.eu/");
    expect(figure.querySelector("iframe, object, embed")).toBeNull();
  });

  it("renderMedia(media with a size) reserves the image's own width and height", () => {
    const img = renderMedia(document, { ...media, width: 300, height: 400 }).querySelector("img")!;
    expect([img.getAttribute("width"), img.getAttribute("height")]).toEqual(["300", "400"]);
  });

  it("renderMedia(media, { images: 'off' }) fetches nothing and shows the alt text", () => {
    const figure = renderMedia(document, media, { images: "off" });
    expect(figure.querySelector("img")).toBeNull();
    expect(figure.textContent).toContain(`Image not shown: ${media.alt}`);
  });

  it("renderMedia(media with a hostile URL) never puts it in a src, even when validation was skipped", () => {
    for (const p of urlPayloads) {
      const figure = renderMedia(document, { ...media, url: p.text, thumbnail: p.text });
      const src = figure.querySelector("img")?.getAttribute("src");
      if (src !== undefined) expect(src, p.name).toMatch(/^https?:\/\//i);
      const thumb = renderMedia(
        document,
        { ...media, url: p.text, thumbnail: p.text },
        { size: "thumbnail" },
      );
      const tsrc = thumb.querySelector("img")?.getAttribute("src");
      if (tsrc !== undefined) expect(tsrc, p.name).toMatch(/^https?:\/\//i);
    }
  });

  it("renderEventDetails(event) shows the image in the panel and a thumbnail in the tooltip, none there when images are off", () => {
    const event = {
      kind: "operation",
      id: "e",
      title: "Operation",
      when: "2020",
      actors: [],
      countries: [],
      figures: [],
      sources: ["s1"],
      tags: [],
      relations: [],
      media: { ...media, thumbnail: "https://example.org/thumb.png" },
    } as DataEvent;
    const context = { actors: new Map(), sources, locale: "en" };
    const full = renderEventDetails(document, event, context);
    expect(full.querySelector("img")!.getAttribute("src")).toBe(media.url);
    const compact = renderEventDetails(document, event, context, { compact: true });
    expect(compact.querySelector("img")!.getAttribute("src")).toBe("https://example.org/thumb.png");
    const off = { ...context, images: "off" as const };
    expect(renderEventDetails(document, event, off).querySelector("img")).toBeNull();
    expect(
      renderEventDetails(document, event, off, { compact: true }).querySelector(".jl-media"),
    ).toBeNull();
  });
});
