import type { Meta, StoryObj } from "@storybook/html-vite";
import axe from "axe-core";
import { expect, waitFor } from "storybook/test";
import text from "../data/csam-operations.json?raw";
import "../src/entries/embed";
import type { JointlineElement } from "../src/embed/JointlineElement";

interface EmbedArgs {
  tag: "jointline-timeline" | "jointline-network" | "jointline-trend" | "jointline-presentation";
  theme: "auto" | "light" | "dark" | "high-contrast" | "slide";
  locale: string;
  /** Custom properties set by the "host page" on the element. */
  hostStyle: string;
  data: string;
}

const meta: Meta<EmbedArgs> = {
  title: "Embed/Elements",
  args: { tag: "jointline-timeline", theme: "light", locale: "en", hostStyle: "", data: text },
  argTypes: {
    tag: {
      control: "select",
      options: [
        "jointline-timeline",
        "jointline-network",
        "jointline-trend",
        "jointline-presentation",
      ],
    },
    theme: { control: "select", options: ["auto", "light", "dark", "high-contrast", "slide"] },
    locale: { control: "select", options: ["en", "fr", "de", "es", "ar"] },
    data: { table: { disable: true } },
  },
  afterEach: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<JointlineElement>("[data-story]")!;
    await element.ready;
    const result = await axe.run(element.shadowRoot!.querySelector(".jl-embed")!);
    await expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  },
  render: (args) => {
    const element = document.createElement(args.tag);
    element.dataset.story = "";
    element.setAttribute("theme", args.theme);
    element.setAttribute("locale", args.locale);
    if (args.hostStyle) element.setAttribute("style", args.hostStyle);
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = args.data;
    element.append(script);
    return element;
  },
};
export default meta;
type Story = StoryObj<EmbedArgs>;

/** `<jointline-timeline>` with the content note first and the share/export menu under it. */
export const Timeline: Story = {};

/** The page's custom properties reach into the shadow root. */
export const HostTheme: Story = {
  args: {
    hostStyle:
      "--jl-font-family: Georgia, serif; --jl-color-background: #fbfaf7; --jl-cat-1: #1f4e79",
  },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<JointlineElement>("[data-story]")!;
    await element.ready;
    const root = element.shadowRoot!.querySelector(".jl-timeline")!;
    await expect(getComputedStyle(root).backgroundColor).toBe("rgb(251, 250, 247)");
  },
};

export const Network: Story = { args: { tag: "jointline-network" } };
export const Trend: Story = { args: { tag: "jointline-trend" } };
export const Presentation: Story = { args: { tag: "jointline-presentation", theme: "slide" } };

/** Invalid data: the error report, never a blank chart. */
export const InvalidData: Story = {
  args: {
    data: JSON.stringify({
      title: "Broken",
      events: [{ id: "a", kind: "operation", when: "2025-13" }],
    }),
  },
  play: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<JointlineElement>("[data-story]")!;
    await waitFor(() => expect(element.shadowRoot!.querySelector(".jl-issues")).not.toBeNull());
  },
};
