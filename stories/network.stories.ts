import type { Meta, StoryObj } from "@storybook/html-vite";
import axe from "axe-core";
import { expect, userEvent } from "storybook/test";
import { syntheticNetworkDataset } from "../bench/networkSynthetic";
import text from "../data/csam-operations.json?raw";
import { createNetwork, type NetworkHandle } from "../src/components/network/createNetwork";
import type { NetworkOptions } from "../src/components/network/options";
import { readJson } from "../src/io/readJson";
import type { Dataset } from "../src/model";
import { smallSynthetic } from "../tests/scenarios/chartScenarios";

const dataset = readJson(text).data as Dataset;
let synthetic: Dataset | undefined;

interface Args extends NetworkOptions {
  /** The default dataset, the small one of the SVG snapshots, or 300 actors / 3,000 ties. */
  data: "default" | "small" | "synthetic";
}

const handles = new Set<NetworkHandle>();

const meta: Meta<Args> = {
  title: "Network",
  args: { data: "default", width: 720, height: 480 },
  argTypes: {
    data: { control: "inline-radio", options: ["default", "small", "synthetic"] },
    facet: { control: "inline-radio", options: ["actor", "country"] },
    sizeBy: { control: "select", options: ["weightedDegree", "degree", "operations"] },
    theme: { control: "select", options: ["auto", "light", "dark", "high-contrast"] },
    bipartite: { control: "boolean" },
    seed: { control: "number" },
  },
  // Storybook's HTML renderer clears the canvas without calling destroy(): do it here.
  beforeEach: () => () => {
    for (const handle of handles) handle.destroy();
    handles.clear();
  },
  // Every story is audited by axe-core after it renders (and after its play function).
  afterEach: async ({ canvasElement }) => {
    const result = await axe.run(canvasElement);
    await expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  },
  render: ({ data, ...options }) => {
    const container = document.createElement("div");
    container.style.maxWidth = `${options.width ?? 720}px`;
    if (data === "synthetic" && !synthetic) synthetic = syntheticNetworkDataset(300, 3000);
    const source =
      data === "synthetic" && synthetic ? synthetic : data === "small" ? smallSynthetic : dataset;
    const handle = createNetwork(container, source, { duration: 0, ...options });
    handles.add(handle);
    return container;
  },
};
export default meta;
type Story = StoryObj<Args>;

/**
 * The small synthetic dataset of the SVG snapshot tests/snapshots/output/network-synthetic.svg
 * (tests/scenarios/chartScenarios.ts), drawn live.
 */
export const SmallSynthetic: Story = {
  args: { data: "small", width: 600, height: 400 },
  play: async ({ canvasElement }) => {
    const [handle] = [...handles];
    const nodes = canvasElement.querySelectorAll("g.jl-network-node");
    await expect(handle!.graph.nodes.length).toBeGreaterThan(3);
    await expect(nodes.length).toBe(handle!.graph.nodes.length);
  },
};

/** Every operation of the default dataset: agencies, bodies and countries as actors. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const nodes = canvasElement.querySelectorAll<SVGGElement>("g.jl-network-node");
    await expect(nodes.length).toBeGreaterThan(5);
    const first = nodes[0]!;
    await userEvent.click(first);
    const root = canvasElement.querySelector(".jl-network") as HTMLElement & {
      value: string | null;
    };
    await expect(root.value).toBe(first.dataset.id);
    await expect(canvasElement.querySelector(".jl-network-details")?.hasAttribute("hidden")).toBe(
      false,
    );
    await userEvent.keyboard("{Escape}");
    await expect(root.value).toBeNull();
  },
};

/** Countries as nodes: an edge for every operation two countries took part in together. */
export const Countries: Story = { args: { facet: "country", maxLabels: 25 } };

/** The actor–operation bipartite graph: squares are operations. */
export const Bipartite: Story = { args: { bipartite: true, sizeBy: "degree" } };

/** A time window: only operations overlapping 2017–2019 count. */
export const TimeWindow: Story = {
  args: { window: { start: Date.UTC(2017, 0, 1), end: Date.UTC(2020, 0, 1) } },
};

/** A window with no operation: a clear empty state, not a blank chart. */
export const EmptyWindow: Story = {
  args: { window: { start: Date.UTC(1990, 0, 1), end: Date.UTC(1991, 0, 1) } },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".jl-empty")?.textContent).toContain("No cooperation");
  },
};

/** 300 synthetic actors with 3,000 ties (the benchmark's graph). */
export const Synthetic300: Story = {
  name: "300 actors, 3,000 edges",
  args: {
    data: "synthetic",
    width: 900,
    height: 700,
    maxLabels: 30,
    playback: false,
    showAll: true,
  },
};

/** The same graph as a reader first sees it: the 40 most connected actors and their strongest ties. */
export const Synthetic300Reduced: Story = {
  name: "300 actors, 3,000 edges: readable default",
  args: { data: "synthetic", width: 900, height: 700, playback: false },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll("g.jl-network-node").length).toBe(40);
    await expect(canvasElement.querySelector(".jl-network-dense")?.textContent).toMatch(
      /Showing the 40 most connected of [\d,]+ actors and the 120 strongest of [\d,]+ ties/,
    );
  },
};

/** Countries over 2015–2025 (58 nodes, 716 ties): the dense view, with "Show all". */
export const DenseCountries: Story = {
  args: {
    facet: "country",
    width: 900,
    height: 600,
    window: { start: Date.UTC(2015, 0, 1), end: Date.UTC(2026, 0, 1) },
  },
  play: async ({ canvasElement }) => {
    const button = canvasElement.querySelector<HTMLButtonElement>(".jl-network-show-all")!;
    await expect(canvasElement.querySelectorAll("g.jl-network-node").length).toBe(40);
    await userEvent.click(button);
    await expect(canvasElement.querySelectorAll("g.jl-network-node").length).toBe(58);
    await userEvent.click(button);
  },
};

/** The dark theme. */
export const Dark: Story = { args: { theme: "dark", facet: "country" } };
