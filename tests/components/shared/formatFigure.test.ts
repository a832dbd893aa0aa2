import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  formatFigure,
  formatNumber,
  metricLabel,
} from "../../../src/components/shared/formatFigure";

describe("formatFigure", () => {
  it("formatNumber writes numbers as Intl.NumberFormat does, whole English ones without it (property)", () => {
    const english = new Intl.NumberFormat("en", { maximumFractionDigits: 20 });
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e12, max: 1e12 }),
          fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
        ),
        (n) => {
          expect(formatNumber(n, "en")).toBe(english.format(n));
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("writes qualifier, number (never rounded) and metric", () => {
    expect(formatFigure({ metric: "suspects_identified", value: 1400, qualifier: "nearly" })).toBe(
      "nearly 1,400 suspects identified",
    );
    expect(formatFigure({ metric: "arrests", value: 184, qualifier: "exact" })).toBe("184 arrests");
  });

  it("makes the metric's first word singular for exactly one (the default dataset has '1 sites taken down')", () => {
    expect(formatFigure({ metric: "sites_taken_down", value: 1, qualifier: "exact" })).toBe(
      "1 site taken down",
    );
    expect(formatFigure({ metric: "sites_taken_down", value: 2, qualifier: "exact" })).toBe(
      "2 sites taken down",
    );
    expect(
      ["arrests", "countries", "victims_identified", "leads", "ngos_signed"].map((m) =>
        metricLabel(m, 1),
      ),
    ).toEqual(["arrest", "country", "victim identified", "lead", "ngo signed"]);
  });

  it("leaves words that are not regular plurals as they are", () => {
    expect(
      ["us_states_with_victims", "preservation_period_years_after", "status", "class_size"].map(
        (m) => metricLabel(m, 1),
      ),
    ).toEqual([
      "us states with victims",
      "preservation period years after",
      "status",
      "class size",
    ]);
    expect(metricLabel("share_of_videos_previously_unknown_pct")).toBe(
      "share of videos previously unknown %",
    );
  });
});
