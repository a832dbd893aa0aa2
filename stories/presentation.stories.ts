import type { Meta, StoryObj } from "@storybook/html-vite";
import axe from "axe-core";
import { expect, userEvent } from "storybook/test";
import text from "../data/csam-operations.json?raw";
import {
  createPresentation,
  type Presentation,
  type PresentationOptions,
} from "../src/components/presentation";
import { readJson } from "../src/io/readJson";
import type { Dataset } from "../src/model";

const dataset = readJson(text).data as Dataset;
const handles = new Set<Presentation>();

const meta: Meta<PresentationOptions> = {
  title: "Presentation",
  args: { step: 0, theme: "slide", locale: "en" },
  argTypes: {
    step: { control: { type: "number", min: 0, max: dataset.events.length } },
    theme: { control: "select", options: ["slide", "light", "dark", "high-contrast"] },
    locale: { control: "select", options: ["en", "fr", "de", "es", "ar"] },
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
  render: (args) => {
    const container = document.createElement("div");
    container.style.maxWidth = "1100px";
    handles.add(createPresentation(container, dataset, args));
    return container;
  },
};
export default meta;
type Story = StoryObj<PresentationOptions>;

/** The overview: the whole timeline and the dataset's title. */
export const Overview: Story = {};

/** An event in large type, with its figures and sources; the timeline zoomed to it. */
export const Event: Story = { args: { step: 4 } };

/** A darkened room. */
export const Dark: Story = { args: { step: 4, theme: "dark" } };

/** Right to left. */
export const Arabic: Story = { args: { step: 4, locale: "ar" } };

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
