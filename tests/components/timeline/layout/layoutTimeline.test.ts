import { scaleUtc } from "d3-scale";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approximateTextWidth } from "../../../../src/components/shared/measureText";
import {
  labelExtent,
  layoutTimeline,
  type MarkLayout,
  type TimelineLayoutInput,
  truncateLabel,
} from "../../../../src/components/timeline/layout";
import { assignLanes } from "../../../../src/derive/assignLanes";
import { eventExtent } from "../../../../src/derive/eventExtent";
import type { Dataset } from "../../../../src/model";
import {
  defaultDataset,
  impreciseOngoing,
  oneDay,
  syntheticDataset,
} from "../../../scenarios/timelineScenarios";

const now = Date.UTC(2026, 10, 21);

function input(
  dataset: Dataset,
  width = 900,
  extra: Partial<TimelineLayoutInput> = {},
): TimelineLayoutInput {
  const extents = dataset.events.map((e) => eventExtent(e, { now }));
  const lo = Math.min(...extents.map((x) => x.earliestStart));
  const hi = Math.max(...extents.map((x) => x.latestEnd));
  const x = scaleUtc()
    .domain([lo - 86_400_000 * 30, hi + 86_400_000 * 30])
    .range([0, width]);
  return {
    events: dataset.events,
    extents,
    assignment: assignLanes(dataset.events, { actors: dataset.actors }),
    x: (t) => x(t),
    invert: (p) => +x.invert(p),
    width,
    rtl: false,
    rowHeight: 26,
    maxRowsPerLane: 40,
    fontSize: 12,
    measure: approximateTextWidth,
    labels: dataset.events.map((e) => truncateLabel(e.title, 220, approximateTextWidth, 12)),
    colorIndices: dataset.events.map(() => 0),
    ticks: [],
    ...extra,
  };
}

/** The pixels a mark covers: a span its date range, a glyph its radius too. */
function extentOf(m: MarkLayout): [number, number] {
  return m.shape === "span"
    ? [m.left, m.right]
    : [Math.min(m.left, m.cx - m.r), Math.max(m.right, m.cx + m.r)];
}

function overlaps(a: [number, number], b: [number, number]): boolean {
  return a[0] < b[1] && b[0] < a[1];
}

describe("layoutTimeline", () => {
  it("layoutTimeline(default dataset) draws every event once per lane, in lanes by kind", () => {
    const layout = layoutTimeline(input(defaultDataset));
    expect(layout.marks).toHaveLength(defaultDataset.events.length);
    expect(layout.lanes.map((l) => l.key)).toEqual(["operation", "arrest", "legislation"]);
    const shapes = new Set(layout.marks.filter((m) => m.kind === "operation").map((m) => m.shape));
    expect([...shapes]).toEqual(["span"]);
    expect(layout.marks.find((m) => m.kind === "arrest")?.shape).toBe("point");
    expect(layout.marks.find((m) => m.kind === "legislation")?.shape).toBe("milestone");
  });

  it("layoutTimeline(events) never overlaps two marks in one row of a lane", () => {
    for (const dataset of [defaultDataset, oneDay, impreciseOngoing, syntheticDataset(400, 3)]) {
      const layout = layoutTimeline(input(dataset, 900, { maxRowsPerLane: 1000 }));
      const rows = new Map<string, typeof layout.marks>();
      for (const m of layout.marks)
        rows.set(`${m.lane}|${m.row}`, [...(rows.get(`${m.lane}|${m.row}`) ?? []), m]);
      for (const list of rows.values()) {
        for (let i = 0; i < list.length; i++)
          for (let j = i + 1; j < list.length; j++) {
            const a = list[i]!;
            const b = list[j]!;
            const sameInstrument = a.kind === "legislation" && b.kind === "legislation";
            if (sameInstrument) continue;
            expect(overlaps(extentOf(a), extentOf(b))).toBe(false);
          }
      }
    }
  });

  it("layoutTimeline(events) shows no label over another visible label or another mark", () => {
    const layout = layoutTimeline(input(defaultDataset, 700, { maxRowsPerLane: 4 }));
    const visible = layout.marks.filter((m) => m.labelVisible);
    expect(visible.length).toBeGreaterThan(5);
    // A label may sit on another row than its mark's (labelY): compare by the line it is on.
    const labelLine = (m: MarkLayout) => m.labelY ?? m.y;
    for (const a of visible) {
      const la = labelExtent(a, approximateTextWidth, 12);
      expect(la[0]).toBeGreaterThanOrEqual(0);
      expect(la[1]).toBeLessThanOrEqual(layout.width);
      for (const b of layout.marks) {
        if (b === a || b.eventId === a.eventId) continue;
        // A span's extent is its bar; a glyph's reaches r either side of its centre.
        const mark: [number, number] =
          b.shape === "span"
            ? [b.left, b.right]
            : [Math.min(b.left, b.cx - b.r), Math.max(b.right, b.cx + b.r)];
        if (b.y === labelLine(a)) expect(overlaps(la, mark)).toBe(false);
        if (b.labelVisible && labelLine(b) === labelLine(a))
          expect(overlaps(la, labelExtent(b, approximateTextWidth, 12))).toBe(false);
      }
    }
  });

  it("layoutTimeline(events) counts every label it cannot place, and zooming in places them", () => {
    const data = syntheticDataset(60, 3);
    const i = input(data, 320, { maxRowsPerLane: 1 });
    const narrow = layoutTimeline(i);
    const inView = narrow.marks.filter(
      (m) => m.key === m.eventId && m.right >= 0 && m.left <= narrow.width,
    );
    const unlabelled = inView.filter((m) => !m.labelVisible).map((m) => m.eventId);
    expect(unlabelled.length).toBeGreaterThan(0);
    // Each is in the "+N" count of its lane: none goes silently.
    expect(narrow.hiddenLabels.flatMap((h) => h.eventIds).sort()).toEqual(unlabelled.sort());
    for (const h of narrow.hiddenLabels) expect(h.count).toBe(h.eventIds.length);
    // Zoomed in 16× around one hidden label's event, it is labelled.
    const target = inView.find((m) => !m.labelVisible)!;
    const k = 16;
    const zoomed = (t: number) => (i.x(t) - target.cx) * k + 160;
    const deep = layoutTimeline({
      ...i,
      x: zoomed,
      invert: (p) => i.invert((p - 160) / k + target.cx),
    });
    expect(deep.marks.find((m) => m.key === target.key)!.labelVisible).toBe(true);
  });

  it("layoutTimeline(labelsBottom) places every lane starting above it as a full layout does, and no label below it", () => {
    const data = syntheticDataset(400, 7);
    const full = layoutTimeline(input(data, 900, { maxRowsPerLane: 6 }));
    expect(full.lanes.length).toBeGreaterThan(2);
    // The bottom of what can be seen: inside the second lane.
    const bottom = full.lanes[1]!.top + 10;
    const banded = layoutTimeline(input(data, 900, { maxRowsPerLane: 6, labelsBottom: bottom }));
    const seen = new Set(banded.lanes.filter((l) => l.top < bottom).map((l) => l.key));
    expect(seen.size).toBe(2);
    // Lanes above the bottom: the same boxes, marks and labels as with every label placed.
    for (const lane of banded.lanes.filter((l) => seen.has(l.key)))
      expect(lane).toEqual(full.lanes.find((l) => l.key === lane.key));
    const pick = (m: MarkLayout) => [m.key, m.y, m.label, m.labelVisible, m.labelX, m.labelY];
    expect(banded.marks.filter((m) => seen.has(m.lane)).map(pick)).toEqual(
      full.marks.filter((m) => seen.has(m.lane)).map(pick),
    );
    expect(banded.hiddenLabels).toEqual(full.hiddenLabels.filter((h) => seen.has(h.lane)));
    // Below it: the same marks, none labelled (and none counted as hidden: nobody sees them yet).
    const below = banded.marks.filter((m) => !seen.has(m.lane));
    expect(below.length).toBe(full.marks.filter((m) => !seen.has(m.lane)).length);
    expect(below.length).toBeGreaterThan(0);
    expect(below.some((m) => m.labelVisible)).toBe(false);
    // Scrolled to the end, every lane is placed: the layout is the full one.
    const end = layoutTimeline(input(data, 900, { maxRowsPerLane: 6, labelsBottom: 1e9 }));
    expect(end.marks.map(pick)).toEqual(full.marks.map(pick));
    expect(end.lanes).toEqual(full.lanes);
  });

  it("layoutTimeline(events) shortens a label only when no place fits it whole, never below its first word", () => {
    const layout = layoutTimeline(input(defaultDataset, 480));
    for (const m of layout.marks.filter((m) => m.labelVisible && m.label.endsWith("…"))) {
      const whole = defaultDataset.events.find((e) => e.id === m.eventId)!;
      const first = (input(defaultDataset).labels as string[])[m.index]!.split(" ")[0]!;
      expect(m.label.length).toBeGreaterThan(first.length);
      expect(whole.title.length).toBeGreaterThan(m.label.length - 1);
    }
  });

  it("layoutTimeline(imprecise events) draws imprecise dates as ranges, never a false exact position", () => {
    const layout = layoutTimeline(input(impreciseOngoing));
    const year = layout.marks.find((m) => m.eventId === "year-only")!;
    expect(year.coreLeft).toBeUndefined(); // no certain core: the whole year is uncertain
    expect(year.right - year.left).toBeGreaterThan(10);
    const month = layout.marks.find((m) => m.eventId === "month")!;
    expect(month.imprecise).toBe(true);
    expect(month.cx).toBeCloseTo((month.left + month.right) / 2);
    const ongoing = layout.marks.find((m) => m.eventId === "ongoing")!;
    expect(ongoing.openEnd).toBe(true);
    const approx = layout.marks.find((m) => m.eventId === "approx")!;
    expect(approx.approximate).toBe(true);
    expect(approx.label.startsWith("~")).toBe(true);
    const span = layout.marks.find((m) => m.eventId === "late-start")!;
    expect(span.coreLeft!).toBeGreaterThan(span.left);
  });

  it("layoutTimeline(legislation) joins the stages of one instrument in one row with one line", () => {
    const layout = layoutTimeline(input(impreciseOngoing));
    const stages = layout.marks.filter((m) => m.kind === "legislation");
    expect(new Set(stages.map((m) => m.row)).size).toBe(1);
    expect(layout.instrumentLines).toHaveLength(1);
    expect(layout.instrumentLines[0]!.points).toHaveLength(3);
  });

  it("layoutTimeline(lanes by actor) puts a joint event in every participant's lane with a connector", () => {
    const base = input(defaultDataset);
    const layout = layoutTimeline({
      ...base,
      assignment: assignLanes(defaultDataset.events, {
        by: "actor",
        actors: defaultDataset.actors,
      }),
    });
    const copies = layout.marks.filter((m) => m.eventId === "operation-pacifier-2015-2017");
    expect(copies.length).toBeGreaterThan(1);
    expect(new Set(copies.map((m) => m.key)).size).toBe(copies.length);
    const connector = layout.connectors.find((c) => c.eventId === "operation-pacifier-2015-2017")!;
    expect(connector.y1).toBeGreaterThan(connector.y0);
  });

  it("layoutTimeline(narrow) keeps every shown label of a mark in the plot inside the plot, shortened where needed (property)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 240, max: 700 }), fc.boolean(), (width, rtl) => {
        const base = input(defaultDataset, width);
        const x = scaleUtc()
          .domain([Date.UTC(2000, 0, 1), Date.UTC(2027, 0, 1)])
          .range(rtl ? [width, 0] : [0, width]);
        const layout = layoutTimeline({
          ...base,
          rtl,
          x: (t) => x(t),
          invert: (p) => +x.invert(p),
        });
        for (const m of layout.marks) {
          if (!m.labelVisible || m.cx < 0 || m.cx > width) continue;
          const [a, b] = labelExtent(m, approximateTextWidth, 12);
          expect(a).toBeGreaterThanOrEqual(-0.01);
          expect(b).toBeLessThanOrEqual(width + 0.01);
        }
      }),
      { numRuns: 40 },
    );
    // At phone width some labels are shortened (with an ellipsis) rather than cut off.
    const phone = layoutTimeline(input(defaultDataset, 343));
    const shortened = phone.marks.filter(
      (m) =>
        m.labelVisible &&
        m.label.endsWith("…") &&
        m.label !==
          truncateLabel(defaultDataset.events[m.index]!.title, 220, approximateTextWidth, 12),
    );
    expect(shortened.length).toBeGreaterThan(0);
  });

  it("layoutTimeline(rtl) runs time right to left with labels on the left of marks", () => {
    const base = input(defaultDataset);
    const x = scaleUtc()
      .domain([Date.UTC(2000, 0, 1), Date.UTC(2027, 0, 1)])
      .range([900, 0]);
    const layout = layoutTimeline({
      ...base,
      rtl: true,
      x: (t) => x(t),
      invert: (p) => +x.invert(p),
    });
    const first = layout.marks.find((m) => m.eventId === "budapest-convention-2001")!;
    expect(first.cx).toBeGreaterThan(800);
    expect(first.labelAnchor).toBe("end");
    expect(first.labelX).toBeLessThan(first.cx);
  });

  it("layoutTimeline(10,000 events) switches to counts per bin past the density threshold", () => {
    const data = syntheticDataset(10_000, 1);
    const layout = layoutTimeline({ ...input(data), densityThreshold: 4000 });
    expect(layout.mode).toBe("density");
    expect(layout.marks).toHaveLength(0);
    const total = layout.bins.reduce((n, b) => n + b.count, 0);
    expect(total).toBeGreaterThanOrEqual(10_000);
  });

  it("layoutTimeline(input) is deterministic and does not mutate its input", () => {
    const i = input(defaultDataset);
    const before = JSON.stringify(i.events);
    const a = layoutTimeline(i);
    const b = layoutTimeline(i);
    expect(JSON.stringify(a.marks)).toBe(JSON.stringify(b.marks));
    expect(JSON.stringify(i.events)).toBe(before);
  });

  it("layoutTimeline(input) keeps rows while panning (packing depends on zoom only)", () => {
    const i = input(syntheticDataset(600, 5), 900, { maxRowsPerLane: 6 });
    const zoomed = (t: number) => i.x(t) * 4;
    const a = layoutTimeline({ ...i, x: zoomed });
    const b = layoutTimeline({ ...i, x: (t) => zoomed(t) - 700, packX: zoomed });
    const rowOf = new Map(a.marks.map((m) => [m.key, m.row]));
    const shared = b.marks.filter((m) => rowOf.has(m.key));
    expect(shared.length).toBeGreaterThan(20);
    for (const m of shared) expect(m.row).toBe(rowOf.get(m.key));
  });

  it("layoutTimeline(zoomed in) lays out only the marks near the visible window", () => {
    const data = syntheticDataset(2000, 2);
    const i = input(data);
    const zoomed = (t: number) => i.x(t) * 40 - 900 * 20;
    const layout = layoutTimeline({
      ...i,
      x: zoomed,
      invert: (p) => i.invert((p + 900 * 20) / 40),
    });
    expect(layout.marks.length).toBeGreaterThan(0);
    expect(layout.marks.length).toBeLessThan(data.events.length / 4);
    // Every event intersecting the plot is there.
    const shown = new Set(layout.marks.map((m) => m.eventId));
    i.extents.forEach((e, k) => {
      const a = zoomed(e.earliestStart);
      const b = zoomed(e.latestEnd);
      if (b >= 0 && a <= 900) expect(shown.has(data.events[k]!.id)).toBe(true);
    });
  });

  it("layoutTimeline(events, packX at a lower zoom) never overlaps two marks in one row at the zoom drawn", () => {
    const data = syntheticDataset(800, 4);
    const i = input(data, 900, { maxRowsPerLane: 1000 });
    const layout = layoutTimeline({ ...i, x: (t) => i.x(t) * 3, packX: (t) => i.x(t) * 2 });
    const rows = new Map<string, MarkLayout[]>();
    for (const m of layout.marks)
      rows.set(`${m.lane}|${m.row}`, [...(rows.get(`${m.lane}|${m.row}`) ?? []), m]);
    for (const list of rows.values())
      for (let a = 0; a < list.length; a++)
        for (let b = a + 1; b < list.length; b++) {
          if (list[a]!.kind === "legislation" && list[b]!.kind === "legislation") continue;
          expect(overlaps(extentOf(list[a]!), extentOf(list[b]!))).toBe(false);
        }
  });

  it("layoutTimeline(density) counts per bin and lane the events a scan of every event finds", () => {
    const data = syntheticDataset(3000, 6);
    const i = input(data, 600);
    const layout = layoutTimeline({ ...i, density: true });
    const lanes = new Map(i.assignment.lanes.map((l, k) => [l.key, k]));
    for (const bin of layout.bins.filter((_, k) => k % 7 === 0)) {
      let expected = 0;
      i.extents.forEach((e, k) => {
        if (!i.assignment.membership[k]!.includes(bin.lane)) return;
        if (e.earliestStart <= bin.end && e.latestEnd >= bin.start) expected++;
      });
      expect(lanes.has(bin.lane)).toBe(true);
      expect(bin.count).toBe(expected);
    }
  });
});
