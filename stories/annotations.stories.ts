import type { Meta, StoryObj } from "@storybook/html-vite";
import axe from "axe-core";
import { expect } from "storybook/test";
import text from "../data/csam-operations.json?raw";
import { createTimeline, type Timeline } from "../src/components/timeline/createTimeline";
import { createTrend, type TrendHandle } from "../src/components/trend/createTrend";
import { readJson } from "../src/io/readJson";
import type { Dataset } from "../src/model";

/*
 * Annotations (dataset-level notes with a connector) on the timeline and the trend, and an
 * event's image in the details panel: the default dataset's two notes plus a note on a date and
 * one on a period, and an image on the first event (an address on this server, never the
 * internet; a missing file shows its alt text).
 */
const base = readJson(text).data as Dataset;
const dataset: Dataset = {
  ...base,
  annotations: [
    ...(base.annotations ?? []),
    {
      id: "note-2011-directive",
      text: "EU Directive 2011/93/EU adopted",
      when: "2011-12-13",
      sources: ["s11"],
    },
    {
      id: "note-interim",
      text: "EU interim Regulation applies",
      when: "2021-08-02/2026-04-03",
      sources: ["s44"],
    },
  ],
  events: base.events.map((e) =>
    e.id === "budapest-convention-2001"
      ? {
          ...e,
          media: {
            url: new URL(
              "/cooperation-diagram.svg",
              globalThis.location?.href ?? "http://localhost/",
            ).href,
            alt: "A diagram of five linked circles, standing for institutions that work together",
            credit: "jointline examples",
            caption: "Illustration drawn for the examples.",
            width: 640,
            height: 360,
          },
        }
      : e,
  ),
};

type Args = { chart: "timeline" | "trend"; width: number; images: "on" | "off"; select?: string };
const handles = new Set<Timeline | TrendHandle>();

const meta: Meta<Args> = {
  title: "Annotations and images",
  args: { chart: "timeline", width: 1000, images: "on" },
  argTypes: {
    chart: { control: "inline-radio", options: ["timeline", "trend"] },
    width: { control: { type: "range", min: 320, max: 1400, step: 10 } },
    images: { control: "inline-radio", options: ["on", "off"] },
  },
  beforeEach: () => () => {
    for (const handle of handles) handle.destroy();
    handles.clear();
  },
  afterEach: async ({ canvasElement }) => {
    const result = await axe.run(canvasElement);
    await expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  },
  render: ({ chart, width, images, select }) => {
    const container = document.createElement("div");
    container.style.width = `${width}px`;
    container.style.maxWidth = "100%";
    if (chart === "trend")
      handles.add(createTrend(container, dataset, { metric: "arrests", width }));
    else {
      const handle = createTimeline(container, dataset, {
        images,
        orientation: "horizontal",
        showSummary: true,
      });
      if (select) handle.select(select);
      handles.add(handle);
    }
    return container;
  },
};
export default meta;
type Story = StoryObj<Args>;

const noteIds = (el: HTMLElement, selector: string) =>
  Array.from(el.querySelectorAll(selector)).map((n) => n.getAttribute("data-annotation"));

/** The timeline: notes beside their marks where a row is free, else under the lanes, each with a connector. */
export const TimelineNotes: Story = {
  play: async ({ canvasElement }) => {
    // Every drawn note has its connector; a note with no room at this width is left out of the
    // drawing (never over a mark or a label) but stays in the summary and the table.
    const drawn = noteIds(canvasElement, "text.jl-annotation");
    await expect(drawn.length).toBeGreaterThanOrEqual(3);
    await expect(canvasElement.querySelectorAll("path.jl-annotation-line").length).toBe(
      drawn.length,
    );
    const summary = canvasElement.querySelector(".jl-summary")?.textContent ?? "";
    for (const note of dataset.annotations ?? []) await expect(summary).toContain(note.text);
  },
};

/** The trend: each note above its period's bar. */
export const TrendNotes: Story = {
  args: { chart: "trend", width: 900 },
  play: async ({ canvasElement }) => {
    await expect(noteIds(canvasElement, "g.jl-trend-annotation").length).toBe(4);
  },
};

/** The trend on a phone: notes with no room above their bars become numbered footnotes. */
export const TrendPhone: Story = {
  args: { chart: "trend", width: 375 },
  play: async ({ canvasElement }) => {
    await expect(
      canvasElement.querySelectorAll("circle.jl-annotation-marker:not([display])").length,
    ).toBeGreaterThan(0);
  },
};

/** An event's image in the details panel: lazy, no referrer, its box reserved, with its credit. */
export const EventImage: Story = {
  args: { select: "budapest-convention-2001" },
  play: async ({ canvasElement }) => {
    const img = canvasElement.querySelector<HTMLImageElement>(".jl-details figure.jl-media img");
    await expect(img?.getAttribute("loading")).toBe("lazy");
    await expect(img?.getAttribute("referrerpolicy")).toBe("no-referrer");
    await expect([img?.getAttribute("width"), img?.getAttribute("height")]).toEqual(["640", "360"]);
    await expect(canvasElement.querySelector(".jl-details figcaption")?.textContent).toContain(
      "Image: jointline examples",
    );
  },
};

/** `images: "off"`: no image is requested; the panel says what it would show. */
export const ImagesOff: Story = {
  args: { select: "budapest-convention-2001", images: "off" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector("img")).toBeNull();
    await expect(canvasElement.querySelector(".jl-details .jl-media-off")?.textContent).toContain(
      "Image not shown",
    );
  },
};
