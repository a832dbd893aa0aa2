import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect, waitFor } from "storybook/test";
import { createTimeline, type Timeline, type TimelineOptions } from "../src/components/timeline";
import type { Dataset } from "../src/model";
import { defaultDataset, syntheticDataset } from "../tests/scenarios/timelineScenarios";

/** Labels of the timeline (issue 15): short labels, placed where they fit whole, "+N" for the rest. */
type Scenario = "default" | "synthetic100";
const scenarios: Record<Scenario, () => Dataset> = {
  default: () => defaultDataset,
  synthetic100: () => syntheticDataset(100),
};

interface Args extends TimelineOptions {
  scenario: Scenario;
  containerWidth: number;
}

const handles = new Set<Timeline>();

const meta: Meta<Args> = {
  title: "Timeline/Labels",
  args: { scenario: "default", containerWidth: 768, theme: "light" },
  argTypes: {
    scenario: { control: "select", options: Object.keys(scenarios) },
    containerWidth: { control: { type: "range", min: 320, max: 1920, step: 10 } },
  },
  beforeEach: () => () => {
    for (const handle of handles) handle.destroy();
    handles.clear();
  },
  render: ({ scenario, containerWidth, ...options }) => {
    const container = document.createElement("div");
    container.style.width = `${containerWidth}px`;
    const handle = createTimeline(container, scenarios[scenario](), options);
    handles.add(handle);
    return container;
  },
};
export default meta;
type Story = StoryObj<Args>;

type Box = { left: number; right: number; top: number; bottom: number };
const overlap = (a: Box, b: Box) =>
  Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 &&
  Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;

/** Visible mark labels, the plot's box, and the marks in view without a label. */
function labelsOf(root: HTMLElement) {
  const svg = root.querySelector<SVGSVGElement>("svg.jl-svg")!;
  const plot = svg.getBoundingClientRect();
  const texts = Array.from(svg.querySelectorAll<SVGTextElement>(".jl-mark text")).filter(
    (t) => t.getAttribute("display") !== "none" && t.textContent,
  );
  const cues = Array.from(svg.querySelectorAll(".jl-hidden-labels")).reduce(
    (n, c) => n + Number(c.getAttribute("data-count")),
    0,
  );
  return { plot, boxes: texts.map((t) => t.getBoundingClientRect()), cues };
}

/**
 * A crowded chart: the default dataset at 768 px. Every label is whole, on its mark's row, on
 * the other side of its mark or on a free row with a leader; none overlaps another, none runs
 * past the plot; a label that fits nowhere is counted in its lane's "+N".
 */
export const CrowdedLabels: Story = {
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(".jl-mark text")).not.toBeNull());
    const { plot, boxes } = labelsOf(canvasElement);
    await expect(boxes.length).toBeGreaterThan(25);
    for (let i = 0; i < boxes.length; i++) {
      await expect(boxes[i]!.left).toBeGreaterThanOrEqual(plot.left - 0.5);
      await expect(boxes[i]!.right).toBeLessThanOrEqual(plot.right + 0.5);
      for (let j = i + 1; j < boxes.length; j++)
        await expect(overlap(boxes[i]!, boxes[j]!)).toBe(false);
    }
  },
};

/** 100 synthetic events at 400 px, two rows a lane: the labels that find no room are counted ("+N · zoom in"). */
export const CrowdedLabelsCounted: Story = {
  args: { scenario: "synthetic100", containerWidth: 400, maxRowsPerLane: 2 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(".jl-mark text")).not.toBeNull());
    const { plot, cues } = labelsOf(canvasElement);
    // Events in view (their first mark on the plot) without a label drawn.
    const hidden = Array.from(canvasElement.querySelectorAll<SVGGElement>(".jl-mark")).filter(
      (g) => {
        if (g.dataset.key !== g.dataset.id) return false;
        // The mark's drawn shapes (not its label), in view if any is on the plot.
        const onPlot = Array.from(g.children)
          .filter((c) => c.tagName !== "text")
          .map((c) => c.getBoundingClientRect())
          .some((r) => (r.width > 0 || r.height > 0) && r.right > plot.left && r.left < plot.right);
        const text = g.querySelector("text")!;
        return onPlot && (text.getAttribute("display") === "none" || !text.textContent);
      },
    ).length;
    await expect(hidden).toBeGreaterThan(0);
    await expect(cues).toBe(hidden);
  },
};

/** A window set with start/end: spans cut by the plot's edge have their label at the edge and a chevron; no axis label is cut. */
export const LabelsAtWindowEdges: Story = {
  args: {
    containerWidth: 960,
    initialWindow: [Date.UTC(2015, 5, 1), Date.UTC(2021, 5, 1)],
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(".jl-tick text")).not.toBeNull());
    const svg = canvasElement.querySelector<SVGSVGElement>("svg.jl-svg")!;
    const plot = svg.getBoundingClientRect();
    for (const t of svg.querySelectorAll<SVGTextElement>(".jl-tick text, .jl-mark text")) {
      if (t.getAttribute("display") === "none" || !t.textContent) continue;
      const b = t.getBoundingClientRect();
      const cut =
        (b.left < plot.left - 0.5 && b.right > plot.left + 0.5) ||
        (b.left < plot.right - 0.5 && b.right > plot.right + 0.5);
      await expect(cut).toBe(false);
    }
    await expect(svg.querySelectorAll(".jl-continues").length).toBeGreaterThan(0);
  },
};
