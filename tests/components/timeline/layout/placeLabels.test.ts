import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { approximateTextWidth } from "../../../../src/components/shared/measureText";
import {
  createLabelPlacer,
  type MarkLayout,
  placeLabels,
  truncateLabel,
} from "../../../../src/components/timeline/layout";

const point = (id: string, cx: number, label: string, row = 0): MarkLayout => ({
  key: id,
  eventId: id,
  index: 0,
  lane: "a",
  row,
  kind: "arrest",
  shape: "point",
  left: cx,
  right: cx,
  cx,
  y: 20 + row * 26,
  r: 5,
  imprecise: false,
  approximate: false,
  openEnd: false,
  openStart: false,
  exactStart: true,
  exactEnd: true,
  noSize: false,
  colorIndex: 0,
  label,
  labelX: cx + 9,
  labelAnchor: "start",
  labelVisible: true,
  primary: 0,
});

const measure = (t: string) => approximateTextWidth(t, 12);
const options = (width: number, rows = 1) => ({
  width,
  rtl: false,
  widthOf: (m: MarkLayout) => measure(m.label),
  shorten: (t: string, w: number) => truncateLabel(t, w, approximateTextWidth, 12),
  measure,
  rowsOf: () => rows,
  rowHeight: 26,
});

describe("placeLabels(marks, input)", () => {
  it("placeLabels puts a label right of its mark when it fits, left of it near the plot's end", () => {
    const a = point("a", 50, "Operation Rescue");
    const b = point("b", 390, "Operation Delego");
    const hidden = placeLabels([a, b], options(400));
    expect(hidden).toEqual([]);
    expect([a.labelVisible, a.labelAnchor]).toEqual([true, "start"]);
    expect([b.labelVisible, b.labelAnchor]).toEqual([true, "end"]);
    expect(b.labelX).toBeLessThan(390);
  });

  it("placeLabels moves a label to a free row of the lane rather than shorten it", () => {
    const a = point("a", 20, "Welcome to Video");
    const b = point("b", 60, "Boystown");
    const c = point("c", 300, "Elsewhere", 1);
    placeLabels([a, b, c], options(400, 2));
    expect(a.labelVisible && b.labelVisible).toBe(true);
    expect([a.label, b.label]).toEqual(["Welcome to Video", "Boystown"]);
    expect(a.labelY ?? b.labelY).toBe(46);
  });

  it("placeLabels shortens only when no place fits, never below the first word, else hides and counts", () => {
    const a = point("a", 20, "Europol Victim Identification Taskforce");
    const b = point("b", 140, "Second");
    const short = placeLabels([a, b], options(220));
    expect(short).toEqual([]);
    expect(a.label.endsWith("…")).toBe(true);
    expect(a.label.startsWith("Europol")).toBe(true);
    const c = point("c", 20, "Interpol-coordinated operations");
    const d = point("d", 40, "Next");
    const e = point("e", 60, "Third");
    const hidden = placeLabels([c, d, e], options(80));
    const unlabelled = [c, d, e].filter((m) => !m.labelVisible).map((m) => m.eventId);
    expect(unlabelled.length).toBeGreaterThan(0);
    expect(hidden).toEqual([{ lane: "a", count: unlabelled.length, eventIds: unlabelled }]);
  });

  it("placeLabels(quick) puts labels only whole beside their mark: no leader row, no shortening, the rest counted", () => {
    // Three marks close together on one row of a two-row lane: the full placement moves one
    // label to the free row and shortens another; the quick one hides them instead.
    const make = () => [
      point("a", 100, "Operation First Long Name"),
      point("b", 130, "Operation Second Long Name"),
      point("c", 160, "Operation Third Long Name"),
    ];
    const full = make();
    placeLabels(full, options(400, 2));
    expect(full.some((m) => m.labelY !== undefined || m.label.endsWith("…"))).toBe(true);
    const quick = make();
    const hidden = placeLabels(quick, { ...options(400, 2), quick: true });
    for (const m of quick) {
      expect(m.labelY).toBeUndefined();
      expect(m.label.endsWith("…")).toBe(false);
    }
    const shown = quick.filter((m) => m.labelVisible);
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.length).toBeLessThan(full.filter((m) => m.labelVisible).length);
    expect(hidden.flatMap((h) => h.eventIds).sort()).toEqual(
      quick.filter((m) => !m.labelVisible).map((m) => m.eventId),
    );
  });

  it("placeLabels keeps labels inside the plot and drops those of marks outside it", () => {
    const out = point("out", -80, "Gone");
    const edge = point("edge", 395, "At the edge");
    placeLabels([out, edge], options(400));
    expect(out.labelVisible).toBe(false);
    expect(edge.labelVisible).toBe(true);
    expect(edge.labelX - measure(edge.label)).toBeGreaterThanOrEqual(0);
  });

  it("placeLabels never lets a label overlap another label of its row, another event's mark or the plot's edges (property)", () => {
    const width = 600;
    const mark = fc
      .record({
        cx: fc.integer({ min: -40, max: width + 40 }),
        length: fc.oneof(fc.constant(0), fc.integer({ min: 1, max: 300 })),
        row: fc.integer({ min: 0, max: 3 }),
        words: fc.integer({ min: 1, max: 5 }),
      })
      .map(({ cx, length, row, words }) => ({ cx, length, row, words }));
    fc.assert(
      fc.property(fc.array(mark, { minLength: 1, maxLength: 120 }), fc.boolean(), (specs, grow) => {
        const marks = specs.map(({ cx, length, row, words }, i) => {
          const m = point(`e${i}`, cx, Array.from({ length: words }, () => "Word").join(" "), row);
          if (length > 0) Object.assign(m, { shape: "span", left: cx, right: cx + length });
          return m;
        });
        if (!grow) placeLabels(marks, options(width, 4));
        else {
          // Placed on 4 rows, then the lane grows twice (as frameTimeline grows a crowded lane):
          // a label moved to a new row is whole, and no label is lost.
          let rows = 4;
          const whole = new Map(marks.map((m) => [m, m.label]));
          const placer = createLabelPlacer(marks, {
            ...options(width),
            labelOf: (m) => whole.get(m)!,
            rowsOf: () => rows,
          });
          for (const row of [4, 5]) {
            const shown = marks.filter((m) => m.labelVisible).length;
            rows = row + 1;
            placer.addRow("a");
            expect(marks.filter((m) => m.labelVisible).length).toBeGreaterThanOrEqual(shown);
            for (const m of marks)
              if (m.labelY !== undefined && Math.round(m.labelY) === 20 + row * 26)
                expect(m.label).toBe(whole.get(m));
          }
          // Every label in view that is not shown is counted, and nothing else.
          const inView = (m: MarkLayout) =>
            m.shape === "span"
              ? Math.max(m.right, m.left + 2) >= 0 && m.left <= width
              : m.cx + m.r + 1 >= 0 && m.cx - m.r - 1 <= width;
          expect(
            placer
              .hidden()
              .flatMap((h) => h.eventIds)
              .sort(),
          ).toEqual(
            marks
              .filter((m) => !m.labelVisible && inView(m))
              .map((m) => m.eventId)
              .sort(),
          );
        }
        const boxes = marks
          .filter((m) => m.labelVisible)
          .map((m) => {
            const w = measure(m.label);
            const [a, b] =
              m.labelAnchor === "start" ? [m.labelX, m.labelX + w] : [m.labelX - w, m.labelX];
            return { m, a, b, y: Math.round(m.labelY ?? m.y) };
          });
        for (const box of boxes) {
          expect(box.a).toBeGreaterThanOrEqual(-0.5);
          expect(box.b).toBeLessThanOrEqual(width + 0.5);
          for (const other of boxes)
            if (other !== box && other.y === box.y)
              expect(other.b <= box.a || other.a >= box.b, `${box.m.key} / ${other.m.key}`).toBe(
                true,
              );
          for (const o of marks) {
            if (o.eventId === box.m.eventId || Math.round(o.y) !== box.y) continue;
            const [l, r] =
              o.shape === "span"
                ? [o.left, Math.max(o.right, o.left + 2)]
                : [Math.min(o.cx - o.r - 1, o.left), Math.max(o.cx + o.r + 1, o.right)];
            expect(r <= box.a || l >= box.b, `${box.m.key} over ${o.key}`).toBe(true);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
