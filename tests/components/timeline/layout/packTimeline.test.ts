import { describe, expect, it } from "vitest";
import { approximateTextWidth } from "../../../../src/components/shared/measureText";
import {
  indexTimeline,
  packTimeline,
  packTimelineInSlices,
  type TimelineIndex,
} from "../../../../src/components/timeline/layout";
import { PACK_CHUNK } from "../../../../src/components/timeline/layout/packTimeline";
import { assignLanes } from "../../../../src/derive/assignLanes";
import { eventExtent } from "../../../../src/derive/eventExtent";
import { syntheticDataset } from "../../../scenarios/timelineScenarios";

const now = Date.UTC(2026, 10, 21);

function indexOf(count: number): { index: TimelineIndex; x: (t: number) => number } {
  const dataset = syntheticDataset(count, 7);
  const extents = dataset.events.map((e) => eventExtent(e, { now }));
  const lo = Math.min(...extents.map((e) => e.earliestStart));
  const hi = Math.max(...extents.map((e) => e.latestEnd));
  const index = indexTimeline({
    events: dataset.events,
    extents,
    assignment: assignLanes(dataset.events, { actors: dataset.actors, by: "lead" }),
    rtl: false,
    rowHeight: 26,
    maxRowsPerLane: 12,
    fontSize: 12,
    measure: approximateTextWidth,
    labels: (i) => dataset.events[i]!.title,
    colorIndices: dataset.events.map(() => 0),
  });
  return { index, x: (t) => ((t - lo) / (hi - lo)) * 4800 };
}

describe("packTimelineInSlices", () => {
  it("packTimelineInSlices(index, x).step(more) packs in slices the rows packTimeline packs at once", () => {
    const { index, x } = indexOf(3000);
    const whole = packTimeline(index, x, [0, 4800]);
    const packer = packTimelineInSlices(index, x, [0, 4800]);
    let steps = 0;
    let packing = packer.step(() => false);
    for (; !packing && steps < 1000; steps++) packing = packer.step(() => false);
    expect(packing).toBeDefined();
    // Each step with no time left did one chunk of units, or one lane.
    expect(steps + 1).toBeGreaterThanOrEqual(Math.ceil(index.unitSlots.length / PACK_CHUNK));
    expect(Array.from(packing!.row)).toEqual(Array.from(whole.row));
    expect(Array.from(packing!.overflow)).toEqual(Array.from(whole.overflow));
    expect(Array.from(packing!.laneRows)).toEqual(Array.from(whole.laneRows));
    expect(packer.done).toBe(packing);
    expect(packer.step(() => false)).toBe(packing);
  });

  it("packTimelineInSlices(index, x).step(more) goes on while more() is true", () => {
    const { index, x } = indexOf(1000);
    let calls = 0;
    const packing = packTimelineInSlices(index, x, [0, 4800]).step(() => ++calls < 1_000_000);
    expect(packing).toBeDefined();
    expect(calls).toBeGreaterThan(0);
  });
});
