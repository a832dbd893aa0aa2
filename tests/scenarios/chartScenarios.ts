/**
 * The charts drawn by the SVG snapshot tests (tests/snapshots/charts.test.ts), defined once so
 * that stories can draw the same states: each chart with the default dataset and with a small
 * synthetic one.
 */

import type { DashboardOptions } from "../../src/components/link/createDashboard";
import type { PresentationOptions } from "../../src/components/presentation/createPresentation";
import type { Dataset } from "../../src/model";
import type { RenderSvgInNodeOptions } from "../../src/node";
import { defaultDataset, syntheticDataset } from "./timelineScenarios";

/** 24 seeded synthetic events (12 agencies, 2010–2025): small enough to read in a diff. */
export const smallSynthetic: Dataset = syntheticDataset(24, 7);

/** One chart state: a name (the snapshot's file name), the data and how it is drawn. */
export interface ChartScenario {
  name: string;
  dataset: Dataset;
  render: RenderSvgInNodeOptions;
}

export const chartScenarios: ChartScenario[] = [
  { name: "timeline-default", dataset: defaultDataset, render: { view: "timeline", width: 960 } },
  { name: "timeline-synthetic", dataset: smallSynthetic, render: { view: "timeline", width: 800 } },
  {
    name: "timeline-default-dark-country",
    dataset: defaultDataset,
    render: { view: "timeline", width: 960, theme: "dark", options: { lanes: "country" } },
  },
  {
    name: "network-default",
    dataset: defaultDataset,
    render: { view: "network", width: 900, height: 600 },
  },
  {
    name: "network-synthetic",
    dataset: smallSynthetic,
    render: { view: "network", width: 600, height: 400 },
  },
  {
    name: "trend-default",
    dataset: defaultDataset,
    render: { view: "trend", width: 900, height: 420 },
  },
  {
    name: "trend-default-suspects-by-kind",
    dataset: defaultDataset,
    render: {
      view: "trend",
      width: 900,
      height: 420,
      options: { metric: "suspects_identified", facet: "kind" },
    },
  },
  {
    name: "trend-synthetic",
    dataset: smallSynthetic,
    render: { view: "trend", width: 600, height: 320 },
  },
];

/** A chart with no Node renderer yet, drawn by its `create…` function into a jsdom page. */
export type DomChartScenario =
  | { name: string; chart: "presentation"; dataset: Dataset; options: PresentationOptions }
  | { name: string; chart: "dashboard"; dataset: Dataset; options: DashboardOptions };

export const domChartScenarios: DomChartScenario[] = [
  {
    name: "presentation-default-step-3",
    chart: "presentation",
    dataset: defaultDataset,
    options: { step: 3 },
  },
  {
    name: "presentation-synthetic-overview",
    chart: "presentation",
    dataset: smallSynthetic,
    options: { step: 0 },
  },
  {
    name: "dashboard-default",
    chart: "dashboard",
    dataset: defaultDataset,
    options: { trend: { metric: "arrests" }, timeline: { overview: true } },
  },
  {
    name: "dashboard-synthetic",
    chart: "dashboard",
    dataset: smallSynthetic,
    options: { trend: { metric: "arrests" } },
  },
];
