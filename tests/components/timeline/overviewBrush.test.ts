import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { linearScale } from "../../../src/components/shared/linearScale";
import {
  type BrushBounds,
  type BrushTarget,
  brushDrag,
  brushHandles,
  brushTargetAt,
  brushToWindow,
  clampSelection,
  windowToBrush,
} from "../../../src/components/timeline/overviewBrush";

const bounds: BrushBounds = { extent: [0, 100], minWidth: 4 };
const none: BrushBounds = { extent: [0, 100], minWidth: 0 };

describe("clampSelection", () => {
  it("clampSelection(selection, bounds) sorts the ends and keeps them inside the extent", () => {
    expect(clampSelection([60, 20], none)).toEqual([20, 60]);
    expect(clampSelection([-30, 40], none)).toEqual([0, 40]);
    expect(clampSelection([120, 80], none)).toEqual([80, 100]);
    expect(clampSelection([-5, 150], none)).toEqual([0, 100]);
  });

  it("clampSelection(narrow selection, bounds) grows it around its middle to minWidth, shifted inside the extent", () => {
    expect(clampSelection([50, 50], bounds)).toEqual([48, 52]);
    expect(clampSelection([49, 51], { extent: [0, 100], minWidth: 10 })).toEqual([45, 55]);
    expect(clampSelection([0, 1], bounds)).toEqual([0, 4]);
    expect(clampSelection([99, 100], bounds)).toEqual([96, 100]);
    expect(clampSelection([120, 130], bounds)).toEqual([96, 100]);
  });

  it("clampSelection(selection, minWidth wider than the extent) gives the whole extent", () => {
    expect(clampSelection([10, 20], { extent: [0, 100], minWidth: 500 })).toEqual([0, 100]);
  });
});

describe("brushHandles and brushTargetAt", () => {
  it("brushHandles(selection, 6) centres 6 px handles on each edge", () => {
    expect(brushHandles([100, 200], 6)).toEqual({ w: [97, 103], e: [197, 203] });
  });

  it("brushHandles(narrow selection, 6) reaches a third of it inwards, so its middle still moves it", () => {
    expect(brushHandles([100, 106], 6)).toEqual({ w: [97, 102], e: [104, 109] });
    expect(brushTargetAt(103, [100, 106], 6)).toBe("selection");
    expect(brushTargetAt(101, [100, 106], 6)).toBe("w");
    expect(brushTargetAt(105, [100, 106], 6)).toBe("e");
  });

  it("brushTargetAt(x, selection, 6) tells the empty strip, the selection and each edge apart", () => {
    const cases: [number, BrushTarget][] = [
      [20, "overlay"],
      [96, "overlay"],
      [97, "w"],
      [102, "w"],
      [150, "selection"],
      [197, "e"],
      [203, "e"],
      [204, "overlay"],
    ];
    for (const [x, target] of cases) expect(brushTargetAt(x, [100, 200], 6), `x=${x}`).toBe(target);
    expect(brushTargetAt(150, null, 6)).toBe("overlay");
  });

  it("brushTargetAt(x, zero-width selection, 6) picks the nearer side", () => {
    expect(brushTargetAt(48, [50, 50], 6)).toBe("w");
    expect(brushTargetAt(52, [50, 50], 6)).toBe("e");
  });
});

describe("brushDrag", () => {
  it("brushDrag(on the empty strip, x) spans from the press to the pointer, in either direction", () => {
    expect(brushDrag({ target: "overlay", x0: 30, selection0: null }, 60, bounds)).toEqual([
      30, 60,
    ]);
    expect(brushDrag({ target: "overlay", x0: 30, selection0: null }, 10, bounds)).toEqual([
      10, 30,
    ]);
    // A new drawing replaces an existing selection.
    expect(brushDrag({ target: "overlay", x0: 80, selection0: [10, 30] }, 90, bounds)).toEqual([
      80, 90,
    ]);
  });

  it("brushDrag(on the empty strip, pointer off the strip) stops at the extent", () => {
    expect(brushDrag({ target: "overlay", x0: 30, selection0: null }, 400, bounds)).toEqual([
      30, 100,
    ]);
    expect(brushDrag({ target: "overlay", x0: 30, selection0: null }, -50, bounds)).toEqual([
      0, 30,
    ]);
  });

  it("brushDrag(narrower than minWidth) grows from the fixed side towards the pointer", () => {
    expect(brushDrag({ target: "overlay", x0: 30, selection0: null }, 31, bounds)).toEqual([
      30, 34,
    ]);
    expect(brushDrag({ target: "overlay", x0: 30, selection0: null }, 29, bounds)).toEqual([
      26, 30,
    ]);
    // At the right end there is no room towards the pointer: it grows back inside.
    expect(brushDrag({ target: "overlay", x0: 99, selection0: null }, 300, bounds)).toEqual([
      96, 100,
    ]);
    expect(brushDrag({ target: "e", x0: 60, selection0: [40, 60] }, 41, bounds)).toEqual([40, 44]);
  });

  it("brushDrag(inside the selection, x) moves it by the pointer's travel and keeps its width", () => {
    const grab = { target: "selection", x0: 50, selection0: [40, 60] } as const;
    expect(brushDrag(grab, 65, bounds)).toEqual([55, 75]);
    expect(brushDrag(grab, 35, bounds)).toEqual([25, 45]);
  });

  it("brushDrag(inside the selection, past an end) stops the selection at the extent, width kept", () => {
    const grab = { target: "selection", x0: 50, selection0: [40, 60] } as const;
    expect(brushDrag(grab, 500, bounds)).toEqual([80, 100]);
    expect(brushDrag(grab, -500, bounds)).toEqual([0, 20]);
  });

  it("brushDrag(on an edge, x) resizes from the other edge, keeping where the handle was grabbed", () => {
    // Grabbed 1 px right of the west edge: the edge stays 1 px left of the pointer.
    expect(brushDrag({ target: "w", x0: 41, selection0: [40, 60] }, 21, bounds)).toEqual([20, 60]);
    expect(brushDrag({ target: "e", x0: 60, selection0: [40, 60] }, 90, bounds)).toEqual([40, 90]);
    expect(brushDrag({ target: "e", x0: 60, selection0: [40, 60] }, 250, bounds)).toEqual([
      40, 100,
    ]);
  });

  it("brushDrag(an edge past the other one) turns the selection around, as d3-brush does", () => {
    expect(brushDrag({ target: "e", x0: 60, selection0: [40, 60] }, 20, bounds)).toEqual([20, 40]);
    expect(brushDrag({ target: "w", x0: 40, selection0: [40, 60] }, 90, bounds)).toEqual([60, 90]);
  });

  it("brushDrag(any grab, any pointer) stays sorted, inside the extent and at least minWidth wide", () => {
    const target = fc.constantFrom<BrushTarget>("overlay", "selection", "w", "e");
    fc.assert(
      fc.property(
        target,
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: 0, max: 500, noNaN: true }),
        fc.double({ min: -1000, max: 1500, noNaN: true }),
        fc.double({ min: 0, max: 80, noNaN: true }),
        (t, x0, a, b, x, minWidth) => {
          const b2: BrushBounds = { extent: [0, 500], minWidth };
          const selection0 = clampSelection([a, b], b2);
          const [lo, hi] = brushDrag({ target: t, x0, selection0 }, x, b2);
          expect(lo).toBeLessThanOrEqual(hi);
          expect(lo).toBeGreaterThanOrEqual(0);
          expect(hi).toBeLessThanOrEqual(500);
          expect(hi - lo).toBeGreaterThanOrEqual(minWidth - 1e-9);
          if (t === "selection") expect(hi - lo).toBeCloseTo(selection0[1] - selection0[0], 9);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe("brushToWindow and windowToBrush", () => {
  const start = Date.UTC(2001, 0, 1);
  const span = Date.UTC(2021, 0, 1) - start;
  const ltr = linearScale([start, start + span], [0, 1000], { time: true });
  const rtl = linearScale([start, start + span], [1000, 0], { time: true });
  /** The time a fraction of the way through the domain. */
  const at = (f: number) => start + f * span;

  it("brushToWindow(selection, invert) gives the selected time, earliest first, left to right", () => {
    const [a, b] = brushToWindow([100, 300], (px) => +ltr.invert(px));
    // Within 5 ms (toBeCloseTo(_, -1)): the scale rounds inverted times to whole ms.
    expect(a).toBeCloseTo(at(0.1), -1);
    expect(b).toBeCloseTo(at(0.3), -1);
  });

  it("brushToWindow(selection, invert of a right-to-left scale) reads the left end as the later time", () => {
    const [a, b] = brushToWindow([100, 300], (px) => +rtl.invert(px));
    expect(a).toBeCloseTo(at(0.7), -1);
    expect(b).toBeCloseTo(at(0.9), -1);
  });

  it("windowToBrush(window, x) puts the window's pixels leftmost first, in either direction", () => {
    const window = [at(0.5), at(0.75)] as const;
    const l = windowToBrush(window, (t) => ltr(t) as number);
    const r = windowToBrush(window, (t) => rtl(t) as number);
    expect(l[0]).toBeCloseTo(500, 6);
    expect(l[1]).toBeCloseTo(750, 6);
    expect(r[0]).toBeCloseTo(250, 6);
    expect(r[1]).toBeCloseTo(500, 6);
  });

  it("windowToBrush(brushToWindow(selection)) gives the selection back under both directions", () => {
    for (const x of [ltr, rtl]) {
      const back = windowToBrush(
        brushToWindow([123, 456], (px) => +x.invert(px)),
        (t) => x(t) as number,
      );
      // time: true rounds the inverted value to a whole ms, far below a pixel here.
      expect(back[0]).toBeCloseTo(123, 6);
      expect(back[1]).toBeCloseTo(456, 6);
    }
  });
});
