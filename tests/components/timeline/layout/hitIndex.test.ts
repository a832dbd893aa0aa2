import { scaleUtc } from "d3-scale";
import { describe, expect, it } from "vitest";
import { approximateTextWidth } from "../../../../src/components/shared/measureText";
import { buildHitIndex } from "../../../../src/components/timeline/layout/hitIndex";
import { layoutTimeline } from "../../../../src/components/timeline/layout/layoutTimeline";
import { stickyAxisHeight } from "../../../../src/components/timeline/layout/stickyAxisHeight";
import { assignLanes } from "../../../../src/derive/assignLanes";
import { eventExtent } from "../../../../src/derive/eventExtent";
import { defaultDataset } from "../../../scenarios/timelineScenarios";

function layout() {
  const { events, actors } = defaultDataset;
  const extents = events.map((e) => eventExtent(e, { now: Date.UTC(2026, 10, 21) }));
  const x = scaleUtc()
    .domain([Math.min(...extents.map((e) => e.earliestStart)), Date.UTC(2027, 0, 1)])
    .range([0, 900]);
  return layoutTimeline({
    events,
    extents,
    assignment: assignLanes(events, { actors }),
    x: (t) => x(t),
    invert: (p) => +x.invert(p),
    width: 900,
    rtl: false,
    rowHeight: 26,
    maxRowsPerLane: 40,
    fontSize: 12,
    measure: approximateTextWidth,
    labels: events.map((e) => e.title),
    colorIndices: events.map(() => 0),
    ticks: [],
  });
}

describe("buildHitIndex", () => {
  it("buildHitIndex(layout) finds a mark at the centre of every glyph and on every span's row", () => {
    const l = layout();
    const hit = buildHitIndex(l, 26);
    expect(l.marks.length).toBeGreaterThan(10);
    for (const m of l.marks) {
      const px = m.shape === "span" ? (m.left + m.right) / 2 : m.cx;
      const found = hit.find(px, m.y);
      expect(found).toBeDefined();
      // Another mark may sit on top (a glyph over a span), never one out of reach.
      expect(Math.abs(found!.y - m.y)).toBeLessThanOrEqual(
        found!.shape === "span" ? 11 : found!.r + 4,
      );
    }
  });

  it("buildHitIndex(layout) finds nothing far from every mark", () => {
    const l = layout();
    expect(buildHitIndex(l, 26).find(450, l.height + 500)).toBeUndefined();
  });
});

describe("stickyAxisHeight", () => {
  it("stickyAxisHeight(layout, scrollTop) covers the axis only once the plot is scrolled", () => {
    const l = layout();
    expect(stickyAxisHeight(l, 0)).toBe(0);
    expect(stickyAxisHeight(l, 30)).toBe(l.lanesTop);
  });
});
