import { describe, expect, it } from "vitest";
import { approximateTextWidth } from "../../../../src/components/shared/measureText";
import {
  indexTimeline,
  packTimeline,
  packTimelineInSlices,
  type TimelineIndex,
} from "../../../../src/components/timeline/layout";
import { newGeometry } from "../../../../src/components/timeline/layout/geometry";
import {
  MARKS_CHUNK,
  prepareMarks,
} from "../../../../src/components/timeline/layout/indexTimeline";
import { PACK_CHUNK, unitExtent } from "../../../../src/components/timeline/layout/packTimeline";
import { metrics } from "../../../../src/components/timeline/layout/types";
import { assignLanes } from "../../../../src/derive/assignLanes";
import { eventExtent } from "../../../../src/derive/eventExtent";
import { packRows } from "../../../../src/derive/packRows";
import { syntheticDataset } from "../../../scenarios/timelineScenarios";

const now = Date.UTC(2026, 10, 21);

function indexOf(
  count: number,
  maxRowsByLane?: Record<string, number>,
): { index: TimelineIndex; x: (t: number) => number } {
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
    ...(maxRowsByLane ? { maxRowsByLane } : {}),
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

  it("packTimelineInSlices(index, x) packs each lane's rows as packRows does (first fit by start, overflow past maxRowsPerLane)", () => {
    const { index, x } = indexOf(3000);
    const packer = packTimelineInSlices(index, x, [0, 4800]);
    let packing = packer.step(() => false);
    while (!packing) packing = packer.step(() => false);
    // The same intervals packed per lane by packRows, the reference.
    const g = newGeometry();
    const out: [number, number] = [0, 0];
    let overflowed = 0;
    for (let lane = 0; lane < index.lanes.length; lane++) {
      const list = Array.from({ length: index.unitSlots.length }, (_, k) => k).filter(
        (k) => index.unitLane[k] === lane,
      );
      const items = list.map((k) => {
        unitExtent(index, index.unitSlots[k]!, x, [0, 4800], g, out);
        return { start: out[0], end: out[1] };
      });
      const reference = packRows(items, { gap: metrics.markGap, maxRows: 12 });
      expect(list.map((k) => packing!.row[k])).toEqual(reference.rows);
      expect(list.flatMap((k, j) => (packing!.overflow[k] ? [j] : []))).toEqual(
        [...reference.overflow].sort((a, b) => a - b),
      );
      expect(packing!.laneRows[lane]).toBe(reference.rowCount);
      overflowed += reference.overflow.length;
    }
    // 3,000 events in 12 rows per lane at 4,800 px: some lanes overflow, so that path is checked.
    expect(overflowed).toBeGreaterThan(0);
  });

  it("packTimelineInSlices(index, x) caps a lane given in maxRowsByLane at its own rows, the others at maxRowsPerLane, sliced or not", () => {
    const { index: shared, x } = indexOf(3000);
    const whole = packTimeline(shared, x, [0, 4800]);
    // The two lanes that use the most rows under the shared cap of 12: one capped lower, one
    // higher; the rest keep 12.
    const byRows = shared.lanes
      .map((lane, l) => ({ key: lane.key, l, rows: whole.laneRows[l]! }))
      .sort((a, b) => b.rows - a.rows);
    const [low, high] = byRows;
    expect(low!.rows).toBe(12);
    expect(high!.rows).toBe(12);
    const caps = { [low!.key]: 3, [high!.key]: 20 };
    const { index } = indexOf(3000, caps);
    const capped = packTimeline(index, x, [0, 4800]);
    const packer = packTimelineInSlices(index, x, [0, 4800]);
    let sliced = packer.step(() => false);
    while (!sliced) sliced = packer.step(() => false);
    expect(Array.from(sliced.row)).toEqual(Array.from(capped.row));
    expect(Array.from(sliced.overflow)).toEqual(Array.from(capped.overflow));
    expect(Array.from(sliced.laneRows)).toEqual(Array.from(capped.laneRows));
    const g = newGeometry();
    const out: [number, number] = [0, 0];
    for (let lane = 0; lane < index.lanes.length; lane++) {
      const list = Array.from({ length: index.unitSlots.length }, (_, k) => k).filter(
        (k) => index.unitLane[k] === lane,
      );
      const rows = list.map((k) => capped.row[k]!);
      const cap = caps[index.lanes[lane]!.key] ?? 12;
      expect(capped.laneRows[lane]).toBeLessThanOrEqual(cap);
      expect(Math.max(...rows)).toBeLessThan(cap);
      // Each lane is packed as packRows packs it with the lane's own cap.
      const items = list.map((k) => {
        unitExtent(index, index.unitSlots[k]!, x, [0, 4800], g, out);
        return { start: out[0], end: out[1] };
      });
      const reference = packRows(items, { gap: metrics.markGap, maxRows: cap });
      expect(rows).toEqual(reference.rows);
      if (cap === 12) {
        // A lane not in maxRowsByLane is packed as with the shared cap alone.
        expect(rows).toEqual(list.map((k) => whole.row[k]!));
        expect(capped.laneRows[lane]).toBe(whole.laneRows[lane]);
      }
    }
    expect(capped.laneRows[low!.l]).toBe(3);
    // The lane allowed 20 rows opens more than 12, so fewer of its units overlap.
    expect(capped.laneRows[high!.l]).toBeGreaterThan(12);
  });

  it("prepareMarks(index, more) builds the marks part a chunk at a time, the same as at once", () => {
    const { index } = indexOf(3000);
    const { index: whole } = indexOf(3000);
    let steps = 1;
    while (!prepareMarks(index, () => false)) steps++;
    expect(steps).toBeGreaterThanOrEqual(Math.ceil(3000 / MARKS_CHUNK));
    expect(prepareMarks(index, () => false)).toBe(true);
    expect(Array.from(index.unitLane)).toEqual(Array.from(whole.unitLane));
    expect(index.unitSlots).toEqual(whole.unitSlots);
    expect(Array.from(index.slotEvent)).toEqual(Array.from(whole.slotEvent));
    expect(index.instruments).toEqual(whole.instruments);
    expect(Array.from(index.coreStart)).toEqual(Array.from(whole.coreStart));
    expect(index.shape).toEqual(whole.shape);
  });

  it("packTimelineInSlices(index, x).step(more) goes on while more() is true", () => {
    const { index, x } = indexOf(1000);
    let calls = 0;
    const packing = packTimelineInSlices(index, x, [0, 4800]).step(() => ++calls < 1_000_000);
    expect(packing).toBeDefined();
    expect(calls).toBeGreaterThan(0);
  });
});
