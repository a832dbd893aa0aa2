import type { Meta, StoryObj } from "@storybook/html-vite";
import { expect, waitFor } from "storybook/test";
import { createTimeline, type Timeline } from "../src/components/timeline";
import { createTrend, type TrendHandle } from "../src/components/trend";
import { tTrend } from "../src/components/trend/messages";
import { registerLocale, t } from "../src/i18n";
import ar from "../src/i18n/locales/ar";
import fr from "../src/i18n/locales/fr";
import ja from "../src/i18n/locales/ja";
import { registerPseudoLocale } from "../src/i18n/pseudoLocale";
import { defaultDataset } from "../tests/scenarios/timelineScenarios";

// Every word of the chart in the reader's language (issue 21): French, Arabic (right to left,
// vertical on a phone), Japanese (no spaces) and the pseudo-locale en-XA, whose accented,
// ~40 % longer, bracketed words show text left in English, cut or overlapping.
registerLocale(fr);
registerLocale(ar);
registerLocale(ja);
registerPseudoLocale();

interface Args {
  locale: string;
  chart: "timeline" | "trend";
  /** Width of the story's container in pixels. */
  containerWidth: number;
}

const handles = new Set<Timeline | TrendHandle>();

const meta: Meta<Args> = {
  title: "I18n",
  args: { locale: "fr", chart: "timeline", containerWidth: 960 },
  argTypes: {
    locale: { control: "select", options: ["en", "fr", "ar", "ja", "en-XA"] },
    chart: { control: "inline-radio", options: ["timeline", "trend"] },
    containerWidth: { control: { type: "range", min: 320, max: 1400, step: 10 } },
  },
  // Storybook's HTML renderer clears the canvas without calling destroy(): do it here.
  beforeEach: () => () => {
    for (const handle of handles) handle.destroy();
    handles.clear();
  },
  render: ({ locale, chart, containerWidth }) => {
    const container = document.createElement("div");
    container.style.width = `${containerWidth}px`;
    container.style.maxWidth = "100%";
    const options = { locale, theme: "light" as const, showTable: false };
    handles.add(
      chart === "timeline"
        ? createTimeline(container, defaultDataset, options)
        : createTrend(container, defaultDataset, { locale, theme: "light" }),
    );
    return container;
  },
};
export default meta;
type Story = StoryObj<Args>;

const text = (el: HTMLElement) => el.textContent ?? "";

/** French: toolbar, legend and dates in French. */
export const French: Story = {
  args: { locale: "fr" },
  play: async ({ canvasElement }) => {
    await expect(text(canvasElement)).toContain(t("fr", "chart.showTable"));
    await expect(text(canvasElement)).toContain(t("fr", "legend.arrest"));
    await expect(canvasElement.querySelector(".jl-timeline")?.getAttribute("lang")).toBe("fr");
  },
};

/** Arabic: right to left, Arabic words. */
export const Arabic: Story = {
  args: { locale: "ar" },
  play: async ({ canvasElement }) => {
    await expect(canvasElement.querySelector(".jl-timeline")?.getAttribute("dir")).toBe("rtl");
    await expect(text(canvasElement)).toContain(t("ar", "chart.showTable"));
  },
};

/** Arabic on a phone: the vertical layout, right to left. */
export const ArabicPhone: Story = {
  args: { locale: "ar", containerWidth: 375 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(".jl-vertical-svg")).not.toBeNull());
    await expect(canvasElement.querySelector(".jl-timeline")?.getAttribute("dir")).toBe("rtl");
  },
};

/** Japanese: no spaces between words. */
export const Japanese: Story = {
  args: { locale: "ja" },
  play: async ({ canvasElement }) => {
    await expect(text(canvasElement)).toContain(t("ja", "chart.showTable"));
  },
};

/** The pseudo-locale at 1,280 px: every interface word accented, longer and bracketed. */
export const PseudoLocale: Story = {
  args: { locale: "en-XA", containerWidth: 1280 },
  play: async ({ canvasElement }) => {
    const toolbar = canvasElement.querySelector(".jl-toolbar");
    await expect(text(toolbar as HTMLElement)).toContain(t("en-XA", "chart.showTable"));
    // No interface word left in English: every toolbar button is bracketed.
    for (const button of toolbar?.querySelectorAll("button") ?? [])
      if ((button.textContent ?? "").length > 1)
        await expect(button.textContent).toMatch(/^\[.*\]$/);
  },
};

/** The pseudo-locale on a phone (375 px, vertical layout). */
export const PseudoLocalePhone: Story = {
  args: { locale: "en-XA", containerWidth: 375 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(canvasElement.querySelector(".jl-vertical-svg")).not.toBeNull());
    await expect(text(canvasElement)).toContain(t("en-XA", "chart.showTable"));
  },
};

/** The trend in French: title words, legend and note. */
export const TrendFrench: Story = {
  args: { locale: "fr", chart: "trend" },
  play: async ({ canvasElement }) => {
    await expect(text(canvasElement)).toContain(tTrend("fr", "trend.reportedTotal"));
  },
};
