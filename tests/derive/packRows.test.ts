import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { packRows } from "../../src/derive/packRows";

describe("packRows", () => {
  it("packRows(items) never overlaps two items in one row", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: 200 })), {
          maxLength: 80,
        }),
        (pairs) => {
          const items = pairs.map(([s, l]) => ({ start: s, end: s + l }));
          const { rows } = packRows(items, { gap: 2 });
          for (let i = 0; i < items.length; i++)
            for (let j = i + 1; j < items.length; j++) {
              if (rows[i] !== rows[j]) continue;
              const a = items[i]!;
              const b = items[j]!;
              expect(a.end + 2 <= b.start || b.end + 2 <= a.start).toBe(true);
            }
        },
      ),
    );
  });

  it("packRows(items) uses as many rows as the most items overlapping at once", () => {
    const { rows, rowCount } = packRows([
      { start: 0, end: 5 },
      { start: 3, end: 8 },
      { start: 6, end: 9 },
    ]);
    expect(rows).toEqual([0, 1, 0]);
    expect(rowCount).toBe(2);
  });

  it("packRows(items, { maxRows }) reports what overflowed and does not mutate its input", () => {
    const items = [
      { start: 0, end: 10 },
      { start: 1, end: 10 },
      { start: 2, end: 10 },
    ];
    const copy = structuredClone(items);
    const result = packRows(items, { maxRows: 2 });
    expect(result.rowCount).toBe(2);
    expect(result.overflow).toEqual([2]);
    expect(items).toEqual(copy);
  });
});
