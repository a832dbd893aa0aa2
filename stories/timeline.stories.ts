import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect, userEvent, waitFor } from "storybook/test";
import { createTimeline, type Timeline, type TimelineOptions } from "../src/components/timeline";
import { parseDataset } from "../src/io/parseDataset";
import type { Dataset, ReadResult } from "../src/model";
import ransomware from "../tests/data/second/ransomware-fictional.json";
import {
  defaultDataset,
  impreciseOngoing,
  noEvents,
  oneDay,
  oneEvent,
  rtlEmoji,
  syntheticDataset,
  withErrors,
} from "../tests/scenarios/timelineScenarios";

type Scenario =
  | "default"
  | "oneEvent"
  | "noEvents"
  | "oneDay"
  | "impreciseOngoing"
  | "rtlEmoji"
  | "synthetic1k"
  | "synthetic10k"
  | "withErrors"
  | "ransomware";

let synthetic: Dataset | undefined;
let synthetic1k: Dataset | undefined;
const scenarios: Record<Scenario, () => Dataset | ReadResult<Dataset>> = {
  default: () => defaultDataset,
  oneEvent: () => oneEvent,
  noEvents: () => noEvents,
  oneDay: () => oneDay,
  impreciseOngoing: () => impreciseOngoing,
  rtlEmoji: () => rtlEmoji,
  synthetic1k: () => {
    synthetic1k ??= syntheticDataset(1000, 5);
    return synthetic1k;
  },
  synthetic10k: () => {
    synthetic ??= syntheticDataset(10_000, 7);
    return synthetic;
  },
  withErrors: () => withErrors,
  ransomware: () => parseDataset(ransomware),
};

interface Args extends TimelineOptions {
  scenario: Scenario;
  /** Width of the story's container in pixels. */
  containerWidth: number;
}

const handles = new Set<Timeline>();

const meta: Meta<Args> = {
  title: "Timeline",
  args: {
    scenario: "default",
    containerWidth: 960,
    lanes: "kind",
    scale: "chronological",
    theme: "light",
    locale: "en",
  },
  argTypes: {
    scenario: { control: "select", options: Object.keys(scenarios) },
    containerWidth: { control: { type: "range", min: 320, max: 1400, step: 10 } },
    lanes: {
      control: "inline-radio",
      options: ["kind", "actor", "lead", "country", "tag", "none"],
    },
    scale: { control: "inline-radio", options: ["chronological", "sequential"] },
    theme: { control: "inline-radio", options: ["auto", "light", "dark", "high-contrast"] },
    locale: { control: "select", options: ["en", "en-US", "fr", "de", "es", "ar", "he"] },
    sizeBy: {
      control: "select",
      options: [undefined, "arrests", "countries", "suspects_identified"],
    },
    renderer: { control: "inline-radio", options: ["auto", "svg", "canvas", "density"] },
    overview: { control: "boolean" },
    showTable: { control: "boolean" },
    showSummary: { control: "boolean" },
    maxRowsPerLane: { control: { type: "number", min: 1, max: 30 } },
  },
  // Storybook's HTML renderer clears the canvas without calling destroy(): do it here.
  beforeEach: () => () => {
    for (const handle of handles) handle.destroy();
    handles.clear();
  },
  render: ({ scenario, containerWidth, ...options }) => {
    const container = document.createElement("div");
    container.style.width = `${containerWidth}px`;
    container.style.maxWidth = "100%";
    const handle = createTimeline(container, scenarios[scenario](), options);
    handles.add(handle);
    return container;
  },
};
export default meta;
type Story = StoryObj<Args>;

const root = (el: HTMLElement) =>
  el.querySelector(".jl-timeline") as HTMLElement & { value: { id: string } | null };
const tickLabels = (el: HTMLElement) =>
  Array.from(el.querySelectorAll(".jl-tick text"))
    .map((t) => t.textContent)
    .join("|");

/** The default dataset: operations as spans, enforcement actions as points, legislative stages joined per instrument. */
export const Default: Story = {
  play: async ({ canvasElement }) => {
    const marks = canvasElement.querySelectorAll(".jl-mark");
    await expect(marks.length).toBe(defaultDataset.events.length);
    // Zoom with the "+" button changes the axis.
    const before = tickLabels(canvasElement);
    await userEvent.click(canvasElement.querySelector('button[aria-label="Zoom in"]')!);
    await waitFor(() => expect(tickLabels(canvasElement)).not.toBe(before));
    // Keyboard: into the plot, arrow to the first event, Enter selects, Escape clears.
    const plot = canvasElement.querySelector<HTMLElement>(".jl-plot")!;
    plot.focus();
    await userEvent.keyboard("{Home}");
    await userEvent.keyboard("{ArrowRight}");
    await userEvent.keyboard("{Enter}");
    await expect(root(canvasElement).value?.id).toBe("operation-rescue-2011");
    await expect(canvasElement.querySelector(".jl-details")?.hasAttribute("hidden")).toBe(false);
    await userEvent.keyboard("{Escape}");
    await expect(root(canvasElement).value).toBeNull();
    await userEvent.keyboard("0");
    await waitFor(() => expect(tickLabels(canvasElement)).toBe(before));
  },
};

/** Lanes by every participating actor: a joint operation appears in each lane, joined on hover. */
export const LanesByActor: Story = {
  args: { lanes: "actor" },
  play: async ({ canvasElement }) => {
    const copies = canvasElement.querySelectorAll(
      '.jl-mark[data-id="operation-pacifier-2015-2017"]',
    );
    await expect(copies.length).toBeGreaterThan(1);
    await userEvent.hover(copies[0]!.querySelector("rect.jl-core") ?? copies[0]!);
    await waitFor(() => expect(copies[1]!.classList.contains("jl-on")).toBe(true));
  },
};
/** Lanes by lead actor: one lane per event. */
export const LanesByLead: Story = { args: { lanes: "lead" } };
/** Lanes by country: the countries each event names. */
export const LanesByCountry: Story = { args: { lanes: "country" } };
/** Lanes by tag. */
export const LanesByTag: Story = { args: { lanes: "tag" } };
/** One lane for everything. */
export const NoLanes: Story = { args: { lanes: "none" } };

/** The dark theme. */
export const Dark: Story = { args: { theme: "dark" } };
/** The high-contrast theme: larger type, stronger colours. */
export const HighContrast: Story = { args: { theme: "high-contrast" } };
/** Follows the reader's system settings (prefers-color-scheme, prefers-contrast). */
export const AutoTheme: Story = { args: { theme: "auto" } };

/** A phone: 320 px wide. */
export const Narrow: Story = { args: { containerWidth: 320 } };
/**
 * A phone, 375 px wide: under `orientation: "auto"` the timeline turns vertical — one row per
 * event, time down the page, the whole short label wrapped, spans as bars in the rail; a tap
 * opens the details under the row.
 */
export const Vertical: Story = {
  args: { containerWidth: 375 },
  play: async ({ canvasElement }) => {
    // The story's container is measured once it is in the page: the chart turns then.
    await waitFor(() =>
      expect(canvasElement.querySelectorAll(".jl-vrow").length).toBe(defaultDataset.events.length),
    );
    const row = canvasElement.querySelector('.jl-vrow[data-id="operation-rescue-2011"] .jl-v-hit')!;
    await userEvent.click(row);
    await expect(root(canvasElement).value?.id).toBe("operation-rescue-2011");
    const details = canvasElement.querySelector<HTMLElement>(".jl-details")!;
    await expect(details.hidden).toBe(false);
    await expect(details.getBoundingClientRect().top).toBeGreaterThanOrEqual(
      row.getBoundingClientRect().bottom - 0.5,
    );
    // The keys of the horizontal chart: down to the next event, Escape clears.
    await userEvent.keyboard("{ArrowDown}");
    await expect(document.activeElement?.classList.contains("jl-vrow")).toBe(true);
    await userEvent.keyboard("{Escape}");
    await expect(root(canvasElement).value).toBeNull();
  },
};
/** The vertical layout in Arabic: mirrored, bars and glyphs on the right. */
export const VerticalRtl: Story = { args: { containerWidth: 375, locale: "ar" } };
/** Arabic: laid out right to left, time running leftwards. */
export const RightToLeft: Story = { args: { locale: "ar" } };
/** French locale: axis and dates in French. */
export const French: Story = { args: { locale: "fr" } };
/** Right-to-left and emoji text in the data. */
export const RtlAndEmojiText: Story = { args: { scenario: "rtlEmoji", locale: "he" } };

/** A single event. */
export const OneEvent: Story = { args: { scenario: "oneEvent" } };
/** No events: a clear empty state. */
export const NoEvents: Story = {
  args: { scenario: "noEvents" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".jl-empty")?.textContent).toContain("No events");
  },
};
/** Every event on one day. */
export const OneDay: Story = { args: { scenario: "oneDay" } };
/** Imprecise, approximate and ongoing dates. */
export const ImpreciseAndOngoing: Story = { args: { scenario: "impreciseOngoing" } };
/** Sequential (compressed) time: long quiet periods shrink, marked with breaks. */
export const Sequential: Story = {
  args: { scale: "sequential" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelectorAll(".jl-break").length).toBeGreaterThan(0);
  },
};
/** Marks sized by the largest reported number of arrests, with a size legend. */
export const SizedByArrests: Story = { args: { sizeBy: "arrests" } };
/** A mini-overview with a brush under the chart. */
export const WithOverview: Story = { args: { overview: true } };
/**
 * A plot of limited height (`maxHeight`), scrolled to its lower lanes: the axis stays in view
 * above them, and a selected event's row is scrolled into view.
 */
export const LimitedHeight: Story = {
  args: { maxHeight: 220 },
  play: async ({ canvasElement }) => {
    const plot = canvasElement.querySelector<HTMLElement>(".jl-plot")!;
    plot.scrollTop = plot.scrollHeight;
    await waitFor(() =>
      expect(
        canvasElement.querySelectorAll(".jl-sticky-axis .jl-sticky-tick").length,
      ).toBeGreaterThan(2),
    );
  },
};
/**
 * 1,000 events in a plot of limited height: canvas marks, the canvas covering the band on screen
 * and labels placed down to its bottom; scrolled to the last lanes, their labels are placed as
 * they come into view.
 */
export const ThousandEventsLimitedHeight: Story = {
  args: { scenario: "synthetic1k", lanes: "actor", maxHeight: 320 },
  play: async ({ canvasElement }) => {
    const plot = canvasElement.querySelector<HTMLElement>(".jl-plot")!;
    const canvas = canvasElement.querySelector("canvas")!;
    await expect(canvas).not.toBeNull();
    plot.scrollTop = plot.scrollHeight;
    await waitFor(() => expect(Number.parseFloat(canvas.style.top)).toBeGreaterThan(600));
  },
};
/** 10,000 synthetic events: counts per bin, then canvas marks when zoomed in. */
export const TenThousandEvents: Story = {
  args: { scenario: "synthetic10k", lanes: "kind" },
  play: async ({ canvasElement }) => {
    const bars = Array.from(canvasElement.querySelectorAll(".jl-bin-lane")).reduce(
      (sum, path) => sum + Number(path.getAttribute("data-bins")),
      0,
    );
    await expect(bars).toBeGreaterThan(10);
  },
};
/** A dataset that does not validate: the error report, not a blank chart. */
export const WithErrors: Story = {
  args: { scenario: "withErrors" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector('[role="alert"]')).not.toBeNull();
    await expect(canvasElement.querySelectorAll(".jl-issues li").length).toBeGreaterThan(2);
  },
};

/**
 * Exact short spans drawn solid (a two-day and a five-day operation, seen from a decade away and
 * up close), beside dates known only to a month, a year, a season, approximately or ongoing,
 * which alone are hatched or faded. The legend names only the styles in the chart.
 */
export const ExactShortSpans: Story = {
  args: {
    scenario: "ransomware",
    containerWidth: 1280,
    initialWindow: [Date.UTC(2023, 6, 1), Date.UTC(2025, 0, 1)],
  },
  play: async ({ canvasElement }) => {
    const mark = (id: string) => canvasElement.querySelector(`.jl-mark[data-id="${id}"]`)!;
    const shown = (el: Element | null) => el !== null && el.getAttribute("display") !== "none";
    for (const id of ["op-twoday", "op-week"]) {
      const g = mark(id);
      await expect(shown(g.querySelector(".jl-core"))).toBe(true);
      await expect(
        Number(g.querySelector(".jl-core")!.getAttribute("width")),
      ).toBeGreaterThanOrEqual(3);
      await expect([...g.querySelectorAll(".jl-fuzz, .jl-tail")].some(shown)).toBe(false);
    }
    await expect([...mark("op-season").querySelectorAll(".jl-fuzz")].some(shown)).toBe(true);
    await expect(shown(mark("op-ongoing").querySelector(".jl-tail-right"))).toBe(true);
    const legend = canvasElement.querySelector(".jl-legend")?.textContent ?? "";
    await expect(legend).toContain("Date known only to a range");
    await expect(legend).not.toContain("Start not known");
  },
};
