/**
 * SVG snapshots of charts in French and Arabic (issue 21), through the Node renderer like
 * tests/snapshots/charts.test.ts and in the same folder (tests/snapshots/output/i18n-*.svg): a
 * change to a translated word, a date pattern or the right-to-left layout shows in review.
 */
import { describe, expect, it } from "vitest";
import { registerLocale } from "../../src/i18n";
import ar from "../../src/i18n/locales/ar";
import fr from "../../src/i18n/locales/fr";
import { type RenderSvgInNodeOptions, renderSvgInNode } from "../../src/node";
import { defaultDataset } from "../scenarios/timelineScenarios";
import { expectSnapshot } from "../snapshots/expectSnapshot";
import { normalizeSvg } from "../snapshots/normalizeSvg";

registerLocale(fr);
registerLocale(ar);

// The word each picture must hold in its language (the trend's SVG holds numbers and years only).
const scenarios: [string, RenderSvgInNodeOptions, string | undefined][] = [
  ["i18n-timeline-fr", { view: "timeline", width: 960, locale: "fr" }, "Opérations"],
  ["i18n-timeline-ar", { view: "timeline", width: 960, locale: "ar" }, "العمليات"],
  ["i18n-trend-fr", { view: "trend", width: 900, locale: "fr" }, undefined],
];

describe("SVG snapshots in French and Arabic", { timeout: 60_000 }, () => {
  it.each(scenarios)(
    "renderSvgInNode(dataset, { locale }) draws %s as in tests/snapshots/output",
    (name, options, word) => {
      const svg = normalizeSvg(renderSvgInNode(defaultDataset, options));
      if (word) expect(svg).toContain(word);
      expectSnapshot(name, svg);
    },
  );
});
