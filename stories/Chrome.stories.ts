import type { Meta, StoryObj } from "@storybook/html-vite";
import axe from "axe-core";
import { expect } from "storybook/test";
import text from "../data/csam-operations.json?raw";
import "../src/entries/embed";
import type { JointlineElement } from "../src/embed/JointlineElement";

/** The chart chrome around an embedded chart: headline, dek, content note, notes, sources, byline. */
interface ChromeArgs {
  tag: "jointline-timeline" | "jointline-network" | "jointline-trend" | "jointline-dashboard";
  /** Attributes of the chrome (`headline`, `dek`, `chrome`, `byline`…), as name → value. */
  chrome: Record<string, string>;
  /** The width of the story's frame, px (375: a phone). */
  width: number;
}

const dataset = JSON.parse(text) as { title: string; chartNotes?: string; byline?: string };
// The default dataset has neither: show them as a newsroom would fill them in.
const data = JSON.stringify({
  ...dataset,
  byline: "Graphic: jointline data desk",
  chartNotes: "Figures are as reported by the agencies that led each operation.",
});

const meta: Meta<ChromeArgs> = {
  title: "Chrome/Headline and sources",
  args: { tag: "jointline-timeline", chrome: {}, width: 960 },
  argTypes: {
    tag: {
      control: "select",
      options: [
        "jointline-timeline",
        "jointline-network",
        "jointline-trend",
        "jointline-dashboard",
      ],
    },
  },
  afterEach: async ({ canvasElement }) => {
    const element = canvasElement.querySelector<JointlineElement>("[data-story]")!;
    await element.ready;
    const result = await axe.run(element.shadowRoot!.querySelector(".jl-embed")!);
    await expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  },
  render: (args) => {
    const frame = document.createElement("div");
    frame.style.width = `${args.width}px`;
    const element = document.createElement(args.tag);
    element.dataset.story = "";
    element.setAttribute("theme", "light");
    for (const [name, value] of Object.entries(args.chrome)) element.setAttribute(name, value);
    const script = document.createElement("script");
    script.type = "application/json";
    script.textContent = data;
    element.append(script);
    frame.append(element);
    return frame;
  },
};
export default meta;
type Story = StoryObj<ChromeArgs>;

const root = async (canvasElement: HTMLElement) => {
  const element = canvasElement.querySelector<JointlineElement>("[data-story]")!;
  await element.ready;
  return element.shadowRoot!;
};

/** Every piece from the data: headline, dek, content note above; notes, sources, byline below. */
export const On: Story = {
  play: async ({ canvasElement }) => {
    const shadow = await root(canvasElement);
    await expect(shadow.querySelector("h2")!.textContent).toBe(dataset.title);
    await expect(shadow.querySelector(".jl-chrome-notes")!.textContent).toContain("as reported");
    await expect(shadow.querySelector(".jl-chrome-source-line")!.textContent).toMatch(
      /^Sources: .+ and \d+ more$/,
    );
    await expect(shadow.querySelector(".jl-chrome-byline")!.textContent).toBe(
      "Graphic: jointline data desk",
    );
  },
};

/** `chrome="off"`: a host page with its own headline and credits gets the chart alone. */
export const Off: Story = {
  args: { chrome: { chrome: "off" } },
  play: async ({ canvasElement }) => {
    const shadow = await root(canvasElement);
    await expect(shadow.querySelector(".jl-chrome")).toBeNull();
  },
};

/** Pieces replaced and dropped one by one: a shorter headline, no dek, no legend. */
export const PerPiece: Story = {
  args: {
    tag: "jointline-network",
    chrome: { headline: "Who worked with whom", dek: "off", legend: "off" },
  },
  play: async ({ canvasElement }) => {
    const shadow = await root(canvasElement);
    await expect(shadow.querySelector("h2")!.textContent).toBe("Who worked with whom");
    await expect(shadow.querySelector(".jl-chrome-dek")).toBeNull();
    await expect(getComputedStyle(shadow.querySelector(".jl-legend")!).display).toBe("none");
  },
};

/** A long headline on a phone: it wraps inside 375 px, whole words, nothing cut or scrolled. */
export const LongHeadlinePhone: Story = {
  args: {
    width: 375,
    chrome: {
      headline:
        "International operations against online child sexual exploitation networks, and the laws that followed them, 2010–2025",
    },
  },
  play: async ({ canvasElement }) => {
    const shadow = await root(canvasElement);
    const headline = shadow.querySelector<HTMLElement>("h2")!;
    await expect(headline.scrollWidth).toBeLessThanOrEqual(headline.clientWidth);
    await expect(headline.getBoundingClientRect().width).toBeLessThanOrEqual(375);
    await expect(headline.getBoundingClientRect().height).toBeGreaterThan(40);
  },
};

/** The dashboard carries the chrome once, around its three charts. */
export const Dashboard: Story = {
  args: { tag: "jointline-dashboard" },
  play: async ({ canvasElement }) => {
    const shadow = await root(canvasElement);
    await expect(shadow.querySelectorAll("h2.jl-chrome-headline")).toHaveLength(1);
  },
};
