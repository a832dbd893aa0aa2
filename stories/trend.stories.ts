import type { Meta, StoryObj } from "@storybook/html-vite";
import axe from "axe-core";
import { expect, userEvent } from "storybook/test";
import text from "../data/csam-operations.json?raw";
import { createTrend, type TrendHandle } from "../src/components/trend/createTrend";
import { metricsOf, type TrendOptions } from "../src/components/trend/options";
import { readJson } from "../src/io/readJson";
import type { Dataset } from "../src/model";

const dataset = readJson(text).data as Dataset;
const handles = new Set<TrendHandle>();

const meta: Meta<TrendOptions> = {
  title: "Trend",
  args: { width: 720, height: 320 },
  argTypes: {
    metric: { control: "select", options: metricsOf(dataset) },
    period: { control: "inline-radio", options: ["year", "quarter", "month"] },
    facet: { control: "select", options: ["none", "kind", "leadActor", "country", "tag"] },
    mode: { control: "inline-radio", options: ["stacked", "grouped"] },
    claim: { control: "inline-radio", options: ["low", "high", "preferred"] },
    theme: { control: "select", options: ["auto", "light", "dark", "high-contrast"] },
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
  render: (args) => {
    const container = document.createElement("div");
    container.style.maxWidth = `${args.width ?? 720}px`;
    handles.add(createTrend(container, dataset, args));
    return container;
  },
};
export default meta;
type Story = StoryObj<TrendOptions>;

/** Arrests per year: the years with an "at least" figure are hatched and marked ≥. */
export const Arrests: Story = {
  args: { metric: "arrests" },
  play: async ({ canvasElement }) => {
    const bars = canvasElement.querySelectorAll<SVGGElement>("g.jl-trend-bar");
    await expect(bars.length).toBeGreaterThan(3);
    await expect(
      canvasElement.querySelectorAll("g.jl-trend-bar.jl-inexact").length,
    ).toBeGreaterThan(0);
    await userEvent.click(bars[0]!);
    await expect(canvasElement.querySelector(".jl-trend-details")?.textContent).toContain(
      "Sources",
    );
  },
};

/** Arrests stacked by kind of event. */
export const ArrestsByKind: Story = { args: { metric: "arrests", facet: "kind" } };

/** Arrests stacked by lead actor (events with two leads count once, under "several"). */
export const ArrestsByLeadActor: Story = { args: { metric: "arrests", facet: "leadActor" } };

/**
 * Arrests grouped by country: each bar is "arrests in operations this country took part in",
 * said on the chart, with a line at each year's own total (each operation once).
 */
export const ArrestsByCountryGrouped: Story = {
  args: { metric: "arrests", facet: "country", mode: "grouped", maxFacets: 5 },
  play: async ({ canvasElement }) => {
    const captions = [...canvasElement.querySelectorAll(".jl-trend-caption")]
      .map((t) => t.textContent)
      .join(" ");
    await expect(captions).toContain("arrests in operations involving this country");
    await expect(canvasElement.querySelectorAll(".jl-trend-total-line").length).toBeGreaterThan(3);
  },
};

/**
 * Arrests stacked by country: an operation splits only by its own country figures (Rescue's
 * arrests in the UK); otherwise it is one "several" segment, and the chart says why.
 */
export const ArrestsByCountryStacked: Story = {
  args: { metric: "arrests", facet: "country" },
};

/** On a phone (375 px): headline, notes and gaps wrap and stay readable; totals never overlap. */
export const Phone: Story = {
  args: { metric: "arrests", width: 375 },
  play: async ({ canvasElement }) => {
    const labels = [...canvasElement.querySelectorAll<SVGTextElement>(".jl-trend-totals text")];
    const boxes = labels.map((l) => l.getBoundingClientRect());
    for (let i = 1; i < boxes.length; i++)
      await expect(boxes[i]!.left).toBeGreaterThanOrEqual(boxes[i - 1]!.right - 0.5);
    await expect(canvasElement.querySelectorAll(".jl-trend-gap").length).toBeGreaterThan(0);
  },
};

/** Suspects identified per quarter. */
export const SuspectsPerQuarter: Story = {
  args: { metric: "suspects_identified", period: "quarter" },
};

/** Victims identified per year, by tag. */
export const VictimsIdentifiedByTag: Story = {
  args: { metric: "victims_identified", facet: "tag" },
};

/**
 * Countries taking part: not added up (a country in two operations is not two countries); each
 * event's own figure is listed instead.
 */
export const CountriesInvolved: Story = {
  args: { metric: "countries" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".jl-empty")?.textContent).toContain("not added up");
    await expect(canvasElement.querySelectorAll(".jl-trend-per-event li").length).toBeGreaterThan(
      10,
    );
  },
};

/** A metric nobody reports: a clear empty state. */
export const NoFigures: Story = {
  args: { metric: "not_reported_anywhere" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".jl-empty")).not.toBeNull();
  },
};

/** High contrast. */
export const HighContrast: Story = {
  args: { metric: "arrests", facet: "kind", theme: "high-contrast" },
};
