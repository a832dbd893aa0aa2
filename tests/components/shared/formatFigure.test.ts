import { describe, expect, it } from "vitest";
import { formatFigure, metricLabel } from "../../../src/components/shared/formatFigure";

describe("formatFigure", () => {
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
