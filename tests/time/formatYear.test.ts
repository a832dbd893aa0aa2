import { describe, expect, it } from "vitest";
import { layoutTrend } from "../../src/components/trend/layout";
import { summarizeDataset } from "../../src/derive/summarizeDataset";
import { totalsByPeriod } from "../../src/derive/totalsByPeriod";
import { Dataset } from "../../src/model";
import { formatPeriod, formatYear } from "../../src/time/formatYear";

describe("formatYear", () => {
  it("formatYear(year) writes years up to 0 in the era before year 1 (0 is 1 BC, -43 is 44 BC)", () => {
    expect(formatYear(2024)).toBe("2024");
    expect(formatYear(1)).toBe("1");
    expect(formatYear(0)).toBe("1 BC");
    expect(formatYear(-43)).toBe("44 BC");
    expect(formatYear(-43, "fr")).toBe("44 av. J.-C");
  });

  it("formatPeriod(period) names totalsByPeriod's astronomical periods as a reader would", () => {
    expect(formatPeriod("2011")).toBe("2011");
    expect(formatPeriod("2011-Q2")).toBe("2011-Q2");
    expect(formatPeriod("-0043")).toBe("44 BC");
    expect(formatPeriod("-0043-Q2")).toBe("Q2 44 BC");
    expect(formatPeriod("0000-03")).toBe("03 1 BC");
    expect(formatPeriod("several")).toBe("several");
  });
});

describe("BC years outside the time helpers (issue 13)", () => {
  // Before: the summary said "in -43" and the trend's axis "-0043".
  const dataset = Dataset.parse({
    title: "Antiquity",
    sources: [{ id: "s1", publisher: "P", title: "T" }],
    actors: [],
    events: [
      {
        kind: "arrest",
        id: "a1",
        title: "An arrest in 44 BC",
        when: "-0043-03-15",
        figures: [{ metric: "arrests", value: 1, source: "s1" }],
        sources: ["s1"],
      },
    ],
  });

  it("summarizeDataset(dataset) writes -0043 as 44 BC", () => {
    const { text } = summarizeDataset(dataset);
    expect(text).toContain("44 BC");
    expect(text).not.toContain("-43");
  });

  it("the trend's axis labels write the period -0043 as 44 BC", () => {
    const rows = totalsByPeriod(dataset, { metric: "arrests", period: "year" });
    expect(rows[0]!.period).toBe("-0043");
    const layout = layoutTrend(rows, { width: 400, height: 200 });
    expect(layout.slots.map((s) => s.label)).toContain("44 BC");
  });
});
