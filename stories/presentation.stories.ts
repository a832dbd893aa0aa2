import type { Meta, StoryObj } from "@storybook/html-vite";
import axe from "axe-core";
import { expect, userEvent, waitFor } from "storybook/test";
import text from "../data/csam-operations.json?raw";
import {
  createPresentation,
  type Presentation,
  type PresentationOptions,
  presentationSteps,
} from "../src/components/presentation";
import { registerLocale } from "../src/i18n";
import ar from "../src/i18n/locales/ar";
import de from "../src/i18n/locales/de";
import es from "../src/i18n/locales/es";
import fr from "../src/i18n/locales/fr";
import { readJson } from "../src/io/readJson";
import type { Dataset } from "../src/model";

// The locales the story's control offers: unregistered, a deck "in French" showed English.
for (const locale of [fr, de, es, ar]) registerLocale(locale);

const dataset = readJson(text).data as Dataset;
const steps = presentationSteps(dataset);
const handles = new Set<Presentation>();

/** Story args: the presentation's options, and the height of the box it fills. */
type Args = PresentationOptions & { boxHeight?: string };

const meta: Meta<Args> = {
  title: "Presentation",
  args: { step: 0, theme: "slide", locale: "en" },
  argTypes: {
    step: { control: { type: "number", min: 0, max: dataset.events.length } },
    theme: { control: "select", options: ["slide", "light", "dark", "high-contrast"] },
    locale: { control: "select", options: ["en", "fr", "de", "es", "ar"] },
    boxHeight: { control: "text" },
  },
  // Storybook's HTML renderer clears the canvas without calling destroy(): do it here.
  beforeEach: () => () => {
    for (const handle of handles) handle.destroy();
    handles.clear();
  },
  afterEach: async ({ canvasElement }) => {
    const result = await axe.run(canvasElement);
    await expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  },
  render: ({ boxHeight, ...options }) => {
    // A box with a height: the presentation fills it, as it fills a screen or a slide.
    const container = document.createElement("div");
    container.style.height = boxHeight ?? "100vh";
    handles.add(createPresentation(container, dataset, options));
    return container;
  },
};
export default meta;
type Story = StoryObj<Args>;

const showOf = (canvasElement: HTMLElement) =>
  [...handles].find((h) => canvasElement.contains(h.element))!;

/** Whether the event shown is drawn in the part of the lanes a reader sees. */
function eventSeen(show: Presentation): boolean {
  const plot = show.timeline.element.querySelector<HTMLElement>(".jl-plot")!;
  const box = plot.getBoundingClientRect();
  const lane = plot.querySelector(".jl-lane-bg")!.getBoundingClientRect();
  const top = lane.top + plot.scrollTop;
  const mark = plot.querySelector(`.jl-mark[data-key="${CSS.escape(show.element.value!)}"]`);
  const at = mark?.getBoundingClientRect();
  return !!at && at.top >= top - 1 && at.bottom <= box.top + plot.clientHeight + 1;
}

/** The overview: the whole timeline, the dataset's title, description and content note. */
export const Overview: Story = {};

/** An event in large type, with its figures and sources; the timeline zoomed to it. */
export const Event: Story = { args: { step: 4 } };

/** Many figures run in two columns, leaving the lanes their height. */
export const ManyFigures: Story = { args: { step: steps.length } };

/** A darkened room. */
export const Dark: Story = { args: { step: 4, theme: "dark" } };

/** Right to left. */
export const Arabic: Story = { args: { step: 4, locale: "ar" } };

/** The overview in French: every word of it from the catalogue, none left in English. */
export const FrenchOverview: Story = {
  args: { step: 0, locale: "fr" },
  play: async ({ canvasElement }) => {
    const line = canvasElement.querySelector(".jl-presentation-source")!;
    await expect(line.textContent).toBe(
      `Vue d’ensemble · ${dataset.events.length} événements · Suivant (→, Page suiv.)`,
    );
  },
};

/** In a box 600 px high (a slide of a deck): the presentation fills it, the type scales down. */
export const InABox: Story = { args: { step: 4, boxHeight: "600px" } };

/** Stepping with a clicker's keys (PageDown/PageUp) and the arrows. */
export const Clicker: Story = {
  play: async ({ canvasElement }) => {
    const root = canvasElement.querySelector<HTMLElement>(".jl-presentation")!;
    root.focus();
    await userEvent.keyboard("{PageDown}{PageDown}{ArrowRight}{PageUp}");
    await expect(root.querySelector(".jl-presentation-count")!.textContent).toBe(
      `2 / ${dataset.events.length}`,
    );
  },
};

/** The keys work with no click first: focus on nothing, → moves the presentation. */
export const KeysWithoutAClick: Story = {
  play: async ({ canvasElement }) => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    await userEvent.keyboard("{ArrowRight}{ArrowRight}");
    await expect(showOf(canvasElement).step).toBe(2);
  },
};

/** Opened directly at a step whose event is in the last lane: the lane is scrolled to. */
export const OpenedAtAStep: Story = {
  args: { step: steps.map((s) => s.event.kind).lastIndexOf("legislation") + 1 },
  play: async ({ canvasElement }) => {
    // Made before the canvas is on the page, it lays out once it is (the next frame).
    await waitFor(() => expect(eventSeen(showOf(canvasElement))).toBe(true));
  },
};

/** Lanes that do not fit: a button names those cut off and scrolls to them. */
export const LanesCutOff: Story = {
  args: { stageHeight: 220 },
  play: async ({ canvasElement }) => {
    const more = canvasElement.querySelector<HTMLElement>(".jl-presentation-more")!;
    await waitFor(() => expect(more.hidden).toBe(false));
    const button = more.querySelector("button")!;
    await expect(button.textContent).toMatch(/more lanes? below/);
    // The first lane's title is in view (its rows run on below): it is not one of the "more".
    await expect(button.textContent).not.toMatch(/Operations/);
    await userEvent.click(button);
    await expect(button.textContent).toMatch(/Legislation|above/);
  },
};
