import type { Meta, StoryObj } from "@storybook/html-vite";
import axe from "axe-core";
import { expect, userEvent } from "storybook/test";
import text from "../data/csam-operations.json?raw";
import {
  createDashboard,
  type Dashboard,
  type DashboardOptions,
} from "../src/components/link/createDashboard";
import { readJson } from "../src/io/readJson";
import type { Dataset } from "../src/model";

const dataset = readJson(text).data as Dataset;
const dashboards = new Set<Dashboard>();

const meta: Meta<DashboardOptions> = {
  title: "Dashboard (linked views)",
  parameters: { layout: "fullscreen" },
  args: { trend: { metric: "arrests" }, network: {}, timeline: { overview: true } },
  // Storybook's HTML renderer clears the canvas without calling destroy(): do it here.
  beforeEach: () => () => {
    for (const d of dashboards) d.destroy();
    dashboards.clear();
  },
  // Every story is audited by axe-core after it renders (and after its play function).
  afterEach: async ({ canvasElement }) => {
    const result = await axe.run(canvasElement);
    await expect(result.violations.map((v) => `${v.id}: ${v.nodes.length}`)).toEqual([]);
  },
  render: (args) => {
    const container = document.createElement("div");
    container.style.padding = "12px";
    dashboards.add(createDashboard(container, dataset, args));
    return container;
  },
};
export default meta;
type Story = StoryObj<DashboardOptions>;

/**
 * The timeline over the network and the trend. Brush the overview under the timeline to filter
 * the other two; select an actor to see its events; select an event to see its actors.
 */
export const Linked: Story = {
  args: { delay: 0 },
  play: async ({ canvasElement }) => {
    // This story's render made exactly one dashboard (the previous story's was destroyed).
    await expect(dashboards.size).toBe(1);
    const [dashboard] = [...dashboards];
    const before = dashboard!.network.graph.events.length;
    await expect(before).toBeGreaterThan(0);
    dashboard!.timeline.zoomTo([Date.UTC(2017, 0, 1), Date.UTC(2020, 0, 1)]);
    await expect(dashboard!.network.graph.events.length).toBeLessThan(before);
    const node = canvasElement.querySelector<SVGGElement>('g.jl-network-node[data-id="europol"]');
    await expect(node).not.toBeNull();
    await userEvent.click(node!);
    await expect(dashboard!.link.store.get().actors).toEqual(["europol"]);
  },
};

/** Countries as the network's nodes, suspects identified by kind in the trend. */
export const CountriesAndSuspects: Story = {
  args: { network: { facet: "country" }, trend: { metric: "suspects_identified", facet: "kind" } },
};
