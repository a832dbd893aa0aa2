import { describe, expect, it } from "vitest";
import { approximateTextWidth } from "../../../../src/components/shared/measureText";
import { labelExtent, truncateLabel } from "../../../../src/components/timeline/layout/labels";
import type { MarkLayout } from "../../../../src/components/timeline/layout/types";

describe("truncateLabel", () => {
  it("truncateLabel(text, width) ends long labels with an ellipsis within the width", () => {
    const text = "Operation Rescue: online forum network dismantled";
    const short = truncateLabel(text, 100, approximateTextWidth, 12);
    expect(short.endsWith("…")).toBe(true);
    expect(approximateTextWidth(short, 12)).toBeLessThanOrEqual(100);
    expect(truncateLabel("Short", 100, approximateTextWidth, 12)).toBe("Short");
  });
});

describe("labelExtent", () => {
  it("labelExtent(mark) runs from the anchor on the reading side", () => {
    const mark = { label: "Operation", labelX: 100, labelAnchor: "start" } as MarkLayout;
    const w = approximateTextWidth("Operation", 12);
    expect(labelExtent(mark, approximateTextWidth, 12)).toEqual([100, 100 + w]);
    expect(labelExtent({ ...mark, labelAnchor: "end" }, approximateTextWidth, 12)).toEqual([
      100 - w,
      100,
    ]);
  });
});
